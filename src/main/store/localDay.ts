// Days in the workstation's time zone. Statistics count incidents by the day they occurred on where the
// analyst works (an incident at 07:00 on 1 January in Beijing is a 1 January incident, though it is
// still 31 December in UTC), so the aggregate tables are keyed by that zone's dates. occurred_at stays
// UTC; the zone is a setting of the store (settings.time_zone), and changing it rebuilds the aggregates.
import type { Database } from 'better-sqlite3';
import { addDays, type IsoDate, type Period } from '../../shared/period';

/** The SQL function every connection registers (open.ts); the aggregates' triggers call it. */
export const LOCAL_DAY_FUNCTION = 'vigil_local_day';
export const UTC = 'UTC';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(zone, format);
  }
  return format;
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(zone: string, ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatFor(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

// Offsets change only at whole quarter-hours in every zone in use: cached per zone and quarter-hour,
// which turns a million lookups into a few thousand calls into Intl.
const QUARTER_HOUR = 15 * 60 * 1000;
const offsets = new Map<string, number>();

function cachedOffset(zone: string, ms: number): number {
  const bucket = Math.floor(ms / QUARTER_HOUR);
  const key = `${zone}|${String(bucket)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 200_000) offsets.clear();
    offset = offsetAt(zone, bucket * QUARTER_HOUR);
    offsets.set(key, offset);
  }
  return offset;
}

/** The date in `zone` of a UTC instant written as ISO 8601; null for text that is not one. */
export function localDay(instant: string, zone: string): IsoDate | null {
  if (zone === UTC) return instant.slice(0, 10);
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  return new Date(ms + cachedOffset(zone, ms)).toISOString().slice(0, 10);
}

/**
 * The UTC instant (as stored: YYYY-MM-DDTHH:MM:SSZ) at which `day` begins in `zone`. Found by
 * correcting a first guess with the offset there, twice, which settles even across a change of offset.
 */
export function dayStartInstant(day: IsoDate, zone: string): string {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  if (zone === UTC) return `${day}T00:00:00Z`;
  let guess = midnight - cachedOffset(zone, midnight);
  guess = midnight - cachedOffset(zone, guess);
  return `${new Date(guess).toISOString().slice(0, 19)}Z`;
}

/**
 * occurred_at bounds of a period of the zone's dates: `start <= occurred_at < end`. Stored times are
 * YYYY-MM-DDTHH:MM:SS[.fff]Z, which sort as the instants they name.
 */
export function periodInstants(period: Period, zone: string): { start: string; end: string } {
  const start = dayStartInstant(period.from, zone);
  // The calendar ends with 9999: after its last day, '~' sorts after every time that day holds.
  if (period.to >= '9999-12-31') return { start, end: `${period.to}~` };
  return { start, end: dayStartInstant(addDays(period.to, 1), zone) };
}

export function registerLocalDay(db: Database): void {
  db.function(LOCAL_DAY_FUNCTION, { deterministic: true }, (instant: unknown, zone: unknown) =>
    typeof instant === 'string' && typeof zone === 'string' ? localDay(instant, zone) : null,
  );
}

/** The store's time zone for statistics; UTC for a store that never set one. */
export function storeTimeZone(db: Database): string {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'time_zone'").get() as
    { value: string } | undefined;
  return row?.value ?? UTC;
}

/** SQL for the day of `column` in the store's zone, without a call into JavaScript for UTC. */
export function localDaySql(column: string, zone: string): string {
  return zone === UTC
    ? `substr(${column}, 1, 10)`
    : `${LOCAL_DAY_FUNCTION}(${column}, '${zone.replaceAll("'", "''")}')`;
}
