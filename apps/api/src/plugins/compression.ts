import type { Plugin } from 'graphql-yoga';

/** Below this a response is sent as it is: compressing a small answer costs more than it saves. */
const MIN_BYTES = 8 * 1024;

/** The answers worth compressing: GraphiQL's page and large JSON results (never an event stream). */
const compressible = /^(text\/html|application\/(graphql-response\+)?json)\b/;

/** Whether the client accepts gzip (`Accept-Encoding: gzip`, not `gzip;q=0`). */
export function acceptsGzip(header: string | null): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    return name === 'gzip' && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Gzips GraphiQL's page (9 MB of script, about a quarter of that compressed) and large JSON answers for clients
 * that accept it. Request bodies are never decompressed: the body limit counts what arrives.
 */
export function useCompression(): Plugin {
  return {
    onResponse({ request, response, setResponse }) {
      const length = Number(response.headers.get('content-length') ?? Number.POSITIVE_INFINITY);
      if (
        !response.body ||
        length < MIN_BYTES ||
        response.headers.has('content-encoding') ||
        !compressible.test(response.headers.get('content-type') ?? '') ||
        !acceptsGzip(request.headers.get('accept-encoding'))
      )
        return;
      const headers = new Headers(response.headers);
      headers.set('content-encoding', 'gzip');
      headers.append('vary', 'accept-encoding');
      headers.delete('content-length');
      setResponse(
        new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
          status: response.status,
          statusText: response.statusText,
          headers,
        }),
      );
    },
  };
}
