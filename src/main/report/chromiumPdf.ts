// Prints a page to PDF with a locally installed Chromium, headless, for `vigil report`. No Playwright
// (a development tool, not shipped): Chromium's own --print-to-pdf, after --virtual-time-budget.
// Why virtual time is a readiness signal here: headless Chromium pauses virtual time while any fetch
// is pending, and fast-forwards it through timers when the page is idle. The report page draws itself
// only from fetches (the page, its scripts, then the contract calls), so the budget runs out after the
// last answer is in and drawn, however long the store took to count; charts draw without animation.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VigilFault } from '../../shared/errors';
import type { Message } from '../../shared/i18n/message';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Virtual milliseconds the page may spend on timers once every fetch is answered; costs little real time. */
const VIRTUAL_TIME_BUDGET_MS = 10_000;
/** Real time after which a Chromium that has not finished is stopped. */
const DEFAULT_TIMEOUT_MS = 120_000;

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-extensions',
  '--no-pdf-header-footer',
] as const;

/** The Chromium to run: VIGIL_CHROMIUM when set, else Debian's; not_found when it is not there. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const named = env.VIGIL_CHROMIUM?.trim();
  const path = named !== undefined && named !== '' ? named : DEFAULT_CHROMIUM;
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    throw new VigilFault('not_found', {
      key: named ? 'report:errors.noChromiumNamed' : 'report:errors.noChromium',
      params: { path },
    });
  }
}

/** Why Chromium printed nothing, with its last words when it said any. */
function notPrinted(chromium: string, code: number | null, stderr: string): Message {
  const said = stderr.trim().split('\n').slice(-5).join('\n');
  if (code === null) {
    return said === ''
      ? { key: 'report:errors.chromiumTimeout', params: { chromium } }
      : { key: 'report:errors.chromiumTimeoutSaid', params: { chromium, said } };
  }
  return said === ''
    ? { key: 'report:errors.chromiumExit', params: { chromium, code: String(code) } }
    : { key: 'report:errors.chromiumExitSaid', params: { chromium, code: String(code), said } };
}

export interface PrintPdfOptions {
  chromium: string;
  url: string;
  timeoutMs?: number;
}

/** The PDF Chromium printed of `url`, as bytes; an internal fault with Chromium's last words if none. */
export async function printPdf({
  chromium,
  url,
  timeoutMs = DEFAULT_TIMEOUT_MS,
}: PrintPdfOptions): Promise<Buffer> {
  // A profile of its own: never the user's, and two runs at once do not share one.
  const dir = mkdtempSync(join(tmpdir(), 'vigil-chromium-'));
  const pdf = join(dir, 'report.pdf');
  try {
    const args = [
      ...CHROMIUM_FLAGS,
      `--user-data-dir=${join(dir, 'profile')}`,
      `--virtual-time-budget=${String(VIRTUAL_TIME_BUDGET_MS)}`,
      `--print-to-pdf=${pdf}`,
      url,
    ];
    const { code, stderr } = await run(chromium, args, timeoutMs);
    let bytes: Buffer | null = null;
    try {
      bytes = readFileSync(pdf);
    } catch {
      bytes = null;
    }
    if (code !== 0 || bytes === null || bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new VigilFault('internal', notPrinted(chromium, code, stderr));
    }
    return bytes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages of a PDF as Chromium writes it (one /Type /Page object each, not compressed). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

function run(
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout stops Chromium's helper processes with it.
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      // Only the end is ever shown; keep the buffer small whatever Chromium logs.
      stderr = (stderr + chunk.toString()).slice(-16_384);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(
        new VigilFault('internal', {
          key: 'report:errors.chromiumNotStarted',
          params: { chromium: command, reason: err.message },
        }),
      );
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? null : code, stderr });
    });
  });
}
