import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/main/import/fingerprint';

describe('fingerprint', () => {
  it('ignores case and full-width forms, but not content or where a value stands', () => {
    const base = fingerprint(['cncert', '2016-01-01T00:00:00Z', 'DDoS', 'Flood']);
    expect(fingerprint(['CNCERT', '2016-01-01T00:00:00Z', 'ＤＤｏＳ', 'flood'])).toBe(base);
    expect(fingerprint(['cncert', '2016-01-01T00:00:00Z', 'DDoS', 'Flood!'])).not.toBe(base);
    expect(fingerprint(['ab', 'c'])).not.toBe(fingerprint(['a', 'bc']));
    expect(base).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives distinct keys to a million distinct near-identical rows', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1_000_000; i++)
      seen.add(fingerprint(['feed', '2016-01-01T00:00:00Z', `row ${String(i)}`]));
    expect(seen.size).toBe(1_000_000);
  });

  it('differs whenever the folded text differs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 4 }),
        fc.array(fc.string(), { maxLength: 4 }),
        (x, y) => {
          const fold = (parts: string[]) => parts.join('\u0000').toLowerCase().normalize('NFKC');
          if (fold(x) !== fold(y)) expect(fingerprint(x)).not.toBe(fingerprint(y));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
