// The generator streams: whatever the row count, it holds one chunk, never the rows it has written.
// Retained memory is measured after a full collection, with gc exposed at run time (v8 flag), so
// the figure is what the generator keeps, not garbage waiting for a collection.
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { writeSample } from '../../../src/main/sample';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function retained(): number {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

describe('writeSample memory', () => {
  it('keeps retained memory under 30 MB while writing 200,000 rows', async () => {
    let chunks = 0;
    const samples: number[] = [];
    const before = retained();
    const discard = new Writable({
      write(_chunk, _encoding, callback) {
        chunks++;
        // Measured mid-run, while the generator is at work: rows it kept would be alive here.
        if (chunks % 40 === 0) samples.push(retained() - before);
        callback();
      },
    });
    const summary = await writeSample(discard, { rows: 200_000 });
    samples.push(retained() - before);
    expect(summary.bytes).toBeGreaterThan(30 * 1024 * 1024);
    expect(samples.length).toBeGreaterThan(5);
    expect(Math.max(...samples)).toBeLessThan(30 * 1024 * 1024);
  });
});
