import { describe, expect, it } from 'vitest';
import { serverSentEvents } from './server-sent-events.ts';

/** A body that arrives in these pieces, as a network would cut it. */
const bodyOf = (...pieces: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(new TextEncoder().encode(piece));
      controller.close();
    },
  });

const read = async (body: ReadableStream<Uint8Array>) => {
  const events = [];
  for await (const event of serverSentEvents(body)) events.push(event);
  return events;
};

describe('reading server-sent events', () => {
  it('reads events as GraphQL Yoga sends them, keep-alives as null', async () => {
    const body = bodyOf(':\n\n', 'event: next\ndata: {"data":{}}\n\n', 'event: complete\ndata:\n\n');
    expect(await read(body)).toEqual([
      null,
      { event: 'next', data: '{"data":{}}' },
      { event: 'complete', data: '' },
    ]);
  });

  it('puts together an event cut anywhere, even inside a character, and joins its data lines', async () => {
    const whole = 'event: next\r\ndata: {"a":\r\ndata: "é"}\r\n\r\n';
    const bytes = new TextEncoder().encode(whole);
    const cut = bytes.indexOf(0xc3) + 1;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 5));
        controller.enqueue(bytes.slice(5, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    expect(await read(body)).toEqual([{ event: 'next', data: '{"a":\n"é"}' }]);
  });

  it('names an event without `event:` a message and keeps nothing of a block left unfinished', async () => {
    expect(await read(bodyOf('data: one\n\ndata: cut short'))).toEqual([{ event: 'message', data: 'one' }]);
  });
});
