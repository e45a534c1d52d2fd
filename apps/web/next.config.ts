import type { NextConfig } from 'next';

/** Next settings: the site reads everything from the API; its server actions are the editor's desk. */
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // unauthorized() and forbidden() answer the desk's pages with 401 and 403 rather than a redirect.
  experimental: { authInterrupts: true },
};

export default config;
