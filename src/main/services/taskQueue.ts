// Runs long writes one after another (SQLite has one writer). Import jobs report progress and their
// outcome as events; other tasks are awaited by the call that started them. Where a task runs is the
// executor's business: a worker thread in the hosts, this thread in tests and on the command line.
import { randomUUID } from 'node:crypto';
import { toVigilError } from '../../shared/errors';
import type { VigilEvent } from '../../shared/events';
import type { ImportProgressTick } from '../import/importFile';
import type { JobFile } from '../import/runJob';
import type { Task, TaskOutcome } from './tasks';

export interface TaskExecutor {
  run(
    task: Task,
    hooks: { signal: AbortSignal; onProgress: (fileIndex: number, tick: ImportProgressTick) => void },
  ): Promise<TaskOutcome>;
}

interface Queued {
  id: string;
  task: Task;
  controller: AbortController;
  settle: (outcome: TaskOutcome | Error) => void;
}

export class TaskQueue {
  private readonly queue: Queued[] = [];
  private running: Queued | null = null;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly executor: TaskExecutor,
    private readonly emit: (event: VigilEvent) => void,
  ) {}

  /** Queues an import; its progress and outcome arrive as events under the returned job id. */
  startImport(files: JobFile[], onSettled: () => void = () => undefined): string {
    return this.enqueue({ kind: 'import', files }, () => {
      onSettled();
    });
  }

  /** Queues any task and resolves with its outcome once it has run. */
  run(task: Task): Promise<TaskOutcome> {
    return new Promise((resolve, reject) => {
      this.enqueue(task, (outcome) => {
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      });
    });
  }

  /** Cancels a queued or running task; false when no such task is pending. */
  cancel(id: string): boolean {
    const task = this.running?.id === id ? this.running : this.queue.find((q) => q.id === id);
    if (task === undefined) return false;
    task.controller.abort();
    return true;
  }

  pendingIds(): string[] {
    return [...(this.running ? [this.running.id] : []), ...this.queue.map((q) => q.id)];
  }

  /** Resolves once every task queued so far has settled. */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  private enqueue(task: Task, settle: Queued['settle']): string {
    const queued: Queued = { id: randomUUID(), task, controller: new AbortController(), settle };
    this.queue.push(queued);
    if (this.running === null) this.idle = this.drain();
    return queued.id;
  }

  private async drain(): Promise<void> {
    for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
      this.running = next;
      await this.execute(next);
      this.running = null;
    }
  }

  private async execute(queued: Queued): Promise<void> {
    const { id, task } = queued;
    let outcome: TaskOutcome | Error;
    try {
      outcome = await this.executor.run(task, {
        signal: queued.controller.signal,
        onProgress: (fileIndex, tick) => {
          if (task.kind !== 'import') return;
          this.emit({
            type: 'import.progress',
            progress: {
              jobId: id,
              fileIndex,
              fileCount: task.files.length,
              fileName: task.files[fileIndex]?.name ?? '',
              ...tick,
            },
          });
        },
      });
      if (outcome.kind === 'import')
        this.emit({ type: 'import.finished', jobId: id, result: outcome.result });
      else if (outcome.kind === 'mapLabels') this.emit({ type: 'store.changed', reason: 'mapLabel' });
      else if (outcome.kind !== 'export') this.emit({ type: 'store.changed', reason: outcome.kind });
    } catch (err) {
      outcome = err instanceof Error ? err : new Error(String(err));
      if (task.kind === 'import') this.emit({ type: 'import.failed', jobId: id, error: toVigilError(err) });
    }
    queued.settle(outcome);
  }
}
