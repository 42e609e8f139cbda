// One CSV line of a sample export per row position. A row's content depends only on (seed, position),
// so a duplicate is written by generating its earlier original again: nothing is kept between rows.

import { SEVERITIES } from '../../shared/severity';
import { Calendar } from './calendar';
import { Mulberry32, cumulative, hash32, pickWeighted, unitFromHash } from './random';
import {
  BRANDS_EN,
  BROKEN_TIMES,
  CATEGORY_PROFILES,
  FAMILIES,
  NOTES_EN,
  NOTES_ZH,
  ORGS,
  PORTS,
  REGIONS,
  SOURCES,
  TextContext,
  UNKNOWN_LABELS,
  VULNS_EN,
  type CategoryProfile,
  type Template,
} from './vocabulary';

/** The header: Vigil's canonical field names, so a sample imports with no mapping. */
export const SAMPLE_COLUMNS = [
  'external_id',
  'occurred_at',
  'category',
  'severity',
  'title',
  'description',
  'asset',
  'attacker_ip',
  'source',
  'region',
] as const;

export const ORIGINAL = 0;
export const DUPLICATE = 1;
export const BROKEN = 2;
export type RowKind = typeof ORIGINAL | typeof DUPLICATE | typeof BROKEN;

export interface RowSettings {
  rows: number;
  seed: number;
  startYear: number;
  duplicateShare: number;
  brokenShare: number;
}

// Salts keep the independent draws of one position apart.
const SALT_KIND = 1;
const SALT_ROW = 2;
const SALT_DUPLICATE = 3;
const SALT_SEED = 4;

const UNKNOWN_LABEL_SHARE = 0.01;
const NOTE_SHARE = 0.1;
/** Chance that a row in Chinese labels its category in Chinese, and that an English row does. */
const CHINESE_LABEL_IF_CHINESE = 0.8;
const CHINESE_LABEL_IF_ENGLISH = 0.1;
/** Of English labels, the share that is a synonym ("web shell") rather than the code ("backdoor"). */
const ENGLISH_SYNONYM_SHARE = 0.15;
/** Of a duplicate's originals, the share taken from the last DUPLICATE_WINDOW rows (a feed re-sending). */
const NEAR_DUPLICATE_SHARE = 0.7;
const DUPLICATE_WINDOW = 2000;
const DUPLICATE_ATTEMPTS = 8;
/** Sites are numbered 0..SITES-1, small numbers far more often: some organizations are hit again and again. */
const SITES = 20_000;

interface LabelSet {
  code: string;
  english: readonly string[];
  chinese: readonly string[];
}

function labelSet(profile: CategoryProfile): LabelSet {
  const [main = profile.code, ...others] = profile.labelsZh;
  // The main Chinese label (网页仿冒, 网页篡改, ...) is the one most reports use: it is drawn half the time.
  const chinese = others.length === 0 ? [main] : [...others.map(() => main), ...others];
  return { code: profile.code, english: profile.labelsEn, chinese };
}

const LABELS: readonly LabelSet[] = CATEGORY_PROFILES.map(labelSet);
const SEVERITY_TABLES: readonly Float64Array[] = CATEGORY_PROFILES.map((p) => cumulative(p.severity));
const SOURCE_TABLE = cumulative(SOURCES.map((s) => s.weight));
const REGION_TABLE = cumulative(REGIONS.map((r) => r.weight));
const NOTE_QUOTE = /"/g;

function pick<T>(items: readonly T[], u: number): T {
  return items[Math.floor(u * items.length)] as T;
}

/** The host of an asset: the URL or `host:port` without scheme, port and path. */
function hostOf(asset: string): string {
  const start = asset.startsWith('http') ? asset.indexOf('//') + 2 : 0;
  let end = start;
  while (end < asset.length) {
    const c = asset.charCodeAt(end);
    if (c === 0x2f || c === 0x3a) break; // '/' or ':'
    end++;
  }
  return asset.slice(start, end);
}

export class SampleRows {
  private readonly calendar: Calendar;
  private readonly rng = new Mulberry32();
  private readonly context = new TextContext();
  /** The seed as one 32-bit word, every bit of a seed up to 2^53 (and its sign) mixed in. */
  private readonly seed: number;

  constructor(private readonly settings: RowSettings) {
    this.calendar = new Calendar(settings.startYear, CATEGORY_PROFILES);
    // The high part of a safe integer lies within ±2^21: offset, it is a non-negative value for hash32.
    const high = Math.floor(settings.seed / 4_294_967_296) + 2_097_152;
    this.seed = hash32(settings.seed >>> 0, high, SALT_SEED);
  }

  /** What the row at `position` is: drawn from its own hash, so it can be asked of any position. */
  kind(position: number): RowKind {
    const { brokenShare, duplicateShare } = this.settings;
    const u = unitFromHash(hash32(this.seed, position, SALT_KIND));
    if (u < brokenShare) return BROKEN;
    if (u < brokenShare + duplicateShare) return DUPLICATE;
    return ORIGINAL;
  }

  /** The earlier original row that the duplicate at `position` repeats, or -1 when there is none. */
  duplicateOf(position: number): number {
    if (position === 0) return -1;
    const r = this.rng;
    r.seed(hash32(this.seed, position, SALT_DUPLICATE));
    for (let attempt = 0; attempt < DUPLICATE_ATTEMPTS; attempt++) {
      const span = r.next() < NEAR_DUPLICATE_SHARE ? Math.min(position, DUPLICATE_WINDOW) : position;
      const earlier = position - 1 - r.int(span);
      if (this.kind(earlier) === ORIGINAL) return earlier;
    }
    return -1;
  }

  /** The CSV line (with its LF) of the row at `position`; `broken` gives it an unreadable occurred_at. */
  line(position: number, broken: boolean): string {
    const r = this.rng;
    const c = this.context;
    const calendar = this.calendar;
    r.seed(hash32(this.seed, position, SALT_ROW));

    const day = calendar.day((position + r.next()) / this.settings.rows);
    const category = calendar.category(day, r.next());
    const profile = CATEGORY_PROFILES[category] as CategoryProfile;
    const year = calendar.dayYear[day] ?? this.settings.startYear;
    const occurredAt = broken
      ? pick(BROKEN_TIMES, r.next())(year)
      : calendar.time(day, category, r.next(), r.next(), r.next());

    const source = SOURCES[pickWeighted(SOURCE_TABLE, r.next())] as (typeof SOURCES)[number];
    const chinese = r.next() < source.chinese;
    const region = REGIONS[pickWeighted(REGION_TABLE, r.next())] as (typeof REGIONS)[number];
    const regionText = r.next() < (chinese ? 0.85 : 0.45) ? region.zh : region.en;
    const severity =
      SEVERITIES[pickWeighted(SEVERITY_TABLES[category] as Float64Array, r.next())] ?? 'medium';

    c.source = source.name;
    c.regionEn = region.en;
    c.regionZh = region.zh;
    c.ticket = 100_000 + r.int(900_000);
    c.site = Math.floor(SITES * r.next() ** 3);
    c.org = pick(ORGS, r.next());
    c.brand = r.int(BRANDS_EN.length);
    c.family = r.int(FAMILIES.length);
    c.vuln = r.int(VULNS_EN.length);
    c.port = pick(PORTS, r.next());
    c.count = 2 + Math.floor(400 * r.next() ** 2);
    c.ip = r.next() < profile.attackerIp ? attackerIp(r) : '';
    c.asset = profile.asset(c);
    c.host = hostOf(c.asset);

    const label = categoryLabel(LABELS[category] as LabelSet, chinese, r);
    const title = pick<Template>(chinese ? profile.titleZh : profile.titleEn, r.next())(c);
    const uDescription = r.next();
    const description =
      uDescription < NOTE_SHARE
        ? `"${pick(chinese ? NOTES_ZH : NOTES_EN, r.next())(c).replace(NOTE_QUOTE, '""')}"`
        : uDescription < NOTE_SHARE + (1 - NOTE_SHARE) * source.blank
          ? ''
          : pick(chinese ? profile.descZh : profile.descEn, r.next())(c);
    const externalId = `EX-${year}-${String(position + 1).padStart(7, '0')}`;

    return `${externalId},${occurredAt},${label},${severity},${title},${description},${c.asset},${c.ip},${source.name},${regionText}\n`;
  }
}

function categoryLabel(labels: LabelSet, chinese: boolean, r: Mulberry32): string {
  const u = r.next();
  if (u < UNKNOWN_LABEL_SHARE) return pick(UNKNOWN_LABELS, r.next());
  if (r.next() < (chinese ? CHINESE_LABEL_IF_CHINESE : CHINESE_LABEL_IF_ENGLISH))
    return pick(labels.chinese, r.next());
  if (labels.english.length > 0 && r.next() < ENGLISH_SYNONYM_SHARE) return pick(labels.english, r.next());
  return labels.code;
}

/** An address from the documentation ranges (RFC 5737) or, for a quarter, private 10.0.0.0/8. */
function attackerIp(r: Mulberry32): string {
  const u = r.next();
  const host = 1 + r.int(254);
  if (u < 0.25) return `192.0.2.${host}`;
  if (u < 0.5) return `198.51.100.${host}`;
  if (u < 0.75) return `203.0.113.${host}`;
  return `10.${r.int(256)}.${r.int(256)}.${host}`;
}
