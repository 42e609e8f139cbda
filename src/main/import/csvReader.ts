// A streaming RFC 4180 reader that knows where each record starts. We keep our own because provenance
// needs exact line numbers and raw text per record: csv-parse 7 counts a CRLF inside a quoted field as
// two lines and drops the LF from `raw`, and papaparse reports no line numbers at all.
import type { Message } from '../../shared/i18n/message';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** A record as read: its fields, the line it starts on (1-based) and its text without the line break. */
export interface CsvRecord {
  fields: string[];
  line: number;
  raw: string;
  /** Set when the record could not be read (for example a quote never closed): why, as a reject reason. */
  problem?: Message;
  /** Values under names the header does not have (a JSON object's extra keys): kept as extra data. */
  more?: Record<string, string>;
}

export interface CsvReaderOptions {
  delimiter: string;
  /** A record longer than this is cut off and reported, so one stray quote cannot swallow a file. */
  maxRecordChars?: number;
}

const DEFAULT_MAX_RECORD_CHARS = 4 * 1024 * 1024;

export class CsvReader {
  private buffer = '';
  private line = 1;
  private readonly delimiter: number;
  private readonly maxRecordChars: number;

  constructor(options: CsvReaderOptions) {
    if (options.delimiter.length !== 1) throw new Error('delimiter must be one character');
    this.delimiter = options.delimiter.charCodeAt(0);
    this.maxRecordChars = options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  }

  /** Reads the complete records in `text` (appended to what was left over); keeps an unfinished one. */
  push(text: string): CsvRecord[] {
    this.buffer += text;
    return this.drain(false);
  }

  /** Reads whatever is left at the end of the input. */
  end(): CsvRecord[] {
    return this.drain(true);
  }

  private drain(final: boolean): CsvRecord[] {
    const out: CsvRecord[] = [];
    const buf = this.buffer;
    let pos = 0;
    while (pos < buf.length) {
      const scanned = this.scanRecord(buf, pos, final);
      if (scanned === null) {
        if (buf.length - pos > this.maxRecordChars) {
          // A record this long is almost always an unbalanced quote: report its first line and go on
          // from the next line, so the rest of the file is still read.
          const cut = nextLineBreak(buf, pos);
          out.push({
            fields: [],
            line: this.line,
            raw: buf.slice(pos, cut.textEnd),
            problem: { key: 'import:reject.recordTooLong', params: { limit: this.maxRecordChars } },
          });
          this.line += 1;
          pos = cut.next;
          continue;
        }
        break;
      }
      const startLine = this.line;
      this.line += 1 + scanned.innerBreaks;
      pos = scanned.next;
      // A blank line is not a record.
      if (scanned.fields.length === 1 && scanned.fields[0] === '' && !scanned.quoted) continue;
      const record: CsvRecord = {
        fields: scanned.fields,
        line: startLine,
        raw: buf.slice(scanned.start, scanned.textEnd),
      };
      if (scanned.problem !== undefined) record.problem = scanned.problem;
      out.push(record);
    }
    this.buffer = buf.slice(pos);
    return out;
  }

  /**
   * Scans one record from `start`. Returns null when the buffer ends before the record does and more
   * input may come. Malformed quoting is read leniently, the way spreadsheet programs read it.
   */
  private scanRecord(
    buf: string,
    start: number,
    final: boolean,
  ): {
    fields: string[];
    start: number;
    textEnd: number;
    next: number;
    innerBreaks: number;
    quoted: boolean;
    problem?: Message;
  } | null {
    const len = buf.length;
    const delim = this.delimiter;
    const fields: string[] = [];
    let i = start;
    let innerBreaks = 0;
    let quoted = false;
    for (;;) {
      let field: string;
      if (i < len && buf.charCodeAt(i) === QUOTE) {
        quoted = true;
        let j = i + 1;
        field = '';
        for (;;) {
          const k = buf.indexOf('"', j);
          if (k < 0) {
            if (!final) return null;
            const text = buf.slice(j);
            innerBreaks += countBreaks(text);
            return {
              fields: [...fields, field + text],
              start,
              textEnd: len,
              next: len,
              innerBreaks,
              quoted,
              problem: { key: 'import:reject.quoteNotClosed' },
            };
          }
          if (k + 1 >= len && !final) return null;
          if (buf.charCodeAt(k + 1) === QUOTE) {
            field += buf.slice(j, k + 1);
            j = k + 2;
            continue;
          }
          field += buf.slice(j, k);
          i = k + 1;
          break;
        }
        innerBreaks += countBreaks(field);
        // Text between a closing quote and the next delimiter is kept, as spreadsheets do.
        let j2 = i;
        while (j2 < len) {
          const c = buf.charCodeAt(j2);
          if (c === delim || c === CR || c === LF) break;
          j2++;
        }
        if (j2 > i) field += buf.slice(i, j2);
        i = j2;
      } else {
        let j = i;
        while (j < len) {
          const c = buf.charCodeAt(j);
          if (c === delim || c === CR || c === LF) break;
          j++;
        }
        field = buf.slice(i, j);
        i = j;
      }
      fields.push(field);
      if (i >= len) {
        if (!final) return null;
        return { fields, start, textEnd: len, next: len, innerBreaks, quoted };
      }
      const c = buf.charCodeAt(i);
      if (c === delim) {
        i++;
        continue;
      }
      if (c === CR) {
        if (i + 1 >= len && !final) return null;
        const next = buf.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
        return { fields, start, textEnd: i, next, innerBreaks, quoted };
      }
      return { fields, start, textEnd: i, next: i + 1, innerBreaks, quoted };
    }
  }
}

function countBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) n++;
  }
  return n;
}

function nextLineBreak(buf: string, from: number): { textEnd: number; next: number } {
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (c === LF) return { textEnd: i, next: i + 1 };
    if (c === CR) return { textEnd: i, next: buf.charCodeAt(i + 1) === LF ? i + 2 : i + 1 };
  }
  return { textEnd: buf.length, next: buf.length };
}
