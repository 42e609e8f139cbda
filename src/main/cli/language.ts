// The language a run of `vigil` speaks: --lang when given; else the language chosen in Settings, read
// from the store once a command has opened it anyway (a store is never opened only for this); else the
// system's (LC_ALL, LC_MESSAGES, LANG). A machine with none of these set, or "C", gets English.
import type { Database } from 'better-sqlite3';
import { VigilFault } from '../../shared/errors';
import { isLanguage, languageOfEnvironment, LANGUAGES, type Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/message';
import { readSettings } from '../store/queries/settings';

export type Environment = Readonly<Record<string, string | undefined>>;

const OPTION = '--lang';

export class RunLanguage {
  private current: Language;
  private readonly chosen: boolean;

  /** `option` is the value of --lang, if any; an unknown one is an invalid_input fault. */
  constructor(option: string | undefined, env: Environment) {
    if (option !== undefined && !isLanguage(option)) {
      throw new VigilFault('invalid_input', {
        key: 'errors:option.notOneOf',
        params: { option: OPTION, value: option, choices: LANGUAGES.join(', ') },
      });
    }
    this.chosen = option !== undefined;
    this.current = option ?? languageOfEnvironment(env);
  }

  get language(): Language {
    return this.current;
  }

  /** A translation function in the run's language as it is now; take it after adoptStore. */
  get t(): ReturnType<typeof translator> {
    return translator(this.current);
  }

  /** Follows the language chosen in the store's Settings, unless --lang chose one. */
  adoptStore(db: Database): void {
    if (this.chosen) return;
    try {
      const stored = readSettings(db).language;
      if (stored !== null) this.current = stored;
    } catch {
      // A store too old or too damaged to have settings: the system's language stays.
    }
  }
}

/**
 * --lang as written anywhere among the arguments (the last one wins, as for any option), so that
 * help and usage errors printed before the options are parsed already speak it.
 */
export function languageOption(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === OPTION) found = argv[i + 1];
    else if (arg.startsWith(`${OPTION}=`)) found = arg.slice(OPTION.length + 1);
  }
  return found;
}

/** The arguments without a --lang written before the command (`vigil --lang zh stats ...`). */
export function withoutLeadingLanguage(argv: readonly string[]): string[] {
  const rest = [...argv];
  for (;;) {
    if (rest[0] === OPTION) rest.splice(0, 2);
    else if (rest[0]?.startsWith(`${OPTION}=`) === true) rest.splice(0, 1);
    else return rest;
  }
}
