// Exports to the 'download' destination: served once by the browser host (token required, as for
// /api/call) and by the window's app:// protocol, deleted once served or after ten minutes.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDownloadSlot, DOWNLOAD_TTL_MS, takeDownload } from '../../src/main/export/downloads';
import { EventStream } from '../../src/main/http/eventStream';
import { startHttpHost, type HttpHost } from '../../src/main/http/server';
import { Uploads } from '../../src/main/http/uploads';
import { createAppRequestHandler } from '../../src/main/window/appProtocol';
import { parseRfc4180 } from './helpers/rfc4180';
import { tempDir } from './helpers/temp';
import { triageStore } from './helpers/triageStore';

vi.mock('electron', async () => (await import('./shell/fakeElectron')).electron);

const TOKEN = 'download-token-0123456789';
let host: HttpHost | undefined;
let uploads: Uploads | undefined;

afterEach(async () => {
  await host?.close();
  uploads?.dispose();
  host = undefined;
  vi.useRealTimers();
});

/** The file a download id is kept in, wherever its private folder is; null once it is gone. */
function downloadFile(id: string, format = 'csv'): string | null {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('vigil-download-')) continue;
    const path = join(tmpdir(), name, `${id}.${format}`);
    if (existsSync(path)) return path;
  }
  return null;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, path: string, method: string, headers: Record<string, string>, body?: string) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: { host: `127.0.0.1:${String(port)}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function browserHost() {
  const store = await triageStore();
  uploads = new Uploads();
  const rendererDir = tempDir();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Vigil</title>');
  host = await startHttpHost({
    handlers: store.runtime.handlers,
    events: new EventStream(),
    uploads,
    rendererDir,
    port: 0,
    token: TOKEN,
  });
  const port = host.port;
  const call = async (name: string, input: unknown) =>
    JSON.parse(
      (
        await send(
          port,
          `/api/call/${name}`,
          'POST',
          { 'x-vigil-token': TOKEN, 'content-type': 'application/json' },
          JSON.stringify(input),
        )
      ).body,
    ) as {
      ok: boolean;
      value?: { rows: number; downloadId?: string };
      error?: { code: string; message: string };
    };
  return { store, port, call };
}

describe('GET /api/download/<id>', () => {
  it('serves an export once, as an attachment, with the token, and deletes its file', async () => {
    const { port, call } = await browserHost();
    const started = await call('incidents.export', {
      filter: { categories: ['phishing'] },
      format: 'csv',
      destination: { kind: 'download' },
    });
    expect(started).toMatchObject({ ok: true, value: { rows: 2 } });
    const id = started.value?.downloadId ?? '';
    expect(downloadFile(id)).not.toBeNull();

    const anonymous = await send(port, `/api/download/${id}`, 'GET', {});
    expect(anonymous.status).toBe(401);
    const wrong = await send(port, `/api/download/${id}`, 'GET', { 'x-vigil-token': 'nope' });
    expect(wrong.status).toBe(401);
    expect(downloadFile(id)).not.toBeNull();

    const served = await send(port, `/api/download/${id}`, 'GET', { 'x-vigil-token': TOKEN });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(served.headers['content-disposition']).toMatch(
      /^attachment; filename="vigil-incidents-\d{8}\.csv"$/,
    );
    expect(served.headers['cache-control']).toBe('no-store');
    const [header, ...rows] = parseRfc4180(served.body.slice(1));
    expect(header?.[0]).toBe('external_id');
    expect(rows).toHaveLength(2);
    // Deleted once the server has closed the response, which may be just after the body arrived here.
    await vi.waitFor(() => {
      expect(downloadFile(id)).toBeNull();
    });

    const again = await send(port, `/api/download/${id}`, 'GET', { 'x-vigil-token': TOKEN });
    expect(again.status).toBe(404);
    const bogus = await send(port, '/api/download/..%2f..%2fetc%2fpasswd', 'GET', { 'x-vigil-token': TOKEN });
    expect(bogus.status).toBe(404);
  });

  it('refuses an export to a path from a browser page', async () => {
    const { call } = await browserHost();
    const out = join(tempDir(), 'x.csv');
    const result = await call('incidents.export', {
      filter: {},
      format: 'csv',
      destination: { kind: 'path', path: out },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(existsSync(out)).toBe(false);
  });
});

describe('the window’s app://vigil/download/<id>', () => {
  it('serves an export once, with the security headers, and deletes its file', async () => {
    const store = await triageStore();
    const { downloadId = '' } = await store.call('incidents.export', {
      filter: {},
      format: 'json',
      destination: { kind: 'download' },
    });
    const handle = createAppRequestHandler(tempDir());
    const response = await handle({ url: `app://vigil/download/${downloadId}`, method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/filename="vigil-incidents-\d{8}\.json"/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(JSON.parse(await response.text())).toHaveLength(6);
    await vi.waitFor(() => {
      expect(downloadFile(downloadId, 'json')).toBeNull();
    });
    const again = await handle({ url: `app://vigil/download/${downloadId}`, method: 'GET' });
    expect(again.status).toBe(404);
  });
});

describe('a download nobody fetches', () => {
  it('is deleted after ten minutes', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const slot = createDownloadSlot('csv');
    writeFileSync(slot.path, 'x');
    const id = slot.publish();
    vi.advanceTimersByTime(DOWNLOAD_TTL_MS - 1000);
    expect(downloadFile(id)).not.toBeNull();
    vi.advanceTimersByTime(1000);
    expect(downloadFile(id)).toBeNull();
    expect(takeDownload(id)).toBeNull();
  });
});
