// What an import tells a person, made in the main process, reads in the reader's language: reject
// reasons (stored with their catalog message beside the English sentence), date format reasons,
// preview problems and the errors of a file that cannot be imported.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/main/import/importFile';
import { previewFile } from '../../src/main/import/preview';
import { DATE_FORMAT_LABELS } from '../../src/main/import/dates';
import { englishReason, quotedValue } from '../../src/main/import/rejectText';
import { listRejects } from '../../src/main/store/queries/imports';
import { openStore, type Store } from '../../src/main/store/open';
import { describeError, toVigilError } from '../../src/shared/errors';
import { messageText, type Message } from '../../src/shared/i18n/message';
import { english } from '../../src/shared/i18n/resources';
import { fixture, tempDir, tempFile } from './helpers/temp';

function freshStore(): Store {
  return openStore(join(tempDir(), 'vigil.db'));
}

describe('messages an import makes', () => {
  it('keeps a reject reason in English and as a message that reads in Chinese', async () => {
    const db = freshStore();
    try {
      const result = await importFile(db, {
        path: fixture('incidents-basic.csv'),
        name: 'incidents-basic.csv',
      });
      const reject = result.rejects[0]!;
      expect(reject.reason).toBe('occurred_at "not a date" is not a date (column 2); expected ISO 8601');
      expect(reject.reasonText).toEqual({
        key: 'import:reject.notADateExpectedIn',
        params: { field: 'occurred_at', value: 'not a date', count: 1, columns: '2', format: 'iso' },
      });
      expect(messageText(reject.reasonText!, 'en')).toBe(reject.reason);
      expect(messageText(reject.reasonText!, 'zh')).toBe(
        '发生时间（occurred_at）的值“not a date”不是日期（第 2 列）；应为 ISO 8601',
      );

      // Read back from the store, as the window asks for it.
      const stored = listRejects(db, result.importId!, 10);
      expect(stored.rows).toEqual([reject]);
    } finally {
      db.close();
    }
  });

  it('reads rejects stored before reasons were messages with their English reason only', async () => {
    const db = freshStore();
    try {
      const result = await importFile(db, {
        path: fixture('incidents-basic.csv'),
        name: 'incidents-basic.csv',
      });
      db.prepare('UPDATE import_rejects SET reason_message = NULL').run();
      const [old] = listRejects(db, result.importId!, 10).rows;
      expect(old).toEqual({ line: 7, raw: expect.any(String) as string, reason: result.rejects[0]!.reason });
      db.prepare(`UPDATE import_rejects SET reason_message = '{not json'`).run();
      expect(listRejects(db, result.importId!, 10).rows[0]?.reasonText).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('writes the English reason of every kind of reject exactly as the catalog does', () => {
    const hostile = quotedValue('$t(import:errors.folder) {{field}} ) (');
    const messages: Message[] = [
      { key: 'import:reject.fieldCount', params: { fields: 5, headers: 4 } },
      { key: 'import:reject.rowTooLong', params: { length: 2_000_000, limit: 1_048_576 } },
      { key: 'import:reject.recordTooLong', params: { limit: 4_194_304 } },
      { key: 'import:reject.quoteNotClosed' },
      { key: 'import:reject.timeEmpty', params: { field: 'occurred_at' } },
      { key: 'import:reject.timeEmptyIn', params: { field: 'detected_at', count: 1, columns: '3' } },
      { key: 'import:reject.timeEmptyIn', params: { field: 'detected_at', count: 2, columns: '3, 4' } },
      { key: 'import:reject.notADate', params: { field: 'occurred_at', value: hostile } },
      {
        key: 'import:reject.notADateExpectedIn',
        params: { field: 'occurred_at', value: hostile, count: 2, columns: '1, 2', format: 'excel' },
      },
      { key: 'import:reject.jsonInvalid', params: { detail: 'Unexpected token } in JSON' } },
      { key: 'import:reject.jsonNotObject.number' },
    ];
    for (const message of messages) {
      // Twice: the second comes from the rendered template.
      expect(englishReason(message)).toBe(messageText(message, 'en'));
      expect(englishReason(message)).toBe(messageText(message, 'en'));
    }
    expect(englishReason(messages[6]!)).toBe('detected_at is empty (columns 3, 4)');
    expect(englishReason(messages[1]!)).toBe('the row is 2000000 characters long, over the limit of 1048576');
  });

  it('names the expected format in the reader language whatever the value holds', () => {
    const message: Message = {
      key: 'import:reject.notADateExpected',
      params: { field: 'occurred_at', value: quotedValue('$t(import:errors.folder) x)'), format: 'unix_ms' },
    };
    expect(messageText(message, 'en')).toMatch(/; expected Unix time in milliseconds$/);
    expect(messageText(message, 'zh')).toMatch(/；应为 Unix 时间（毫秒）$/);
    expect(messageText(message, 'zh')).not.toContain('这是文件夹');
  });

  it('names date formats in English as the catalog does, so readers can put the name before why', () => {
    expect(DATE_FORMAT_LABELS).toEqual(english.import.dateFormat.short);
  });

  it('says why a date format was chosen, and what stops a preview, in either language', async () => {
    const db = freshStore();
    try {
      const path = tempFile('dates.csv', 'occurred_at,title\n31/12/2015,a\n01/02/2016,b\n');
      const preview = await previewFile(db, { path, name: 'dates.csv' }, { rows: 5 });
      const choice = preview.dateFormats.occurred_at!;
      expect(choice.reason).toBe('D/M/YYYY: 31/12/2015 on a sample row has a day above 12');
      expect(messageText(choice.why!, 'zh')).toBe('样本行中的 31/12/2015 日大于 12');

      const chosen = await previewFile(
        db,
        { path, name: 'dates.csv' },
        {
          rows: 5,
          mapping: {
            fields: { occurred_at: { kind: 'columns', columns: [0] } },
            dateFormat: 'excel',
            timeZone: 'Mars/Base',
          },
        },
      );
      expect(chosen.problems).toEqual(['"Mars/Base" is not a time zone Vigil knows']);
      expect(chosen.problemTexts?.map((problem) => messageText(problem, 'zh'))).toEqual([
        '“Mars/Base”不是 Vigil 能识别的时区',
      ]);
    } finally {
      db.close();
    }
  });

  it('reports a file that cannot be imported in the reader language', async () => {
    const db = freshStore();
    try {
      const path = tempFile('header-only.csv', 'external_id,occurred_at,title\n');
      const error = await importFile(db, { path, name: 'header-only.csv' }).then(
        () => null,
        (err: unknown) => toVigilError(err),
      );
      expect(error).toMatchObject({ code: 'no_rows', message: 'the file has a header but no data rows' });
      expect(describeError(error!, 'en')).toBe(
        'header-only.csv, line 2: the file has a header but no data rows',
      );
      expect(describeError(error!, 'zh')).toBe('header-only.csv，第 2 行：文件有表头，但没有数据行');
    } finally {
      db.close();
    }
  });
});
