import { expect, test } from 'vitest';
import { exampleQuery } from '../src/playground.ts';
import { parley } from './yoga.ts';

test('GET /graphql from a browser serves GraphiQL with its code inline and the example query', async () => {
  const response = await parley('production').fetch('http://localhost/graphql', {
    headers: { accept: 'text/html' },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/html/);
  const html = await response.text();
  expect(html).toContain(JSON.stringify(exampleQuery).slice(1, 60));
  // Nothing is fetched from elsewhere: no script or stylesheet with an absolute URL.
  expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
});
