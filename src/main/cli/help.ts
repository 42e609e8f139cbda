// The command line's help texts: one per command, printed by `--help`, in the run's language (the
// texts are in the `cli` catalogs, under help.*).
import type { Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/message';

export const COMMANDS = [
  'import',
  'imports',
  'undo',
  'sample',
  'serve',
  'stats',
  'alerts',
  'rules',
  'export',
  'backup',
  'restore',
  'check',
  'report',
] as const;
export type Command = (typeof COMMANDS)[number];

export function helpText(command?: Command, language: Language = 'en'): string {
  return translator(language)(`cli:help.${command ?? 'general'}`);
}
