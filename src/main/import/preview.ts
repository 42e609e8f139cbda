// What an import would do, before it does anything: how the file is read, the mapping, and the first
// rows as they would be stored, with each problem marked in its cell. Reads only the start of the file.
import type { ImportPreview, PreviewCell, PreviewRow } from '../../shared/domain';
import { IMPORT_FIELDS, type ImportField } from '../../shared/fields';
import { messageText, type Message } from '../../shared/i18n/message';
import type { ImportMapping, ReadOptions } from '../../shared/mapping';
import { parseSeverity } from '../../shared/severity';
import type { Store } from '../store/open';
import { labelMap } from '../store/queries/labels';
import type { CsvRecord } from './csvReader';
import { resolveMapping, SAMPLE_ROWS } from './importFile';
import { buildPlan, mappingProblems, type RowPlan } from './plan';
import { englishReason } from './rejectText';
import { buildRow, sourceColumns, type IncidentRow } from './row';
import { openSource, readRecords } from './source';

export interface PreviewOptions {
  read?: ReadOptions;
  mapping?: ImportMapping;
  rows: number;
}

export async function previewFile(
  db: Store,
  file: { path: string; name: string },
  options: PreviewOptions,
): Promise<ImportPreview> {
  const source = await openSource(file, options.read);
  let header: CsvRecord | undefined;
  const sample: CsvRecord[] = [];
  const records = readRecords(source);
  try {
    for await (const batch of records) {
      for (const record of batch) {
        if (header === undefined) header = record;
        else if (sample.length < SAMPLE_ROWS) sample.push(record);
      }
      if (sample.length >= SAMPLE_ROWS) break;
    }
  } finally {
    await records.return(undefined);
  }
  const headers = (header?.fields ?? []).map((h) => h.trim());
  const resolved = resolveMapping(db, headers, options.mapping, undefined, file.name);
  const problemTexts: Message[] =
    header === undefined ? [{ key: 'import:errors.noHeader' }] : mappingProblems(headers, resolved.mapping);
  if (header !== undefined && sample.length === 0) problemTexts.push({ key: 'import:errors.noRows' });
  const problems = problemTexts.map((problem) => messageText(problem, 'en'));
  const used = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const source = resolved.mapping.fields[field];
    if (source?.kind === 'columns') for (const c of source.columns) used.add(c);
  }
  const base: ImportPreview = {
    file: file.name,
    size: source.size,
    format: source.format,
    encoding: source.encoding,
    delimiter: source.delimiter,
    headers,
    mapping: resolved.mapping,
    mappingOrigin: resolved.origin,
    savedMapping: resolved.saved,
    unmappedColumns: headers.map((_, i) => i).filter((i) => !used.has(i)),
    timeField: null,
    dateFormats: {},
    rows: [],
    problems,
    problemTexts,
  };
  const shown = sample.slice(0, options.rows);
  if (problems.length > 0) {
    base.rows = shown.map((record) => rawRow(record, resolved.mapping));
    return base;
  }
  const plan = buildPlan(
    headers,
    resolved.mapping,
    sample.map((r) => r.fields),
    labelMap(db),
    file.name,
    source.format,
  );
  return {
    ...base,
    timeField: plan.timeField,
    dateFormats: plan.dateFormats,
    rows: shown.map((record) => previewRow(record, plan)),
  };
}

/** A cell's problem as the preview carries it: in English, and as a catalog message. */
function problemOf(message: Message): Pick<PreviewCell, 'problem' | 'problemText'> {
  return { problem: messageText(message, 'en'), problemText: message };
}

function previewRow(record: CsvRecord, plan: RowPlan): PreviewRow {
  if (record.problem !== undefined) {
    const reason = record.problem;
    return { line: record.line, cells: {}, rejected: englishReason(reason), rejectedText: reason };
  }
  const outcome = buildRow(record.fields, record.raw.length, plan, record.more);
  const cells: PreviewRow['cells'] = {};
  for (const field of IMPORT_FIELDS) {
    const get = plan.getters[field];
    if (get === undefined) continue;
    const text = get(record.fields);
    cells[field] = outcome.ok ? storedCell(field, text, outcome.row, plan) : { value: text };
  }
  if (outcome.ok) return { line: record.line, cells, rejected: null };
  const rejected = englishReason(outcome.reason);
  const time = cells[plan.timeField];
  if (time) Object.assign(time, { problem: rejected, problemText: outcome.reason });
  return { line: record.line, cells, rejected, rejectedText: outcome.reason };
}

/** A field as it would be stored, and what the user should know about it. */
function storedCell(field: ImportField, text: string, row: IncidentRow, plan: RowPlan): PreviewCell {
  switch (field) {
    case 'occurred_at':
    case 'detected_at':
    case 'reported_at':
    case 'closed_at': {
      const value = field === plan.timeField ? row.occurred_at : row[field];
      if (text !== '' && value === null) {
        const where = sourceColumns(plan, field);
        return {
          value: text,
          ...problemOf(
            where === null
              ? { key: 'import:cell.notADate', params: { value: text } }
              : { key: 'import:cell.notADateIn', params: { value: text, ...where } },
          ),
        };
      }
      return { value: value ?? '' };
    }
    case 'category':
      if (row.category === 'uncategorized' && text !== '') {
        return {
          value: 'uncategorized',
          ...problemOf({ key: 'import:cell.unknownLabel', params: { label: text } }),
        };
      }
      return { value: row.category };
    case 'severity':
      if (text !== '' && parseSeverity(text) === null) {
        return { value: '', ...problemOf({ key: 'import:cell.unknownSeverity', params: { value: text } }) };
      }
      return { value: row.severity };
    case 'status':
      if (text !== '' && row.status === 'new' && text.toLowerCase() !== 'new') {
        return { value: 'new', ...problemOf({ key: 'import:cell.unknownStatus', params: { value: text } }) };
      }
      return { value: row.status };
    case 'external_id':
      return { value: row.external_id ?? '' };
    default:
      return { value: row[field] };
  }
}

function rawRow(record: CsvRecord, mapping: ImportMapping): PreviewRow {
  const cells: PreviewRow['cells'] = {};
  for (const field of IMPORT_FIELDS) {
    const source = mapping.fields[field];
    if (source === undefined) continue;
    const value =
      source.kind === 'constant'
        ? source.value
        : source.columns
            .map((c) => (record.fields[c] ?? '').trim())
            .filter((v) => v !== '')
            .join(' ');
    cells[field] = { value };
  }
  return { line: record.line, cells, rejected: null };
}
