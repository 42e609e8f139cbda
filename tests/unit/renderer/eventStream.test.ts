// The HTTP client's event stream against a scripted host: it remembers the last event id across
// reconnects and asks for what it missed, and an import never starts where its outcome could be lost.
import { describe, expect, it, vi } from 'vitest';
import { EventStream, type OpenStream } from '../../../src/renderer/src/api/eventStream';
import type { VigilEvent } from '../../../src/shared/events';

const JOB = '00000000-0000-4000-8000-000000000001';
const encoder = new TextEncoder();

interface Connection {
  /** The Last-Event-ID the page sent; null when it sent none. */
  lastEventId: string | null;
  /** Answers the request (a held one); the others are answered at once. */
  answer(): void;
  send(text: string): void;
  drop(): void;
}

function fakeHost(options: { hold?: boolean } = {}) {
  const connections: Connection[] = [];
  const open: OpenStream = (signal, lastEventId) => {
    let stream!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        stream = controller;
      },
    });
    signal.addEventListener('abort', () => {
      try {
        stream.error(new DOMException('aborted', 'AbortError'));
      } catch {
        // Already closed.
      }
    });
    return new Promise((resolve) => {
      const answer = (): void => {
        resolve(new Response(body, { headers: { 'Content-Type': 'text/event-stream' } }));
      };
      connections.push({
        lastEventId,
        answer,
        send: (text) => {
          stream.enqueue(encoder.encode(text));
        },
        drop: () => {
          stream.close();
        },
      });
      if (options.hold !== true) answer();
    });
  };
  return { connections, open };
}

function finished(id: number, jobId = JOB): string {
  const event: VigilEvent = {
    type: 'import.finished',
    jobId,
    result: { imported: id, duplicates: 0, rejected: 0, files: [] },
  };
  return `id: ${String(id)}\ndata: ${JSON.stringify(event)}\n\n`;
}

async function connection(host: { connections: Connection[] }, n: number): Promise<Connection> {
  await vi.waitFor(
    () => {
      expect(host.connections.length).toBeGreaterThanOrEqual(n);
    },
    { timeout: 5_000 },
  );
  const conn = host.connections[n - 1];
  if (conn === undefined) throw new Error(`no connection ${String(n)}`);
  return conn;
}

function received(events: VigilEvent[]): number[] {
  return events.map((e) => (e.type === 'import.finished' ? e.result.imported : -1));
}

describe('EventStream', () => {
  it('asks for no replay first, then for what came after the last whole frame it received', async () => {
    const host = fakeHost();
    const stream = new EventStream(host.open);
    const events: VigilEvent[] = [];
    const stop = stream.subscribe((e) => events.push(e));
    const first = await connection(host, 1);
    expect(first.lastEventId).toBeNull();
    first.send(': connected\n\n' + finished(1) + finished(2) + 'id: 3\ndata: {"type":"imp');
    await vi.waitFor(() => {
      expect(received(events)).toEqual([1, 2]);
    });
    first.drop();
    const second = await connection(host, 2);
    // Event 3 was cut off by the drop: it is asked for again, not skipped.
    expect(second.lastEventId).toBe('2');
    second.send(': connected\n\n' + finished(3) + finished(4));
    await vi.waitFor(() => {
      expect(received(events)).toEqual([1, 2, 3, 4]);
    });
    second.drop();
    const third = await connection(host, 3);
    expect(third.lastEventId).toBe('4');
    stop();
  });

  it('asks for every event kept after a connection that had received none dropped', async () => {
    const host = fakeHost();
    const stream = new EventStream(host.open);
    const stop = stream.subscribe(() => undefined);
    const first = await connection(host, 1);
    expect(first.lastEventId).toBeNull();
    first.send(': connected\n\n');
    await stream.whenReady(5_000);
    first.drop();
    // An import may have started and finished between the drop and now.
    expect((await connection(host, 2)).lastEventId).toBe('0');
    stop();
  });

  it('keeps the last id when every listener left and a new one comes', async () => {
    const host = fakeHost();
    const stream = new EventStream(host.open);
    const events: VigilEvent[] = [];
    const stop = stream.subscribe((e) => events.push(e));
    const first = await connection(host, 1);
    first.send(finished(7));
    await vi.waitFor(() => {
      expect(received(events)).toEqual([7]);
    });
    stop();
    // Past the grace period the connection is closed; a new subscriber opens another.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const again = stream.subscribe(() => undefined);
    expect((await connection(host, 2)).lastEventId).toBe('7');
    again();
  });

  it('lets an import start only once the first connection is attached', async () => {
    const host = fakeHost({ hold: true });
    const stream = new EventStream(host.open);
    // Nobody listens: nothing can be lost, so nothing to wait for.
    await stream.whenReady(60_000);
    const stop = stream.subscribe(() => undefined);
    const first = await connection(host, 1);
    let ready = false;
    const waiting = stream.whenReady(60_000).then(() => {
      ready = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ready).toBe(false);
    first.answer();
    await waiting;
    expect(ready).toBe(true);
    // Attached once: a later drop is made good by replay, so later imports do not wait.
    first.drop();
    await stream.whenReady(60_000);
    stop();
  });

  it('starts the import after the timeout and then asks for every event kept', async () => {
    const host = fakeHost({ hold: true });
    const stream = new EventStream(host.open);
    const events: VigilEvent[] = [];
    const stop = stream.subscribe((e) => events.push(e));
    const first = await connection(host, 1);
    expect(first.lastEventId).toBeNull();
    await stream.whenReady(50);
    // The request that asked for no replay is answered after the import started: it is dropped and
    // made again, asking for everything kept.
    first.answer();
    const second = await connection(host, 2);
    expect(second.lastEventId).toBe('0');
    second.answer();
    second.send(': connected\n\n' + finished(1));
    await vi.waitFor(() => {
      expect(received(events)).toEqual([1]);
    });
    stop();
  });
});
