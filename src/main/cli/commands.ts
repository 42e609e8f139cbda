// Runs one command with its parsed options: positional arguments checked, each command called with the
// options it takes and the run's language.
import { defaultStorePath } from '../store/location';
import { alertsCommand } from './alertsCommand';
import { importArgs, type parseCommandArgs } from './args';
import { backupCommand } from './backupCommand';
import { checkCommand } from './checkCommand';
import { exportCommand } from './exportCommand';
import { helpText, type Command } from './help';
import { importsCommand, undoCommand } from './historyCommands';
import { importCommand } from './importCommand';
import type { CliIo } from './io';
import type { RunLanguage } from './language';
import { reportCommand } from './reportCommand';
import { restoreCommand } from './restoreCommand';
import { rulesCommand } from './rulesCommand';
import { sampleCommand } from './sampleCommand';
import { serveCommand } from './serveCommand';
import { statsCommand } from './statsCommand';

export const USAGE_ERROR = 2;

export async function runCommand(
  command: Command,
  { values, positionals }: ReturnType<typeof parseCommandArgs>,
  language: RunLanguage,
  io: CliIo,
): Promise<number> {
  const t = language.t;
  if (values.help) {
    io.stdout(`${helpText(command, language.language)}\n`);
    return 0;
  }
  const storePath = values.db ?? defaultStorePath();
  const json = values.json ?? false;
  const unexpected = (allowed: number): number | null => {
    if (positionals.length <= allowed) return null;
    const argument = positionals[allowed] ?? '';
    io.stderr(`vigil ${command}: ${t('cli:usage.unexpectedArgument', { argument })}\n`);
    return USAGE_ERROR;
  };
  const common = { storePath, json, language };
  switch (command) {
    case 'import':
      if (positionals.length === 0) {
        io.stderr(
          `vigil import: ${t('cli:usage.importNeedsFiles')}\n\n${helpText('import', language.language)}\n`,
        );
        return USAGE_ERROR;
      }
      return await importCommand({ ...common, files: positionals, ...importArgs(values) }, io);
    case 'imports':
      return unexpected(0) ?? importsCommand(common, io);
    case 'undo':
      return unexpected(1) ?? (await undoCommand({ ...common, importId: positionals[0] }, io));
    case 'sample':
      return (
        unexpected(0) ??
        (await sampleCommand({ rows: values.rows, out: values.out, seed: values.seed, language }, io))
      );
    case 'serve': {
      const early = unexpected(0);
      if (early !== null) return early;
      const port = Number(values.port ?? '0');
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.stderr(`vigil serve: ${t('cli:usage.port', { value: values.port ?? '' })}\n`);
        return USAGE_ERROR;
      }
      return await serveCommand({ storePath, port, language }, io);
    }
    case 'stats':
      return (
        unexpected(0) ??
        statsCommand(
          {
            ...common,
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
            ...common,
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
      return unexpected(0) ?? rulesCommand(common, io);
    case 'backup':
      return unexpected(0) ?? backupCommand({ storePath, out: values.out, language }, io);
    case 'restore':
      return unexpected(1) ?? (await restoreCommand({ storePath, file: positionals[0], language }, io));
    case 'check':
      return unexpected(0) ?? checkCommand(common, io);
    case 'export':
      return (
        unexpected(0) ??
        (await exportCommand(
          {
            ...common,
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
            ...common,
            from: values.from,
            to: values.to,
            categories: values.category ?? [],
            marking: values.marking,
            paper: values.paper,
            out: values.out,
          },
          io,
        ))
      );
  }
}
