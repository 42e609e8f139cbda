// The columns the incident table can show: a fixed list, so a column id read from the address or from
// saved preferences is either one of these or dropped. A column sorts by a field of the contract's fixed
// sort list (never a caller's text in SQL). Their names, in each language, are in the catalogs
// (columnLabels.ts).
import type { Incident, SortField } from '../../../shared/domain';

export const COLUMN_IDS = [
  'occurredAt',
  'category',
  'severity',
  'status',
  'title',
  'asset',
  'source',
  'region',
  'sector',
  'country',
  'externalId',
  'detectedAt',
  'reportedAt',
  'assetIp',
  'attackerIp',
  'victimOrg',
  'reporter',
  'tags',
  'id',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export interface ColumnDef {
  id: ColumnId;
  /** The sort field behind the header; null when the contract cannot sort by this column. */
  sort: SortField | null;
  /** Width in CSS pixels until the user drags it. */
  width: number;
  /** Monospaced: identifiers, addresses and times line up. */
  mono?: boolean;
  /** The incident's text this column shows, for title attributes and search highlighting. */
  text: (incident: Incident) => string;
}

const plain =
  (key: keyof Incident) =>
  (incident: Incident): string => {
    const value = incident[key];
    return value === null ? '' : String(value);
  };

export const COLUMNS: Readonly<Record<ColumnId, ColumnDef>> = {
  occurredAt: {
    id: 'occurredAt',
    sort: 'occurredAt',
    width: 150,
    text: plain('occurredAt'),
  },
  category: { id: 'category', sort: 'category', width: 190, text: plain('category') },
  severity: { id: 'severity', sort: 'severity', width: 96, text: plain('severity') },
  status: { id: 'status', sort: 'status', width: 116, text: plain('status') },
  title: { id: 'title', sort: 'title', width: 360, text: plain('title') },
  asset: { id: 'asset', sort: 'asset', width: 220, mono: true, text: plain('asset') },
  source: { id: 'source', sort: 'source', width: 130, text: plain('source') },
  region: { id: 'region', sort: 'region', width: 120, text: plain('region') },
  sector: { id: 'sector', sort: 'sector', width: 130, text: plain('sector') },
  country: { id: 'country', sort: 'country', width: 100, text: plain('country') },
  externalId: {
    id: 'externalId',
    sort: 'externalId',
    width: 150,
    mono: true,
    text: plain('externalId'),
  },
  detectedAt: {
    id: 'detectedAt',
    sort: 'detectedAt',
    width: 150,
    text: plain('detectedAt'),
  },
  reportedAt: {
    id: 'reportedAt',
    sort: 'reportedAt',
    width: 150,
    text: plain('reportedAt'),
  },
  assetIp: { id: 'assetIp', sort: 'assetIp', width: 130, mono: true, text: plain('assetIp') },
  attackerIp: {
    id: 'attackerIp',
    sort: 'attackerIp',
    width: 130,
    mono: true,
    text: plain('attackerIp'),
  },
  victimOrg: {
    id: 'victimOrg',
    sort: 'victimOrg',
    width: 180,
    text: plain('victimOrg'),
  },
  reporter: { id: 'reporter', sort: 'reporter', width: 140, text: plain('reporter') },
  tags: { id: 'tags', sort: 'tags', width: 160, text: plain('tags') },
  id: { id: 'id', sort: 'id', width: 90, mono: true, text: plain('id') },
};

/** What a first-time analyst sees: when, what, how bad, where it stands, what was hit, who said so. */
export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  'occurredAt',
  'category',
  'severity',
  'status',
  'title',
  'asset',
  'source',
  'region',
];

const COLUMN_SET: ReadonlySet<string> = new Set(COLUMN_IDS);

export function isColumnId(value: string): value is ColumnId {
  return COLUMN_SET.has(value);
}

/** Known ids in the order given, without repeats; unknown ones dropped. */
export function knownColumns(values: Iterable<string>): ColumnId[] {
  const seen = new Set<ColumnId>();
  for (const value of values) if (isColumnId(value)) seen.add(value);
  return [...seen];
}
