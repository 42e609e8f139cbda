const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/** A file size with one decimal in binary units: "812 B", "3.4 MiB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${String(value)} B` : `${value.toFixed(1)} ${UNITS[unit] ?? ''}`;
}
