// One incident with everything kept about it (the table's detail pane): every field, the unmapped
// columns (extra), where it came from, and its source row rebuilt as header → value.
import type { Database } from 'better-sqlite3';
import type { Incident } from '../../../shared/domain';
import { VigilFault } from '../../../shared/errors';
import { IMPORT_FIELDS, type ImportField } from '../../../shared/fields';
import type { IncidentDetail } from '../../../shared/incidentTypes';
import type { ImportMapping } from '../../../shared/mapping';
import { rebuildSourceRow } from './sourceRow';

interface DetailRow extends Omit<Incident, 'category'> {
  category: Incident['category'];
  subcategory: string;
  tlp: string;
  closedAt: string | null;
  notes: string;
  fingerprint: string;
  extraJson: string;
  createdAt: string;
  updatedAt: string;
  fileName: string;
  sha256: string;
  startedAt: string;
  mapping: string;
  mappingName: string | null;
}

const DETAIL_SQL = `SELECT i.id, i.external_id AS externalId, i.source, i.occurred_at AS occurredAt,
  i.detected_at AS detectedAt, i.reported_at AS reportedAt, i.closed_at AS closedAt, i.category,
  i.category_raw AS categoryRaw, i.subcategory, i.severity, i.status, i.tlp, i.title, i.description, i.asset,
  i.asset_ip AS assetIp, i.attacker_ip AS attackerIp, i.region, i.country, i.sector, i.victim_org AS victimOrg,
  i.reporter, i.tags, i.notes, i.fingerprint, i.extra AS extraJson, i.import_id AS importId,
  i.source_row AS sourceRow, i.created_at AS createdAt, i.updated_at AS updatedAt,
  m.file_name AS fileName, m.sha256, m.started_at AS startedAt, m.mapping, m.mapping_name AS mappingName
  FROM incidents i JOIN imports m ON m.id = i.import_id WHERE i.id = ?`;

export function incidentDetail(db: Database, id: number): IncidentDetail {
  const row = db.prepare(DETAIL_SQL).get(id) as DetailRow | undefined;
  if (row === undefined) {
    throw new VigilFault('not_found', { key: 'incidents:errors.noIncident', params: { id: String(id) } });
  }
  const { extraJson, fileName, sha256, startedAt, mapping, mappingName, ...fields } = row;
  const extra = parseExtra(extraJson);
  const stored = storedValues(row);
  const used = parseMapping(mapping);
  const headers = mappingName === null || used === null ? null : savedHeaders(db, mappingName, used);
  return {
    ...fields,
    extra,
    provenance: { importId: row.importId, fileName, sha256, line: row.sourceRow, importedAt: startedAt },
    sourceColumns: rebuildSourceRow(used, headers, stored, extra),
  };
}

/** The value each field was stored with, by field name; the category as the file wrote it. */
function storedValues(row: DetailRow): Record<ImportField, string> {
  const bySnake: Record<string, string | null> = {
    external_id: row.externalId,
    source: row.source,
    occurred_at: row.occurredAt,
    detected_at: row.detectedAt,
    reported_at: row.reportedAt,
    closed_at: row.closedAt,
    category: row.categoryRaw,
    subcategory: row.subcategory,
    severity: row.severity,
    status: row.status,
    tlp: row.tlp,
    title: row.title,
    description: row.description,
    asset: row.asset,
    asset_ip: row.assetIp,
    attacker_ip: row.attackerIp,
    region: row.region,
    country: row.country,
    sector: row.sector,
    victim_org: row.victimOrg,
    reporter: row.reporter,
    tags: row.tags,
    notes: row.notes,
  };
  const values = {} as Record<ImportField, string>;
  for (const field of IMPORT_FIELDS) values[field] = bySnake[field] ?? '';
  return values;
}

function parseExtra(json: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    const extra: Record<string, string> = {};
    for (const [key, value] of Object.entries(parsed))
      extra[key] = typeof value === 'string' ? value : JSON.stringify(value);
    return extra;
  } catch {
    return {};
  }
}

function parseMapping(json: string): ImportMapping | null {
  try {
    const parsed = JSON.parse(json) as Partial<ImportMapping> | null;
    return typeof parsed?.fields === 'object' ? (parsed as ImportMapping) : null;
  } catch {
    return null;
  }
}

/**
 * The header of the saved mapping the import used or saved, while that mapping still maps the same
 * columns (a mapping saved again later for another header would name the wrong columns).
 */
function savedHeaders(db: Database, name: string, used: ImportMapping): string[] | null {
  const row = db.prepare('SELECT headers, mapping FROM saved_mappings WHERE name = ?').get(name) as
    { headers: string; mapping: string } | undefined;
  if (row === undefined) return null;
  try {
    const headers: unknown = JSON.parse(row.headers);
    const saved = JSON.parse(row.mapping) as ImportMapping;
    if (JSON.stringify(saved.fields) !== JSON.stringify(used.fields)) return null;
    return Array.isArray(headers) && headers.every((h) => typeof h === 'string') ? headers : null;
  } catch {
    return null;
  }
}
