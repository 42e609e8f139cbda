import { join } from 'node:path';
import { EventStream } from '../http/eventStream';
import { startHttpHost } from '../http/server';
import { Uploads } from '../http/uploads';
import { createRuntime } from '../services/runtime';
import type { CliIo } from './io';

export interface ServeOptions {
  storePath: string;
  port: number;
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
  const host = await startHttpHost({
    handlers: runtime.handlers,
    events,
    uploads,
    rendererDir: join(__dirname, '..', 'renderer'),
    port: options.port,
  });
  io.stdout(`${host.url}\n`);
  io.stderr(`Vigil is serving ${options.storePath} on 127.0.0.1:${String(host.port)}. Stop with Ctrl+C.\n`);

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
