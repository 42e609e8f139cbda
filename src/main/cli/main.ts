// The `vigil` command line: `npm run -s vigil -- <command> [options]` after `npm run build`.
import { describeError, toVigilError, VigilFault } from '../../shared/errors';
import { languageOfEnvironment } from '../../shared/i18n/languages';
import { parseCommandArgs } from './args';
import { runCommand, USAGE_ERROR } from './commands';
import { COMMANDS, helpText, type Command } from './help';
import { processIo, type CliIo } from './io';
import { languageOption, RunLanguage, withoutLeadingLanguage, type Environment } from './language';

/**
 * Runs one command line. `env` gives the system's language when neither --lang nor the store's
 * Settings choose one (tests pass their own, so the machine's locale does not change what they read).
 */
export async function runCli(argv: string[], io: CliIo, env: Environment = process.env): Promise<number> {
  const [first, ...rest] = withoutLeadingLanguage(argv);
  let language: RunLanguage;
  try {
    language = new RunLanguage(languageOption(argv), env);
  } catch (err) {
    const who = (COMMANDS as readonly (string | undefined)[]).includes(first)
      ? `vigil ${first ?? ''}`
      : 'vigil';
    io.stderr(`${who}: ${describeError(toVigilError(err), languageOfEnvironment(env))}\n`);
    return USAGE_ERROR;
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(`${helpText(undefined, language.language)}\n`);
    return first === undefined ? USAGE_ERROR : 0;
  }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    const message = language.t('cli:usage.unknownCommand', { command: first });
    io.stderr(`vigil: ${message}\n\n${helpText(undefined, language.language)}\n`);
    return USAGE_ERROR;
  }
  const command = first as Command;
  let parsed: ReturnType<typeof parseCommandArgs>;
  try {
    parsed = parseCommandArgs(command, rest);
  } catch (err) {
    // Unknown or misplaced options: parseArgs and the per-command check both say which one. English
    // keeps node:util's own, longer sentence; another language says it from the catalog.
    const message =
      err instanceof VigilFault && language.language !== 'en'
        ? describeError(err.toValue(), language.language)
        : (err as Error).message;
    io.stderr(`vigil ${command}: ${message}\n\n${helpText(command, language.language)}\n`);
    return USAGE_ERROR;
  }
  try {
    return await runCommand(command, parsed, language, io);
  } catch (err) {
    // In the language of the store when the command had opened it before it failed.
    const error = toVigilError(err);
    io.stderr(`vigil ${command}: ${describeError(error, language.language)}\n`);
    return error.code === 'internal' ? 1 : USAGE_ERROR;
  }
}

// Run only as the program itself, not when a test imports runCli.
if (require.main === module) {
  // A reader that stops early (`vigil imports | head`) closes the pipe: that is not an error to report.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  runCli(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const language = languageOfEnvironment(process.env);
      process.stderr.write(`vigil: ${describeError(toVigilError(err), language)}\n`);
      process.exitCode = 1;
    },
  );
}
