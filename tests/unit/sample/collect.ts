// Test helpers: write a sample into memory and read it back with Vigil's own RFC 4180 reader.
import { Writable } from 'node:stream';
import { CsvReader, type CsvRecord } from '../../../src/main/import/csvReader';
import { writeSample, type SampleOptions, type SampleSummary } from '../../../src/main/sample';

export async function sampleText(options: SampleOptions): Promise<{ text: string; summary: SampleSummary }> {
  const parts: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      parts.push(chunk);
      callback();
    },
  });
  const summary = await writeSample(out, options);
  return { text: Buffer.concat(parts).toString('utf8'), summary };
}

/** Records of a CSV text, fed to the reader in uneven pieces as a stream would feed it. */
export function readCsv(text: string, piece = 65_521): CsvRecord[] {
  const reader = new CsvReader({ delimiter: ',' });
  const records: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += piece) records.push(...reader.push(text.slice(i, i + piece)));
  records.push(...reader.end());
  return records;
}
