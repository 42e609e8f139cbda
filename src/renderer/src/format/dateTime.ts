// Times are stored as UTC ISO 8601 and shown in UTC, labelled as such: analysts compare them with
// logs and reports from other time zones, so the local zone would only mislead.

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2016-01-04 08:15" (UTC); the text as stored when it is not a time. */
export function formatUtcMinute(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    `${String(date.getUTCFullYear())}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`
  );
}

/** "2016-01-04 08:15:00 UTC", for tooltips where the seconds matter. */
export function formatUtcFull(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${formatUtcMinute(iso)}:${pad(date.getUTCSeconds())} UTC`;
}
