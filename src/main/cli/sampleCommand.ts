import { resolve } from 'node:path';
import { VigilFault } from '../../shared/errors';
import { writeSampleFile } from '../sample';
import type { CliIo } from './io';

export async function sampleCommand(
  options: { rows: string | undefined; out: string | undefined; seed: string | undefined },
  io: CliIo,
): Promise<number> {
  const rows = Number(options.rows);
  if (!Number.isSafeInteger(rows) || rows < 1 || rows > 50_000_000) {
    throw new VigilFault(
      'invalid_input',
      `--rows must be a whole number from 1 to 50,000,000, not "${options.rows ?? ''}"`,
    );
  }
  if (options.out === undefined)
    throw new VigilFault('invalid_input', 'name the file to write with --out FILE.csv');
  const seed = options.seed === undefined ? undefined : Number(options.seed);
  if (seed !== undefined && !Number.isSafeInteger(seed)) {
    throw new VigilFault('invalid_input', `--seed must be a whole number, not "${options.seed ?? ''}"`);
  }
  const out = resolve(options.out);
  const summary = await writeSampleFile(out, { rows, ...(seed !== undefined ? { seed } : {}) });
  io.stdout(
    `${out}: ${String(summary.rows)} rows (${String(summary.duplicates)} duplicates, ${String(summary.broken)} broken), ${(
      summary.bytes / 1048576
    ).toFixed(1)} MiB\n`,
  );
  return 0;
}
