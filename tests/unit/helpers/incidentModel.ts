// A generated incident export with many equal values (so order ties and facet overlaps are common), and
// a model of the table's semantics in plain JavaScript that the SQL answers are checked against.
import type { Database } from 'better-sqlite3';
import type { SortField } from '../../../src/shared/domain';
import type { IncidentFilter } from '../../../src/shared/filter';
import type { CsvRow } from './incidentStore';

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

/** A small seeded generator (mulberry32): the same rows on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateRows(count: number, seed = 7): CsvRow[] {
  const next = seeded(seed);
  const rows: CsvRow[] = [];
  for (let i = 0; i < count; i++) {
    const day = `${pick(next, ['2015', '2016', '2017'])}-${pick(next, ['01', '03', '12'])}-${pick(next, ['01', '15', '31'])}`;
    rows.push({
      external_id: next() < 0.2 ? '' : `E-${String(i).padStart(5, '0')}`,
      occurred_at: `${day}T${pick(next, ['00:00:00', '08:30:00'])}Z`,
      reported_at: next() < 0.4 ? '' : `${day}T12:00:00Z`,
      category: pick(next, ['phishing', 'malware', '钓鱼', 'ddos', 'backdoor', 'mystery-label']),
      severity: pick(next, ['', 'low', 'medium', 'high', 'critical', '高']),
      status: pick(next, ['', 'new', 'resolved', 'false positive']),
      source: pick(next, ['', 'isp-a', 'cert', 'honeynet']),
      region: pick(next, ['', '广东', 'Beijing', 'beijing']),
      sector: pick(next, ['', 'finance', 'energy']),
      title: pick(next, ['Phishing page', 'phishing page', '发现钓鱼网站', 'Zeus C2', '', 'Éclair outage']),
      description: `row ${String(i)} ${pick(next, ['brute force', 'credential harvest', '僵尸网络控制端', ''])}`,
      asset: pick(next, ['bank.example.com', 'http://x.example.cn/a.php', '']),
      attacker_ip: pick(next, ['', '203.0.113.9', '198.51.100.7']),
      tags: pick(next, ['', '', 'apt', 'apt, botnet', 'botnet,ransomware', 'apt-x']),
      detected_at: next() < 0.5 ? '' : `${day}T${pick(next, ['01:00:00', '09:45:00'])}Z`,
      country: pick(next, ['', 'CN', 'US', '中国']),
      reporter: pick(next, ['', '省中心', 'CERT-A', 'cert-a']),
      victim_org: pick(next, ['', 'Bank A', 'bank a', '某银行']),
      asset_ip: pick(next, ['', '192.0.2.10', '192.0.2.9', '2001:db8::1']),
    });
  }
  return rows;
}

export interface StoredRow {
  id: number;
  external_id: string | null;
  occurred_at: string;
  reported_at: string | null;
  category: string;
  severity: string;
  severity_rank: number;
  status: string;
  source: string;
  region: string;
  sector: string;
  title: string;
  asset: string;
  attacker_ip: string;
  tags: string;
  detected_at: string | null;
  country: string;
  reporter: string;
  victim_org: string;
  asset_ip: string;
  import_id: number;
}

export function storedRows(db: Database): StoredRow[] {
  return db
    .prepare(
      `SELECT id, external_id, occurred_at, reported_at, category, severity, severity_rank, status, source, region,
       sector, title, asset, attacker_ip, tags, detected_at, country, reporter, victim_org, asset_ip, import_id
       FROM incidents`,
    )
    .all() as StoredRow[];
}

export function tagsOf(row: Pick<StoredRow, 'tags'>): string[] {
  return [...new Set(row.tags.split(',').map((t) => t.trim()))].filter((t) => t !== '');
}

const has = <T>(list: readonly T[] | undefined, value: T): boolean =>
  list === undefined || list.length === 0 || list.includes(value);

/** Whether a row matches a filter (without q, which needs the index). */
export function matches(row: StoredRow, filter: IncidentFilter): boolean {
  const day = row.occurred_at.slice(0, 10);
  return (
    has(filter.categories, row.category as never) &&
    has(filter.severities, row.severity as never) &&
    has(filter.statuses, row.status as never) &&
    has(filter.sources, row.source) &&
    has(filter.regions, row.region) &&
    has(filter.sectors, row.sector) &&
    has(filter.years, Number(row.occurred_at.slice(0, 4))) &&
    (filter.from === undefined || day >= filter.from) &&
    (filter.to === undefined || day <= filter.to) &&
    (filter.tags === undefined ||
      filter.tags.length === 0 ||
      tagsOf(row).some((t) => filter.tags?.includes(t))) &&
    (filter.importId === undefined || row.import_id === filter.importId)
  );
}

type Key = string | number;

/** The sort key of a row as the table orders it (sortKeys.ts), id last. */
export function sortKey(row: StoredRow, sort: SortField): Key[] {
  const byTime = (value: Key): Key[] => [value, row.occurred_at, row.id];
  switch (sort) {
    case 'occurredAt':
      return [row.occurred_at, row.id];
    case 'severity':
      return byTime(row.severity_rank);
    case 'category':
    case 'status':
    case 'source':
    case 'region':
    case 'sector':
    case 'country':
    case 'reporter':
      return byTime(row[sort]);
    case 'title':
    case 'asset':
      return [row[sort], row.id];
    case 'attackerIp':
      return [row.attacker_ip, row.id];
    case 'externalId':
      return [row.external_id ?? '', row.id];
    case 'reportedAt':
      return [row.reported_at ?? '', row.id];
    case 'detectedAt':
      return [row.detected_at ?? '', row.id];
    case 'assetIp':
      return [row.asset_ip, row.id];
    case 'victimOrg':
      return [row.victim_org, row.id];
    case 'tags':
      return [row.tags, row.id];
    case 'id':
      return [row.id];
  }
}

/** SQLite's order: numbers by value, text by UTF-8 bytes (the BINARY collation). */
export function compareKeys(a: readonly Key[], b: readonly Key[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Key;
    const y = b[i] as Key;
    const c =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : Buffer.compare(Buffer.from(String(x)), Buffer.from(String(y)));
    if (c !== 0) return c;
  }
  return 0;
}

/** The ids a filter and sort list, in order. */
export function expectedOrder(
  rows: readonly StoredRow[],
  filter: IncidentFilter,
  sort: SortField,
  dir: 'asc' | 'desc',
): number[] {
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .filter((row) => matches(row, filter))
    .sort((a, b) => sign * compareKeys(sortKey(a, sort), sortKey(b, sort)))
    .map((row) => row.id);
}
