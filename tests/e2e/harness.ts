// Starts the built `vigil serve` on a temp store and Debian's Chromium against it, and records what a
// test must check on every page: requests to any other host, console errors, uncaught page errors.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'out', 'main', 'cli.js');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface Served {
  url: string;
  origin: string;
  dir: string;
  storePath: string;
  stop(): Promise<void>;
}

export async function serve(): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
  const storePath = join(dir, 'vigil.db');
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--db', storePath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => {
      reject(new Error(`vigil serve exited with ${String(code)}: ${stderr}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    dir,
    storePath,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Watched {
  page: Page;
  foreignRequests: string[];
  consoleErrors: string[];
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A page on the served store. The browser's locale is pinned (English unless asked), so what the page
 * speaks before any language is chosen in Settings does not depend on the machine running the tests.
 */
export async function openPage(browser: Browser, served: Served, locale = 'en-US'): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(served.origin + '/') && !url.startsWith('data:')) foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  await page.goto(served.url);
  return { page, foreignRequests, consoleErrors };
}

type DragStep = 'dragenter' | 'dragover' | 'dragleave' | 'drop';

/** Drags files over the window the way a user does, through a real DataTransfer, event by event. */
export async function drag(
  page: Page,
  files: { name: string; content: string | number[] }[],
  steps: DragStep[],
): Promise<void> {
  await page.evaluate(
    ({ list, steps }) => {
      const transfer = new DataTransfer();
      for (const file of list) {
        const body = typeof file.content === 'string' ? file.content : new Uint8Array(file.content);
        transfer.items.add(new File([body], file.name, { type: 'text/csv' }));
      }
      for (const step of steps) {
        document.body.dispatchEvent(
          new DragEvent(step, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      }
    },
    { list: files, steps },
  );
}

export async function dropFiles(
  page: Page,
  files: { name: string; content: string | number[] }[],
): Promise<void> {
  await drag(page, files, ['dragenter', 'dragover', 'drop']);
}

/**
 * Imports what the wizard holds as it is: waits until its Import (or Import all) button can be pressed,
 * which is once every preview has come back, and presses it.
 */
export async function importFromWizard(page: Page): Promise<void> {
  await page.getByTestId('import-wizard').waitFor({ state: 'visible' });
  // click() waits for the button to be enabled.
  await page.getByTestId('wizard-import').click();
}
