// The desktop app's report printing: the system print dialog, or a PDF written where the user chooses,
// both from the window that asked (the IPC host has already checked it is Vigil's own). The page's
// print stylesheet decides the layout: its named @page gives the paper and the margin boxes that carry
// the marking and "Page X of Y", so Chromium is told to prefer the CSS page size.
import { writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow, type PrintToPDFOptions, type WebContentsPrintOptions } from 'electron';
import { VigilFault } from '../../shared/errors';
import type { Language } from '../../shared/i18n/languages';
import { translator } from '../../shared/i18n/message';
import type { Paper } from '../../shared/report';
import type { ReportPrintInput, ReportPrintResult } from '../../shared/reportPrint';

const MM_PER_INCH = 25.4;

/** The paper and margins of report.css's @page report-a4 / report-letter, for when CSS is not read. */
const PAGES: Readonly<Record<Paper, { size: 'A4' | 'Letter'; margins: { tb: number; lr: number } }>> = {
  a4: { size: 'A4', margins: { tb: 22, lr: 18 } },
  letter: { size: 'Letter', margins: { tb: 20, lr: 18 } },
};

// Chromium's own words for a print dialog the user closed; any other failure is an error to show.
const CANCELLED = 'Print job canceled';

export function pdfOptions(paper: Paper): PrintToPDFOptions {
  const { size, margins } = PAGES[paper];
  const inches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  return {
    pageSize: size,
    landscape: false,
    printBackground: true,
    preferCSSPageSize: true,
    // The marking and page numbers are in the page's own CSS margin boxes, not Chromium's header.
    displayHeaderFooter: false,
    margins: {
      top: inches(margins.tb),
      bottom: inches(margins.tb),
      left: inches(margins.lr),
      right: inches(margins.lr),
    },
  };
}

export function printOptions(paper: Paper): WebContentsPrintOptions {
  return {
    silent: false,
    printBackground: true,
    pageSize: PAGES[paper].size,
    landscape: false,
    // 'default' keeps the document's margins: the @page margins that hold the marking.
    margins: { marginType: 'default' },
  };
}

/** A file name for the save dialog: no folder, no character a file system refuses, ending in .pdf. */
export function pdfFileName(name: string | undefined, fallback = 'Vigil report'): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const cleaned = (name ?? '').replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ').trim();
  const base = cleaned.replace(/\.pdf$/i, '').trim() || fallback;
  return `${base}.pdf`;
}

export type ReportPrinter = (input: ReportPrintInput) => Promise<ReportPrintResult>;

/** `language` is the window's, for the words of the save dialog. */
export function createReportPrinter(
  getWindow: () => BrowserWindow | null,
  language: () => Language = () => 'en',
): ReportPrinter {
  return async (input) => {
    const window = getWindow();
    if (window === null || window.isDestroyed()) {
      throw new VigilFault('not_found', { key: 'errors:print.windowClosed' });
    }
    return input.action === 'print' ? print(window, input.paper) : savePdf(window, input, language());
  };
}

function print(window: BrowserWindow, paper: Paper): Promise<ReportPrintResult> {
  return new Promise((resolve, reject) => {
    window.webContents.print(printOptions(paper), (success, failureReason) => {
      if (success || failureReason === CANCELLED) resolve({ done: success, path: null });
      else {
        reject(
          new VigilFault('internal', { key: 'errors:print.notPrinted', params: { reason: failureReason } }),
        );
      }
    });
  });
}

async function savePdf(
  window: BrowserWindow,
  input: ReportPrintInput,
  language: Language,
): Promise<ReportPrintResult> {
  const t = translator(language);
  const choice = await dialog.showSaveDialog(window, {
    title: t('cli:desktop.savePdfTitle'),
    defaultPath: pdfFileName(input.fileName, t('cli:desktop.defaultPdfName')),
    filters: [{ name: t('cli:desktop.pdfFilter'), extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || choice.filePath === '') return { done: false, path: null };
  const pdf = await window.webContents.printToPDF(pdfOptions(input.paper));
  try {
    await writeFile(choice.filePath, pdf);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new VigilFault('file_unreadable', {
      key: 'errors:print.pdfNotWritten',
      params: { file: choice.filePath, reason },
    });
  }
  return { done: true, path: choice.filePath };
}
