// Starting, following and cancelling imports: starts a job for files the wizard has staged (or for the
// generated sample), and folds the job's events into state a view can show.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { InputOf } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import { useClient } from '../api/useClient';
import { importJobsReducer, initialImportJobs, type ImportJob } from './importJobsReducer';

/** One file of an import as `import.start` takes it: staged reference, read options, mapping. */
export type ImportFileSpec = InputOf<'import.start'>['files'][number];

/** The contract takes at most this many files per job; more are imported as several jobs. */
const FILES_PER_JOB = 100;

export interface ImportJobs {
  jobs: ImportJob[];
  start: (files: readonly ImportFileSpec[]) => void;
  /** Imports the generated sample export, as an ordinary job. */
  startSample: () => void;
  cancel: (key: number) => void;
  /** Takes the outcome of settled jobs off the screen. */
  dismiss: () => void;
}

export function useImportJobs(): ImportJobs {
  const client = useClient();
  const [state, dispatch] = useReducer(importJobsReducer, initialImportJobs);
  const nextKey = useRef(1);
  /** Jobs cancelled before their id was known: cancelled as soon as it is. */
  const cancelledEarly = useRef(new Set<number>());
  const jobIds = useRef(new Map<number, string>());

  useEffect(
    () =>
      client.subscribe((event) => {
        dispatch({ type: 'event', event, at: Date.now() });
      }),
    [client],
  );

  const begin = useCallback(
    async (
      fileNames: string[],
      source: 'files' | 'sample',
      call: () => Promise<Result<{ jobId: string }>>,
    ): Promise<void> => {
      const key = nextKey.current++;
      dispatch({ type: 'staging', key, fileNames, source });
      const started = await call();
      if (!started.ok) {
        cancelledEarly.current.delete(key);
        dispatch({ type: 'startFailed', key, failure: started.error, stageErrors: [] });
        return;
      }
      const jobId = started.value.jobId;
      jobIds.current.set(key, jobId);
      dispatch({ type: 'started', key, jobId, fileNames, stageErrors: [] });
      if (cancelledEarly.current.delete(key)) {
        // The job reports its cancel as its outcome, like any other.
        void client.call('import.cancel', { jobId });
      }
    },
    [client],
  );

  const start = useCallback(
    (files: readonly ImportFileSpec[]) => {
      for (let first = 0; first < files.length; first += FILES_PER_JOB) {
        const chunk = files.slice(first, first + FILES_PER_JOB);
        void begin(
          chunk.map((spec) => spec.file.name),
          'files',
          () => client.call('import.start', { files: chunk }),
        );
      }
    },
    [begin, client],
  );

  const startSample = useCallback(() => {
    void begin(['vigil-sample.csv'], 'sample', () => client.call('sample.load', {}));
  }, [begin, client]);

  const cancel = useCallback(
    (key: number) => {
      const jobId = jobIds.current.get(key);
      dispatch({ type: 'cancelling', key, cancelling: true });
      if (jobId === undefined) {
        cancelledEarly.current.add(key);
        return;
      }
      void client.call('import.cancel', { jobId }).then((answer) => {
        // A job that had already finished cannot be cancelled; its outcome event is on its way.
        if (!answer.ok || !answer.value.cancelled) dispatch({ type: 'cancelling', key, cancelling: false });
      });
    },
    [client],
  );

  const dismiss = useCallback(() => {
    dispatch({ type: 'dismiss' });
  }, []);

  return { jobs: state.jobs, start, startSample, cancel, dismiss };
}
