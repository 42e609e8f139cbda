import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDateFormat } from '../../../src/main/import/dateDetect';
import { messageText } from '../../../src/shared/i18n/message';
import {
  DATE_FORMATS,
  isValidTimeZone,
  makeDateReader,
  parseTimestamp,
  type DateFormat,
} from '../../../src/main/import/dates';

function read(format: DateFormat, text: string, zone = 'UTC'): string | null {
  return makeDateReader(format, zone)(text);
}

describe('parseTimestamp (ISO 8601 and YYYY/M/D, zone-less as UTC)', () => {
  it('reads what the importer has always read', () => {
    expect(parseTimestamp('2016-01-04T08:15:00Z')).toBe('2016-01-04T08:15:00Z');
    expect(parseTimestamp('2016-01-19 14:02')).toBe('2016-01-19T14:02:00Z');
    expect(parseTimestamp('2016-02-07')).toBe('2016-02-07T00:00:00Z');
    expect(parseTimestamp('2016-02-29T23:59:59+08:00')).toBe('2016-02-29T15:59:59Z');
    expect(parseTimestamp(' 2016/3/5 8:05 ')).toBe('2016-03-05T08:05:00Z');
    expect(parseTimestamp('2016-1-4 8:15:30.123456')).toBe('2016-01-04T08:15:30Z');
  });

  it('refuses what is not a date', () => {
    for (const text of [
      '',
      'not a date',
      '2016-02-30',
      '1899-12-31',
      '3000-01-01',
      '2016-01-01T24:00',
      '2016',
    ]) {
      expect(parseTimestamp(text)).toBeNull();
    }
  });
});

describe('makeDateReader: every format, with and without a time', () => {
  const cases: [DateFormat, string, string][] = [
    ['iso', '2015-09-30', '2015-09-30T00:00:00Z'],
    ['iso', '2015-09-30T10:05:30Z', '2015-09-30T10:05:30Z'],
    ['iso', '2015-09-30 10:05', '2015-09-30T10:05:00Z'],
    ['iso', '2015-09-30t10:05:30.999z', '2015-09-30T10:05:30Z'],
    ['iso', '2015-09-30T10:05:30,5+08:00', '2015-09-30T02:05:30Z'],
    ['iso', '2015-09-30T10:05:30+0800', '2015-09-30T02:05:30Z'],
    ['iso', '2015-09-30T10:05:30+08', '2015-09-30T02:05:30Z'],
    ['iso', '2015-09-30T10:05:30-05:30', '2015-09-30T15:35:30Z'],
    ['iso', '2015-09-30 10:05:30 UTC', '2015-09-30T10:05:30Z'],
    ['iso', '2015-09-30 10:05:30 GMT+8', '2015-09-30T02:05:30Z'],
    ['iso', '2015-09-30 10:05:30 UTC+05:45', '2015-09-30T04:20:30Z'],
    ['iso', '2015-09-30 10:05 +0800', '2015-09-30T02:05:00Z'],
    ['ymd', '2015/9/30', '2015-09-30T00:00:00Z'],
    ['ymd', '2015.09.30 10:05', '2015-09-30T10:05:00Z'],
    ['ymd', '2015-9-30 10:05:30', '2015-09-30T10:05:30Z'],
    ['ymd', '２０１５／９／３０　１０：０５', '2015-09-30T10:05:00Z'],
    ['ymd', '2015/9/30 下午 3:05', '2015-09-30T15:05:00Z'],
    ['dmy', '30/9/2015', '2015-09-30T00:00:00Z'],
    ['dmy', '30.09.2015 10:05', '2015-09-30T10:05:00Z'],
    ['dmy', '30-09-2015 10:05:30', '2015-09-30T10:05:30Z'],
    ['dmy', '30/09/2015, 10:05:30', '2015-09-30T10:05:30Z'],
    ['mdy', '9/30/2015', '2015-09-30T00:00:00Z'],
    ['mdy', '9/30/2015 10:05', '2015-09-30T10:05:00Z'],
    ['mdy', '9/30/2015 10:05:30 PM', '2015-09-30T22:05:30Z'],
    ['mdy', '9/30/2015 12:05 am', '2015-09-30T00:05:00Z'],
    ['mdy', '9/30/2015 12:05 p.m.', '2015-09-30T12:05:00Z'],
    ['mdy', '9/30/2015 1:05PM', '2015-09-30T13:05:00Z'],
    ['zh', '2015年9月30日', '2015-09-30T00:00:00Z'],
    ['zh', '2015年09月30日 10:05', '2015-09-30T10:05:00Z'],
    ['zh', '2015年9月30日10:05:30', '2015-09-30T10:05:30Z'],
    ['zh', '2015年9月30日 10时5分', '2015-09-30T10:05:00Z'],
    ['zh', '2015年9月30日10时5分30秒', '2015-09-30T10:05:30Z'],
    ['zh', '2015 年 9 月 30 日 10 时', '2015-09-30T10:00:00Z'],
    ['zh', '2015年9月30号 下午3点5分', '2015-09-30T15:05:00Z'],
    ['zh', '２０１５年９月３０日', '2015-09-30T00:00:00Z'],
    ['excel', '42277', '2015-09-30T00:00:00Z'],
    ['excel', '42277.5', '2015-09-30T12:00:00Z'],
    ['excel', '42277.420138888886', '2015-09-30T10:05:00Z'],
    ['excel', '1', '1900-01-01T00:00:00Z'],
    ['excel', '59', '1900-02-28T00:00:00Z'],
    ['excel', '61', '1900-03-01T00:00:00Z'],
    ['excel', '2958465', '9999-12-31T00:00:00Z'],
    ['unix_s', '1443607530', '2015-09-30T10:05:30Z'],
    ['unix_s', '1443607530.75', '2015-09-30T10:05:30Z'],
    ['unix_s', '0', '1970-01-01T00:00:00Z'],
    ['unix_s', '-1', '1969-12-31T23:59:59Z'],
    ['unix_ms', '1443607530123', '2015-09-30T10:05:30Z'],
    ['unix_ms', '1443607530999.5', '2015-09-30T10:05:30Z'],
  ];
  it.each(cases)('%s reads %j as %s', (format, text, expected) => {
    expect(read(format, text)).toBe(expected);
  });

  it('reads no other format than its own', () => {
    expect(read('iso', '2015/9/30')).toBeNull();
    expect(read('ymd', '2015-09-30T10:05:00Z')).toBeNull();
    expect(read('dmy', '2015/9/30')).toBeNull();
    expect(read('mdy', '30/9/2015')).toBeNull();
    expect(read('zh', '2015/9/30')).toBeNull();
    expect(read('excel', '2015-09-30')).toBeNull();
    expect(read('unix_s', '1e9')).toBeNull();
    expect(read('ymd', '2015/9-30')).toBeNull();
  });

  it('refuses impossible dates and times', () => {
    expect(read('dmy', '31/02/2016')).toBeNull();
    expect(read('iso', '2016-13-01')).toBeNull();
    expect(read('ymd', '2016/13/1')).toBeNull();
    expect(read('iso', '2016-01-01 25:00')).toBeNull();
    expect(read('dmy', '01/01/2016 25:00')).toBeNull();
    expect(read('dmy', '01/01/2016 10:60')).toBeNull();
    expect(read('mdy', '1/1/2016 13:00 PM')).toBeNull();
    expect(read('mdy', '1/1/2016 0:30 AM')).toBeNull();
    expect(read('zh', '2016年1月1日 25时')).toBeNull();
    expect(read('iso', '2016-01-01T10:00+15:00')).toBeNull();
    expect(read('iso', '2016-01-01T10:00+8')).toBeNull();
    expect(read('iso', '2016-01-01T10:00+080')).toBeNull();
    expect(read('iso', '2016-01-01T10:00+08:60')).toBeNull();
    expect(read('iso', '2016-01-01+08:00')).toBeNull();
    expect(read('dmy', '0/1/2016')).toBeNull();
    expect(read('dmy', '1/1/16')).toBeNull();
    expect(read('iso', '2016-01-01 10:05 tomorrow')).toBeNull();
    for (const format of DATE_FORMATS) {
      expect(read(format, '')).toBeNull();
      expect(read(format, '   ')).toBeNull();
    }
  });

  it('knows leap days', () => {
    expect(read('dmy', '29/02/2016')).toBe('2016-02-29T00:00:00Z');
    expect(read('dmy', '29/02/2015')).toBeNull();
    expect(read('iso', '2000-02-29')).toBe('2000-02-29T00:00:00Z');
    expect(read('iso', '1900-02-29')).toBeNull();
    expect(read('zh', '2100年2月29日')).toBeNull();
  });

  it('follows the spreadsheet 1900 leap-year bug: serial 60 is no date, 61 is 1 March 1900', () => {
    expect(read('excel', '60')).toBeNull();
    expect(read('excel', '60.5')).toBeNull();
    expect(read('excel', '59.99998')).toBe('1900-02-28T23:59:58Z');
    expect(read('excel', '61')).toBe('1900-03-01T00:00:00Z');
    expect(read('excel', '0')).toBeNull();
    expect(read('excel', '0.5')).toBeNull();
    expect(read('excel', '2958466')).toBeNull();
    expect(read('excel', '-5')).toBeNull();
    // Rounding to the second may carry into the next day.
    expect(read('excel', '42277.999999999')).toBe('2015-10-01T00:00:00Z');
  });

  it('keeps Unix times within 1900–2999', () => {
    expect(read('unix_s', '-2208988800')).toBe('1900-01-01T00:00:00Z');
    expect(read('unix_s', '-2208988801')).toBeNull();
    expect(read('unix_s', '32503680000')).toBeNull();
    expect(read('unix_ms', '32503679999999')).toBe('2999-12-31T23:59:59Z');
  });
});

describe('makeDateReader: zones', () => {
  it('reads zone-less values in the given zone and ignores it for values that carry their own', () => {
    expect(read('dmy', '30/09/2015 10:05', 'Asia/Shanghai')).toBe('2015-09-30T02:05:00Z');
    expect(read('iso', '2015-09-30', 'Asia/Shanghai')).toBe('2015-09-29T16:00:00Z');
    expect(read('zh', '2015年9月30日 10时5分', 'Asia/Shanghai')).toBe('2015-09-30T02:05:00Z');
    expect(read('excel', '42277.5', 'Asia/Shanghai')).toBe('2015-09-30T04:00:00Z');
    expect(read('iso', '2015-09-30T10:05:00Z', 'Asia/Shanghai')).toBe('2015-09-30T10:05:00Z');
    expect(read('iso', '2015-09-30T10:05:00-04:00', 'Asia/Shanghai')).toBe('2015-09-30T14:05:00Z');
    expect(read('unix_s', '1443607530', 'America/New_York')).toBe('2015-09-30T10:05:30Z');
    expect(read('iso', '2015-09-30T10:05:00', 'utc')).toBe('2015-09-30T10:05:00Z');
  });

  it('uses the zone rules of the date: China kept summer time from 1986 to 1991', () => {
    expect(read('iso', '1988-07-01 12:00', 'Asia/Shanghai')).toBe('1988-07-01T03:00:00Z');
    expect(read('iso', '1988-12-01 12:00', 'Asia/Shanghai')).toBe('1988-12-01T04:00:00Z');
  });

  it('converts New York wall times around the 2016 spring-forward (13 March, 02:00 → 03:00)', () => {
    const ny = makeDateReader('iso', 'America/New_York');
    expect(ny('2016-03-12 12:00')).toBe('2016-03-12T17:00:00Z');
    expect(ny('2016-03-13 00:00')).toBe('2016-03-13T05:00:00Z');
    expect(ny('2016-03-13 01:59:59')).toBe('2016-03-13T06:59:59Z');
    // 02:00–02:59 never happened that night: shifted forward by the hour, to 03:30 EDT.
    expect(ny('2016-03-13 02:00')).toBe('2016-03-13T07:00:00Z');
    expect(ny('2016-03-13 02:30')).toBe('2016-03-13T07:30:00Z');
    expect(ny('2016-03-13 03:00')).toBe('2016-03-13T07:00:00Z');
    expect(ny('2016-03-13 03:30')).toBe('2016-03-13T07:30:00Z');
    expect(ny('2016-03-13 23:59')).toBe('2016-03-14T03:59:00Z');
    expect(ny('2016-03-14 12:00')).toBe('2016-03-14T16:00:00Z');
  });

  it('converts New York wall times around the 2016 fall-back (6 November, 02:00 → 01:00)', () => {
    const ny = makeDateReader('mdy', 'America/New_York');
    expect(ny('11/5/2016 12:00 PM')).toBe('2016-11-05T16:00:00Z');
    expect(ny('11/6/2016 0:59')).toBe('2016-11-06T04:59:00Z');
    // 01:00–01:59 happened twice: the earlier (EDT) reading is taken.
    expect(ny('11/6/2016 1:00')).toBe('2016-11-06T05:00:00Z');
    expect(ny('11/6/2016 1:30 AM')).toBe('2016-11-06T05:30:00Z');
    expect(ny('11/6/2016 1:59:59')).toBe('2016-11-06T05:59:59Z');
    expect(ny('11/6/2016 2:00')).toBe('2016-11-06T07:00:00Z');
    expect(ny('11/6/2016 11:00 PM')).toBe('2016-11-07T04:00:00Z');
    expect(ny('11/7/2016 12:00 PM')).toBe('2016-11-07T17:00:00Z');
  });

  it('handles a zone whose change is not on the hour and one that skipped a whole day', () => {
    // Lord Howe Island moves by 30 minutes, at 02:00 local time.
    const lordHowe = makeDateReader('iso', 'Australia/Lord_Howe');
    expect(lordHowe('2016-10-02 01:59')).toBe('2016-10-01T15:29:00Z');
    expect(lordHowe('2016-10-02 02:15')).toBe('2016-10-01T15:45:00Z');
    expect(lordHowe('2016-10-02 02:30')).toBe('2016-10-01T15:30:00Z');
    // Samoa went from UTC−10 to UTC+14 at the end of 29 December 2011: the 30th never happened there.
    const samoa = makeDateReader('iso', 'Pacific/Apia');
    expect(samoa('2011-12-29 23:59')).toBe('2011-12-30T09:59:00Z');
    expect(samoa('2011-12-31 00:00')).toBe('2011-12-30T10:00:00Z');
  });

  it('knows zone names and refuses unknown ones once, when the reader is made', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('asia/shanghai')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('+08:00')).toBe(false);
    expect(() => makeDateReader('iso', 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('detectDateFormat', () => {
  it('decides D/M/YYYY by a day above 12 in the first place and says so', () => {
    const result = detectDateFormat(['01/02/2015', '', '31/12/2015', '05/06/2015 10:00']);
    expect(result).toEqual({
      format: 'dmy',
      readable: 3,
      total: 3,
      ambiguous: false,
      reason: 'D/M/YYYY: 31/12/2015 on a sample row has a day above 12',
      why: {
        key: 'import:dateWhy.dayAbove12',
        params: { value: '31/12/2015', readable: 3, total: 3, missed: '' },
      },
    });
    // The reason without the format's name, in the reader's language.
    expect(messageText(result.why, 'en')).toBe('31/12/2015 on a sample row has a day above 12');
    expect(messageText(result.why, 'zh')).toBe('样本行中的 31/12/2015 日大于 12');
  });

  it('decides M/D/YYYY by a day above 12 in the second place', () => {
    const result = detectDateFormat(['01/02/2015 1:05 PM', '12/31/2015 11:59 PM', '5/6/2015']);
    expect(result).toMatchObject({ format: 'mdy', readable: 3, total: 3, ambiguous: false });
    expect(result.reason).toBe('M/D/YYYY: 12/31/2015 11:59 PM on a sample row has a day above 12');
  });

  it('assumes D/M/YYYY when no value decides, and flags it', () => {
    expect(detectDateFormat(['01/02/2015', '05/06/2015', '12/12/2015'])).toMatchObject({
      format: 'dmy',
      readable: 3,
      total: 3,
      ambiguous: true,
      reason: 'D/M/YYYY or M/D/YYYY: no value decides; D/M/YYYY assumed',
      why: { key: 'import:dateWhy.undecided', params: { label: 'D/M/YYYY' } },
    });
  });

  it('flags values that disagree and follows the majority', () => {
    const result = detectDateFormat(['31/12/2015', '30/11/2015', '12/31/2015', '1/1/2015']);
    expect(result).toMatchObject({ format: 'dmy', readable: 3, total: 4, ambiguous: true });
    expect(result.reason).toMatch(/^D\/M\/YYYY or M\/D\/YYYY: values disagree/);
    expect(result.reason).toMatch(/D\/M\/YYYY reads more$/);
  });

  it('prefers ISO 8601 where YYYY-M-D reads the same values, and says what does not read', () => {
    expect(detectDateFormat(['2015-09-30', '2015-10-01 10:05'])).toMatchObject({
      format: 'iso',
      readable: 2,
      reason: 'ISO 8601: reads all 2 sample values',
    });
    expect(detectDateFormat(['2015-09-30T10:05Z', '2015-10-01', 'n/a'])).toMatchObject({
      format: 'iso',
      readable: 2,
      total: 3,
      reason: 'ISO 8601: reads 2 of 3 sample values ("n/a" does not)',
    });
  });

  it('recognizes YYYY/M/D and Chinese dates', () => {
    expect(detectDateFormat(['2015/9/30 10:05', '2015/10/1'])).toMatchObject({ format: 'ymd', readable: 2 });
    expect(detectDateFormat(['2015年9月30日', '2015年10月1日 10时5分'])).toMatchObject({
      format: 'zh',
      readable: 2,
      reason: 'YYYY年M月D日: reads all 2 sample values',
    });
  });

  it('tells Unix seconds, Unix milliseconds and serial days apart by their shape', () => {
    expect(detectDateFormat(['1443607530', '1443607590', '999999999'])).toMatchObject({
      format: 'unix_s',
      readable: 3,
      ambiguous: false,
    });
    expect(detectDateFormat(['1443607530123', '1443607590000'])).toMatchObject({
      format: 'unix_ms',
      readable: 2,
    });
    const excel = detectDateFormat(['42277', '42277.5', '42300.25']);
    expect(excel).toMatchObject({ format: 'excel', readable: 3 });
    expect(excel.reason).toMatch(
      /^Spreadsheet serial days: reads all 3 sample values; every value is a number/,
    );
  });

  it('reads no dates into row numbers, counts or compact dates', () => {
    for (const samples of [
      ['1', '2', '3'],
      ['42277', '12'],
      ['20150930', '20151001'],
    ]) {
      const result = detectDateFormat(samples);
      expect(result.readable).toBe(0);
      expect(result.reason).toMatch(/^No known date format reads these values/);
    }
  });

  it('says when there is nothing to read', () => {
    expect(detectDateFormat(['', '  '])).toEqual({
      format: 'iso',
      readable: 0,
      total: 0,
      ambiguous: false,
      reason: 'No sample values; ISO 8601 assumed',
      why: { key: 'import:dateWhy.noSamples' },
    });
  });
});

// The round trip: an instant written as each format writes it reads back as the same instant.
const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
];
const wallFormatters = new Map(
  ZONES.map((zone) => [
    zone,
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }),
  ]),
);

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock of `zone` at an instant, told by ICU directly (not by the code under test). */
function wallClock(zone: string, instant: number): Wall {
  const parts = Object.fromEntries(
    wallFormatters
      .get(zone)!
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const p2 = (n: number): string => String(n).padStart(2, '0');

function write(format: DateFormat, instant: number, zone: string, offsetMinutes: number): string {
  const w = wallClock(zone, instant);
  const hms = `${w.hour}:${p2(w.minute)}:${p2(w.second)}`;
  switch (format) {
    case 'iso': {
      // Half the time with an offset of its own (which the reader must prefer), half zone-less.
      if (offsetMinutes === 0)
        return `${w.year}-${p2(w.month)}-${p2(w.day)}T${p2(w.hour)}:${p2(w.minute)}:${p2(w.second)}`;
      const shifted = new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 19);
      const a = Math.abs(offsetMinutes);
      return `${shifted}${offsetMinutes < 0 ? '-' : '+'}${p2(Math.floor(a / 60))}:${p2(a % 60)}`;
    }
    case 'ymd':
      return `${w.year}/${w.month}/${w.day} ${hms}`;
    case 'dmy':
      return `${p2(w.day)}.${p2(w.month)}.${w.year} ${hms}`;
    case 'mdy': {
      const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
      return `${w.month}/${w.day}/${w.year} ${h12}:${p2(w.minute)}:${p2(w.second)} ${w.hour < 12 ? 'AM' : 'PM'}`;
    }
    case 'zh':
      return `${w.year}年${w.month}月${w.day}日 ${w.hour}时${w.minute}分${w.second}秒`;
    case 'excel': {
      const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
      return (wall / 86_400_000 + 25_569).toFixed(10);
    }
    case 'unix_s':
      return String(instant / 1000);
    case 'unix_ms':
      return String(instant);
  }
}

function sameWall(a: Wall, b: Wall): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

describe('makeDateReader round trip (property)', () => {
  it('reads back the instant each format wrote, in every zone', () => {
    const from = Date.UTC(1901, 0, 2);
    const to = Date.UTC(2998, 11, 30);
    fc.assert(
      fc.property(
        fc.integer({ min: from / 1000, max: to / 1000 }),
        fc.constantFrom(...DATE_FORMATS),
        fc.constantFrom(...ZONES),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (seconds, format, zone, offsetMinutes) => {
          const instant = seconds * 1000;
          // Serial days start after the fictitious 1900-02-29.
          fc.pre(format !== 'excel' || instant > Date.UTC(1900, 2, 2));
          const text = write(format, instant, zone, offsetMinutes);
          const got = makeDateReader(format, zone)(text);
          expect(got, `${format} ${zone} ${text}`).not.toBeNull();
          const back = Date.parse(got!);
          if (back === instant) return;
          // A wall time that happened twice (clocks turned back) reads as its earlier instant.
          expect(back, `${format} ${zone} ${text} → ${got}`).toBeLessThan(instant);
          expect(sameWall(wallClock(zone, back), wallClock(zone, instant))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('reads back wall times near the New York switches, where the rule matters most', () => {
    const reader = makeDateReader('iso', 'America/New_York');
    fc.assert(
      fc.property(
        fc.constantFrom(Date.UTC(2016, 2, 13, 7), Date.UTC(2016, 10, 6, 6), Date.UTC(2021, 2, 14, 7)),
        fc.integer({ min: -3 * 3600, max: 3 * 3600 }),
        (switchAt, delta) => {
          const instant = switchAt + delta * 1000;
          const got = reader(write('iso', instant, 'America/New_York', 0));
          const back = Date.parse(got!);
          expect(
            back === instant ||
              (back < instant &&
                sameWall(wallClock('America/New_York', back), wallClock('America/New_York', instant))),
          ).toBe(true);
        },
      ),
    );
  });
});
