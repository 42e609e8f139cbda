// Wall-clock time in an IANA zone to UTC, for the zone-less dates of an export ("2015/9/30 10:05" written
// in Beijing). Node's ICU holds the zone rules; we only ask it through Intl.DateTimeFormat, which can say
// what a zone's clock shows at an instant (UTC → local) but not the reverse. So:
//
// 1. offsetAt(instant): one cached formatter per zone formats the instant; the offset is the shown wall
//    clock read as if it were UTC, minus the instant. A formatter call costs microseconds, so offsets are
//    remembered per UTC day: a day whose offset is the same at its start and at the next day's start is
//    taken as one offset; otherwise the transition instant is found once by bisection to the second.
//    This assumes a zone never changes its offset and changes it back within one UTC day, which the
//    tests check against ICU at random instants in zones with awkward histories.
// 2. toUtc(wall): the true instant lies within ±14 hours of the wall clock read as UTC, so the offsets a
//    day either side bound every candidate (assuming at most one change within those two days). Equal
//    offsets: one answer. Different: try each offset and keep those that give back the wall clock. Two
//    (clocks turned back): the earlier instant, as Temporal's 'compatible' rule, java.time and most
//    libraries do. None (clocks turned forward: the wall time never existed): read it with the offset
//    before the change, which moves it forward by the gap (02:30 on a New York spring-forward day
//    becomes 03:30 EDT), again as those libraries do.
// 3. A wall day whose whole ±1 day neighbourhood has one offset is remembered too, with the last day
//    used, so a sorted export mostly costs one comparison or one Map lookup per cell.

const SECOND_MS = 1000;
const DAY_MS = 86_400_000;
/** A cache past this many days (two and a half centuries) is dropped rather than grown without bound. */
const MAX_CACHED_DAYS = 100_000;

/** The zones that are UTC whatever the date, for which conversion is the identity. */
const UTC_ZONES: ReadonlySet<string> = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'Etc/Universal', 'Etc/Zulu']);

interface Transition {
  /** First instant (ms) with the new offset. */
  at: number;
  before: number;
  after: number;
}

class ZoneClock {
  /** The canonical name ICU resolved the zone to ('utc' and 'Etc/UTC' are both 'UTC'). */
  readonly zoneName: string;
  private readonly formatter: Intl.DateTimeFormat;
  /** UTC day number → offset (ms) that holds for the whole day. */
  private readonly constantDays = new Map<number, number>();
  /** UTC day number → the transition within it. */
  private readonly transitionDays = new Map<number, Transition>();
  /** Wall-clock day number → offset (ms), or NaN when a transition is near enough to need the slow path. */
  private readonly wallDays = new Map<number, number>();
  private lastWallDay = Number.NaN;
  private lastWallOffset = 0;

  constructor(formatter: Intl.DateTimeFormat) {
    this.formatter = formatter;
    this.zoneName = formatter.resolvedOptions().timeZone;
  }

  /** The instant (ms since epoch) at which this zone's clock shows `wall` (the wall clock read as UTC). */
  toUtc(wall: number): number {
    const day = Math.floor(wall / DAY_MS);
    if (day === this.lastWallDay) return wall - this.lastWallOffset;
    let offset = this.wallDays.get(day);
    if (offset === undefined) offset = this.learnWallDay(day);
    if (Number.isNaN(offset)) return this.resolve(wall);
    this.lastWallDay = day;
    this.lastWallOffset = offset;
    return wall - offset;
  }

  /** The zone's offset from UTC (ms, positive east) at an instant. */
  offsetAt(instant: number): number {
    const day = Math.floor(instant / DAY_MS);
    const constant = this.constantDays.get(day);
    if (constant !== undefined) return constant;
    const transition = this.transitionDays.get(day);
    if (transition !== undefined) return instant < transition.at ? transition.before : transition.after;
    this.learnDay(day);
    return this.offsetAt(instant);
  }

  /** The general case of the local → UTC rule in the header comment. */
  private resolve(wall: number): number {
    const before = this.offsetAt(wall - DAY_MS);
    const after = this.offsetAt(wall + DAY_MS);
    if (before === after) return wall - before;
    const early = wall - before;
    const late = wall - after;
    const earlyFits = this.offsetAt(early) === before;
    const lateFits = this.offsetAt(late) === after;
    if (earlyFits && lateFits) return Math.min(early, late);
    if (earlyFits) return early;
    if (lateFits) return late;
    return early;
  }

  private learnWallDay(day: number): number {
    if (this.wallDays.size >= MAX_CACHED_DAYS) this.wallDays.clear();
    // Instants for this wall day lie within [day − 14 h, day + 1 + 14 h], inside days day−1 … day+1.
    const offset = this.offsetAt(day * DAY_MS);
    let constant = true;
    for (let d = day - 1; d <= day + 1 && constant; d++) {
      this.offsetAt(d * DAY_MS);
      constant = this.constantDays.get(d) === offset;
    }
    const result = constant ? offset : Number.NaN;
    this.wallDays.set(day, result);
    return result;
  }

  private learnDay(day: number): void {
    if (this.constantDays.size + this.transitionDays.size >= MAX_CACHED_DAYS) {
      this.constantDays.clear();
      this.transitionDays.clear();
    }
    const start = day * DAY_MS;
    const next = start + DAY_MS;
    const before = this.exactOffset(start);
    const after = this.exactOffset(next);
    if (before === after) {
      this.constantDays.set(day, before);
      return;
    }
    // Bisect to the first whole second that has the new offset; offsets change on whole seconds.
    let lo = start;
    let hi = next;
    while (hi - lo > SECOND_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / SECOND_MS) * SECOND_MS;
      if (this.exactOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    if (hi === next) this.constantDays.set(day, before);
    else this.transitionDays.set(day, { at: hi, before, after });
  }

  /** Asks ICU: the wall clock at the instant (to the second), read as UTC, minus the instant. */
  private exactOffset(instant: number): number {
    const t = Math.floor(instant / SECOND_MS) * SECOND_MS;
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let second = 0;
    for (const part of this.formatter.formatToParts(t)) {
      switch (part.type) {
        case 'year':
          year = Number(part.value);
          break;
        case 'month':
          month = Number(part.value);
          break;
        case 'day':
          day = Number(part.value);
          break;
        case 'hour':
          hour = Number(part.value);
          break;
        case 'minute':
          minute = Number(part.value);
          break;
        case 'second':
          second = Number(part.value);
          break;
        default:
          break;
      }
    }
    const utc = new Date(0);
    // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 19xx.
    utc.setUTCFullYear(year, month - 1, day);
    utc.setUTCHours(hour, minute, second, 0);
    return utc.getTime() - t;
  }
}

/** One formatter (and one offset cache) per zone name, made on first use. */
const clocks = new Map<string, ZoneClock>();

function makeFormatter(zone: string): Intl.DateTimeFormat {
  // en-US with numeric fields gives Latin digits; h23 keeps midnight as 00, never 24.
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

function clockFor(zone: string): ZoneClock | null {
  let clock = clocks.get(zone);
  if (clock !== undefined) return clock;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = makeFormatter(zone);
  } catch {
    // Unknown names are not cached: they come from settings, rarely, and must not grow the map.
    return null;
  }
  clock = new ZoneClock(formatter);
  clocks.set(zone, clock);
  return clock;
}

/** Whether Node's ICU knows the zone: an IANA name such as 'Asia/Shanghai' (any case), or 'UTC'. */
export function isValidTimeZone(zone: string): boolean {
  return zone.trim() !== '' && clockFor(zone) !== null;
}

/**
 * A converter from a wall-clock time in `zone` to its UTC instant. Both are milliseconds since the epoch;
 * the wall clock is given as if it were UTC (`Date.UTC(year, month - 1, day, hour, minute, second)`).
 * Throws a RangeError for a zone ICU does not know.
 */
export function wallClockToUtc(zone: string): (wall: number) => number {
  const clock = isValidTimeZone(zone) ? clockFor(zone) : null;
  if (clock === null) throw new RangeError(`unknown time zone "${zone}"`);
  if (UTC_ZONES.has(clock.zoneName)) return identity;
  return (wall) => clock.toUtc(wall);
}

/** The offset (ms east of UTC) of `zone` at an instant. Throws a RangeError for an unknown zone. */
export function zoneOffsetAt(zone: string, instant: number): number {
  const clock = clockFor(zone);
  if (clock === null) throw new RangeError(`unknown time zone "${zone}"`);
  return clock.offsetAt(instant);
}

function identity(wall: number): number {
  return wall;
}
