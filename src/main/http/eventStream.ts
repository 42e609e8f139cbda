// Server-sent events: every main-process event goes to every connected page. Each event has an id and
// the last few hundred are kept, so a page whose connection dropped asks for what it missed
// (Last-Event-ID) and never loses the outcome of an import it is waiting for.
import type { ServerResponse } from 'node:http';
import type { VigilEvent } from '../../shared/events';

const KEEP_ALIVE_MS = 15_000;
const REPLAY_EVENTS = 500;

export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly recent: { id: number; frame: string }[] = [];
  private nextId = 1;
  private readonly timer = setInterval(() => {
    for (const res of this.clients) res.write(': ping\n\n');
  }, KEEP_ALIVE_MS);

  constructor() {
    this.timer.unref();
  }

  /** Streams events to `res`, first replaying those after `lastEventId` when the page gives one. */
  attach(res: ServerResponse, lastEventId?: string): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const after = Number(lastEventId);
    if (lastEventId !== undefined && Number.isSafeInteger(after)) {
      for (const event of this.recent) if (event.id > after) res.write(event.frame);
    }
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  publish(event: VigilEvent): void {
    const id = this.nextId++;
    const frame = `id: ${String(id)}\ndata: ${JSON.stringify(event)}\n\n`;
    this.recent.push({ id, frame });
    if (this.recent.length > REPLAY_EVENTS) this.recent.shift();
    for (const res of this.clients) res.write(frame);
  }

  close(): void {
    clearInterval(this.timer);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }
}
