// Printing a report from the desktop app, through the IPC host and the fake electron module over a real
// store: the system print dialog with the report's paper, and Save PDF with the options Chromium needs
// to use the page's own @page boxes (marking, page numbers), written exactly where the dialog said;
// a cancel writes nothing; a caller other than the window, or a browser, is refused.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pdfFileName } from '../../../src/main/ipc/reportPrint';
import { registerIpcHost } from '../../../src/main/ipc/ipcHost';
import { dispatch } from '../../../src/main/services/dispatch';
import { createRuntime, type Runtime } from '../../../src/main/services/runtime';
import { channelFor } from '../../../src/shared/ipcChannels';
import { FakeBrowserWindow, invokeMain, resetFakeElectron, state, trustedEvent } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

let folder: string;
let saveTo: string;
let runtime: Runtime;
let window: FakeBrowserWindow;

beforeEach(async () => {
  resetFakeElectron();
  folder = mkdtempSync(join(tmpdir(), 'vigil-print-'));
  saveTo = join(folder, 'chosen');
  window = new FakeBrowserWindow({});
  await window.loadURL('app://vigil/index.html#/report?from=2016-01-01&to=2016-09-30');
  runtime = createRuntime({ storePath: join(folder, 'vigil.db'), imports: 'inline', emit: () => undefined });
  // Cast: the fake implements the part of BrowserWindow the host and the printer use.
  registerIpcHost({ handlers: runtime.handlers, getWindow: () => window as unknown as BrowserWindow });
});

afterEach(() => {
  runtime.close();
  rmSync(folder, { recursive: true, force: true });
});

function printReport(input: unknown, event = trustedEvent(window)): Promise<unknown> {
  return invokeMain(channelFor('report.print'), event, input);
}

function chosen(): string[] {
  return existsSync(saveTo) ? readdirSync(saveTo) : [];
}

describe('Save PDF', () => {
  it('asks where, renders with the CSS page size and margins, and writes the PDF exactly there', async () => {
    const target = join(folder, 'Q3 briefing.pdf');
    state.saveDialogAnswer = { canceled: false, filePath: target };
    const result = await printReport({ action: 'savePdf', paper: 'a4', fileName: 'Q3 briefing' });
    expect(result).toEqual({ ok: true, value: { done: true, path: target } });

    expect(state.saveDialogs).toHaveLength(1);
    expect(state.saveDialogs[0]?.window).toBe(window);
    expect(state.saveDialogs[0]?.options).toMatchObject({
      defaultPath: 'Q3 briefing.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(state.pdfCalls).toEqual([
      {
        pageSize: 'A4',
        landscape: false,
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: false,
        // report.css's @page report-a4: 22 mm top and bottom, 18 mm at the sides.
        margins: { top: 0.866, bottom: 0.866, left: 0.709, right: 0.709 },
      },
    ]);
    expect(readFileSync(target, 'latin1')).toBe(
      `%PDF-1.7 fake from contents ${String(window.webContents.id)}\n%%EOF\n`,
    );
  });

  it('prints Letter when the report is on Letter', async () => {
    state.saveDialogAnswer = { canceled: false, filePath: join(folder, 'letter.pdf') };
    await printReport({ action: 'savePdf', paper: 'letter' });
    expect(state.pdfCalls).toEqual([
      expect.objectContaining({
        pageSize: 'Letter',
        preferCSSPageSize: true,
        margins: { top: 0.787, bottom: 0.787, left: 0.709, right: 0.709 },
      }),
    ]);
    expect(readdirSync(folder)).toContain('letter.pdf');
  });

  it('writes nothing and renders nothing when the dialog is cancelled', async () => {
    state.saveDialogAnswer = { canceled: true, filePath: join(saveTo, 'never.pdf') };
    const result = await printReport({ action: 'savePdf', paper: 'a4' });
    expect(result).toEqual({ ok: true, value: { done: false, path: null } });
    expect(state.saveDialogs).toHaveLength(1);
    expect(state.pdfCalls).toEqual([]);
    expect(chosen()).toEqual([]);
  });

  it('says the PDF was not written when the folder cannot take it', async () => {
    state.saveDialogAnswer = { canceled: false, filePath: join(saveTo, 'missing-folder', 'r.pdf') };
    const result = (await printReport({ action: 'savePdf' })) as { ok: false; error: { code: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'file_unreadable' } });
    expect(chosen()).toEqual([]);
  });

  it('proposes a file name, never a folder', () => {
    expect(pdfFileName(undefined)).toBe('Vigil report.pdf');
    expect(pdfFileName('../../etc/passwd')).toBe('.. .. etc passwd.pdf');
    expect(pdfFileName('C:\\Users\\x\\report.PDF')).toBe('C Users x report.pdf');
    expect(pdfFileName('内部 简报\n2016')).toBe('内部 简报 2016.pdf');
    expect(pdfFileName('///')).toBe('Vigil report.pdf');
  });
});

describe('Print', () => {
  it('opens the system print dialog with the report paper and the document margins', async () => {
    const result = await printReport({ action: 'print', paper: 'letter' });
    expect(result).toEqual({ ok: true, value: { done: true, path: null } });
    expect(state.printCalls).toEqual([
      {
        silent: false,
        printBackground: true,
        pageSize: 'Letter',
        landscape: false,
        margins: { marginType: 'default' },
      },
    ]);
    expect(state.pdfCalls).toEqual([]);
    expect(state.saveDialogs).toEqual([]);
  });

  it('answers not done when the user cancels the print dialog', async () => {
    state.printOutcome = { success: false, failureReason: 'Print job canceled' };
    expect(await printReport({ action: 'print' })).toEqual({ ok: true, value: { done: false, path: null } });
  });

  it('turns a failed print job into an error value', async () => {
    state.printOutcome = { success: false, failureReason: 'Print job failed' };
    const result = await printReport({ action: 'print' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect((result as { error: { message: string } }).error.message).toContain('Print job failed');
  });
});

describe('who may print', () => {
  it('refuses another window before any dialog opens', async () => {
    const other = new FakeBrowserWindow({});
    await other.loadURL('app://vigil/index.html');
    state.saveDialogAnswer = { canceled: false, filePath: join(folder, 'x.pdf') };
    const result = await printReport({ action: 'savePdf' }, trustedEvent(other));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(state.saveDialogs).toEqual([]);
    expect(state.pdfCalls).toEqual([]);
    expect(existsSync(join(folder, 'x.pdf'))).toBe(false);
  });

  it.each([
    [{ action: 'fax' }],
    [{ action: 'savePdf', paper: 'a3' }],
    [{ action: 'savePdf', path: '/etc/cron.d/x' }],
    [{ action: 'savePdf', fileName: 'x'.repeat(201) }],
    ['print'],
  ])('refuses malformed input %j without a dialog', async (input) => {
    const result = await printReport(input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(state.saveDialogs).toEqual([]);
    expect(state.printCalls).toEqual([]);
  });

  it('is refused with a clear reason outside the desktop app (a browser prints the page itself)', async () => {
    const result = await dispatch(
      runtime.handlers,
      'report.print',
      { action: 'savePdf' },
      {
        resolveFile: () => {
          throw new Error('not used');
        },
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/desktop app.*Print/);
    expect(state.saveDialogs).toEqual([]);
  });
});
