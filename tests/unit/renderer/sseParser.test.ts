// The event-stream decoder gives the same events, and the same last event id, wherever the network
// happens to cut the stream.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SseParser, type SseMessage } from '../../../src/renderer/src/api/sseParser';

const STREAM =
  ': connected\n\n' +
  'data: {"type":"import.progress"}\n\n' +
  ': ping\n\n' +
  'data: first line\r\ndata:second line\r\n\r\n' +
  'event: ignored\rdata: {"type":"import.finished"}\r\r' +
  'data: unfinished';

const EVENTS: SseMessage[] = [
  { data: '{"type":"import.progress"}', lastEventId: '' },
  { data: 'first line\nsecond line', lastEventId: '' },
  { data: '{"type":"import.finished"}', lastEventId: '' },
];

/** Ids before and after the data, ids that carry over, an id alone, ids to ignore or that reset. */
const ID_STREAM =
  ': connected\n\n' +
  'id: 1\ndata: {"n":1}\n\n' +
  'data: {"n":2}\r\nid:2\r\n\r\n' +
  'data: {"n":3}\n\n' +
  ': ping\n\n' +
  'id: 4\n\n' +
  'id: 5\rdata: a\rid: 6\rdata: b\r\r' +
  'id: 7\0x\ndata: {"n":7}\n\n' +
  'id\ndata: {"n":8}\n\n' +
  'data: {"n":9}\nid: 9\n\n' +
  ': ping\n\n' +
  'id: 10\ndata: {"n":10}\n\n' +
  'id: 11\ndata: cut off';

const ID_EVENTS: SseMessage[] = [
  { data: '{"n":1}', lastEventId: '1' },
  { data: '{"n":2}', lastEventId: '2' },
  { data: '{"n":3}', lastEventId: '2' },
  { data: 'a\nb', lastEventId: '6' },
  { data: '{"n":7}', lastEventId: '6' },
  { data: '{"n":8}', lastEventId: '' },
  { data: '{"n":9}', lastEventId: '9' },
  { data: '{"n":10}', lastEventId: '10' },
];

/** Cut points inside a text of `length` characters, sorted, without repeats. */
const cutsOf = (length: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: length - 1 }), { maxLength: 12 })
    .map((cuts) => cuts.sort((a, b) => a - b));

describe('SseParser', () => {
  it('reads data fields, skips comments and other fields, and waits for the blank line', () => {
    expect(new SseParser().push(STREAM)).toEqual(EVENTS);
  });

  it('gives the same events for any split of the stream into chunks', () => {
    fc.assert(
      fc.property(cutsOf(STREAM.length), (cuts) => {
        const parser = new SseParser();
        const points = [0, ...cuts, STREAM.length];
        const events = points.slice(1).flatMap((end, i) => parser.push(STREAM.slice(points[i], end)));
        expect(events).toEqual(EVENTS);
      }),
    );
  });

  it('reads ids in either order with the data, keeps them until replaced, and counts only whole frames', () => {
    const parser = new SseParser();
    expect(parser.lastEventId).toBe('');
    expect(parser.push(ID_STREAM)).toEqual(ID_EVENTS);
    // `id: 11` belongs to a frame whose blank line has not come: it does not count yet.
    expect(parser.lastEventId).toBe('10');
    expect(parser.push('\n\n')).toEqual([{ data: 'cut off', lastEventId: '11' }]);
    expect(parser.lastEventId).toBe('11');
  });

  it('moves the last id on a frame with an id and no data, without an event', () => {
    const parser = new SseParser();
    expect(parser.push('id: 4\n\n')).toEqual([]);
    expect(parser.lastEventId).toBe('4');
    expect(parser.push('id: 5\ndata\n\n')).toEqual([{ data: '', lastEventId: '5' }]);
  });

  it('carries over the id a previous connection reached until the stream sends another', () => {
    const parser = new SseParser('41');
    expect(parser.lastEventId).toBe('41');
    expect(parser.push(': connected\n\ndata: {"n":0}\n\n')).toEqual([{ data: '{"n":0}', lastEventId: '41' }]);
    expect(parser.push('id: 42\ndata: {"n":42}\n\n')).toEqual([{ data: '{"n":42}', lastEventId: '42' }]);
    expect(parser.lastEventId).toBe('42');
  });

  it('gives the same events and ids for any split of a stream with ids into chunks', () => {
    fc.assert(
      fc.property(cutsOf(ID_STREAM.length), (cuts) => {
        const parser = new SseParser();
        const points = [0, ...cuts, ID_STREAM.length];
        const events = points.slice(1).flatMap((end, i) => {
          const chunk = parser.push(ID_STREAM.slice(points[i], end));
          // After every chunk the id is the one a parser handed all the text so far at once has.
          const whole = new SseParser();
          whole.push(ID_STREAM.slice(0, end));
          expect(parser.lastEventId).toBe(whole.lastEventId);
          return chunk;
        });
        expect(events).toEqual(ID_EVENTS);
        expect(parser.lastEventId).toBe('10');
      }),
    );
  });
});
