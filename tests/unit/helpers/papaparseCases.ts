// Papaparse's shipped test cases (node_modules/papaparse/tests/test-cases.js), loaded without running
// them: the file is a mocha suite for browsers and Node, so it is evaluated in an empty context where
// describe/it only record nothing and chai is a stub. Only the case arrays are read back, as plain data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

export const PAPAPARSE_SUITES = ['CORE_PARSER_TESTS', 'PARSE_TESTS'] as const;
export type PapaparseSuite = (typeof PAPAPARSE_SUITES)[number];

export interface PapaparseCase {
  suite: PapaparseSuite;
  description: string;
  input: string;
  /** The case's options; a function-valued option (a callback delimiter) is kept as the string 'function'. */
  config: Record<string, unknown>;
  data: unknown[];
  /** Papaparse's error codes for the case ('MissingQuotes', 'InvalidQuotes', ...). */
  errorCodes: string[];
}

interface RawCase {
  description: string;
  input: unknown;
  config?: Record<string, unknown>;
  expected?: { data?: unknown; errors?: { code?: string }[] };
}

export function loadPapaparseCases(): PapaparseCase[] {
  const file = join(__dirname, '..', '..', '..', 'node_modules', 'papaparse', 'tests', 'test-cases.js');
  const ignore = (): void => undefined;
  const suite = Object.assign(ignore, { skip: ignore, only: ignore });
  // No require, module, window, document, File or XMLHttpRequest: the file then takes its browser-less
  // path and its feature probes fail inside their own try blocks.
  const sandbox: Record<string, unknown> = { chai: { assert: {} }, describe: suite, it: suite };
  runInNewContext(readFileSync(file, 'utf8'), sandbox, { filename: file, timeout: 5_000 });
  const cases: PapaparseCase[] = [];
  for (const name of PAPAPARSE_SUITES) {
    const list = sandbox[name];
    if (!Array.isArray(list)) throw new Error(`${name} is missing from papaparse's test cases`);
    for (const raw of list as RawCase[]) {
      if (typeof raw.input !== 'string') throw new Error(`${name}: "${raw.description}" has no text input`);
      const config: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(raw.config ?? {})) {
        config[key] = typeof value === 'function' ? 'function' : value;
      }
      cases.push({
        suite: name,
        description: raw.description,
        input: raw.input,
        config,
        // Through JSON: the arrays were made in another realm, and comparisons want this one's.
        data: JSON.parse(JSON.stringify(raw.expected?.data ?? [])) as unknown[],
        errorCodes: (raw.expected?.errors ?? []).map((e) => String(e.code)),
      });
    }
  }
  return cases;
}
