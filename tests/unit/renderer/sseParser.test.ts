// The event-stream decoder gives the same events wherever the network happens to cut the stream.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadRendererModule } from './loadRendererModule';

const { SseParser } = await loadRendererModule<{ SseParser: new () => { push: (text: string) => string[] } }>(
  'api/sseParser.ts',
);

const STREAM =
  ': connected\n\n' +
  'data: {"type":"import.progress"}\n\n' +
  ': ping\n\n' +
  'data: first line\r\ndata:second line\r\n\r\n' +
  'event: ignored\rdata: {"type":"import.finished"}\r\r' +
  'data: unfinished';

const EVENTS = ['{"type":"import.progress"}', 'first line\nsecond line', '{"type":"import.finished"}'];

describe('SseParser', () => {
  it('reads data fields, skips comments and other fields, and waits for the blank line', () => {
    expect(new SseParser().push(STREAM)).toEqual(EVENTS);
  });

  it('gives the same events for any split of the stream into chunks', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: STREAM.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const parser = new SseParser();
          const points = [0, ...cuts.sort((a, b) => a - b), STREAM.length];
          const events = points.slice(1).flatMap((end, i) => parser.push(STREAM.slice(points[i], end)));
          expect(events).toEqual(EVENTS);
        },
      ),
    );
  });
});
