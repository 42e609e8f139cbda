// `vigil export`: the incidents a filter matches, written to a file as CSV or JSON.
import { resolve } from 'node:path';
import { VigilFault } from '../../shared/errors';
import { incidentFilterSchema, type IncidentFilter } from '../../shared/filter';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/incidentTypes';
import { inlineExecutor } from '../services/executors';
import { TaskQueue } from '../services/taskQueue';
import { openStore } from '../store/open';
import { notOneOf } from './args';
import type { CliIo } from './io';
import type { RunLanguage } from './language';
import { calendarDate, categoryCodes, fromAfterTo, requireStore } from './optionChecks';

export interface ExportOptions {
  storePath: string;
  json: boolean;
  categories: string[];
  from: string | undefined;
  to: string | undefined;
  q: string | undefined;
  format: string | undefined;
  out: string | undefined;
  language: RunLanguage;
}

export async function exportCommand(options: ExportOptions, io: CliIo): Promise<number> {
  const { filter, format, out } = exportRequest(options);
  // A mistyped --db would otherwise create an empty store and write an empty file as if it were one.
  requireStore(options.storePath);
  const db = openStore(options.storePath);
  try {
    options.language.adoptStore(db);
    const queue = new TaskQueue(inlineExecutor(db), () => undefined);
    const outcome = await queue.run({ kind: 'export', filter, format, path: out });
    const rows = outcome.kind === 'export' ? outcome.rows : 0;
    if (options.json) io.stdout(`${JSON.stringify({ rows, path: out, format })}\n`);
    else io.stdout(`${options.language.t('cli:export.written', { count: rows, file: out, format })}\n`);
    return 0;
  } finally {
    db.close();
  }
}

/** The options as an export request, or an invalid_input fault naming the option that is wrong. */
function exportRequest(options: ExportOptions): {
  filter: IncidentFilter;
  format: ExportFormat;
  out: string;
} {
  if (options.format === undefined) {
    // The catalog names the formats, csv or json, in a sentence of each language.
    throw new VigilFault('invalid_input', { key: 'errors:option.formatRequired' });
  }
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw notOneOf('--format', options.format, EXPORT_FORMATS.join(', '));
  }
  if (options.out === undefined || options.out === '') {
    throw new VigilFault('invalid_input', { key: 'errors:option.exportOut' });
  }
  if (options.from !== undefined) calendarDate(options.from, '--from');
  if (options.to !== undefined) calendarDate(options.to, '--to');
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw fromAfterTo(options.from, options.to);
  }
  categoryCodes(options.categories);
  const parsed = incidentFilterSchema.safeParse({
    ...(options.categories.length > 0 ? { categories: options.categories } : {}),
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(options.q !== undefined && options.q.trim() !== '' ? { q: options.q } : {}),
  });
  if (!parsed.success) {
    throw new VigilFault('invalid_input', parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  return { filter: parsed.data, format: options.format as ExportFormat, out: resolve(options.out) };
}
