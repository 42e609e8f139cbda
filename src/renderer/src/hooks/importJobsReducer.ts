// The state of the import jobs this window started, driven by the calls it makes and the events the
// main process sends. Pure, so the ordering rules below are easy to test.
//
// Ordering: `import.start` answers with a job id, but a small file can be done (progress and
// `import.finished` sent) before that answer arrives. Events for an id not yet known are therefore
// held back and replayed when the job's id arrives.
import type { ImportJobResult } from '../../../shared/domain';
import type { VigilError } from '../../../shared/errors';
import type { ImportProgress, VigilEvent } from '../../../shared/events';
import type { FileTiming } from './progressRate';

export type JobPhase = 'staging' | 'running' | 'finished' | 'failed';

export interface ImportJob {
  /** Local id, known from the moment files are handed in (the job id comes later). */
  key: number;
  jobId: string | null;
  /** The files of the job, in the order its progress events number them. */
  fileNames: string[];
  phase: JobPhase;
  /** What the job imports: files from the wizard, or the generated sample. */
  source: 'files' | 'sample';
  /** The latest progress of each file, by its index in the job. */
  progress: Record<number, ImportProgress>;
  /** When each file's progress was first and last reported, for its rate and time left. */
  timing: Record<number, FileTiming>;
  result: ImportJobResult | null;
  /** Why the job could not start or did not run (`import.failed`). */
  failure: VigilError | null;
  /** Files that could not be handed to the main process; the others were imported without them. */
  stageErrors: VigilError[];
  cancelling: boolean;
}

export interface ImportJobsState {
  jobs: ImportJob[];
  /** Events for job ids this window does not know (yet); bounded, since other windows start jobs too. */
  early: [string, HeldEvent[]][];
}

/** An event of a job and when it arrived (ms), which the rate of progress is computed from. */
interface HeldEvent {
  event: JobEvent;
  at: number | undefined;
}

export type ImportJobsAction =
  | { type: 'staging'; key: number; fileNames: string[]; source?: 'files' | 'sample' }
  | { type: 'started'; key: number; jobId: string; fileNames: string[]; stageErrors: VigilError[] }
  | { type: 'startFailed'; key: number; failure: VigilError | null; stageErrors: VigilError[] }
  | { type: 'cancelling'; key: number; cancelling: boolean }
  /** `at`: when the event arrived (Date.now()); progress without it shows no rate. */
  | { type: 'event'; event: VigilEvent; at?: number }
  | { type: 'dismiss' };

const MAX_EARLY_JOBS = 20;
/** Progress ticks of a job nobody claims pile up; its last events (the outcome) are what matter. */
const MAX_EARLY_EVENTS = 50;

export const initialImportJobs: ImportJobsState = { jobs: [], early: [] };

export function isSettled(job: ImportJob): boolean {
  return job.phase === 'finished' || job.phase === 'failed';
}

/** The events of import jobs: the ones this reducer follows. */
type JobEvent = Extract<VigilEvent, { type: `import.${string}` }>;

function jobIdOf(event: JobEvent): string {
  return event.type === 'import.progress' ? event.progress.jobId : event.jobId;
}

function timed(timing: Record<number, FileTiming>, tick: ImportProgress, at: number | undefined) {
  if (at === undefined) return timing;
  const seen = timing[tick.fileIndex];
  const next: FileTiming =
    seen === undefined
      ? { firstAt: at, firstRows: tick.rows, firstBytes: tick.bytesRead, lastAt: at }
      : { ...seen, lastAt: at };
  return { ...timing, [tick.fileIndex]: next };
}

function applyEvent(job: ImportJob, { event, at }: HeldEvent): ImportJob {
  if (isSettled(job)) return job;
  switch (event.type) {
    case 'import.progress':
      return {
        ...job,
        progress: { ...job.progress, [event.progress.fileIndex]: event.progress },
        timing: timed(job.timing, event.progress, at),
      };
    case 'import.finished':
      return { ...job, phase: 'finished', result: event.result, cancelling: false };
    case 'import.failed':
      return { ...job, phase: 'failed', failure: event.error, cancelling: false };
  }
}

/** Only the latest outcome stays on screen: when a job settles, older settled jobs are let go. */
function settle(jobs: ImportJob[], key: number, change: (job: ImportJob) => ImportJob): ImportJob[] {
  const next = jobs.map((job) => (job.key === key ? change(job) : job));
  const changed = next.find((job) => job.key === key);
  if (changed === undefined || !isSettled(changed)) return next;
  return next.filter((job) => job.key === key || !isSettled(job));
}

export function importJobsReducer(state: ImportJobsState, action: ImportJobsAction): ImportJobsState {
  switch (action.type) {
    case 'staging': {
      const job: ImportJob = {
        key: action.key,
        jobId: null,
        fileNames: action.fileNames,
        phase: 'staging',
        source: action.source ?? 'files',
        progress: {},
        timing: {},
        result: null,
        failure: null,
        stageErrors: [],
        cancelling: false,
      };
      // A new import replaces the outcome of the previous one on screen.
      return { ...state, jobs: [...state.jobs.filter((j) => !isSettled(j)), job] };
    }
    case 'started': {
      const held = state.early.find(([id]) => id === action.jobId)?.[1] ?? [];
      const early = state.early.filter(([id]) => id !== action.jobId);
      const jobs = settle(state.jobs, action.key, (job) =>
        held.reduce(applyEvent, {
          ...job,
          jobId: action.jobId,
          // Files that could not be handed over are not part of the job; its indexes skip them.
          fileNames: action.fileNames,
          phase: 'running',
          stageErrors: action.stageErrors,
        }),
      );
      return { jobs, early };
    }
    case 'startFailed':
      return {
        ...state,
        jobs: settle(state.jobs, action.key, (job) => ({
          ...job,
          phase: 'failed',
          failure: action.failure,
          stageErrors: action.stageErrors,
          cancelling: false,
        })),
      };
    case 'cancelling':
      return {
        ...state,
        jobs: state.jobs.map((job) =>
          job.key === action.key ? { ...job, cancelling: action.cancelling } : job,
        ),
      };
    case 'event': {
      const event = action.event;
      if (event.type === 'store.changed') return state;
      const arrived: HeldEvent = { event, at: action.at };
      const id = jobIdOf(event);
      const owner = state.jobs.find((job) => job.jobId === id);
      if (owner !== undefined) {
        return { ...state, jobs: settle(state.jobs, owner.key, (job) => applyEvent(job, arrived)) };
      }
      const known = state.early.find(([held]) => held === id);
      const early: [string, HeldEvent[]][] = known
        ? state.early.map(([held, events]) =>
            held === id ? [held, [...events, arrived].slice(-MAX_EARLY_EVENTS)] : [held, events],
          )
        : [...state.early, [id, [arrived]]];
      return { ...state, early: early.slice(-MAX_EARLY_JOBS) };
    }
    case 'dismiss':
      return { ...state, jobs: state.jobs.filter((job) => !isSettled(job)) };
  }
}
