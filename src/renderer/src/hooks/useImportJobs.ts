// Starting, following and cancelling imports: hands files to the main process (a path in Electron, an
// upload in browser mode), starts a job, and folds the job's events into state a view can show.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { FileRef } from '../../../shared/domain';
import type { VigilError } from '../../../shared/errors';
import { useClient } from '../api/useClient';
import { importJobsReducer, initialImportJobs, type ImportJob } from './importJobsReducer';

/** The contract takes at most this many files per job; more are imported as several jobs. */
const FILES_PER_JOB = 100;

export interface ImportJobs {
  jobs: ImportJob[];
  start: (files: readonly File[]) => void;
  cancel: (key: number) => void;
  /** Takes the outcome of settled jobs off the screen. */
  dismiss: () => void;
}

export function useImportJobs(): ImportJobs {
  const client = useClient();
  const [state, dispatch] = useReducer(importJobsReducer, initialImportJobs);
  const nextKey = useRef(1);
  /** Jobs cancelled while their files were still being handed over: they must not start. */
  const cancelledEarly = useRef(new Set<number>());
  const jobIds = useRef(new Map<number, string>());

  useEffect(
    () =>
      client.subscribe((event) => {
        dispatch({ type: 'event', event });
      }),
    [client],
  );

  const startJob = useCallback(
    async (files: readonly File[]) => {
      const key = nextKey.current++;
      dispatch({ type: 'staging', key, fileNames: files.map((file) => file.name) });
      const refs: FileRef[] = [];
      const stageErrors: VigilError[] = [];
      // One at a time: parallel uploads of large exports would only compete for the same disk.
      for (const file of files) {
        if (cancelledEarly.current.has(key)) break;
        const staged = await client.stageFile(file);
        if (staged.ok) refs.push(staged.value);
        else stageErrors.push({ ...staged.error, file: staged.error.file ?? file.name });
      }
      if (cancelledEarly.current.has(key)) {
        cancelledEarly.current.delete(key);
        dispatch({
          type: 'startFailed',
          key,
          failure: { code: 'cancelled', message: 'The import was cancelled before it started.' },
          stageErrors,
        });
        return;
      }
      if (refs.length === 0) {
        dispatch({ type: 'startFailed', key, failure: null, stageErrors });
        return;
      }
      const started = await client.call('import.start', { files: refs.map((file) => ({ file })) });
      if (started.ok) {
        jobIds.current.set(key, started.value.jobId);
        dispatch({
          type: 'started',
          key,
          jobId: started.value.jobId,
          fileNames: refs.map((ref) => ref.name),
          stageErrors,
        });
      } else {
        dispatch({ type: 'startFailed', key, failure: started.error, stageErrors });
      }
    },
    [client],
  );

  const start = useCallback(
    (files: readonly File[]) => {
      for (let first = 0; first < files.length; first += FILES_PER_JOB) {
        void startJob(files.slice(first, first + FILES_PER_JOB));
      }
    },
    [startJob],
  );

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

  return { jobs: state.jobs, start, cancel, dismiss };
}
