// The renderer names the shared lists it cannot import (they live beside zod schemas); the compiler
// keeps the names complete, and this keeps the option lists and the detection's wording in step.
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../../src/shared/fields';
import { DATE_FORMATS, DELIMITERS, ENCODINGS, FILE_FORMATS } from '../../../src/shared/mapping';
import { FIELD_GROUPS } from '../../../src/renderer/src/mapping/fieldNames';
import {
  DATE_FORMAT_LIST,
  dateFormatShort,
  DELIMITER_LIST,
  delimiterName,
  ENCODING_LIST,
  FORMAT_LIST,
} from '../../../src/renderer/src/mapping/readOptionNames';
import { COMMON_TIME_ZONES, timeZoneOptions } from '../../../src/renderer/src/mapping/timeZones';

describe('the wizard option lists', () => {
  it('offer exactly the formats, encodings, delimiters and date formats the contract takes', () => {
    expect([...FORMAT_LIST].sort()).toEqual([...FILE_FORMATS].sort());
    expect([...ENCODING_LIST].sort()).toEqual([...ENCODINGS].sort());
    expect([...DELIMITER_LIST].sort()).toEqual([...DELIMITERS].sort());
    expect(DATE_FORMAT_LIST).toEqual([...DATE_FORMATS]);
    expect(DELIMITER_LIST.map(delimiterName)).toEqual([
      'Comma ( , )',
      'Semicolon ( ; )',
      'Tab',
      'Pipe ( | )',
    ]);
  });

  it('name date formats as the detection does (src/main/import/dates.ts), so its reasons can be shortened', () => {
    expect(Object.fromEntries(DATE_FORMAT_LIST.map((format) => [format, dateFormatShort(format)]))).toEqual({
      iso: 'ISO 8601',
      ymd: 'YYYY/M/D',
      dmy: 'D/M/YYYY',
      mdy: 'M/D/YYYY',
      zh: 'YYYY年M月D日',
      excel: 'Spreadsheet serial days',
      unix_s: 'Unix time in seconds',
      unix_ms: 'Unix time in milliseconds',
    });
  });

  it('show every field once, in a group', () => {
    expect(FIELD_GROUPS.flatMap((g) => g.fields).sort()).toEqual([...IMPORT_FIELDS].sort());
  });

  it('offer UTC and Asia/Shanghai first, and any zone a mapping already has', () => {
    expect(COMMON_TIME_ZONES.slice(0, 2)).toEqual(['UTC', 'Asia/Shanghai']);
    expect(timeZoneOptions('Asia/Urumqi', 'Europe/Rome').slice(-2)).toEqual(['Asia/Urumqi', 'Europe/Rome']);
    expect(timeZoneOptions('UTC', 'UTC')).toEqual([...COMMON_TIME_ZONES]);
  });
});
