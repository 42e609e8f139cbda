// `vigil check`: SQLite's integrity check, the foreign keys and every aggregate against a direct count.
// Reads only; exit status 0 when sound, 1 naming each problem, 2 when the store cannot be read at all.
import { checkStore, type CheckReport } from '../store/check';
import { restoreHint } from '../store/backup';
import { openExisting } from './backupCommand';
import type { CliIo } from './io';

export function checkCommand(options: { storePath: string; json: boolean }, io: CliIo): number {
  const db = openExisting(options.storePath);
  let report: CheckReport;
  try {
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
  if (options.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (report.ok) {
    io.stdout(
      `${options.storePath}: ok (integrity, foreign keys, ${String(report.aggregateCells)} aggregate cells)\n`,
    );
  } else {
    for (const problem of report.problems) io.stdout(`${problem.kind}: ${problem.message}\n`);
    io.stderr(
      `vigil check: ${options.storePath} has ${String(report.problems.length)} problem(s). ${restoreHint(options.storePath)}\n`,
    );
  }
  return report.ok ? 0 : 1;
}
