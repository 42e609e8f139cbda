import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CsvRecord } from '../../../src/main/import/csvReader';
import { parseTimestamp } from '../../../src/main/import/dates';
import {
  SAMPLE_COLUMNS,
  SAMPLE_DEFAULTS,
  writeSample,
  writeSampleFile,
  type SampleSummary,
} from '../../../src/main/sample';
import { fieldForHeader } from '../../../src/shared/fields';
import { SEVERITIES } from '../../../src/shared/severity';
import { CATEGORY_CODES, categorize } from '../../../src/shared/taxonomy';
import { tempDir } from '../helpers/temp';
import { readCsv, sampleText } from './collect';

const HAN = /\p{Script=Han}/u;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Column positions, by name, so the assertions read as the header does. */
const COL = Object.fromEntries(SAMPLE_COLUMNS.map((name, i) => [name, i])) as Record<
  (typeof SAMPLE_COLUMNS)[number],
  number
>;

function field(record: CsvRecord, name: (typeof SAMPLE_COLUMNS)[number]): string {
  return record.fields[COL[name]]!;
}

describe('writeSample: shape', () => {
  it('writes the same bytes for the same seed and different bytes for another seed', async () => {
    const a = await sampleText({ rows: 3000, seed: 7 });
    const b = await sampleText({ rows: 3000, seed: 7 });
    const c = await sampleText({ rows: 3000, seed: 8 });
    expect(a.text).toBe(b.text);
    expect(a.summary).toEqual(b.summary);
    expect(c.text).not.toBe(a.text);
    const byDefault = await sampleText({ rows: 500 });
    const explicit = await sampleText({ rows: 500, seed: SAMPLE_DEFAULTS.seed });
    expect(byDefault.text).toBe(explicit.text);
  });

  it('writes the canonical header and exactly N records of ten fields, UTF-8 without BOM, LF ends', async () => {
    for (const rows of [0, 1, 2, 37, 5000]) {
      const { text, summary } = await sampleText({ rows });
      const records = readCsv(text, 977);
      expect(records).toHaveLength(rows + 1);
      expect(records[0]!.fields).toEqual([...SAMPLE_COLUMNS]);
      expect(records.every((r) => r.fields.length === 10 && r.problem === undefined)).toBe(true);
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text).not.toContain('\r');
      expect(text.endsWith('\n')).toBe(true);
      expect(summary.rows).toBe(rows);
      expect(summary.bytes).toBe(Buffer.byteLength(text, 'utf8'));
    }
    // Every header is a field Vigil knows by that name: the file imports with no mapping.
    expect(SAMPLE_COLUMNS.map((h) => fieldForHeader(h))).toEqual([...SAMPLE_COLUMNS]);
  });

  it('covers startYear and the year after, and names ids after the year', async () => {
    const records = readCsv((await sampleText({ rows: 2000, startYear: 2020, brokenShare: 0 })).text).slice(
      1,
    );
    const years = new Set(records.map((r) => field(r, 'occurred_at').slice(0, 4)));
    expect([...years].sort()).toEqual(['2020', '2021']);
    for (const r of records) {
      expect(field(r, 'external_id')).toMatch(
        new RegExp(`^EX-${field(r, 'occurred_at').slice(0, 4)}-\\d{7}$`),
      );
    }
  });

  it('honours the shares it is given', async () => {
    const none = await sampleText({ rows: 5000, duplicateShare: 0, brokenShare: 0 });
    expect(none.summary).toMatchObject({ duplicates: 0, broken: 0 });
    const many = await sampleText({ rows: 5000, duplicateShare: 0.2, brokenShare: 0.05 });
    expect(many.summary.duplicates / 5000).toBeGreaterThan(0.17);
    expect(many.summary.duplicates / 5000).toBeLessThan(0.23);
    expect(many.summary.broken / 5000).toBeGreaterThan(0.035);
    expect(many.summary.broken / 5000).toBeLessThan(0.065);
  });

  it('refuses options it cannot honour', async () => {
    const sink = new Writable({
      write: (_c, _e, cb) => {
        cb();
      },
    });
    for (const bad of [
      { rows: -1 },
      { rows: 1.5 },
      { rows: Number.NaN },
      { rows: 10, seed: 0.5 },
      { rows: 10, startYear: 1800 },
      { rows: 10, duplicateShare: 1.2 },
      { rows: 10, brokenShare: -0.1 },
      { rows: 10, duplicateShare: 0.6, brokenShare: 0.6 },
    ]) {
      await expect(writeSample(sink, bad)).rejects.toBeInstanceOf(RangeError);
    }
  });
});

describe('writeSample: content of 20,000 rows', () => {
  const N = 20_000;
  let summary: SampleSummary;
  let rows: CsvRecord[];
  /** Rows that are neither a repeat of an earlier row nor broken. */
  let originals: CsvRecord[];
  let broken: CsvRecord[];
  let duplicates: CsvRecord[];

  beforeAll(async () => {
    const sample = await sampleText({ rows: N });
    summary = sample.summary;
    rows = readCsv(sample.text).slice(1);
    const seen = new Set<string>();
    originals = [];
    broken = [];
    duplicates = [];
    for (const r of rows) {
      if (seen.has(r.raw)) duplicates.push(r);
      else if (parseTimestamp(field(r, 'occurred_at')) === null) broken.push(r);
      else originals.push(r);
      seen.add(r.raw);
    }
  });

  it('repeats about 2% of rows byte for byte, and ids are otherwise unique', () => {
    expect(rows).toHaveLength(N);
    expect(duplicates).toHaveLength(summary.duplicates);
    expect(summary.duplicates / N).toBeGreaterThan(0.016);
    expect(summary.duplicates / N).toBeLessThan(0.024);
    const ids = [...originals, ...broken].map((r) => field(r, 'external_id'));
    expect(new Set(ids).size).toBe(ids.length);
    const idSet = new Set(ids);
    expect(duplicates.every((r) => idSet.has(field(r, 'external_id')))).toBe(true);
    // The importer's natural key: a duplicate's source + external_id was seen before.
    const keys = new Set(originals.map((r) => `${field(r, 'source')}\u0000${field(r, 'external_id')}`));
    expect(duplicates.every((r) => keys.has(`${field(r, 'source')}\u0000${field(r, 'external_id')}`))).toBe(
      true,
    );
  });

  it('breaks about 0.1% of rows with an occurred_at no importer reads, and only those', () => {
    expect(broken).toHaveLength(summary.broken);
    expect(summary.broken).toBeGreaterThanOrEqual(6);
    expect(summary.broken).toBeLessThanOrEqual(40);
    for (const r of originals) {
      const at = field(r, 'occurred_at');
      expect(at).toMatch(ISO_UTC);
      expect(parseTimestamp(at)).toBe(at);
    }
  });

  it('has clearly more incidents in the second year, phishing growing fastest', () => {
    const count = (year: string, code?: string): number =>
      originals.filter(
        (r) =>
          field(r, 'occurred_at').startsWith(year) &&
          (code === undefined || categorize(field(r, 'category')) === code),
      ).length;
    const first = count('2015');
    const second = count('2016');
    expect(first + second).toBe(originals.length);
    expect(second).toBeGreaterThan(1.7 * first);
    expect(second).toBeLessThan(2.6 * first);
    const phishing = count('2016', 'phishing') / count('2015', 'phishing');
    for (const code of ['malware', 'defacement', 'vulnerability', 'backdoor', 'scanning']) {
      expect(phishing).toBeGreaterThan(count('2016', code) / count('2015', code));
    }
  });

  it('has fewer incidents at weekends and a February dip', () => {
    const perWeekday = new Array<number>(7).fill(0);
    const perMonth = new Map<string, number>();
    for (const r of originals) {
      const at = field(r, 'occurred_at');
      const day = new Date(at).getUTCDay();
      perWeekday[day] = perWeekday[day]! + 1;
      perMonth.set(at.slice(0, 7), (perMonth.get(at.slice(0, 7)) ?? 0) + 1);
    }
    const weekend = (perWeekday[0]! + perWeekday[6]!) / 2;
    const weekday = (perWeekday[1]! + perWeekday[2]! + perWeekday[3]! + perWeekday[4]! + perWeekday[5]!) / 5;
    expect(weekend).toBeLessThan(0.8 * weekday);
    for (const year of ['2015', '2016']) {
      expect(perMonth.get(`${year}-02`)!).toBeLessThan(perMonth.get(`${year}-03`)!);
    }
  });

  it('labels every category, in English codes, English words and Chinese, with ~1% unknown labels', () => {
    const byCode = new Map<string, number>();
    let chinese = 0;
    let codes = 0;
    for (const r of rows) {
      const label = field(r, 'category');
      const code = categorize(label);
      byCode.set(code, (byCode.get(code) ?? 0) + 1);
      if (HAN.test(label)) chinese++;
      if (label === code) codes++;
    }
    for (const code of CATEGORY_CODES) expect(byCode.get(code) ?? 0, code).toBeGreaterThan(0);
    const unknown = (byCode.get('uncategorized') ?? 0) / N;
    expect(unknown).toBeGreaterThan(0.005);
    expect(unknown).toBeLessThan(0.016);
    expect(chinese / N).toBeGreaterThan(0.25);
    expect(codes / N).toBeGreaterThan(0.3);
    const labels = new Set(rows.map((r) => field(r, 'category')));
    for (const label of ['网页仿冒', '网页篡改', '网站后门', '恶意程序', '拒绝服务攻击']) {
      expect(labels.has(label), label).toBe(true);
    }
  });

  it('quotes about 10% of descriptions over two lines with a comma and a doubled quote', () => {
    const multi = rows.filter((r) => field(r, 'description').includes('\n'));
    expect(multi.length / N).toBeGreaterThan(0.07);
    expect(multi.length / N).toBeLessThan(0.13);
    for (const r of multi) {
      const description = field(r, 'description');
      expect(description).toContain(',');
      expect(description).toContain('"');
      expect(r.raw).toContain('""');
      expect(r.raw).toContain(`"${description.replace(/"/g, '""')}"`);
    }
    expect(
      rows.some((r) => HAN.test(field(r, 'description')) && field(r, 'description').includes('\n')),
    ).toBe(true);
  });

  it('writes titles and descriptions in English and Chinese, about 40% Chinese', () => {
    const chinese = rows.filter((r) => HAN.test(field(r, 'title'))).length / N;
    expect(chinese).toBeGreaterThan(0.3);
    expect(chinese).toBeLessThan(0.55);
    expect(rows.some((r) => /^[\x20-\x7e]+$/.test(field(r, 'title')))).toBe(true);
  });

  it('uses the four severities, mostly low and medium', () => {
    const severities = rows.map((r) => field(r, 'severity'));
    expect(new Set(severities)).toEqual(new Set(SEVERITIES));
    const lowOrMedium = severities.filter((s) => s === 'low' || s === 'medium').length;
    expect(lowOrMedium / N).toBeGreaterThan(0.6);
  });

  it('names only reserved domains and documentation or private addresses', () => {
    const reservedHost = /(^|\.)(example\.(com|net|org|cn)|example|test)$/;
    const documentationIp =
      /^(192\.0\.2|198\.51\.100|203\.0\.113)\.(\d{1,3})$|^10\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
    for (const r of rows) {
      const asset = field(r, 'asset');
      const host = asset.replace(/^https?:\/\//, '').replace(/[:/].*$/, '');
      expect(host, asset).toMatch(reservedHost);
      const ip = field(r, 'attacker_ip');
      if (ip !== '') {
        expect(ip).toMatch(documentationIp);
        expect(ip.split('.').every((part) => Number(part) <= 255)).toBe(true);
      }
    }
    // Some sites are hit again and again, as real targets are.
    const assets = new Map<string, number>();
    for (const r of originals) assets.set(field(r, 'asset'), (assets.get(field(r, 'asset')) ?? 0) + 1);
    expect(Math.max(...assets.values())).toBeGreaterThan(5);
  });

  it('comes from a handful of feeds and from provinces written in Chinese and in pinyin', () => {
    const sources = new Set(rows.map((r) => field(r, 'source')));
    expect(sources.size).toBeGreaterThanOrEqual(4);
    expect(sources.size).toBeLessThanOrEqual(6);
    expect(sources.has('cncert-feed')).toBe(true);
    const regions = new Set(rows.map((r) => field(r, 'region')));
    expect(regions.size).toBeGreaterThan(10);
    expect([...regions].some((r) => HAN.test(r))).toBe(true);
    expect([...regions].some((r) => /^[A-Z][a-z]+$/.test(r))).toBe(true);
  });

  it('keeps rows in day order, as a consolidated export is', () => {
    const days = originals.map((r) => field(r, 'occurred_at').slice(0, 10));
    expect(days.every((day, i) => i === 0 || days[i - 1]! <= day)).toBe(true);
  });
});

describe('writeSample: streaming', () => {
  it('waits for drain: a slow stream never holds more than about one chunk', async () => {
    let maxBuffered = 0;
    const parts: Buffer[] = [];
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        parts.push(chunk);
        setTimeout(callback, 1);
      },
    });
    const origWrite = slow.write.bind(slow);
    slow.write = ((chunk: Buffer) => {
      const ok = origWrite(chunk);
      maxBuffered = Math.max(maxBuffered, slow.writableLength);
      return ok;
    }) as typeof slow.write;
    const summary = await writeSample(slow, { rows: 20_000, seed: 3 });
    expect(Buffer.concat(parts).toString('utf8')).toBe((await sampleText({ rows: 20_000, seed: 3 })).text);
    expect(summary.bytes).toBeGreaterThan(2_000_000);
    // One chunk is 64 Ki characters, at most 192 KiB of UTF-8.
    expect(maxBuffered).toBeLessThanOrEqual(192 * 1024);
  });

  it('rejects with the stream error instead of hanging or throwing elsewhere', async () => {
    const failing = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('disk full'));
      },
    });
    await expect(writeSample(failing, { rows: 10_000 })).rejects.toThrow('disk full');
  });

  it('writes a file with the same bytes, and reports its size', async () => {
    const path = join(tempDir(), 'sample.csv');
    const summary = await writeSampleFile(path, { rows: 4000, seed: 11 });
    const { text, summary: inMemory } = await sampleText({ rows: 4000, seed: 11 });
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(summary).toEqual(inMemory);
    expect(statSync(path).size).toBe(summary.bytes);
  });

  it('fails early on a path it cannot write', async () => {
    const path = join(tempDir(), 'no-such-folder', 'sample.csv');
    await expect(writeSampleFile(path, { rows: 10 })).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(writeSampleFile(join(tempDir(), 'x.csv'), { rows: -5 })).rejects.toBeInstanceOf(RangeError);
  });
});
