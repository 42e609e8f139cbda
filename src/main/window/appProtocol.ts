// The app:// protocol: serves the built renderer (out/renderer) and nothing else. A URL path is mapped
// to a file only if every segment is a plain name, and the file, after following symlinks, is still
// inside the renderer folder; anything else is refused before the file system is touched by it.
import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { downloadResponse } from '../export/downloadResponse';
import { APP_ORIGIN, APP_SCHEME } from './appOrigin';
import { SECURITY_HEADERS } from './csp';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const DOWNLOAD_URL = `${APP_ORIGIN}/download/`;

/** What the handler reads of a request (Electron hands it a fetch Request). */
export type AppRequest = Pick<Request, 'url' | 'method'>;
export type AppRequestHandler = (request: AppRequest) => Promise<Response>;

/**
 * Must run before app `ready`: a standard, secure scheme gets a real origin (so 'self' in the CSP and
 * the IPC sender check mean app://vigil) and may use fetch.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Must run after app `ready`, before the window loads. */
export function serveAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
}

export function createAppRequestHandler(rendererRoot: string): AppRequestHandler {
  const root = resolve(rendererRoot);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    // An export the window asked for (incidents.export to 'download'), handed out once.
    if (request.method === 'GET' && request.url.startsWith(DOWNLOAD_URL)) {
      return downloadResponse(request.url.slice(DOWNLOAD_URL.length), SECURITY_HEADERS);
    }
    const segments = pathSegments(request.url);
    if (typeof segments === 'number') return refuse(segments);
    const candidate = resolve(root, ...segments);
    if (!isInside(root, candidate)) return refuse(403);
    let file: string;
    let realRoot: string;
    try {
      [file, realRoot] = await Promise.all([realpath(candidate), realpath(root)]);
      // A symlink inside the renderer folder must not lead out of it.
      if (!isInside(realRoot, file)) return refuse(403);
      if (!(await stat(file)).isFile()) return refuse(404);
    } catch {
      return refuse(404);
    }
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      },
    });
  };
}

/**
 * The decoded path segments of an app URL, or the status that refuses it. Works on the raw URL text:
 * Chromium normalises `..` before the handler sees it, but the check must not rely on that.
 */
function pathSegments(url: string): string[] | number {
  const prefix = `${APP_ORIGIN}/`;
  if (!url.startsWith(prefix)) return 404;
  const path = url.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  if (path === '') return ['index.html'];
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    // An empty segment is a doubled or trailing slash, or an absolute path (app://vigil//etc/passwd).
    if (raw === '') return 403;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return 400;
    }
    // After decoding: no dot segments (%2e%2e), no encoded separators (%2f, %5c), no NUL, and no
    // colon, which on Windows would make a drive-absolute path (C:) or name an alternate data stream.
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment) || isAbsolute(segment)) return 403;
    segments.push(segment);
  }
  return segments;
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: { ...SECURITY_HEADERS } });
}
