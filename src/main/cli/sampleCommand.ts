import { resolve } from 'node:path';
import { VigilFault } from '../../shared/errors';
import { writeSampleFile } from '../sample';
import type { CliIo } from './io';
import type { RunLanguage } from './language';

export async function sampleCommand(
  options: {
    rows: string | undefined;
    out: string | undefined;
    seed: string | undefined;
    language: RunLanguage;
  },
  io: CliIo,
): Promise<number> {
  const rows = Number(options.rows);
  if (!Number.isSafeInteger(rows) || rows < 1 || rows > 50_000_000) {
    throw new VigilFault('invalid_input', {
      key: 'errors:option.rows',
      params: { value: options.rows ?? '' },
    });
  }
  if (options.out === undefined) throw new VigilFault('invalid_input', { key: 'errors:option.sampleOut' });
  const seed = options.seed === undefined ? undefined : Number(options.seed);
  if (seed !== undefined && !Number.isSafeInteger(seed)) {
    throw new VigilFault('invalid_input', {
      key: 'errors:option.seed',
      params: { value: options.seed ?? '' },
    });
  }
  const out = resolve(options.out);
  const summary = await writeSampleFile(out, { rows, ...(seed !== undefined ? { seed } : {}) });
  const done = options.language.t('cli:sample.done', {
    file: out,
    rows: summary.rows,
    duplicates: summary.duplicates,
    broken: summary.broken,
    mib: (summary.bytes / 1048576).toFixed(1),
  });
  io.stdout(`${done}\n`);
  return 0;
}
