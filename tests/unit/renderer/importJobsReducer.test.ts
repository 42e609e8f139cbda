// Import job state: events may arrive before the job id does, and only the latest outcome stays shown.
import { describe, expect, it } from 'vitest';
import {
  importJobsReducer,
  initialImportJobs,
  type ImportJobsAction,
  type ImportJobsState,
} from '../../../src/renderer/src/hooks/importJobsReducer';
import type { ImportJobResult } from '../../../src/shared/domain';
import type { VigilEvent } from '../../../src/shared/events';

const JOB = '00000000-0000-4000-8000-000000000001';
const result: ImportJobResult = { imported: 3, duplicates: 1, rejected: 0, files: [] };

function run(actions: ImportJobsAction[], from: ImportJobsState = initialImportJobs): ImportJobsState {
  return actions.reduce(importJobsReducer, from);
}

const progress = (jobId: string, rows: number): VigilEvent => ({
  type: 'import.progress',
  progress: { jobId, fileIndex: 0, fileCount: 1, fileName: 'a.csv', rows, bytesRead: rows, bytesTotal: 10 },
});

describe('import jobs', () => {
  it('follows a job from staging to its outcome', () => {
    const state = run([
      { type: 'staging', key: 1, fileNames: ['a.csv'] },
      { type: 'started', key: 1, jobId: JOB, fileNames: ['a.csv'], stageErrors: [] },
      { type: 'event', event: progress(JOB, 5) },
      { type: 'event', event: { type: 'import.finished', jobId: JOB, result } },
    ]);
    expect(state.jobs).toHaveLength(1);
    expect(state.jobs[0]).toMatchObject({ phase: 'finished', result, jobId: JOB });
    expect(state.jobs[0]?.progress[0]?.rows).toBe(5);
  });

  it('replays events that arrived before import.start answered', () => {
    const state = run([
      { type: 'staging', key: 1, fileNames: ['a.csv'] },
      { type: 'event', event: progress(JOB, 7) },
      { type: 'event', event: { type: 'import.finished', jobId: JOB, result } },
      { type: 'started', key: 1, jobId: JOB, fileNames: ['a.csv'], stageErrors: [] },
    ]);
    expect(state.jobs[0]).toMatchObject({ phase: 'finished', result });
    expect(state.early).toEqual([]);
  });

  it('ignores progress after the outcome', () => {
    const state = run([
      { type: 'staging', key: 1, fileNames: ['a.csv'] },
      { type: 'started', key: 1, jobId: JOB, fileNames: ['a.csv'], stageErrors: [] },
      {
        type: 'event',
        event: { type: 'import.failed', jobId: JOB, error: { code: 'internal', message: 'x' } },
      },
      { type: 'event', event: progress(JOB, 9) },
    ]);
    expect(state.jobs[0]).toMatchObject({ phase: 'failed', progress: {} });
  });

  it('keeps only the latest outcome, and a new import clears it', () => {
    const other = '00000000-0000-4000-8000-000000000002';
    const settledTwice = run([
      { type: 'staging', key: 1, fileNames: ['a.csv'] },
      { type: 'staging', key: 2, fileNames: ['b.csv'] },
      { type: 'started', key: 1, jobId: JOB, fileNames: ['a.csv'], stageErrors: [] },
      { type: 'started', key: 2, jobId: other, fileNames: ['b.csv'], stageErrors: [] },
      { type: 'event', event: { type: 'import.finished', jobId: JOB, result } },
      { type: 'event', event: { type: 'import.finished', jobId: other, result } },
    ]);
    expect(settledTwice.jobs.map((job) => job.key)).toEqual([2]);
    const next = run([{ type: 'staging', key: 3, fileNames: ['c.csv'] }], settledTwice);
    expect(next.jobs.map((job) => job.key)).toEqual([3]);
  });

  it('bounds the events it holds for jobs it does not know', () => {
    const ids = Array.from(
      { length: 30 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const state = run(ids.map((id) => ({ type: 'event', event: progress(id, 1) })));
    expect(state.early.length).toBeLessThanOrEqual(20);
    const noisy = run(Array.from({ length: 200 }, (_, i) => ({ type: 'event', event: progress(JOB, i) })));
    expect(noisy.early[0]?.[1].length).toBeLessThanOrEqual(50);
  });
});
