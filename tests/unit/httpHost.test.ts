import { MIGRATIONS } from '../../src/main/store/migrations';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { VigilEvent } from '../../src/shared/events';
import { EventStream } from '../../src/main/http/eventStream';
import { checkOrigin } from '../../src/main/http/guard';
import { startHttpHost, type HttpHost } from '../../src/main/http/server';
import { Uploads } from '../../src/main/http/uploads';
import { createRuntime, type Runtime } from '../../src/main/services/runtime';
import { fixture, tempDir } from './helpers/temp';

const TOKEN = 'test-token-0123456789';
let host: HttpHost | undefined;
let runtime: Runtime | undefined;
let uploads: Uploads | undefined;

afterEach(async () => {
  await host?.close();
  uploads?.dispose();
  runtime?.close();
  host = undefined;
});

async function start(): Promise<{ host: HttpHost; uploadsDir: () => string[] }> {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Vigil</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  const events = new EventStream();
  runtime = createRuntime({
    storePath: join(dir, 'vigil.db'),
    imports: 'inline',
    emit: (e) => {
      events.publish(e);
    },
  });
  uploads = new Uploads();
  host = await startHttpHost({
    handlers: runtime.handlers,
    events,
    uploads,
    rendererDir,
    port: 0,
    token: TOKEN,
  });
  const u = uploads as unknown as { dir: string };
  return { host, uploadsDir: () => readdirSync(u.dir) };
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${String(port)}`, ...options.headers },
      },
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
    req.end(options.body);
  });
}

/** Reads server-sent events until `until` holds for one, or `ms` pass. */
function readEvents(
  port: number,
  headers: Record<string, string>,
  until: (event: VigilEvent) => boolean,
  ms = 5000,
): Promise<VigilEvent[]> {
  return new Promise((resolve, reject) => {
    const seen: VigilEvent[] = [];
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/events',
        headers: { host: `127.0.0.1:${String(port)}`, 'x-vigil-token': TOKEN, ...headers },
      },
      (res) => {
        let buffer = '';
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
            const data = buffer
              .slice(0, cut)
              .split('\n')
              .find((line) => line.startsWith('data: '));
            buffer = buffer.slice(cut + 2);
            if (data === undefined) continue;
            const event = JSON.parse(data.slice(6)) as VigilEvent;
            seen.push(event);
            if (until(event)) {
              req.destroy();
              resolve(seen);
            }
          }
        });
      },
    );
    req.on('error', (err) => {
      if (!req.destroyed) reject(err);
    });
    setTimeout(() => {
      req.destroy();
      resolve(seen);
    }, ms);
    req.end();
  });
}

const auth = { 'x-vigil-token': TOKEN, 'content-type': 'application/json' };

describe('the loopback HTTP host', () => {
  it('prints a loopback URL with the token and serves the page only with it', async () => {
    const { host } = await start();
    expect(host.url).toBe(`http://127.0.0.1:${String(host.port)}/?token=${TOKEN}`);
    expect((await send(host.port, '/')).status).toBe(401);
    expect((await send(host.port, '/?token=wrong')).status).toBe(401);
    const page = await send(host.port, `/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Vigil</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const withCookie = { cookie: `vigil_token=${TOKEN}` };
    expect((await send(host.port, '/assets/app.js', { headers: withCookie })).status).toBe(200);
    expect((await send(host.port, '/assets/app.js')).status).toBe(401);
  });

  it('never serves a file outside the renderer folder', async () => {
    const { host } = await start();
    const headers = { cookie: `vigil_token=${TOKEN}` };
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2fetc%2fpasswd',
      '/assets/%00.js',
    ]) {
      const reply = await send(host.port, path, { headers });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('secret');
    }
  });

  it('refuses calls without the token, with a foreign Host (DNS rebinding) or a foreign Origin', async () => {
    const { host } = await start();
    const body = '{}';
    expect((await send(host.port, '/api/call/store.info', { method: 'POST', body })).status).toBe(401);
    const rebinding = await send(host.port, '/api/call/store.info', {
      method: 'POST',
      body,
      headers: { ...auth, host: `evil.example:${String(host.port)}` },
    });
    expect(rebinding.status).toBe(421);
    const crossOrigin = await send(host.port, '/api/call/store.info', {
      method: 'POST',
      body,
      headers: { ...auth, origin: 'http://evil.example' },
    });
    expect(crossOrigin.status).toBe(403);
    const ok = await send(host.port, '/api/call/store.info', {
      method: 'POST',
      body,
      headers: { ...auth, origin: `http://127.0.0.1:${String(host.port)}` },
    });
    expect(JSON.parse(ok.body)).toMatchObject({
      ok: true,
      value: { schemaVersion: MIGRATIONS.at(-1)!.version, incidents: 0 },
    });
  });

  it('answers bad calls with typed errors, never a crash', async () => {
    const { host } = await start();
    const call = async (name: string, body: string) =>
      JSON.parse(
        (await send(host.port, `/api/call/${name}`, { method: 'POST', body, headers: auth })).body,
      ) as unknown;
    expect(await call('no.such', '{}')).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(await call('incidents.list', '{"limit":"many"}')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/limit/) as string },
    });
    expect(await call('incidents.list', '{not json')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await call(
        'import.start',
        JSON.stringify({ files: [{ file: { kind: 'path', path: '/etc/passwd', name: 'passwd' } }] }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const huge = await send(host.port, '/api/call/store.info', {
      method: 'POST',
      body: 'x'.repeat(2 * 1024 * 1024),
      headers: auth,
    });
    expect(huge.status).toBe(413);
  });

  it('imports an uploaded file, streams progress and the outcome as events, and deletes the upload', async () => {
    const { host, uploadsDir } = await start();
    const collecting = readEvents(host.port, {}, (e) => e.type === 'import.finished', 10_000);
    await new Promise((r) => setTimeout(r, 50));
    const upload = await send(host.port, '/api/upload?name=incidents-basic.csv', {
      method: 'POST',
      headers: { 'x-vigil-token': TOKEN, 'content-type': 'application/octet-stream' },
      body: readFileSync(fixture('incidents-basic.csv')),
    });
    const ref = JSON.parse(upload.body) as { ok: true; value: unknown };
    expect(ref).toMatchObject({ ok: true, value: { kind: 'upload', name: 'incidents-basic.csv' } });
    expect(uploadsDir()).toHaveLength(1);
    const started = JSON.parse(
      (
        await send(host.port, '/api/call/import.start', {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ files: [{ file: ref.value }] }),
        })
      ).body,
    ) as {
      value: { jobId: string };
    };
    const events = await collecting;
    const done = events.find((e) => e.type === 'import.finished');
    expect(done).toMatchObject({ jobId: started.value.jobId, result: { imported: 6, rejected: 1 } });
    expect(events.some((e) => e.type === 'import.progress')).toBe(true);
    expect(uploadsDir()).toHaveLength(0);
    const page = JSON.parse(
      (
        await send(host.port, '/api/call/incidents.list', {
          method: 'POST',
          headers: auth,
          body: '{"limit":2}',
        })
      ).body,
    ) as {
      value: { rows: unknown[]; total: number; nextCursor: string };
    };
    expect(page.value.total).toBe(6);
    expect(page.value.rows).toHaveLength(2);
    // A page that reconnects with Last-Event-ID gets what it missed, the outcome included.
    const replayed = await readEvents(
      host.port,
      { 'last-event-id': '0' },
      (e) => e.type === 'import.finished',
    );
    expect(replayed.find((e) => e.type === 'import.finished')).toMatchObject({ jobId: started.value.jobId });
    const lastId = String(events.length);
    const nothingNew = await readEvents(host.port, { 'last-event-id': lastId }, () => false, 200);
    expect(nothingNew).toEqual([]);
    // An upload staged and then let go of is deleted; discarding again finds nothing.
    const spare = JSON.parse(
      (
        await send(host.port, '/api/upload?name=spare.csv', {
          method: 'POST',
          headers: { 'x-vigil-token': TOKEN, 'content-type': 'application/octet-stream' },
          body: 'occurred_at\n2016-01-01\n',
        })
      ).body,
    ) as { value: unknown };
    expect(uploadsDir()).toHaveLength(1);
    const discard = async () =>
      JSON.parse(
        (
          await send(host.port, '/api/call/import.discard', {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ file: spare.value }),
          })
        ).body,
      ) as unknown;
    expect(await discard()).toEqual({ ok: true, value: { discarded: true } });
    expect(uploadsDir()).toHaveLength(0);
    expect(await discard()).toEqual({ ok: true, value: { discarded: false } });
    // Reusing the upload id fails: an upload is imported once.
    const reuse = JSON.parse(
      (
        await send(host.port, '/api/call/import.start', {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ files: [{ file: ref.value }] }),
        })
      ).body,
    ) as unknown;
    expect(reuse).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('who may reach the loopback HTTP host', () => {
  it('refuses a wrong token of the right length, by header and by cookie', async () => {
    const { host } = await start();
    const wrong = TOKEN.replace(/.$/, (c) => (c === 'x' ? 'y' : 'x'));
    const byHeader = await send(host.port, '/api/call/store.info', {
      method: 'POST',
      body: '{}',
      headers: { 'x-vigil-token': wrong, 'content-type': 'application/json' },
    });
    expect(byHeader.status).toBe(401);
    const byCookie = await send(host.port, '/api/call/store.info', {
      method: 'POST',
      body: '{}',
      headers: { cookie: `vigil_token=${wrong}`, 'content-type': 'application/json' },
    });
    expect(byCookie.status).toBe(401);
  });

  it('listens on 127.0.0.1 only: every other address of this machine refuses the connection', async () => {
    const { host } = await start();
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    for (const address of [...others, '::1']) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: host.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => {
          resolve(false);
        });
      });
      expect(reached, address).toBe(false);
    }
  });

  it('judges a request from another address as refused, whatever its Host and token', () => {
    const fake = (remoteAddress: string) =>
      ({
        socket: { remoteAddress },
        headers: { host: '127.0.0.1:4000', 'x-vigil-token': TOKEN },
      }) as unknown as IncomingMessage;
    expect(checkOrigin(fake('192.168.1.20'), 4000)).toMatchObject({ ok: false, status: 403 });
    expect(checkOrigin(fake('::ffff:10.0.0.1'), 4000)).toMatchObject({ ok: false, status: 403 });
    expect(checkOrigin(fake('127.0.0.1'), 4000)).toMatchObject({ ok: true });
    expect(checkOrigin(fake('::ffff:127.0.0.1'), 4000)).toMatchObject({ ok: true });
  });
});
