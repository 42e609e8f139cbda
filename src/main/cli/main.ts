// The `vigil` command line: `npm run -s vigil -- <command> [options]` after `npm run build`.
import { parseArgs } from 'node:util';
import { describeError, toVigilError } from '../../shared/errors';
import { defaultStorePath } from '../store/location';
import { COMMANDS, helpText, type Command } from './help';
import { importCommand } from './importCommand';
import { processIo, type CliIo } from './io';
import { serveCommand } from './serveCommand';

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
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(rest);
  } catch (err) {
    io.stderr(`vigil ${command}: ${(err as Error).message}\n\n${helpText(command)}\n`);
    return USAGE_ERROR;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${helpText(command)}\n`);
    return 0;
  }
  const misplaced = command === 'import' ? values.port : values.json;
  if (misplaced !== undefined) {
    io.stderr(
      `vigil ${command}: ${command === 'import' ? '--port' : '--json'} is not an option of this command\n`,
    );
    return USAGE_ERROR;
  }
  const storePath = values.db ?? defaultStorePath();
  try {
    if (command === 'import') {
      if (positionals.length === 0) {
        io.stderr(`vigil import: name at least one file to import\n\n${helpText('import')}\n`);
        return USAGE_ERROR;
      }
      return await importCommand({ files: positionals, storePath, json: values.json ?? false }, io);
    }
    if (positionals.length > 0) {
      io.stderr(`vigil serve: unexpected argument "${positionals[0] ?? ''}"\n`);
      return USAGE_ERROR;
    }
    const port = Number(values.port ?? '0');
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      io.stderr(`vigil serve: --port must be a number from 0 to 65535, not "${values.port ?? ''}"\n`);
      return USAGE_ERROR;
    }
    return await serveCommand({ storePath, port }, io);
  } catch (err) {
    const error = toVigilError(err);
    io.stderr(`vigil ${command}: ${describeError(error)}\n`);
    return error.code === 'internal' ? 1 : USAGE_ERROR;
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

// Run only as the program itself, not when a test imports runCli.
if (require.main === module) {
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
