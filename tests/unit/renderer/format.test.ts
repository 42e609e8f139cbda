import { describe, expect, it } from 'vitest';
import { loadRendererModule } from './loadRendererModule';

const { formatBytes } = await loadRendererModule<{ formatBytes: (bytes: number) => string }>(
  'format/bytes.ts',
);
const { countOf, formatCount } = await loadRendererModule<{
  countOf: (n: number, singular: string, plural?: string) => string;
  formatCount: (n: number) => string;
}>('format/count.ts');
const { formatUtcFull, formatUtcMinute } = await loadRendererModule<{
  formatUtcFull: (iso: string) => string;
  formatUtcMinute: (iso: string) => string;
}>('format/dateTime.ts');

describe('formatting', () => {
  it('agrees the noun with the number', () => {
    expect(countOf(1, 'duplicate')).toBe('1 duplicate');
    expect(countOf(2, 'duplicate')).toBe('2 duplicates');
    expect(countOf(0, 'rejected', 'rejected')).toBe('0 rejected');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('shows times in UTC whatever the zone they were written in', () => {
    expect(formatUtcMinute('2016-02-29T23:59:59+08:00')).toBe('2016-02-29 15:59');
    expect(formatUtcFull('2016-01-04T08:15:00Z')).toBe('2016-01-04 08:15:00 UTC');
    expect(formatUtcMinute('not a time')).toBe('not a time');
  });

  it('writes sizes in binary units', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(3.4 * 1024 * 1024)).toBe('3.4 MiB');
  });
});
