// Streaming readers for JSON exports: a top-level array of objects, or one object per line (NDJSON).
// Each object is cut out of the text as it arrives and parsed on its own, so memory stays bounded
// whatever the file size, and a malformed object is one rejected record, not a failed file.
import type { Message } from '../../shared/i18n/message';
import type { CsvRecord } from './csvReader';

/** One JSON value as read, before it is laid out in columns. */
export interface JsonItem {
  value: unknown;
  line: number;
  raw: string;
  problem?: Message;
}

const MAX_ITEM_CHARS = 4 * 1024 * 1024;

/** NDJSON: every non-blank line is one value. */
export class JsonLinesReader {
  private buffer = '';
  private line = 1;

  push(text: string): JsonItem[] {
    this.buffer += text;
    const out: JsonItem[] = [];
    let start = 0;
    for (let cut = this.buffer.indexOf('\n', start); cut >= 0; cut = this.buffer.indexOf('\n', start)) {
      this.take(this.buffer.slice(start, cut), out);
      start = cut + 1;
    }
    this.buffer = this.buffer.slice(start);
    if (this.buffer.length > MAX_ITEM_CHARS) {
      out.push({
        value: undefined,
        line: this.line,
        raw: this.buffer.slice(0, 1000),
        problem: { key: 'import:reject.jsonLineTooLong' },
      });
      this.buffer = '';
    }
    return out;
  }

  end(): JsonItem[] {
    const out: JsonItem[] = [];
    if (this.buffer !== '') this.take(this.buffer, out);
    this.buffer = '';
    return out;
  }

  private take(text: string, out: JsonItem[]): void {
    const raw = text.endsWith('\r') ? text.slice(0, -1) : text;
    const line = this.line++;
    if (raw.trim() === '') return;
    out.push(parseItem(raw, line));
  }
}

/** A top-level JSON array: every element is one value, cut out by tracking depth outside strings. */
export class JsonArrayReader {
  private buffer = '';
  /** Where scanning resumes in the buffer, and the state there. */
  private pos = 0;
  private line = 1;
  private opened = false;
  private closed = false;
  private problem: Message | undefined;
  /** The element being read: where it starts, on which line, and what kind of value it is. */
  private item: { start: number; line: number; kind: 'container' | 'string' | 'bare' } | null = null;
  private depth = 0;
  private inString = false;
  private escaped = false;

  push(text: string): JsonItem[] {
    this.buffer += text;
    const out: JsonItem[] = [];
    const buf = this.buffer;
    let i = this.pos;
    for (; i < buf.length && !this.closed; i++) {
      const c = buf.charCodeAt(i);
      if (this.item !== null) {
        if (this.item.kind === 'bare' && isBareEnd(c)) {
          // A number, true, false or null ends before this character, which is then read as structure.
          out.push(parseItem(buf.slice(this.item.start, i), this.item.line));
          this.item = null;
        } else {
          if (c === 0x0a) this.line++;
          if (this.endsItem(c, i)) {
            out.push(parseItem(buf.slice(this.item.start, i + 1), this.item.line));
            this.item = null;
          }
          continue;
        }
      }
      if (c === 0x0a) this.line++;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      if (!this.opened) {
        if (c !== 0x5b) {
          this.problem = { key: 'import:reject.jsonNotArray' };
          this.closed = true;
          break;
        }
        this.opened = true;
        continue;
      }
      if (c === 0x2c) continue;
      if (c === 0x5d) {
        this.closed = true;
        continue;
      }
      const kind = c === 0x7b || c === 0x5b ? 'container' : c === 0x22 ? 'string' : 'bare';
      this.item = { start: i, line: this.line, kind };
      this.depth = kind === 'container' ? 1 : 0;
      this.inString = kind === 'string';
      this.escaped = false;
    }
    // Keep only what an unfinished element still needs.
    const keepFrom = this.item !== null ? this.item.start : buf.length;
    this.buffer = buf.slice(keepFrom);
    this.pos = i - keepFrom;
    if (this.item !== null) this.item.start = 0;
    if (this.buffer.length > MAX_ITEM_CHARS) {
      out.push({
        value: undefined,
        line: this.item?.line ?? this.line,
        raw: this.buffer.slice(0, 1000),
        problem: { key: 'import:reject.jsonElementTooLong' },
      });
      this.closed = true;
      this.buffer = '';
      this.item = null;
    }
    return out;
  }

  end(): JsonItem[] {
    const out: JsonItem[] = [];
    if (this.item?.kind === 'bare') {
      out.push(parseItem(this.buffer, this.item.line));
      this.item = null;
    }
    if (this.problem !== undefined) out.push({ value: undefined, line: 1, raw: '', problem: this.problem });
    else if (this.item !== null || (this.opened && !this.closed)) {
      out.push({
        value: undefined,
        line: this.item?.line ?? this.line,
        raw: this.buffer.slice(0, 1000),
        problem: { key: 'import:reject.jsonNotClosed' },
      });
    }
    return out;
  }

  /** Whether the character at i ends the string or container being read (tracking nesting). */
  private endsItem(c: number, i: number): boolean {
    const item = this.item;
    if (item === null || item.kind === 'bare' || i === item.start) return false;
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === 0x5c) this.escaped = true;
      else if (c === 0x22) {
        this.inString = false;
        return item.kind === 'string';
      }
      return false;
    }
    if (c === 0x22) this.inString = true;
    else if (c === 0x7b || c === 0x5b) this.depth++;
    else if (c === 0x7d || c === 0x5d) {
      this.depth--;
      return this.depth === 0;
    }
    return false;
  }
}

function isBareEnd(c: number): boolean {
  return c === 0x2c || c === 0x5d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function parseItem(raw: string, line: number): JsonItem {
  try {
    return { value: JSON.parse(raw) as unknown, line, raw };
  } catch (err) {
    // The parser's own words (in English) say where the text goes wrong.
    const detail = (err as Error).message;
    return { value: undefined, line, raw, problem: { key: 'import:reject.jsonInvalid', params: { detail } } };
  }
}

/** A JSON value as a cell: text as it is, numbers and booleans as written, nested values as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Lays JSON objects out as records under one header: the keys of the first objects, in the order
 * first seen. Keys that appear only later are kept with their record (`more`), not dropped.
 */
export function toRecord(
  item: JsonItem,
  headers: readonly string[],
  index: ReadonlyMap<string, number>,
): CsvRecord {
  if (item.problem !== undefined)
    return { fields: [], line: item.line, raw: item.raw, problem: item.problem };
  const value = item.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { fields: [], line: item.line, raw: item.raw, problem: notAnObject(value) };
  }
  const fields: string[] = new Array<string>(headers.length).fill('');
  let more: Record<string, string> | undefined;
  for (const [key, cell] of Object.entries(value as Record<string, unknown>)) {
    const at = index.get(key);
    if (at !== undefined) fields[at] = cellText(cell);
    else (more ??= {})[key] = cellText(cell);
  }
  const record: CsvRecord = { fields, line: item.line, raw: item.raw };
  if (more !== undefined) record.more = more;
  return record;
}

/** Why a JSON value that is not an object cannot be a record. JSON.parse makes no other kinds. */
function notAnObject(value: unknown): Message {
  if (Array.isArray(value)) return { key: 'import:reject.jsonNotObject.array' };
  switch (typeof value) {
    case 'string':
      return { key: 'import:reject.jsonNotObject.string' };
    case 'number':
      return { key: 'import:reject.jsonNotObject.number' };
    case 'boolean':
      return { key: 'import:reject.jsonNotObject.boolean' };
    default:
      return { key: 'import:reject.jsonNotObject.null' };
  }
}

export function headerOf(items: readonly JsonItem[]): string[] {
  const keys = new Set<string>();
  for (const item of items) {
    const value = item.value;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of Object.keys(value)) keys.add(key);
    }
  }
  return [...keys];
}
