// `vigil export`: the incidents a filter matches, written to a file as CSV or JSON.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { VigilFault } from '../../shared/errors';
import { incidentFilterSchema, type IncidentFilter } from '../../shared/filter';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/incidentTypes';
import { isIsoDate } from '../../shared/period';
import { CATEGORY_CODES } from '../../shared/taxonomy';
import { inlineExecutor } from '../services/executors';
import { TaskQueue } from '../services/taskQueue';
import { openStore } from '../store/open';
import type { CliIo } from './io';

export interface ExportOptions {
  storePath: string;
  json: boolean;
  categories: string[];
  from: string | undefined;
  to: string | undefined;
  q: string | undefined;
  format: string | undefined;
  out: string | undefined;
}

export async function exportCommand(options: ExportOptions, io: CliIo): Promise<number> {
  const { filter, format, out } = exportRequest(options);
  // A mistyped --db would otherwise create an empty store and write an empty file as if it were one.
  if (!existsSync(options.storePath)) {
    throw new VigilFault(
      'not_found',
      `there is no store at ${options.storePath}; import files first, or name the store with --db`,
    );
  }
  const db = openStore(options.storePath);
  try {
    const queue = new TaskQueue(inlineExecutor(db), () => undefined);
    const outcome = await queue.run({ kind: 'export', filter, format, path: out });
    const rows = outcome.kind === 'export' ? outcome.rows : 0;
    if (options.json) io.stdout(`${JSON.stringify({ rows, path: out, format })}\n`);
    else io.stdout(`${String(rows)} incident${rows === 1 ? '' : 's'} written to ${out} (${format}).\n`);
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
    throw new VigilFault('invalid_input', `--format is required: ${EXPORT_FORMATS.join(' or ')}`);
  }
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new VigilFault(
      'invalid_input',
      `--format: "${options.format}" is not one of ${EXPORT_FORMATS.join(', ')}`,
    );
  }
  if (options.out === undefined || options.out === '') {
    throw new VigilFault('invalid_input', '--out FILE is required: the file to write');
  }
  for (const [option, value] of [
    ['--from', options.from],
    ['--to', options.to],
  ] as const) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new VigilFault(
        'invalid_input',
        `${option}: "${value}" is not a date in the calendar (YYYY-MM-DD)`,
      );
    }
  }
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw new VigilFault('invalid_input', `--from ${options.from} is after --to ${options.to}`);
  }
  for (const code of options.categories) {
    if (!(CATEGORY_CODES as readonly string[]).includes(code)) {
      throw new VigilFault(
        'invalid_input',
        `--category: "${code}" is not a category; categories are ${CATEGORY_CODES.join(', ')}`,
      );
    }
  }
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
