// The app:// protocol handler on a real folder: it serves the renderer's files with the CSP, and
// nothing outside the folder, however the path is spelled.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAppRequestHandler,
  serveAppProtocol,
  type AppRequestHandler,
} from '../../../src/main/window/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/window/csp';
import { resetFakeElectron, state } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const SECRET = 'outside the renderer folder';
let base: string;
let renderer: string;
let handle: AppRequestHandler;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'vigil-protocol-'));
  renderer = join(base, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Vigil</title>');
  writeFileSync(join(renderer, 'assets', 'index-abc.js'), 'console.log("vigil");');
  writeFileSync(join(renderer, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), SECRET);
  mkdirSync(join(base, 'elsewhere'));
  writeFileSync(join(base, 'elsewhere', 'secret.txt'), SECRET);
  symlinkSync(join(base, 'secret.txt'), join(renderer, 'escape.txt'));
  symlinkSync(join(base, 'elsewhere'), join(renderer, 'linked-dir'));
  symlinkSync(join(renderer, 'index.html'), join(renderer, 'inside-link.html'));
  handle = createAppRequestHandler(renderer);
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

beforeEach(() => {
  resetFakeElectron();
});

/** A request exactly as written, without the URL normalisation a fetch Request would apply. */
function raw(url: string, method = 'GET'): { url: string; method: string } {
  return { url, method };
}

describe('serving the renderer', () => {
  it('is registered for the app scheme', () => {
    serveAppProtocol(renderer);
    expect([...state.protocolHandlers.keys()]).toEqual(['app']);
  });

  it('serves index.html for the root and by name, with the CSP', async () => {
    for (const url of ['app://vigil/', 'app://vigil/index.html', 'app://vigil/index.html?x=1#top']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(200);
      expect(await response.text()).toContain('<title>Vigil</title>');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves assets with their content types', async () => {
    const script = await handle(new Request('app://vigil/assets/index-abc.js'));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("vigil");');
    const style = await handle(new Request('app://vigil/assets/index-abc.css'));
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('follows a symlink that stays inside the folder', async () => {
    const response = await handle(new Request('app://vigil/inside-link.html'));
    expect(response.status).toBe(200);
  });

  it('answers 404 with the CSP for a missing file or a folder', async () => {
    for (const url of ['app://vigil/missing.js', 'app://vigil/assets']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await handle(raw('app://vigil/index.html', 'HEAD'));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await handle(raw('app://vigil/index.html', 'POST'))).status).toBe(405);
  });
});

describe('refusing paths out of the renderer folder', () => {
  it.each([
    ['app://vigil/assets/../index.html', 403],
    ['app://vigil/./index.html', 403],
    ['app://vigil/../secret.txt', 403],
    ['app://vigil/assets/../../secret.txt', 403],
    ['app://vigil/%2e%2e/secret.txt', 403],
    ['app://vigil/%2E%2E/secret.txt', 403],
    ['app://vigil/.%2e/secret.txt', 403],
    ['app://vigil/..%2fsecret.txt', 403],
    ['app://vigil/..%2Fsecret.txt', 403],
    ['app://vigil/..%5csecret.txt', 403],
    ['app://vigil/assets%2f..%2f..%2fsecret.txt', 403],
    ['app://vigil/%2Fetc%2Fpasswd', 403],
    ['app://vigil//etc/passwd', 403],
    ['app://vigil/C:%5CWindows%5Cwin.ini', 403],
    ['app://vigil/index.html%00.js', 403],
    ['app://vigil/%E0%A4%A', 400],
    ['app://vigil/escape.txt', 403],
    ['app://vigil/linked-dir/secret.txt', 403],
    ['app://other/index.html', 404],
    ['https://vigil/index.html', 404],
  ])('%s → %i', async (url, status) => {
    const response = await handle(raw(url));
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('an absolute path in the URL is refused, not read', async () => {
    const url = `app://vigil/${encodeURIComponent(join(base, 'secret.txt'))}`;
    const response = await handle(raw(url));
    expect(response.status).toBe(403);
  });

  it('a fetch Request normalises dot segments, and what is left still stays inside', async () => {
    // new Request() resolves ../ and %2e%2e/ itself, as Chromium does; the result must not escape.
    for (const url of ['app://vigil/../secret.txt', 'app://vigil/%2e%2e/%2e%2e/secret.txt']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain(SECRET);
    }
  });
});
