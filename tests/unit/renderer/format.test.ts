import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/renderer/src/format/bytes';
import { countOf, formatCount } from '../../../src/renderer/src/format/count';
import { formatUtcFull, formatUtcMinute } from '../../../src/renderer/src/format/dateTime';
import { standInTimeNote } from '../../../src/renderer/src/format/timeField';

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

  it('says which column stood in for a missing occurred_at, and nothing when none did', () => {
    expect(standInTimeNote('detected_at')).toBe(
      'no occurred_at column: occurrence times were read from detected_at',
    );
    expect(standInTimeNote('reported_at')).toBe(
      'no occurred_at column: occurrence times were read from reported_at',
    );
    expect(standInTimeNote('occurred_at')).toBeNull();
    expect(standInTimeNote(null)).toBeNull();
  });

  it('writes sizes in binary units', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(3.4 * 1024 * 1024)).toBe('3.4 MiB');
  });
});
