// Load while importing, CI-sized: bench/load.mjs with 200,000 rows and ten clients for 20 seconds. Ten
// clients page, filter, search and read the dashboard through `vigil serve` while the import runs in
// its worker: every request must be answered, and the store must end with exactly the incidents a
// control import of the same file gives, aggregates checked. Latencies are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface LoadRun {
  requests: number;
  failed: number;
  failures: string[];
  medianMs: number | null;
  p99Ms: number | null;
}

interface LoadResult {
  rows: number;
  imported: number;
  duplicates: number;
  rejected: number;
  incidentsBefore: number;
  incidentsAfter: number;
  controlIncidents: number;
  sameAsControl: boolean;
  check: string;
  underImport: LoadRun;
  baseline: LoadRun;
}

const ROWS = 200_000;

describe('ten clients during an import', () => {
  it('get every answer, and no row is lost or doubled', { timeout: 180_000 }, () => {
    const bench = join(__dirname, '..', '..', 'bench', 'load.mjs');
    const args = [bench, '--rows', String(ROWS), '--seconds', '20', '--clients', '10', '--json'];
    const ran = spawnSync(process.execPath, [...args, '--seed-rows', '5000'], { encoding: 'utf8' });
    expect(ran.status, ran.stderr).toBe(0);
    const result = JSON.parse(ran.stdout.trim().split('\n').at(-1) ?? '{}') as LoadResult;
    const figure = (run: LoadRun): string =>
      `${String(run.requests)} requests, median ${String(run.medianMs?.toFixed(1))} ms, p99 ${String(run.p99Ms?.toFixed(1))} ms`;
    console.log(`under import: ${figure(result.underImport)}; baseline: ${figure(result.baseline)}`);

    expect(result.underImport.failures).toEqual([]);
    expect(result.underImport.failed).toBe(0);
    expect(result.baseline.failed).toBe(0);
    expect(result.underImport.requests).toBeGreaterThan(0);
    expect(result.imported + result.duplicates + result.rejected).toBe(ROWS);
    expect(result.incidentsAfter).toBe(result.incidentsBefore + result.imported);
    expect(result.incidentsAfter).toBe(result.controlIncidents);
    expect(result.sameAsControl).toBe(true);
    expect(result.check).toBe('ok');
  });
});
