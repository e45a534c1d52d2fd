import type { NextConfig } from 'next';

/** Next settings: the site reads everything from the API, so it needs no images or server actions of its own. */
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Our only workspace import is @parley/domain's fuzzy-date labels; Turbopack compiles workspace packages itself.
  transpilePackages: ['@parley/domain'],
  typedRoutes: false,
};

export default config;
