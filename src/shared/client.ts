// The client every renderer uses, whatever carries its calls (Electron IPC or loopback HTTP).
import type { InputOf, OperationName, ResultOf } from './contract';
import type { Result } from './errors';
import type { FileRef } from './domain';
import type { EventListener } from './events';

export interface VigilClient {
  call<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<ResultOf<N>>>;
  /** Listens to main-process events; returns the function that stops listening. */
  subscribe(listener: EventListener): () => void;
  /** Makes a dropped or picked file readable by the main process. */
  stageFile(file: File): Promise<Result<FileRef>>;
}

/** What the preload exposes as `window.vigil` (functions only). */
export interface VigilBridge {
  call(name: string, input: unknown): Promise<unknown>;
  subscribe(listener: (event: unknown) => void): () => void;
  pathForFile(file: File): string;
}
