// A text/event-stream decoder reduced to what Vigil's host sends: `id:` and `data:` fields (in either
// order), blank lines ending an event, and `:` comments for keep-alive. It follows the HTML standard's
// "event stream interpretation": lines end with CR, LF or CRLF; one optional space after the colon; an
// id takes effect when its event is dispatched (a frame cut off before its blank line does not count)
// and stays until another id replaces it; a frame with an id but no data updates the id without giving
// an event; an id containing NUL is ignored. So a chunk boundary anywhere, even between CR and LF,
// changes neither the events nor the ids.

export interface SseMessage {
  data: string;
  /** The last event id as of this event (`MessageEvent.lastEventId`): its own, or an earlier one. */
  lastEventId: string;
}

export class SseParser {
  private buffer = '';
  private data: string[] = [];
  /** The id read in the frame being parsed, or carried over from earlier frames. */
  private idBuffer: string;
  private last: string;

  /** `lastEventId`: the id a previous connection had reached, kept until this stream sends another. */
  constructor(lastEventId = '') {
    this.idBuffer = lastEventId;
    this.last = lastEventId;
  }

  /** The id of the last dispatched frame ('' when none was ever set): what Last-Event-ID should say. */
  get lastEventId(): string {
    return this.last;
  }

  /** Feeds decoded text; returns every event it completed. */
  push(text: string): SseMessage[] {
    this.buffer += text;
    const events: SseMessage[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer);
      if (match === null) break;
      // A lone CR at the end may be the first half of a CRLF still on its way.
      if (match[0] === '\r' && match.index === this.buffer.length - 1) break;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      this.line(line, events);
    }
    return events;
  }

  private line(line: string, events: SseMessage[]): void {
    if (line === '') {
      this.last = this.idBuffer;
      if (this.data.length > 0) events.push({ data: this.data.join('\n'), lastEventId: this.last });
      this.data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'id' && !value.includes('\0')) this.idBuffer = value;
  }
}
