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

test('GraphiQL is sent gzipped to a browser that accepts it, and revalidated with its entity tag', async () => {
  const yoga = parley('production');
  const page = (headers: Record<string, string>) =>
    yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html', ...headers } });
  const plain = await page({});
  const size = (await plain.arrayBuffer()).byteLength;
  const zipped = await page({ 'accept-encoding': 'gzip, deflate, br' });
  expect(zipped.headers.get('content-encoding')).toBe('gzip');
  const compressed = (await zipped.arrayBuffer()).byteLength;
  expect(compressed).toBeLessThan(size / 3);
  // The same page again is not downloaded again: 304 with no body.
  const tag = zipped.headers.get('etag');
  expect(tag).toMatch(/^".+"$/);
  const again = await page({ 'if-none-match': tag as string });
  expect(again.status).toBe(304);
  expect((await again.arrayBuffer()).byteLength).toBe(0);
  // A client that refuses gzip gets the page as it is.
  expect((await page({ 'accept-encoding': 'gzip;q=0' })).headers.get('content-encoding')).toBeNull();
});

test('a large JSON answer is gzipped, a small one is not', async () => {
  const yoga = parley('production');
  const ask = (query: string) =>
    yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query }),
    });
  const small = await ask('{ stats { summits } }');
  expect(small.headers.get('content-encoding')).toBeNull();
  const large = await ask('{ __schema { types { name description fields { name description } } } }');
  expect(large.headers.get('content-encoding')).toBe('gzip');
  const unzipped = new Response(large.body?.pipeThrough(new DecompressionStream('gzip')));
  expect((await unzipped.json()).data.__schema.types.length).toBeGreaterThan(50);
});
