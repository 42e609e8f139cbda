// One data record of a file as an incident row ready to insert, or the reason it cannot be stored.
import { categorize } from '../../shared/taxonomy';
import { parseSeverity } from '../../shared/severity';
import { STATUSES } from '../../shared/domain';
import type { ImportField } from '../../shared/fields';
import { parseTimestamp } from './dates';
import { fingerprint } from './fingerprint';
import type { ColumnPlan } from './header';

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

export type RowOutcome = { ok: true; row: IncidentRow } | { ok: false; reason: string };

const STATUS_SET: ReadonlySet<string> = new Set(STATUSES);

export function buildRow(fields: string[], plan: ColumnPlan): RowOutcome {
  if (fields.length > plan.headers.length) {
    return {
      ok: false,
      reason: `has ${String(fields.length)} fields but the header has ${String(plan.headers.length)}`,
    };
  }
  const get = (field: ImportField): string => {
    const index = plan.fields[field];
    return index === undefined ? '' : (fields[index] ?? '').trim();
  };
  const extra: Record<string, string> = {};

  const timeText = get(plan.timeField);
  const timeColumn = (plan.fields[plan.timeField] ?? 0) + 1;
  if (timeText === '')
    return { ok: false, reason: `${plan.timeField} is empty (column ${String(timeColumn)})` };
  const occurredAt = parseTimestamp(timeText);
  if (occurredAt === null) {
    return {
      ok: false,
      reason: `${plan.timeField} "${clip(timeText)}" is not a date (column ${String(timeColumn)}); expected ISO 8601 such as 2016-03-31 or 2016-03-31T14:05:00Z`,
    };
  }
  const optionalTime = (field: ImportField): string | null => {
    const text = get(field);
    if (text === '') return null;
    const parsed = parseTimestamp(text);
    // A secondary time that cannot be read is kept as written rather than lost.
    if (parsed === null) extra[field] = text;
    return parsed;
  };

  const categoryRaw = get('category');
  const severityText = get('severity');
  const severity = severityText === '' ? '' : parseSeverity(severityText);
  if (severity === null) extra.severity = severityText;
  const statusText = get('status')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const status = STATUS_SET.has(statusText) ? statusText : 'new';
  if (statusText !== '' && status !== statusText) extra.status = get('status');

  for (const column of plan.extra) {
    const value = fields[column.index] ?? '';
    if (value !== '') extra[column.header] = value;
  }

  const externalId = get('external_id');
  const row: IncidentRow = {
    external_id: externalId === '' ? null : externalId,
    source: get('source'),
    fingerprint: '',
    occurred_at: occurredAt,
    detected_at: optionalTime('detected_at'),
    reported_at: optionalTime('reported_at'),
    closed_at: optionalTime('closed_at'),
    category: categorize(categoryRaw),
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
  row.fingerprint = fingerprint([
    row.source,
    row.occurred_at,
    row.category_raw,
    row.title,
    row.description,
    row.asset,
    row.asset_ip,
    row.attacker_ip,
    row.victim_org,
  ]);
  return { ok: true, row };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
