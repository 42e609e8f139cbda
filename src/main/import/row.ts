// One data record of a file as an incident row ready to insert, or the reason it cannot be stored.
import { STATUSES } from '../../shared/domain';
import type { ImportField } from '../../shared/fields';
import type { Message } from '../../shared/i18n/message';
import { TIME_FIELDS } from '../../shared/mapping';
import { parseSeverity } from '../../shared/severity';
import { unguardCell } from '../export/formulaGuard';
import { fingerprint } from './fingerprint';
import type { RowPlan } from './plan';
import { quotedValue } from './rejectText';
import { exportedCategory, exportedFingerprint, spreadExtra } from './vigilExport';

export interface IncidentRow {
  external_id: string | null;
  source: string;
  fingerprint: string;
  occurred_at: string;
  detected_at: string | null;
  reported_at: string | null;
  closed_at: string | null;
  category: string;
  category_raw: string;
  subcategory: string;
  severity: string;
  status: string;
  tlp: string;
  title: string;
  description: string;
  asset: string;
  asset_ip: string;
  attacker_ip: string;
  region: string;
  country: string;
  sector: string;
  victim_org: string;
  reporter: string;
  tags: string;
  notes: string;
  extra: string;
}

/** A row to insert, or why it cannot be stored (englishReason() writes it in English). */
export type RowOutcome = { ok: true; row: IncidentRow } | { ok: false; reason: Message };

/** A row longer than this is rejected: no incident export has a legitimate megabyte-long row. */
export const MAX_ROW_CHARS = 1024 * 1024;

const STATUS_SET: ReadonlySet<string> = new Set(STATUSES);

export function buildRow(
  fields: readonly string[],
  rawLength: number,
  plan: RowPlan,
  more?: Readonly<Record<string, string>>,
): RowOutcome {
  if (fields.length > plan.headers.length) {
    return {
      ok: false,
      reason: {
        key: 'import:reject.fieldCount',
        params: { fields: fields.length, headers: plan.headers.length },
      },
    };
  }
  if (rawLength > MAX_ROW_CHARS) {
    return {
      ok: false,
      reason: { key: 'import:reject.rowTooLong', params: { length: rawLength, limit: MAX_ROW_CHARS } },
    };
  }
  const exported = plan.exported ?? null;
  const cells = exported?.guarded === true ? fields.map(unguardCell) : fields;
  const get = (field: ImportField): string => plan.getters[field]?.(cells) ?? '';
  const extra: Record<string, string> = {};

  const times: Partial<Record<ImportField, string | null>> = {};
  for (const field of TIME_FIELDS) {
    const read = plan.dateReaders[field];
    if (read === undefined) continue;
    const text = get(field);
    if (text === '') {
      times[field] = null;
      continue;
    }
    const value = read(text);
    // A secondary time that cannot be read is kept as written rather than lost.
    if (value === null) extra[field] = text;
    times[field] = value;
  }
  const occurredAt = times[plan.timeField] ?? null;
  if (occurredAt === null) {
    const field = plan.timeField;
    const text = get(field);
    const format = plan.dateFormats[field];
    const where = sourceColumns(plan, field);
    if (text === '') {
      return {
        ok: false,
        reason:
          where === null
            ? { key: 'import:reject.timeEmpty', params: { field } }
            : { key: 'import:reject.timeEmptyIn', params: { field, ...where } },
      };
    }
    const params: Record<string, string | number> = { field, value: quotedValue(text), ...where };
    let key: Message['key'];
    if (format === undefined) key = where === null ? 'import:reject.notADate' : 'import:reject.notADateIn';
    else {
      key = where === null ? 'import:reject.notADateExpected' : 'import:reject.notADateExpectedIn';
      params.format = format.format;
    }
    return { ok: false, reason: { key, params } };
  }

  const categoryRaw =
    exported !== null && exported.categoryRaw >= 0
      ? (cells[exported.categoryRaw] ?? '').trim()
      : get('category');
  const severityText = get('severity');
  const severity = severityText === '' ? '' : parseSeverity(severityText);
  if (severity === null) extra.severity = severityText;
  const statusRaw = get('status');
  const statusText = statusRaw.toLowerCase().replace(/[\s-]+/g, '_');
  const status = STATUS_SET.has(statusText) ? statusText : 'new';
  if (statusText !== '' && status !== statusText) extra.status = statusRaw;

  for (const column of plan.extra) {
    const value = cells[column.index] ?? '';
    if (column.json === true && spreadExtra(extra, value)) continue;
    if (value !== '') extra[column.header] = value;
  }
  if (more !== undefined)
    for (const [key, value] of Object.entries(more)) if (value !== '') extra[key] ??= value;

  const externalId = get('external_id');
  const row: IncidentRow = {
    external_id: externalId === '' ? null : externalId,
    source: get('source'),
    fingerprint: '',
    occurred_at: occurredAt,
    detected_at: times.detected_at ?? null,
    reported_at: times.reported_at ?? null,
    closed_at: times.closed_at ?? null,
    category: (exported !== null ? exportedCategory(get('category')) : null) ?? plan.categoryOf(categoryRaw),
    category_raw: categoryRaw,
    subcategory: get('subcategory'),
    severity: severity ?? '',
    status,
    tlp: get('tlp'),
    title: get('title'),
    description: get('description'),
    asset: get('asset'),
    asset_ip: get('asset_ip'),
    attacker_ip: get('attacker_ip'),
    region: get('region'),
    country: get('country'),
    sector: get('sector'),
    victim_org: get('victim_org'),
    reporter: get('reporter'),
    tags: get('tags'),
    notes: get('notes'),
    extra: JSON.stringify(extra),
  };
  // Everything the source said about the incident, unmapped columns included: two rows that differ only
  // in a column Vigil does not map are two incidents, not one seen twice.
  row.fingerprint = fingerprint([
    row.source,
    row.occurred_at,
    row.detected_at ?? '',
    row.reported_at ?? '',
    row.closed_at ?? '',
    row.category_raw,
    row.subcategory,
    severityText,
    statusRaw,
    row.tlp,
    row.title,
    row.description,
    row.asset,
    row.asset_ip,
    row.attacker_ip,
    row.region,
    row.country,
    row.sector,
    row.victim_org,
    row.reporter,
    row.tags,
    row.notes,
    row.extra,
  ]);
  // A Vigil export's own fingerprint keeps the row's identity through a re-import (vigilExport.ts).
  const given = exported !== null ? exportedFingerprint(cells[exported.fingerprint]) : null;
  if (given !== null) row.fingerprint = given;
  return { ok: true, row };
}

/**
 * The columns a field is read from, counted from 1, as message params: `count` picks "column 2" or
 * "columns 2, 3"; null for a field set to one value for every row.
 */
export function sourceColumns(plan: RowPlan, field: ImportField): { count: number; columns: string } | null {
  const source = plan.mapping.fields[field];
  if (source?.kind !== 'columns') return null;
  return { count: source.columns.length, columns: source.columns.map((c) => String(c + 1)).join(', ') };
}
