import type { NextConfig } from 'next';

/** Next settings: the site reads everything from the API, so it needs no images or server actions of its own. */
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
};

export default config;
