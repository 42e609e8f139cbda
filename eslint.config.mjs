// One linter for the whole tree: typed TypeScript rules everywhere, React hook rules in the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Everything a person reads in the window comes from the message catalogs (src/shared/i18n/locales):
    // text in JSX and the attributes a person reads or hears are refused as literals.
    files: ['src/renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'should-validate-template': true,
          'jsx-attributes': {
            include: [
              'title',
              'alt',
              'placeholder',
              'label',
              'aria-label',
              'aria-description',
              'aria-valuetext',
              'aria-roledescription',
              'heading',
              'caption',
              'summary',
              'hint',
              'detail',
              'description',
              'message',
              'text',
              'emptyText',
              'confirmLabel',
            ],
          },
          words: {
            // Figures, punctuation and separators (" · ", "–", "…") are not words to translate.
            exclude: ['[\\s0-9!-/:-@[-`{-~·•–—…×→←↑↓≥≤±（），。：；“”、]+', '[A-Z_-]+'],
          },
        },
      ],
    },
  },
  {
    // Plain JavaScript scripts (build helpers, benchmarks): linted, without type information.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
