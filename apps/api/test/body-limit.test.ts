import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, describe, expect, test } from 'vitest';
import { limits } from '../src/limits.ts';
import { parley } from './yoga.ts';

// Over node:http, as served: a declared Content-Length is trusted, so the limit must hold on the wire too.
const server = createServer(parley('production'));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const query = (padding: number) =>
  JSON.stringify({ query: `{ stats { summits } } # ${'x'.repeat(padding)}` });
const send = (body: BodyInit) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);

describe(`body limit over node:http (${limits.maxBodyBytes} bytes)`, () => {
  test('a declared size within the limit is served, over it answers 413', async () => {
    expect((await send(query(limits.maxBodyBytes / 2))).status).toBe(200);
    expect((await send(query(limits.maxBodyBytes))).status).toBe(413);
  });

  test('a chunked body (no Content-Length) is counted: over the limit answers 413', async () => {
    const chunked = (text: string) => new Blob([text]).stream();
    expect((await send(chunked(query(limits.maxBodyBytes / 2)))).status).toBe(200);
    expect((await send(chunked(query(limits.maxBodyBytes)))).status).toBe(413);
  });

  test('a Content-Length smaller than the body cannot smuggle the rest in', async () => {
    const body = query(limits.maxBodyBytes * 2);
    const head = `POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 40\r\n\r\n`;
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString();
      });
      socket.on('error', reject);
      socket.on('close', () => resolve(text));
      socket.end(head + body);
    });
    // The 40 declared bytes are a truncated JSON body (400); the rest is no request at all (400 from node).
    const statuses = [...reply.matchAll(/^HTTP\/1\.1 (\d+)/gm)].map((m) => Number(m[1]));
    expect(statuses[0]).toBe(400);
    expect(statuses).not.toContain(200);
    expect(reply).not.toMatch(/"summits"/);
  });
});
