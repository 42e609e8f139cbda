// Electronegativity over src/, offline, with the Electron version given (it cannot look it up here).
// It exits 0 whatever it finds, so this reads its SARIF report: every finding must be review-only
// (SARIF level "note") and accepted, with a reason, in security/electronegativity-accepted.json, and
// every accepted entry must still match a finding (a stale justification is a finding of its own).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const ELECTRON = JSON.parse(
  readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const ACCEPTED = join(ROOT, 'security', 'electronegativity-accepted.json');

/** Problems with a SARIF report against the accepted list; empty when the report is clean. */
export function judge(sarif, accepted) {
  const problems = [];
  const findings = (sarif.runs ?? []).flatMap((run) => run.results ?? []);
  const used = new Set();
  for (const finding of findings) {
    const file = finding.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?';
    const line = finding.locations?.[0]?.physicalLocation?.region?.startLine ?? '?';
    const where = `${finding.ruleId} at ${file}:${line}`;
    const entry = accepted.findIndex((a) => a.check === finding.ruleId && a.file === file);
    if (finding.level !== 'note') problems.push(`${where}: level ${finding.level}, not review-only`);
    else if (entry < 0) problems.push(`${where}: not in security/electronegativity-accepted.json`);
    else used.add(entry);
  }
  accepted.forEach((a, i) => {
    if (!used.has(i))
      problems.push(`accepted ${a.check} in ${a.file} no longer matches a finding: remove it`);
    if (typeof a.reason !== 'string' || a.reason.length < 20)
      problems.push(`accepted ${a.check}: give a reason`);
  });
  return { findings: findings.length, problems };
}

function main() {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-electronegativity-'));
  const report = join(dir, 'report.sarif');
  try {
    const bin = join(ROOT, 'node_modules', '.bin', 'electronegativity');
    const run = spawnSync(bin, ['-i', 'src', '-e', ELECTRON, '-r', '-v', 'false', '-o', report], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (run.status !== 0) {
      console.error(`electronegativity failed (exit ${run.status}):\n${run.stderr}`);
      return 1;
    }
    let sarif;
    try {
      sarif = JSON.parse(readFileSync(report, 'utf8'));
    } catch (err) {
      console.error(`electronegativity wrote no readable SARIF report: ${err.message}`);
      return 1;
    }
    const { accepted } = JSON.parse(readFileSync(ACCEPTED, 'utf8'));
    const { findings, problems } = judge(sarif, accepted);
    for (const problem of problems) console.error(`electronegativity: ${problem}`);
    console.log(
      `electronegativity (Electron ${ELECTRON}): ${findings} findings, ${accepted.length} accepted, ${problems.length} problems`,
    );
    return problems.length === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) process.exitCode = main();
