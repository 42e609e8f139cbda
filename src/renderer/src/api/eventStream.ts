// One server-sent event connection shared by every subscriber of the HTTP client. It is read with
// fetch rather than EventSource because EventSource cannot send the X-Vigil-Token header.
//
// Nothing an import reports may be lost: a job reports only through events, and a page that misses
// `import.finished` shows the job running forever. The host numbers its events and, asked with
// Last-Event-ID, first replays those it kept after that id. So the stream remembers the last id it
// received (across reconnects, and across a close and reopen) and every later connection asks for what
// came after it. (A restarted host numbers from 1 again, but it also has a new token, so this page
// could not reconnect to it anyway.)
import type { VigilEvent } from '../../../shared/events';
import { asVigilEvent } from './eventValue';
import { SseParser } from './sseParser';

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 5_000;
/** React's development double mount unsubscribes and subscribes again at once; keep the line open. */
const CLOSE_GRACE_MS = 1_000;

/** Opens the stream; with `lastEventId`, the host first replays the events it kept after that id. */
export type OpenStream = (signal: AbortSignal, lastEventId: string | null) => Promise<Response>;

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
  /** The id of the last event received on any connection; null before the first. */
  private lastEventId: string | null = null;
  /**
   * Set once events this page waits for may have been sent while no connection of it was attached:
   * after its first connection was attached (a later drop leaves a gap), or when an import had to
   * start before any was. From then on, a connection without a known id asks for every event kept.
   */
  private replayAll = false;
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
   * Resolves once no event sent from now on can be lost, so an import may start: at once when nobody
   * listens, or when a connection has been attached before (a drop since then is made good by replay
   * on reconnect); otherwise when the first connection is attached, or after `timeoutMs`.
   *
   * Why wait at all, now that the host replays? The first connection of a page asks for no replay:
   * the host keeps its last few hundred events, from before this page was opened too, and they are
   * none of its business. So a file dropped right after the page loaded could be imported, with its
   * outcome sent, before that connection is attached, and the outcome would be lost. Waiting costs
   * nothing in practice (the connection is attached within milliseconds, usually before the upload
   * is done). When it cannot be attached in time the import starts anyway and every event kept is
   * asked for instead, from the connection that does get attached.
   */
  whenReady(timeoutMs: number): Promise<void> {
    if (this.replayAll || this.controller === null) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(() => {
        this.replayAll = true;
        done();
      }, timeoutMs);
      this.waiting.add(done);
    });
  }

  private attached(): void {
    this.replayAll = true;
    for (const done of [...this.waiting]) done();
  }

  private close(): void {
    this.controller?.abort();
    this.controller = null;
  }

  /** The Last-Event-ID of the next connection: after the last id seen, or everything kept, or none. */
  private resumeFrom(): string | null {
    if (this.lastEventId !== null) return this.lastEventId;
    // The host numbers events from 1, so after 0 is every event it kept.
    return this.replayAll ? '0' : null;
  }

  /** Connects, reads until the line drops, and reconnects after a back-off that grows to a few seconds. */
  private async run(signal: AbortSignal): Promise<void> {
    let retry = FIRST_RETRY_MS;
    while (!signal.aborted) {
      try {
        const from = this.resumeFrom();
        const response = await this.open(signal, from);
        if (response.ok && response.body !== null) {
          if (from === null && this.replayAll) {
            // An import started (the wait timed out) while this request, asking for no replay, was on
            // its way: its first events may already be gone. Ask again at once for everything kept.
            await response.body.cancel();
            continue;
          }
          retry = FIRST_RETRY_MS;
          this.attached();
          await this.read(response.body, signal);
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
    // Carries the id over: a connection that sends no id of its own leaves the one reached before.
    const parser = new SseParser(this.lastEventId ?? '');
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || signal.aborted) return;
        // stream: a UTF-8 character split across two chunks is decoded once both have arrived.
        for (const message of parser.push(decoder.decode(value, { stream: true }))) {
          this.dispatch(message.data);
        }
        // Ids of complete frames only: a frame cut off by a drop is replayed, not skipped.
        this.lastEventId = parser.lastEventId === '' ? null : parser.lastEventId;
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
