import type { Plugin, YogaServerOptions } from 'graphql-yoga';

type CorsOption = YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['cors'];

/**
 * CORS headers for the configured origins only. Any other origin gets none: in particular `null` (sandboxed
 * frames, file: pages), which Yoga would otherwise echo back as allowed when several origins are configured.
 */
export function corsFor(origins: readonly string[]): CorsOption {
  if (origins.length === 0) return false;
  return (request: Request) => {
    const origin = request.headers.get('origin');
    return origin !== null && origins.includes(origin)
      ? { origin: [origin], methods: ['GET', 'POST'], credentials: false }
      : false;
  };
}

/** Tells caches that the CORS headers depend on `Origin`, so one origin's answer is never reused for another. */
export function useVaryOrigin(): Plugin {
  return {
    onResponse({ response }) {
      response.headers.append('vary', 'Origin');
    },
  };
}
