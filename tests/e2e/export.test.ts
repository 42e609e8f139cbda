// The built command line: `vigil export` and its round trip through `vigil import`, and triage and
// download through `vigil serve`, where both run in the worker thread.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, serve } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'vigil-export-e2e-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function vigil(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('vigil export (built)', () => {
  it('exports a store, and importing the file again adds nothing here and the same rows elsewhere', () => {
    const sample = join(dir, 'sample.csv');
    expect(vigil('sample', '--rows', '2000', '--out', sample, '--seed', '7').code).toBe(0);
    const db = join(dir, 'a.db');
    const first = vigil('import', sample, '--db', db, '--json');
    expect(first.code).toBe(0);
    const stored = (JSON.parse(first.stdout) as { imported: number }).imported;

    const out = join(dir, 'all.csv');
    const exported = vigil('export', '--db', db, '--format', 'csv', '--out', out, '--json');
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual({ rows: stored, path: out, format: 'csv' });
    expect(readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const again = vigil('import', out, '--db', db, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, duplicates: stored, rejected: 0 });

    const copy = join(dir, 'b.db');
    expect(JSON.parse(vigil('import', out, '--db', copy, '--json').stdout)).toMatchObject({
      imported: stored,
      duplicates: 0,
    });
    const copyOut = join(dir, 'copy.csv');
    expect(vigil('export', '--db', copy, '--format', 'csv', '--out', copyOut).code).toBe(0);
    expect(readFileSync(copyOut, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('filters, and exits 2 with the problem for an unusable option', () => {
    const db = join(dir, 'f.db');
    expect(vigil('import', join(ROOT, 'tests', 'fixtures', 'incidents-basic.csv'), '--db', db).code).toBe(0);
    const out = join(dir, 'phishing.json');
    const ok = vigil('export', '--db', db, '--category', 'phishing', '--format', 'json', '--out', out);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^1 incident written to /);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { external_id: string }[])[0]?.external_id).toBe(
      'CN-2016-0001',
    );
    const bad = vigil('export', '--db', db, '--format', 'xml', '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/vigil export: --format: "xml" is not one of csv, json/);
    expect(vigil('export', '--help').stdout).toMatch(/Usage: vigil export/);
  });
});

describe('vigil serve (built): triage and download in the worker', () => {
  it('triages every match, undoes it, and serves an export once', async () => {
    const served = await serve();
    try {
      const token = new URL(served.url).searchParams.get('token') ?? '';
      const headers = { 'x-vigil-token': token, 'content-type': 'application/json' };
      const call = async (name: string, input: unknown) =>
        (await (
          await fetch(`${served.origin}/api/call/${name}`, {
            method: 'POST',
            headers,
            body: JSON.stringify(input),
          })
        ).json()) as { ok: boolean; value: Record<string, unknown> };
      const file = join(ROOT, 'tests', 'fixtures', 'incidents-basic.csv');
      expect(vigil('import', file, '--db', served.storePath).code).toBe(0);

      const update = await call('incidents.update', {
        target: { filter: { categories: ['phishing', 'malware'] } },
        edit: { status: 'resolved', addTags: ['reviewed'] },
      });
      expect(update).toMatchObject({ ok: true, value: { changed: 2 } });
      const listed = await call('changes.list', {});
      expect(listed.value.rows).toMatchObject([
        { summary: 'status → resolved, tags + reviewed on 2 incidents', incidents: 2 },
      ]);
      const undo = await call('changes.undo', { batchId: update.value.batchId });
      expect(undo).toMatchObject({ ok: true, value: { reverted: 4 } });

      const started = await call('incidents.export', { format: 'csv', destination: { kind: 'download' } });
      expect(started).toMatchObject({ ok: true, value: { rows: 6 } });
      const url = `${served.origin}/api/download/${String(started.value.downloadId)}`;
      const download = await fetch(url, { headers: { 'x-vigil-token': token } });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="vigil-incidents-/);
      const text = await download.text();
      expect(text.split('\r\n')).toHaveLength(6 + 2);
      expect(text).not.toContain('reviewed');
      expect((await fetch(url, { headers: { 'x-vigil-token': token } })).status).toBe(404);
    } finally {
      await served.stop();
    }
  });
});
