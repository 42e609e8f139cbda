// `npm test`: every check the project has, in the order CI runs them, ending with one line
// "N passed, N failed" that sums every suite (a check such as lint counts as one test).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'vigil-reports-'));
let passed = 0;
let failed = 0;
const lines = [];

function run(label, command, args) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  if (ok) passed++;
  else failed++;
  lines.push(`${label}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`);
  return ok;
}

function suite(label, config) {
  const report = join(reports, `${label}.json`);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (config) args.push('--config', config);
  const { ok, seconds } = run(label, 'npx', args);
  let counts;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    counts = {
      passed: json.numPassedTests,
      failed: json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0),
    };
  } catch {
    counts = { passed: 0, failed: 1 };
  }
  // A run that exits non-zero with every test green (a crashed worker, an unhandled error) still fails.
  if (!ok && counts.failed === 0) counts.failed = 1;
  if (counts.passed === 0 && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  lines.push(`${label}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`);
}

check('typecheck', 'npm', ['run', '-s', 'typecheck']);
check('lint', 'npm', ['run', '-s', 'lint']);
check('electronegativity', 'node', ['scripts/check-electronegativity.mjs']);
suite('unit');
if (check('build', 'npm', ['run', '-s', 'build'])) suite('e2e', 'vitest.e2e.config.mts');
else {
  failed++;
  lines.push('e2e: not run, the build failed');
}

rmSync(reports, { recursive: true, force: true });
console.log('\n=== summary');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
