// A file as the importer reads it: its size, how it is written (sniffed unless the user said), and its
// records as a stream of batches, so neither a preview nor an import ever holds the whole file.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { VigilFault } from '../../shared/errors';
import { extname } from 'node:path';
import type { Delimiter, Encoding, FileFormat, ReadOptions } from '../../shared/mapping';
import { CsvReader, type CsvRecord } from './csvReader';
import { headerOf, JsonArrayReader, JsonLinesReader, toRecord, type JsonItem } from './jsonReader';
import { SNIFF_BYTES, sniffDelimiter, sniffEncoding } from './sniff';

export interface SourceFile {
  path: string;
  name: string;
  size: number;
  format: FileFormat;
  encoding: Encoding;
  /** For delimited text; a JSON file reports ',' and does not use it. */
  delimiter: Delimiter;
  /** Bytes of a byte-order mark to skip. */
  bomLength: number;
}

/** Opens a file for reading: refuses what cannot be imported before anything is written. */
export async function openSource(
  file: { path: string; name: string },
  read: ReadOptions = {},
): Promise<SourceFile> {
  const name = file.name;
  const size = await fileSize(file.path, name);
  if (size === 0) throw new VigilFault('empty_file', { key: 'import:errors.emptyFile' }, { file: name });
  const sample = await readSample(file.path, name);
  const sniffed = sniffEncoding(sample);
  if (sniffed.binary && read.encoding === undefined) {
    throw new VigilFault('not_csv', { key: 'import:errors.notCsv' }, { file: name });
  }
  const encoding = read.encoding ?? sniffed.encoding;
  // A byte-order mark is skipped only when it belongs to the encoding the file is read in.
  const bomLength = encoding === sniffed.encoding ? sniffed.bomLength : 0;
  const text = new TextDecoder(encoding).decode(sample.subarray(bomLength));
  const format = read.format ?? sniffFormat(name, text);
  const delimiter = read.delimiter ?? (format === 'csv' ? sniffDelimiter(text) : ',');
  return { path: file.path, name, size, format, encoding, delimiter, bomLength };
}

/** JSON by its extension, or by its first character when the name does not say. */
function sniffFormat(name: string, text: string): FileFormat {
  const extension = extname(name).toLowerCase();
  if (extension === '.ndjson' || extension === '.jsonl') return 'ndjson';
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') return 'csv';
  const first = text.trimStart()[0];
  if (extension === '.json') return first === '{' ? 'ndjson' : 'json';
  if (first === '[') return 'json';
  if (first === '{') return 'ndjson';
  return 'csv';
}

export interface ReadHooks {
  signal?: AbortSignal;
  /** Each raw chunk as read, for hashing and progress. */
  onChunk?: (chunk: Buffer, bytesRead: number) => void;
}

/** The file's records, batch by batch (one batch per chunk read), header first. */
export function readRecords(source: SourceFile, hooks: ReadHooks = {}): AsyncGenerator<CsvRecord[]> {
  return source.format === 'csv'
    ? readDelimited(source, hooks)
    : readJson(source, hooks, source.format === 'json' ? new JsonArrayReader() : new JsonLinesReader());
}

/**
 * JSON objects as records: the header is the keys of the first objects (read ahead), every object then
 * laid out under it; keys seen only later ride along with their record.
 */
async function* readJson(
  source: SourceFile,
  hooks: ReadHooks,
  reader: { push(text: string): JsonItem[]; end(): JsonItem[] },
): AsyncGenerator<CsvRecord[]> {
  const ahead: JsonItem[] = [];
  // In an object: assigned inside start(), which a plain `let` would hide from narrowing.
  const layoutState: { headers: string[] | null; index: Map<string, number> } = {
    headers: null,
    index: new Map(),
  };
  const layout = (items: JsonItem[]): CsvRecord[] =>
    items.map((item) => toRecord(item, layoutState.headers ?? [], layoutState.index));
  const start = (): CsvRecord[] => {
    const keys = headerOf(ahead);
    layoutState.headers = keys;
    layoutState.index = new Map(keys.map((h, i) => [h, i]));
    const header: CsvRecord = { fields: keys, line: 0, raw: keys.join(',') };
    return [header, ...layout(ahead.splice(0))];
  };
  for await (const text of decodedChunks(source, hooks)) {
    const items = reader.push(text);
    if (layoutState.headers === null) {
      ahead.push(...items);
      if (ahead.length >= JSON_HEADER_SAMPLE) yield start();
    } else if (items.length > 0) yield layout(items);
  }
  const rest = reader.end();
  if (layoutState.headers === null) {
    ahead.push(...rest);
    if (ahead.length > 0) yield start();
  } else if (rest.length > 0) yield layout(rest);
}

/** Objects read before the header is fixed: their keys, in order, are the file's columns. */
const JSON_HEADER_SAMPLE = 500;

async function* decodedChunks(source: SourceFile, hooks: ReadHooks): AsyncGenerator<string> {
  const decoder = new TextDecoder(source.encoding);
  const stream = createReadStream(source.path, { highWaterMark: 1 << 20 });
  let skip = source.bomLength;
  let bytesRead = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (hooks.signal?.aborted) return;
      bytesRead += chunk.length;
      hooks.onChunk?.(chunk, bytesRead);
      const body = skip > 0 ? chunk.subarray(skip) : chunk;
      skip = Math.max(0, skip - chunk.length);
      yield decoder.decode(body, { stream: true });
    }
    yield decoder.decode();
  } finally {
    stream.destroy();
  }
}

async function* readDelimited(source: SourceFile, hooks: ReadHooks): AsyncGenerator<CsvRecord[]> {
  const reader = new CsvReader({ delimiter: source.delimiter });
  for await (const text of decodedChunks(source, hooks)) {
    const records = reader.push(text);
    if (records.length > 0) yield records;
  }
  const rest = reader.end();
  if (rest.length > 0) yield rest;
}

async function fileSize(path: string, name: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new VigilFault('file_unreadable', { key: 'import:errors.folder' }, { file: name });
    return info.size;
  } catch (err) {
    if (err instanceof VigilFault) throw err;
    throw unreadable(err, name);
  }
}

/** The system's own words (in English) say why: no such file, no permission, an I/O error. */
function unreadable(err: unknown, file: string): VigilFault {
  const detail = (err as Error).message;
  return new VigilFault('file_unreadable', { key: 'import:errors.unreadable', params: { detail } }, { file });
}

async function readSample(path: string, name: string): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw unreadable(err, name);
  }
}
