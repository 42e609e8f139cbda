// Printing a report from the desktop app: the system print dialog, or a PDF written where the user
// chooses. In a browser the page prints itself (window.print) with the same print stylesheet.
import { z } from 'zod';
import { PAPERS } from './report';

export const PRINT_ACTIONS = ['print', 'savePdf'] as const;
export type PrintAction = (typeof PRINT_ACTIONS)[number];

export const reportPrintSchema = z
  .object({
    action: z.enum(PRINT_ACTIONS),
    paper: z.enum(PAPERS).default('a4'),
    /** The name the save dialog proposes; only a name, never a folder. */
    fileName: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type ReportPrintInput = z.output<typeof reportPrintSchema>;

export interface ReportPrintResult {
  /** False when the user cancelled the print or save dialog: nothing was printed or written. */
  done: boolean;
  /** Where the PDF was written (savePdf only). */
  path: string | null;
}
