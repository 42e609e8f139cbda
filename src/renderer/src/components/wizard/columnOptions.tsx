import type { ReactNode } from 'react';
import { i18n } from '../../i18n/instance';

/** "3 · 事件类型": a column by its position (1-based, as spreadsheets count) and its header text. */
export function columnLabel(header: string | undefined, index: number): string {
  const name =
    header === undefined
      ? i18n.t('import:wizard.column.missing')
      : header === ''
        ? i18n.t('import:wizard.column.noName')
        : header;
  return i18n.t('import:wizard.column.label', { position: index + 1, name });
}

/**
 * The file's columns as options whose value is `column:<index>`. A column the mapping names but the
 * file lacks (a saved mapping made for a longer header) is offered too, marked, so the select can show
 * what the mapping says; the preview reports it as a problem.
 */
export function columnOptions(headers: readonly string[], wanted: readonly number[]): ReactNode[] {
  const missing = [...new Set(wanted.filter((c) => c >= headers.length))].sort((a, b) => a - b);
  return [
    ...headers.map((header, index) => (
      <option key={index} value={`column:${String(index)}`}>
        {columnLabel(header, index)}
      </option>
    )),
    ...missing.map((index) => (
      <option key={`missing-${String(index)}`} value={`column:${String(index)}`}>
        {columnLabel(undefined, index)}
      </option>
    )),
  ];
}
