// The `vigil` command line: `npm run -s vigil -- <command> [options]` after `npm run build`.
import { describeError, toVigilError } from '../../shared/errors';
import { defaultStorePath } from '../store/location';
import { alertsCommand, rulesCommand } from './alertsCommand';
import { importArgs, parseCommandArgs } from './args';
import { backupCommand } from './backupCommand';
import { checkCommand } from './checkCommand';
import { exportCommand } from './exportCommand';
import { COMMANDS, helpText, type Command } from './help';
import { importsCommand, undoCommand } from './historyCommands';
import { importCommand } from './importCommand';
import { processIo, type CliIo } from './io';
import { reportCommand } from './reportCommand';
import { restoreCommand } from './restoreCommand';
import { sampleCommand } from './sampleCommand';
import { serveCommand } from './serveCommand';
import { statsCommand } from './statsCommand';

const USAGE_ERROR = 2;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(`${helpText()}\n`);
    return first === undefined ? USAGE_ERROR : 0;
  }
  if (!(COMMANDS as readonly string[]).includes(first)) {
    io.stderr(`vigil: unknown command "${first}"\n\n${helpText()}\n`);
    return USAGE_ERROR;
  }
  const command = first as Command;
  let parsed: ReturnType<typeof parseCommandArgs>;
  try {
    parsed = parseCommandArgs(command, rest);
  } catch (err) {
    // Unknown or misplaced options: parseArgs and the per-command check both say which one.
    io.stderr(`vigil ${command}: ${(err as Error).message}\n\n${helpText(command)}\n`);
    return USAGE_ERROR;
  }
  const { values, positionals } = parsed;
  try {
    if (values.help) {
      io.stdout(`${helpText(command)}\n`);
      return 0;
    }
    const storePath = values.db ?? defaultStorePath();
    const json = values.json ?? false;
    const unexpected = (allowed: number): number | null => {
      if (positionals.length <= allowed) return null;
      io.stderr(`vigil ${command}: unexpected argument "${positionals[allowed] ?? ''}"\n`);
      return USAGE_ERROR;
    };
    switch (command) {
      case 'import':
        if (positionals.length === 0) {
          io.stderr(`vigil import: name at least one file to import\n\n${helpText('import')}\n`);
          return USAGE_ERROR;
        }
        return await importCommand({ files: positionals, storePath, json, ...importArgs(values) }, io);
      case 'imports':
        return unexpected(0) ?? importsCommand({ storePath, json }, io);
      case 'undo':
        return unexpected(1) ?? (await undoCommand({ storePath, importId: positionals[0], json }, io));
      case 'sample':
        return (
          unexpected(0) ??
          (await sampleCommand({ rows: values.rows, out: values.out, seed: values.seed }, io))
        );
      case 'serve': {
        const early = unexpected(0);
        if (early !== null) return early;
        const port = Number(values.port ?? '0');
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          io.stderr(`vigil serve: --port must be a number from 0 to 65535, not "${values.port ?? ''}"\n`);
          return USAGE_ERROR;
        }
        return await serveCommand({ storePath, port }, io);
      }
      case 'stats':
        return (
          unexpected(0) ??
          statsCommand(
            {
              storePath,
              json,
              from: values.from,
              to: values.to,
              categories: values.category ?? [],
              timeZone: values['time-zone'],
            },
            io,
          )
        );
      case 'alerts':
        return (
          unexpected(0) ??
          alertsCommand(
            {
              storePath,
              json,
              asOf: values['as-of'],
              backtest: values.backtest ?? false,
              from: values.from,
              to: values.to,
              rule: values.rule,
            },
            io,
          )
        );
      case 'rules':
        return unexpected(0) ?? rulesCommand({ storePath, json }, io);
      case 'backup':
        return unexpected(0) ?? backupCommand({ storePath, out: values.out }, io);
      case 'restore':
        return unexpected(1) ?? (await restoreCommand({ storePath, file: positionals[0] }, io));
      case 'check':
        return unexpected(0) ?? checkCommand({ storePath, json }, io);
      case 'export':
        return (
          unexpected(0) ??
          (await exportCommand(
            {
              storePath,
              json,
              categories: values.category ?? [],
              from: values.from,
              to: values.to,
              q: values.q,
              format: values.format,
              out: values.out,
            },
            io,
          ))
        );
      case 'report':
        return (
          unexpected(0) ??
          (await reportCommand(
            {
              storePath,
              json,
              from: values.from,
              to: values.to,
              categories: values.category ?? [],
              marking: values.marking,
              paper: values.paper,
              lang: values.lang,
              out: values.out,
            },
            io,
          ))
        );
    }
  } catch (err) {
    const error = toVigilError(err);
    io.stderr(`vigil ${command}: ${describeError(error)}\n`);
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
      process.stderr.write(`vigil: ${describeError(toVigilError(err))}\n`);
      process.exitCode = 1;
    },
  );
}
