// The loopback HTTP host (`vigil serve`): the built renderer and the contract for a browser on this
// machine. Thin by design: it checks who is asking, reads the body and hands the call to dispatch().
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FileRef } from '../../shared/domain';
import { errorValue, toVigilError, VigilFault, type Result } from '../../shared/errors';
import type { EventStream } from './eventStream';
import { dispatch } from '../services/dispatch';
import type { CallContext, Handlers } from '../services/handlers';
import { DOWNLOAD_PREFIX, serveDownload } from './downloadRoute';
import { checkOrigin, cookieToken, headerToken, sameToken, TOKEN_COOKIE } from './guard';
import { setSecurityHeaders } from './securityHeaders';
import { resolveStatic, sendFile } from './staticFiles';
import type { Uploads } from './uploads';

const MAX_CALL_BODY = 1024 * 1024;

export interface HttpHostOptions {
  handlers: Handlers;
  events: EventStream;
  uploads: Uploads;
  rendererDir: string;
  port: number;
  /** Fixed in tests; a fresh random token otherwise. */
  token?: string;
}

export interface HttpHost {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port;
  const context: CallContext = {
    resolveFile(ref: FileRef, use) {
      if (ref.kind !== 'upload') {
        throw new VigilFault('forbidden', { key: 'errors:host.pathsOnlyOnDesktop' });
      }
      // A preview reads the upload and leaves it for the import; the import takes it and deletes it after.
      return use === 'read' ? options.uploads.peek(ref.uploadId) : options.uploads.take(ref.uploadId);
    },
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: toVigilError(err) });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const verdict = checkOrigin(req, port);
    if (!verdict.ok) {
      sendJson(res, verdict.status, { ok: false, error: errorValue('forbidden', verdict.reason) });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${String(port)}`);
    if (url.pathname.startsWith('/api/')) {
      if (!sameToken(headerToken(req), token)) {
        sendJson(res, 401, {
          ok: false,
          error: errorValue('forbidden', { key: 'errors:host.token' }),
        });
        return;
      }
      res.setHeader('Cache-Control', 'no-store');
      await handleApi(req, res, url);
      return;
    }
    // The page itself: the token arrives once in the address, then rides in a same-site cookie so the
    // page's scripts and styles load; a request with neither is refused.
    const queryToken = url.searchParams.get('token') ?? undefined;
    const fromQuery = sameToken(queryToken, token);
    if (!fromQuery && !sameToken(cookieToken(req), token)) {
      sendText(res, 401, 'Vigil: open the address printed by `vigil serve`, with its token.');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'method not allowed');
      return;
    }
    if (fromQuery) res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    const file = await resolveStatic(options.rendererDir, url.pathname);
    if (file === null) {
      sendText(res, 404, 'not found');
      return;
    }
    sendFile(res, file);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events' && req.method === 'GET') {
      const lastEventId = req.headers['last-event-id'];
      options.events.attach(res, Array.isArray(lastEventId) ? lastEventId[0] : lastEventId);
      return;
    }
    if (url.pathname.startsWith(DOWNLOAD_PREFIX) && req.method === 'GET') {
      serveDownload(res, url.pathname);
      return;
    }
    if (req.method !== 'POST') {
      sendJson(res, 405, { ok: false, error: errorValue('invalid_input', { key: 'errors:host.usePost' }) });
      return;
    }
    if (url.pathname === '/api/upload') {
      const name = (url.searchParams.get('name') ?? 'upload.csv').slice(0, 1024);
      const result = await settle(async () => {
        const { uploadId } = await options.uploads.receive(req, name);
        const ref: FileRef = { kind: 'upload', uploadId, name };
        return ref;
      });
      sendJson(res, 200, result);
      return;
    }
    const prefix = '/api/call/';
    if (!url.pathname.startsWith(prefix)) {
      sendJson(res, 404, {
        ok: false,
        error: errorValue('not_found', { key: 'errors:host.noEndpoint' }),
      });
      return;
    }
    const name = decodeURIComponent(url.pathname.slice(prefix.length));
    const body = await readBody(req, MAX_CALL_BODY);
    if (!body.ok) {
      sendJson(res, 413, body);
      return;
    }
    let input: unknown;
    try {
      input = body.value === '' ? {} : JSON.parse(body.value);
    } catch {
      sendJson(res, 400, {
        ok: false,
        error: errorValue('invalid_input', { key: 'errors:host.notJson' }),
      });
      return;
    }
    sendJson(res, 200, await dispatch(options.handlers, name, input, context));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${String(port)}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        options.events.close();
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

async function settle<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    return { ok: false, error: toVigilError(err) };
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Result<string>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve({
          ok: false,
          error: errorValue('invalid_input', {
            key: 'errors:host.bodyTooLarge',
            params: { limit: String(limit) },
          }),
        });
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve({ ok: true, value: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', (err) => {
      if (!done) resolve({ ok: false, error: { code: 'invalid_input', message: err.message } });
    });
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
