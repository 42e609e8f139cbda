// Events arrive as untyped data (over IPC or a server-sent event stream); only the kinds Vigil knows,
// with the job id each job event carries, are passed on to listeners.
import type { VigilEvent } from '../../../shared/events';

export function asVigilEvent(value: unknown): VigilEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const event = value as Record<string, unknown>;
  switch (event.type) {
    case 'import.progress': {
      const progress = event.progress as Record<string, unknown> | null | undefined;
      return typeof progress === 'object' && progress !== null && typeof progress.jobId === 'string'
        ? (value as VigilEvent)
        : null;
    }
    case 'import.finished':
    case 'import.failed':
      return typeof event.jobId === 'string' ? (value as VigilEvent) : null;
    case 'store.changed':
      return event.reason === 'undo' ||
        event.reason === 'mapLabel' ||
        event.reason === 'triage' ||
        event.reason === 'undoChanges' ||
        event.reason === 'setTimeZone'
        ? (value as VigilEvent)
        : null;
    default:
      return null;
  }
}
