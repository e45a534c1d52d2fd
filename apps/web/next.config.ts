import type { NextConfig } from 'next';
import { addCompileHints } from './src/lib/compile-hints.ts';
import { cachedPageRedirects, cachedPageRewrites } from './src/lib/page-cache/cached-routes.ts';

/** Next settings: the site reads everything from the API; its server actions are the editor's desk. */
const config: NextConfig = {
  reactStrictMode: true,
  // Several builds side by side (the e2e tests' stack reads it too); `.next` unless PARLEY_WEB_DIST says.
  distDir: process.env.PARLEY_WEB_DIST ?? '.next',
  poweredByHeader: false,
  // An ETag is a hash of the whole page, computed in JavaScript on every response: about half the CPU of serving
  // a cached page, for a 304 that readers rarely get (pages are not kept by browsers and change with each write).
  generateEtags: false,
  // A cached page's stale-while-revalidate (Next's default is a year): a shared cache in front keeps it 30 s more.
  expireTime: 60,
  typedRoutes: false,
  compiler: {
    // The client runtime every page starts with is compiled off the main thread (see src/lib/compile-hints.ts).
    runAfterProductionCompile: async (build) => {
      await addCompileHints(build);
    },
  },
  experimental: {
    // unauthorized() and forbidden() answer the desk's pages with 401 and 403 rather than a redirect.
    authInterrupts: true,
    // Cached pages stay in memory (an LRU of cacheMaxMemorySize): made-up slugs cannot fill the disk.
    isrFlushToDisk: false,
    // A cached page a reader's browser already holds is fetched again after 30 s (Next's least; 5 minutes else).
    staleTimes: { static: 30 },
  },
  // Readers' record pages come from the page cache; see src/lib/page-cache/ and the README's "Caching".
  rewrites: async () => ({ beforeFiles: cachedPageRewrites(), afterFiles: [], fallback: [] }),
  redirects: async () => cachedPageRedirects(),
};

export default config;
