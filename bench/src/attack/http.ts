import { type Agent, request } from 'node:http';

/** What one POST brought back: its status (0 when none came), size, time, and the start of its body. */
export interface Answer {
  status: number;
  /** Bytes of the response body. */
  bytes: number;
  ms: number;
  /** The first bytes of the body and whether it carries `"errors":` anywhere, without parsing a large body. */
  head: string;
  hasErrors: boolean;
  /** Why no response came: a timeout or a connection error. */
  failure: string | null;
  body: Buffer | null;
}

const ERRORS = Buffer.from('"errors":');

/**
 * POSTs a JSON GraphQL request (the content type the API's CSRF check asks for) over keep-alive connections
 * of `agent`, giving up after `timeoutMs`. `keepBody` keeps the whole body (for small answers one checks);
 * `headers` are sent besides the JSON ones (e.g. an editor's `authorization`).
 */
export function postJson(
  url: string,
  agent: Agent,
  body: string,
  timeoutMs: number,
  keepBody = false,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const done = (answer: Omit<Answer, 'ms'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...answer, ms: performance.now() - started });
    };
    const fail = (failure: string) =>
      done({ status: 0, bytes: 0, head: '', hasErrors: false, failure, body: null });
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          ...headers,
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let bytes = 0;
        let head = '';
        let hasErrors = false;
        let tail: Buffer = Buffer.alloc(0);
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (head.length < 300) head += chunk.subarray(0, 300 - head.length).toString('utf8');
          // `"errors":` can only be the response's key: a string value holding it would read `\"errors\":`.
          if (!hasErrors) {
            hasErrors =
              chunk.includes(ERRORS) ||
              Buffer.concat([tail, chunk.subarray(0, ERRORS.length)]).includes(ERRORS);
          }
          tail = chunk.subarray(Math.max(0, chunk.length - ERRORS.length));
          if (keepBody) chunks.push(chunk);
        });
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            bytes,
            head,
            hasErrors,
            failure: null,
            body: keepBody ? Buffer.concat(chunks) : null,
          }),
        );
        res.on('error', (error) => fail(error.message));
      },
    );
    // A timer on the whole exchange, not the socket's idle time: a slow body counts too.
    timer = setTimeout(() => {
      fail(`no answer in ${Math.round(timeoutMs)} ms`);
      req.destroy();
    }, timeoutMs);
    req.on('error', (error) => fail((error as NodeJS.ErrnoException).code ?? error.message));
    req.end(body);
  });
}

/** The message of the first GraphQL error in a body's first bytes, shortened, for the report. */
export function firstError(head: string): string {
  const match = /"message"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(head);
  return (match?.[1] ?? head.slice(0, 120)).slice(0, 120);
}
