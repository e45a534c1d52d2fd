import { afterAll, beforeAll, expect, it } from 'vitest';
import { askApi, e2eEditor, type Stack, startStack } from './stack.ts';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ accounts: [{ email: e2eEditor, role: 'editor' }] });
});

afterAll(async () => {
  await stack?.stop();
});

/** One operation against the API, as the editor when `token` is given. */
const api = <T>(query: string, variables: Record<string, unknown>, token?: string | null) =>
  askApi<T>(stack.apiUrl, query, variables, token);

const slug = 'singapore-2018';
const summitPage = async () => (await fetch(`${stack.siteUrl}/summits/${slug}`)).text();

it("an edit through the API shows on the site's page within 2 s", async () => {
  const { summit } = await api<{ summit: { id: string; revision: number; title: string } }>(
    'query ($slug: String!) { summit(slug: $slug) { id revision title } }',
    { slug },
  );
  // Viewed twice, so that the API's response cache (and any cache of the site's) holds the page as it was.
  expect(await summitPage()).toContain(summit.title);
  expect(await summitPage()).toContain(summit.title);

  const title = `Singapore summit retitled ${Date.now()}`;
  const { updateSummit } = await api<{ updateSummit: { summit: { title: string }; userErrors: unknown[] } }>(
    `mutation ($input: UpdateSummitInput!) {
      updateSummit(input: $input) { summit { title } userErrors { field message code } }
    }`,
    { input: { id: summit.id, expectedRevision: summit.revision, title, reason: 'freshness test' } },
    stack.tokens[e2eEditor],
  );
  expect(updateSummit).toEqual({ summit: { title }, userErrors: [] });
  const written = performance.now();
  await expect.poll(summitPage, { timeout: 2_000, interval: 50 }).toContain(title);
  console.log(`the site showed the edit ${Math.round(performance.now() - written)} ms after it was written`);
});
