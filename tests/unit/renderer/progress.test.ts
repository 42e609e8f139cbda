// Rows per second and time left of a running import, from its progress ticks.
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../src/shared/events';
import { formatSecondsLeft } from '../../../src/renderer/src/format/duration';
import {
  importJobsReducer,
  initialImportJobs,
  type ImportJobsState,
} from '../../../src/renderer/src/hooks/importJobsReducer';
import { fileRate } from '../../../src/renderer/src/hooks/progressRate';

const JOB = '00000000-0000-4000-8000-000000000001';
const tick = (rows: number, bytesRead: number): ImportProgress => ({
  jobId: JOB,
  fileIndex: 0,
  fileCount: 1,
  fileName: 'a.csv',
  rows,
  bytesRead,
  bytesTotal: 10_000,
});

describe('import progress', () => {
  it('measures from the first tick, and says nothing until two are far enough apart', () => {
    let state: ImportJobsState = importJobsReducer(initialImportJobs, {
      type: 'staging',
      key: 1,
      fileNames: ['a.csv'],
    });
    state = importJobsReducer(state, {
      type: 'started',
      key: 1,
      jobId: JOB,
      fileNames: ['a.csv'],
      stageErrors: [],
    });
    state = importJobsReducer(state, {
      type: 'event',
      event: { type: 'import.progress', progress: tick(500, 1000) },
      at: 1000,
    });
    const job = (): NonNullable<ImportJobsState['jobs'][0]> => state.jobs[0]!;
    expect(fileRate(job().progress[0]!, job().timing[0])).toBeNull();
    state = importJobsReducer(state, {
      type: 'event',
      event: { type: 'import.progress', progress: tick(2500, 3000) },
      at: 3000,
    });
    expect(job().timing[0]).toEqual({ firstAt: 1000, firstRows: 500, firstBytes: 1000, lastAt: 3000 });
    // 2,000 rows and 2,000 bytes in 2 s; 7,000 bytes left at 1,000 B/s.
    expect(fileRate(job().progress[0]!, job().timing[0])).toEqual({ rowsPerSecond: 1000, secondsLeft: 7 });
  });

  it('shows no rate for ticks that came without a time', () => {
    const state = importJobsReducer(
      importJobsReducer(initialImportJobs, { type: 'staging', key: 1, fileNames: ['a.csv'] }),
      { type: 'started', key: 1, jobId: JOB, fileNames: ['a.csv'], stageErrors: [] },
    );
    const next = importJobsReducer(state, {
      type: 'event',
      event: { type: 'import.progress', progress: tick(5, 5) },
    });
    expect(next.jobs[0]?.timing).toEqual({});
  });

  it('says time left as people do', () => {
    expect(formatSecondsLeft(0.4)).toBe('less than a second');
    expect(formatSecondsLeft(12.4)).toBe('12 s');
    expect(formatSecondsLeft(185)).toBe('3 min 05 s');
    expect(formatSecondsLeft(4800)).toBe('1 h 20 min');
    expect(formatSecondsLeft(Number.NaN)).toBe('unknown');
  });
});
