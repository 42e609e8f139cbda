import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../../src/main/import/dates';
import {
  BRANDS_EN,
  BRANDS_ZH,
  BROKEN_TIMES,
  CATEGORY_PROFILES,
  FAMILIES,
  NOTES_EN,
  NOTES_ZH,
  ORGS,
  PORTS,
  REGIONS,
  SOURCES,
  TextContext,
  UNKNOWN_LABELS,
  VULNS_EN,
  VULNS_ZH,
} from '../../../src/main/sample/vocabulary';
import { CATEGORY_CODES, categorize } from '../../../src/shared/taxonomy';

/** Contexts that visit every brand, family, vulnerability, region and port at least once. */
function* contexts(): Generator<TextContext> {
  const c = new TextContext();
  const n = Math.max(BRANDS_EN.length, FAMILIES.length, VULNS_EN.length, REGIONS.length, PORTS.length);
  for (let i = 0; i < n; i++) {
    const region = REGIONS[i % REGIONS.length]!;
    Object.assign(c, {
      source: SOURCES[i % SOURCES.length]!.name,
      regionEn: region.en,
      regionZh: region.zh,
      ticket: 100_000 + i * 7919,
      org: ORGS[i % ORGS.length]!,
      site: i * 97,
      brand: i % BRANDS_EN.length,
      family: i % FAMILIES.length,
      vuln: i % VULNS_EN.length,
      port: PORTS[i % PORTS.length]!,
      count: 2 + i * 13,
      ip: `203.0.113.${i + 1}`,
    });
    yield c;
  }
}

describe('sample vocabulary', () => {
  it('has a profile for every category but uncategorized, with shares adding up to one', () => {
    expect(CATEGORY_PROFILES.map((p) => p.code).sort()).toEqual(
      CATEGORY_CODES.filter((c) => c !== 'uncategorized').sort(),
    );
    expect(CATEGORY_PROFILES.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1, 6);
    const phishing = CATEGORY_PROFILES.find((p) => p.code === 'phishing')!;
    expect(Math.max(...CATEGORY_PROFILES.map((p) => p.growth))).toBe(phishing.growth);
    expect(BRANDS_ZH).toHaveLength(BRANDS_EN.length);
    expect(VULNS_ZH).toHaveLength(VULNS_EN.length);
  });

  it('writes labels that the taxonomy files under the intended code, and unknown ones it does not know', () => {
    for (const p of CATEGORY_PROFILES) {
      for (const label of [p.code, ...p.labelsZh, ...p.labelsEn])
        expect(categorize(label), label).toBe(p.code);
      expect(p.labelsZh.length).toBeGreaterThan(0);
    }
    for (const label of UNKNOWN_LABELS) expect(categorize(label), label).toBe('uncategorized');
  });

  it('writes plain texts that need no quoting, and notes that need all of it', () => {
    for (const c of contexts()) {
      for (const p of CATEGORY_PROFILES) {
        c.asset = p.asset(c);
        c.host = c.asset.replace(/^https?:\/\//, '').replace(/[:/].*$/, '');
        for (const t of [...p.titleEn, ...p.titleZh, ...p.descEn, ...p.descZh]) {
          const text = t(c);
          expect(text.length).toBeGreaterThan(0);
          expect(text, text).not.toMatch(/[",\r\n]|undefined|NaN/);
          expect(text).toBe(text.trim());
        }
        expect(c.asset).not.toMatch(/[",\s]|undefined/);
      }
      for (const t of [...NOTES_EN, ...NOTES_ZH]) {
        const note = t(c);
        expect(note).toContain(',');
        expect(note).toContain('"');
        expect(note).toContain('\n');
        expect(note).not.toMatch(/\r|undefined|NaN/);
      }
    }
  });

  it('breaks occurred_at in ways no importer reads', () => {
    for (const broken of BROKEN_TIMES) expect(parseTimestamp(broken(2016)), broken(2016)).toBeNull();
  });
});
