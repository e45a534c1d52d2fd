import { liveReaders } from '../../lib/live/live-readers.ts';

/** A global id as the API gives them out (base64url); anything else is no summit's. */
const globalId = /^[A-Za-z0-9_-]{1,200}$/;

/** Lines a proxy or the browser might time out without: a comment every 25 s. */
const HEARTBEAT_MS = 25_000;

const refuse = (status: number, message: string) => new Response(message, { status });

/**
 * The site's live updates, as Server-Sent Events its pages' EventSource reads: `changed` when records changed
 * (any for the home page; for `?summit=ID`, the summit or a meeting or statement naming it: `RecordChange.summitIds`),
 * once the page cache no longer holds the old page; `paused` while the API cannot say. Readers are listeners in this process, told by its one
 * change feed (src/lib/changes/follow-changes.ts): a thousand readers cost the API nothing more. Read-only and
 * anonymous, it answers only the site's own pages, so that no other site can use it.
 */
export function GET(request: Request): Response {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin')
    return refuse(403, 'Requests from other sites are not accepted.');
  const summit = new URL(request.url).searchParams.get('summit');
  if (summit !== null && !globalId.test(summit)) return refuse(400, 'summit must be a summit’s id.');
  const encoder = new TextEncoder();
  let leave: (() => void) | null = null;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const end = () => {
    clearInterval(heartbeat);
    leave?.();
    leave = null;
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          end();
        }
      };
      send(': live\n\n');
      leave = liveReaders().join(summit, (signal) => send(`event: ${signal}\ndata:\n\n`));
      if (!leave) {
        // Too many readers at once: the reader's EventSource tries again later.
        send('retry: 60000\n\n');
        controller.close();
        return;
      }
      heartbeat = setInterval(() => send(':\n\n'), HEARTBEAT_MS);
      request.signal.addEventListener('abort', end);
    },
    cancel: end,
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      // Proxies that buffer responses (nginx) must pass each event on at once.
      'x-accel-buffering': 'no',
    },
  });
}

export const dynamic = 'force-dynamic';
