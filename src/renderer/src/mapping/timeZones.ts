// The time zones the wizard offers for times written without one. Exports come mostly from China, so
// UTC and Asia/Shanghai lead; then zones CERTs commonly exchange with. The zone a mapping already has
// and this machine's own zone are offered too, so a saved mapping never shows a zone the list lacks.

export const COMMON_TIME_ZONES: readonly string[] = [
  'UTC',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Singapore',
  'Asia/Bangkok',
  'Asia/Kolkata',
  'Asia/Dubai',
  'Europe/Moscow',
  'Europe/Istanbul',
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/London',
  'Africa/Johannesburg',
  'America/Sao_Paulo',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'Australia/Sydney',
  'Pacific/Auckland',
];

/** The machine's zone, or null where the platform does not say. */
export function machineTimeZone(): string | null {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone === '' ? null : zone;
  } catch {
    return null;
  }
}

/** The offered zones: the common ones, then the current choice and this machine's zone if missing. */
export function timeZoneOptions(current: string, machine: string | null): string[] {
  const zones = [...COMMON_TIME_ZONES];
  for (const extra of [current, machine]) {
    if (extra !== null && extra !== '' && !zones.includes(extra)) zones.push(extra);
  }
  return zones;
}
