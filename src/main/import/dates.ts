// Date values of an export with canonical headers: ISO 8601 dates and date-times, with or without a
// zone (a zone-less value is read as UTC, the workstation default), normalized to UTC ISO 8601.

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** The value as `YYYY-MM-DDTHH:MM:SSZ`, or null when it is not a date this reader knows. */
export function parseTimestamp(value: string): string | null {
  const text = value.trim();
  const m = ISO.exec(text) ?? SLASHED.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((p) =>
    Number(p ?? 0),
  ) as [number, number, number, number, number, number];
  // Date.UTC reads years below 100 as 19xx; no incident export predates 1900.
  if (year < 1900 || year > 2999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const zh = Number(digits.slice(0, 2));
    const zm = Number(digits.slice(2) || '0');
    if (zh > 14 || zm > 59) return null;
    offsetMinutes = sign * (zh * 60 + zm);
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  if (!Number.isFinite(ms)) return null;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
