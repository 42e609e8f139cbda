// Runs import jobs one after another (SQLite has one writer) and reports their progress and outcome as
// events. Where the work runs is the executor's business: a worker thread in the hosts, in-process in
// tests and on the command line.
import { randomUUID } from 'node:crypto';
import type { ImportJobResult } from '../../shared/domain';
import { toVigilError } from '../../shared/errors';
import type { VigilEvent } from '../../shared/events';
import type { ImportProgressTick } from '../import/importFile';
import type { JobFile } from '../import/runJob';

export interface JobExecutor {
  run(
    files: readonly JobFile[],
    options: { signal: AbortSignal; onProgress: (fileIndex: number, tick: ImportProgressTick) => void },
  ): Promise<ImportJobResult>;
}

interface Job {
  id: string;
  files: readonly JobFile[];
  controller: AbortController;
  onSettled: () => void;
}

export class ImportJobs {
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly executor: JobExecutor,
    private readonly emit: (event: VigilEvent) => void,
  ) {}

  start(files: readonly JobFile[], onSettled: () => void = () => undefined): string {
    const job: Job = { id: randomUUID(), files, controller: new AbortController(), onSettled };
    this.queue.push(job);
    if (this.running === null) this.idle = this.drain();
    return job.id;
  }

  /** Cancels a queued or running job; false when no such job is pending. */
  cancel(jobId: string): boolean {
    if (this.running?.id === jobId) {
      this.running.controller.abort();
      return true;
    }
    const queued = this.queue.find((job) => job.id === jobId);
    if (!queued) return false;
    queued.controller.abort();
    return true;
  }

  /** Jobs queued or running, oldest first. */
  pendingIds(): string[] {
    return [...(this.running ? [this.running.id] : []), ...this.queue.map((job) => job.id)];
  }

  /** Resolves once every job started so far has settled. */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  private async drain(): Promise<void> {
    for (let job = this.queue.shift(); job !== undefined; job = this.queue.shift()) {
      this.running = job;
      await this.execute(job);
      this.running = null;
    }
  }

  private async execute(job: Job): Promise<void> {
    try {
      const result = await this.executor.run(job.files, {
        signal: job.controller.signal,
        onProgress: (fileIndex, tick) => {
          this.emit({
            type: 'import.progress',
            progress: {
              jobId: job.id,
              fileIndex,
              fileCount: job.files.length,
              fileName: job.files[fileIndex]?.name ?? '',
              ...tick,
            },
          });
        },
      });
      this.emit({ type: 'import.finished', jobId: job.id, result });
    } catch (err) {
      this.emit({ type: 'import.failed', jobId: job.id, error: toVigilError(err) });
    } finally {
      job.onSettled();
    }
  }
}
