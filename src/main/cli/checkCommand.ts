// `vigil check`: SQLite's integrity check, the foreign keys and every aggregate against a direct count.
// Reads only; exit status 0 when sound, 1 naming each problem, 2 when the store cannot be read at all.
import { messageText } from '../../shared/i18n/message';
import { restoreHint } from '../store/backup';
import { checkStore, type CheckProblem, type CheckReport } from '../store/check';
import { openExisting } from './backupCommand';
import type { CliIo } from './io';
import type { RunLanguage } from './language';

export function checkCommand(
  options: { storePath: string; json: boolean; language: RunLanguage },
  io: CliIo,
): number {
  const db = openExisting(options.storePath);
  let report: CheckReport;
  try {
    options.language.adoptStore(db);
    report = checkStore(db);
  } catch (err) {
    // A header or page so damaged that the check itself cannot read it.
    report = {
      ok: false,
      file: options.storePath,
      problems: [{ kind: 'integrity', message: (err as Error).message }],
      aggregateCells: 0,
    };
  } finally {
    db.close();
  }
  const t = options.language.t;
  if (options.json) {
    // The JSON keeps its shape: each problem's kind and English message.
    const problems = report.problems.map(({ kind, message }) => ({ kind, message }));
    io.stdout(`${JSON.stringify({ ...report, problems }, null, 2)}\n`);
  } else if (report.ok) {
    io.stdout(`${t('cli:check.ok', { store: options.storePath, cells: report.aggregateCells })}\n`);
  } else {
    for (const problem of report.problems) {
      const message = problemText(problem, options.language);
      io.stdout(`${t('cli:check.problem', { kind: t(`cli:check.kind.${problem.kind}`), message })}\n`);
    }
    const failed = t('cli:check.failed', {
      store: options.storePath,
      problems: report.problems.length,
      ...restoreHint(options.storePath),
    });
    io.stderr(`vigil check: ${failed}\n`);
  }
  return report.ok ? 0 : 1;
}

function problemText(problem: CheckProblem, language: RunLanguage): string {
  return problem.text === undefined ? problem.message : messageText(problem.text, language.language);
}
