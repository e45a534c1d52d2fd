import type { Plugin } from 'graphql-yoga';

const tooLarge = (maxBytes: number) =>
  Response.json(
    { errors: [{ message: `the request body is larger than ${maxBytes} bytes` }] },
    { status: 413, headers: { connection: 'close' } },
  );

/** Reads at most `maxBytes` of a body, whatever Content-Length claims; null when there is more. */
async function readAtMost(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Refuses request bodies over `maxBytes` with 413 before any parsing, declared size or streamed (chunked). */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (!request.body) return;
      const declared = request.headers.get('content-length');
      if (declared !== null && /^\d+$/.test(declared)) {
        if (Number(declared) > maxBytes) return endResponse(tooLarge(maxBytes));
        // node:http hands on exactly Content-Length bytes (any more start the next request, which fails to
        // parse), so a declared size within the limit needs no counting: the common case costs nothing.
        return;
      }
      const body = await readAtMost(request.body, maxBytes);
      if (!body) return endResponse(tooLarge(maxBytes));
      setRequest(
        new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body }),
      );
    },
  };
}
