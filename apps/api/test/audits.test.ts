import { serverAudits } from 'graphql-http';
import { describe, expect, test } from 'vitest';
import { pgliteStore } from './store.ts';
import { parley } from './yoga.ts';

const yoga = parley('production', await pgliteStore());
// The audits play a client that follows the API's CSRF rule: a plain GET carries the x-parley-csrf header,
// as the site's GETs carry a JSON content type (hardening.test.ts checks that a GET without either is refused).
const audits = serverAudits({
  url: 'http://localhost/graphql',
  fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    request.headers.set('x-parley-csrf', '1');
    return yoga.fetch(request);
  },
});

describe(`GraphQL over HTTP audits (graphql-http), production configuration: ${audits.length} audits`, () => {
  for (const audit of audits) {
    test(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
    });
  }
});
