import { VigilFault } from '../../shared/errors';
import { fieldForHeader, type ImportField } from '../../shared/fields';

/** How a file's columns become incident fields: mapped columns by field, the rest kept as extra. */
export interface ColumnPlan {
  headers: string[];
  fields: Partial<Record<ImportField, number>>;
  /** Columns with no field, kept in the incident's `extra` JSON under their header text. */
  extra: { header: string; index: number }[];
  /** The column the occurrence time is read from, and whether it stands in for a missing occurred_at. */
  timeField: OccurrenceSource;
}

/** The columns an occurrence time may be read from, in order of preference (DESIGN.md §3). */
const OCCURRENCE_SOURCES = ['occurred_at', 'detected_at', 'reported_at'] as const;
export type OccurrenceSource = (typeof OCCURRENCE_SOURCES)[number];

export function planColumns(headers: string[], file: string): ColumnPlan {
  const fields: Partial<Record<ImportField, number>> = {};
  const extra: ColumnPlan['extra'] = [];
  const seenExtra = new Map<string, number>();
  headers.forEach((header, index) => {
    const field = fieldForHeader(header);
    if (field === null) {
      // Two unmapped columns with one name are both kept: the second as "name (2)".
      const count = (seenExtra.get(header) ?? 0) + 1;
      seenExtra.set(header, count);
      extra.push({ header: count === 1 ? header : `${header} (${String(count)})`, index });
      return;
    }
    const earlier = fields[field];
    if (earlier !== undefined) {
      throw new VigilFault(
        'missing_column',
        { key: 'import:errors.fieldTwice', params: { field, first: earlier + 1, second: index + 1 } },
        { file, line: 1, column: index + 1 },
      );
    }
    fields[field] = index;
  });
  const timeField = OCCURRENCE_SOURCES.find((f) => fields[f] !== undefined);
  if (timeField === undefined) {
    const shown = `${headers.slice(0, 12).join(', ')}${headers.length > 12 ? ', ...' : ''}`;
    throw new VigilFault(
      'missing_column',
      { key: 'import:errors.noTimeColumn', params: { headers: shown } },
      { file, line: 1 },
    );
  }
  return { headers, fields, extra, timeField };
}
