// `vigil sample` and "Load sample data": a synthetic national-CERT export of any size, written as a
// stream. Memory stays bounded whatever the row count: rows are generated one at a time into a ~64 KiB
// chunk, each chunk is written as soon as it is full, and the writer waits for 'drain' when the
// stream asks it to. Between chunks the generator yields to the event loop, so a caller on a busy
// thread is held up for one chunk at a time (a million rows still belong in a worker, DESIGN.md §1).

import { open } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { BROKEN, DUPLICATE, SAMPLE_COLUMNS, SampleRows, type RowSettings } from './rows';

export { SAMPLE_COLUMNS };

export interface SampleOptions {
  /** Data rows written, duplicates and broken rows included. */
  rows: number;
  /** The same seed gives the same bytes. */
  seed?: number;
  /** First year covered; two full years are generated, startYear and startYear + 1. */
  startYear?: number;
  /** Share of rows that repeat an earlier row exactly (same external_id and content). */
  duplicateShare?: number;
  /** Share of rows an importer must reject: their occurred_at is unreadable ("N/A", "2016-13-45", ""). */
  brokenShare?: number;
}

export interface SampleSummary {
  /** Data rows written (the header not counted). */
  rows: number;
  /** Bytes written, header included. */
  bytes: number;
  duplicates: number;
  broken: number;
}

export const SAMPLE_DEFAULTS = {
  seed: 20160930,
  startYear: 2015,
  duplicateShare: 0.02,
  brokenShare: 0.001,
} as const;

/** Characters gathered before a write; UTF-8 makes that 64 to 192 KiB. */
const CHUNK_CHARS = 64 * 1024;
const HEADER = `${SAMPLE_COLUMNS.join(',')}\n`;

/**
 * Streams a sample CSV (UTF-8, no BOM, LF line ends, header first) to `out`. It does not end `out`,
 * so it can write to standard output; `writeSampleFile` writes and closes a file.
 */
export async function writeSample(
  out: NodeJS.WritableStream,
  options: SampleOptions,
): Promise<SampleSummary> {
  const settings = resolve(options);
  const rows = new SampleRows(settings);
  const sink = new ChunkSink(out);
  let duplicates = 0;
  let broken = 0;
  try {
    let chunk = HEADER;
    for (let position = 0; position < settings.rows; position++) {
      const kind = rows.kind(position);
      let line: string;
      if (kind === DUPLICATE) {
        const original = rows.duplicateOf(position);
        if (original >= 0) duplicates++;
        line = rows.line(original >= 0 ? original : position, false);
      } else if (kind === BROKEN) {
        broken++;
        line = rows.line(position, true);
      } else {
        line = rows.line(position, false);
      }
      chunk += line;
      if (chunk.length >= CHUNK_CHARS) {
        await sink.write(chunk);
        chunk = '';
      }
    }
    if (chunk !== '') await sink.write(chunk);
  } finally {
    sink.release();
  }
  return { rows: settings.rows, bytes: sink.bytes, duplicates, broken };
}

/** Writes a sample to a file (created or replaced); resolves once the file is written and closed. */
export async function writeSampleFile(path: string, options: SampleOptions): Promise<SampleSummary> {
  resolve(options);
  // Opened first, so a bad path fails before any row is generated.
  const handle = await open(path, 'w');
  const out = handle.createWriteStream();
  try {
    const summary = await writeSample(out, options);
    out.end();
    await finished(out);
    return summary;
  } catch (err) {
    out.destroy();
    throw err;
  }
}

function resolve(options: SampleOptions): RowSettings {
  const settings: RowSettings = {
    rows: options.rows,
    seed: options.seed ?? SAMPLE_DEFAULTS.seed,
    startYear: options.startYear ?? SAMPLE_DEFAULTS.startYear,
    duplicateShare: options.duplicateShare ?? SAMPLE_DEFAULTS.duplicateShare,
    brokenShare: options.brokenShare ?? SAMPLE_DEFAULTS.brokenShare,
  };
  if (!Number.isSafeInteger(settings.rows) || settings.rows < 0) {
    throw new RangeError(`rows must be a whole number of at least 0, not ${String(options.rows)}`);
  }
  if (!Number.isSafeInteger(settings.seed)) {
    throw new RangeError(`seed must be a whole number, not ${String(options.seed)}`);
  }
  // occurred_at keeps four digits, and importers read 1900 to 2999.
  if (!Number.isInteger(settings.startYear) || settings.startYear < 1900 || settings.startYear > 2998) {
    throw new RangeError(`startYear must be a year from 1900 to 2998, not ${String(options.startYear)}`);
  }
  for (const [name, share] of [
    ['duplicateShare', settings.duplicateShare],
    ['brokenShare', settings.brokenShare],
  ] as const) {
    if (!(share >= 0 && share <= 1))
      throw new RangeError(`${name} must be from 0 to 1, not ${String(share)}`);
  }
  if (settings.duplicateShare + settings.brokenShare > 1) {
    throw new RangeError('duplicateShare and brokenShare together must not exceed 1');
  }
  return settings;
}

/** Writes chunks with backpressure, counts bytes, and turns a stream's failure into a rejection. */
class ChunkSink {
  bytes = 0;
  private failure: Error | null = null;
  private closed = false;
  private readonly onError = (err: Error): void => {
    this.failure ??= err;
  };
  private readonly onClose = (): void => {
    this.closed = true;
  };

  constructor(private readonly out: NodeJS.WritableStream) {
    // Listening all along: an error emitted between writes would otherwise be an uncaught exception.
    out.on('error', this.onError);
    out.on('close', this.onClose);
  }

  async write(text: string): Promise<void> {
    this.check();
    const data = Buffer.from(text, 'utf8');
    this.bytes += data.length;
    if (this.out.write(data)) {
      // No backpressure (a fast or discarding stream): still let other work run between chunks.
      await nextTurn();
    } else {
      await this.drained();
    }
    this.check();
  }

  release(): void {
    this.out.off('error', this.onError);
    this.out.off('close', this.onClose);
  }

  private check(): void {
    if (this.failure !== null) throw this.failure;
    if (this.closed) throw new Error('the output was closed before the sample was written');
  }

  private drained(): Promise<void> {
    this.check();
    const out = this.out;
    return new Promise<void>((resolvePromise, reject) => {
      const cleanup = (): void => {
        out.off('drain', onDrain);
        out.off('error', onError);
        out.off('close', onClose);
      };
      const onDrain = (): void => {
        cleanup();
        resolvePromise();
      };
      const onError = (err: Error): void => {
        cleanup();
        reject(err);
      };
      const onClose = (): void => {
        cleanup();
        reject(new Error('the output was closed before the sample was written'));
      };
      out.on('drain', onDrain);
      out.on('error', onError);
      out.on('close', onClose);
    });
  }
}
