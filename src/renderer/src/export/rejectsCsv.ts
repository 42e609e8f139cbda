import type { ImportReject } from '../../../shared/domain';
import { csvText } from './csv';

/**
 * Rejected rows as a CSV to fix and import again: the line they were on, why, and their raw text. The
 * column names and the reasons stay in English whatever the window's language: scripts and the command
 * line read this file by its column names, and the English reason is the one every reader has.
 */
export function rejectsCsv(rejects: readonly ImportReject[]): string {
  return csvText([['line', 'reason', 'raw'], ...rejects.map((r) => [r.line, r.reason, r.raw])]);
}

/** "incidents 2016.csv" → "incidents 2016-rejected.csv"; never a path, never a control character. */
export function rejectsFileName(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_');
  return `${base === '' ? 'import' : base}-rejected.csv`;
}
