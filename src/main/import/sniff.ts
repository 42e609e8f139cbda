// Guesses how a file is written from its first bytes: its encoding and its delimiter. The caller can
// override both; these guesses only choose sensible defaults.

import type { Delimiter, Encoding } from '../../shared/mapping';

export type { Encoding };

export interface Sniffed {
  encoding: Encoding;
  /** Bytes at the start that are a byte-order mark, to skip. */
  bomLength: number;
  /** True when the bytes look like a binary file rather than text. */
  binary: boolean;
}

export const SNIFF_BYTES = 64 * 1024;

export function sniffEncoding(sample: Uint8Array): Sniffed {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { encoding: 'utf-8', bomLength: 3, binary: false };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, binary: false };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, binary: false };
  if (looksBinary(sample)) return { encoding: 'utf-8', bomLength: 0, binary: true };
  if (isUtf8(sample)) return { encoding: 'utf-8', bomLength: 0, binary: false };
  // Chinese spreadsheet exports are GBK/GB18030 (a superset); anything that does not decode as that is
  // read as Latin-1, which never fails.
  if (decodes(sample, 'gb18030')) return { encoding: 'gb18030', bomLength: 0, binary: false };
  return { encoding: 'latin1', bomLength: 0, binary: false };
}

/** NUL bytes or many control characters: an image, an archive, a spreadsheet workbook, not a CSV. */
function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function isUtf8(sample: Uint8Array): boolean {
  // The sample may end inside a multi-byte character: drop up to three trailing bytes of one.
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = sample[end - back] ?? 0;
    if ((byte & 0xc0) === 0xc0) {
      end -= back;
      break;
    }
    if ((byte & 0x80) === 0) break;
  }
  return decodes(sample.subarray(0, end), 'utf-8');
}

function decodes(bytes: Uint8Array, label: string): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/**
 * The delimiter that splits the first lines into the same number of fields most often (quotes
 * respected); a comma when nothing is conclusive, as in a one-column file.
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = firstLines(text, 20);
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((n) => n === first).length;
    const score = consistent * 1000 + first;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function firstLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < max; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (i > start) lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  // The last line of a sample may be cut short; use it only when it is the only one.
  if (lines.length === 0 && start < text.length) lines.push(text.slice(start));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let n = 0;
  let inQuotes = false;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === delimiter && !inQuotes) n++;
  }
  return n;
}
