import { join } from 'node:path';
import { EventStream } from '../http/eventStream';
import { startHttpHost } from '../http/server';
import { Uploads } from '../http/uploads';
import { createRuntime } from '../services/runtime';
import type { CliIo } from './io';
import type { RunLanguage } from './language';

export interface ServeOptions {
  storePath: string;
  port: number;
  language: RunLanguage;
}

/** Runs until SIGINT or SIGTERM; the first stdout line is the address with the token. */
export async function serveCommand(options: ServeOptions, io: CliIo): Promise<number> {
  const events = new EventStream();
  const uploads = new Uploads();
  const runtime = createRuntime({
    storePath: options.storePath,
    imports: 'worker',
    workerFile: join(__dirname, 'importWorker.js'),
    emit: (event) => {
      events.publish(event);
    },
  });
  options.language.adoptStore(runtime.db);
  const host = await startHttpHost({
    handlers: runtime.handlers,
    events,
    uploads,
    rendererDir: join(__dirname, '..', 'renderer'),
    port: options.port,
  });
  io.stdout(`${host.url}\n`);
  const serving = options.language.t('cli:serve.serving', { store: options.storePath, port: host.port });
  io.stderr(`${serving}\n`);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  for (const id of runtime.tasks.pendingIds()) runtime.tasks.cancel(id);
  await runtime.tasks.whenIdle();
  await host.close();
  uploads.dispose();
  runtime.close();
  return 0;
}
