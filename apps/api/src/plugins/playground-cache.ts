import { createHash } from 'node:crypto';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

/**
 * GraphiQL's page, rendered once (its options never change while the server runs), and its entity tag. Its
 * renderer is loaded on the first visit: it holds GraphiQL's 9 MB of assets, 35 MB resident in a server that
 * may never show the playground.
 */
function renderOnce() {
  let page: { html: string; tag: string } | null = null;
  return {
    async render(options?: GraphiQLOptions): Promise<string> {
      if (!page) {
        const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
        const html = renderGraphiQL(options);
        page = { html, tag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"` };
      }
      return page.html;
    },
    tag: () => page?.tag ?? null,
  };
}

const asksForThePage = (request: Request) =>
  request.method === 'GET' &&
  (request.headers.get('accept') ?? '').includes('text/html') &&
  !new URL(request.url).searchParams.has('query');

/**
 * GraphiQL's 9 MB page, served with an entity tag: a browser that has it asks again with `If-None-Match` and
 * gets 304 without a body, so the playground's assets are downloaded once per version of the server.
 */
export function playgroundCaching() {
  const page = renderOnce();
  // Yoga answers GraphiQL before user plugins see the request: the page is tagged (or dropped) on its way out.
  const plugin: Plugin = {
    onResponse({ request, response, setResponse }) {
      const tag = page.tag();
      if (!tag || !asksForThePage(request) || !response.headers.get('content-type')?.startsWith('text/html'))
        return;
      // Always revalidated: a new server version answers a new page, never a stale one from the cache.
      const headers = { etag: tag, 'cache-control': 'no-cache' };
      if (request.headers.get('if-none-match') === tag)
        setResponse(new Response(null, { status: 304, headers }));
      else for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    },
  };
  return { renderGraphiQL: page.render, plugin };
}
