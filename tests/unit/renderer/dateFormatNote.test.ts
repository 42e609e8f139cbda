import { describe, expect, it } from 'vitest';
import { ambiguousDateNotes, describeDateChoice } from '../../../src/renderer/src/format/dateFormatNote';

describe('date format notes', () => {
  it('says the format once, then why', () => {
    expect(
      describeDateChoice({
        format: 'dmy',
        ambiguous: false,
        reason: 'D/M/YYYY: "13/01/2016" on a sample row has a day above 12',
      }),
    ).toBe('D/M/YYYY — "13/01/2016" on a sample row has a day above 12');
    expect(
      describeDateChoice({
        format: 'dmy',
        ambiguous: true,
        reason: 'D/M/YYYY or M/D/YYYY: no value decides; D/M/YYYY assumed',
      }),
    ).toBe('D/M/YYYY — D/M/YYYY or M/D/YYYY: no value decides; D/M/YYYY assumed');
  });

  it('notes only the time columns whose format could not be decided', () => {
    const notes = ambiguousDateNotes({
      occurred_at: {
        format: 'dmy',
        ambiguous: true,
        reason: 'D/M/YYYY or M/D/YYYY: no value decides; D/M/YYYY assumed',
      },
      detected_at: { format: 'iso', ambiguous: false, reason: 'ISO 8601: reads all 20 sample values' },
    });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^occurred_at was read as D\/M\/YYYY, but its values could be read either way/);
  });
});
