// One server-sent event connection shared by every subscriber of the HTTP client. It is read with
// fetch rather than EventSource because EventSource cannot send the X-Vigil-Token header.
import type { VigilEvent } from '../../../shared/events';
import { asVigilEvent } from './eventValue';
import { SseParser } from './sseParser';

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 5_000;
/** React's development double mount unsubscribes and subscribes again at once; keep the line open. */
const CLOSE_GRACE_MS = 1_000;

export type OpenStream = (signal: AbortSignal) => Promise<Response>;

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

export class EventStream {
  private readonly listeners = new Set<(event: VigilEvent) => void>();
  private controller: AbortController | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;
  private readonly waiting = new Set<() => void>();

  constructor(private readonly open: OpenStream) {}

  subscribe(listener: (event: VigilEvent) => void): () => void {
    this.listeners.add(listener);
    clearTimeout(this.closeTimer);
    if (this.controller === null) {
      const controller = new AbortController();
      this.controller = controller;
      void this.run(controller.signal);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.closeTimer = setTimeout(() => {
          this.close();
        }, CLOSE_GRACE_MS);
      }
    };
  }

  /**
   * Resolves once the stream is open (the host has attached it, so no event sent from now on is
   * missed), or after `timeoutMs` when it cannot be opened; at once when nobody listens.
   */
  whenConnected(timeoutMs: number): Promise<void> {
    if (this.connected || this.controller === null) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiting.add(done);
    });
  }

  private setConnected(connected: boolean): void {
    this.connected = connected;
    if (connected) for (const done of [...this.waiting]) done();
  }

  private close(): void {
    this.controller?.abort();
    this.controller = null;
  }

  /** Connects, reads until the line drops, and reconnects after a back-off that grows to a few seconds. */
  private async run(signal: AbortSignal): Promise<void> {
    let retry = FIRST_RETRY_MS;
    while (!signal.aborted) {
      try {
        const response = await this.open(signal);
        if (response.ok && response.body !== null) {
          retry = FIRST_RETRY_MS;
          this.setConnected(true);
          try {
            await this.read(response.body, signal);
          } finally {
            this.setConnected(false);
          }
        } else {
          await response.body?.cancel();
        }
      } catch {
        // A refused or dropped connection is expected (the host restarted, the machine slept): retry.
      }
      await pause(retry, signal);
      retry = Math.min(retry * 2, LAST_RETRY_MS);
    }
  }

  private async read(body: ReadableStream<Uint8Array>, signal: AbortSignal): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || signal.aborted) return;
        // stream: a UTF-8 character split across two chunks is decoded once both have arrived.
        for (const data of parser.push(decoder.decode(value, { stream: true }))) this.dispatch(data);
      }
    } finally {
      reader.releaseLock();
    }
  }

  private dispatch(data: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return;
    }
    const event = asVigilEvent(parsed);
    if (event === null) return;
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (err) {
        // One failing listener must not cut the others off, nor the connection.
        reportError(err);
      }
    }
  }
}
