import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '@parley/chromium';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shoot, signIn } from './desk/browser.ts';
import { askApi, e2eEditor, e2ePassword, type Stack, startStack } from './stack.ts';

const rival = 'rival@e2e.example';

const root = join(import.meta.dirname, '../..');
const admin = 'admin@e2e.example';
let adminPassword = '';

/** The README's one command that makes an account on a fresh install, run as printed but for the email. */
function readmeAccountCommand(dataDir: string) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const command = readme.match(/^npm run db -- users add (\S+) --role (\w+)/m);
  expect(command, 'README.md shows `npm run db -- users add EMAIL --role ROLE`').not.toBeNull();
  const [line, email] = command as RegExpMatchArray;
  const args = line.replace(email as string, admin).split(' ');
  const run = spawnSync(args[0] as string, args.slice(1), {
    cwd: root,
    env: { ...process.env, PARLEY_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  // The password is the one line on stdout (npm's own banner goes there too without -s).
  adminPassword = run.stdout.trim().split('\n').at(-1) ?? '';
  expect(adminPassword.length).toBeGreaterThanOrEqual(12);
}

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startStack({
      accounts: [
        { email: e2eEditor, role: 'editor' },
        { email: rival, role: 'editor' },
      ],
      prepare: readmeAccountCommand,
    }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A fresh browser profile (its own cookies), at a desktop width. */
async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

describe("the editor's desk", () => {
  it('refuses a wrong password, saying so, and keeps readers out of the desk', async () => {
    const page = await newPage();
    expect((await page.goto(`${stack.siteUrl}/desk`))?.status()).toBe(401);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(e2eEditor);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Next's route announcer is an alert too: the form's is the one with words in it.
    const problem = page.getByRole('alert').filter({ hasText: 'do not match' });
    await expect.poll(() => problem.innerText()).toBe('That email and password do not match an account.');
    await shoot(page, 'sign-in-refused');
    await page.context().close();
  });

  it('signs in and opens the desk without JavaScript (the forms are server actions)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, stack.siteUrl, e2eEditor, e2ePassword);
    expect(await page.getByRole('banner').innerText()).toContain(`${e2eEditor} (editor)`);
    // An editor is refused the admin's screens (Next renders the 403 page's words with JavaScript: see below).
    expect((await page.goto(`${stack.siteUrl}/desk/audit`))?.status()).toBe(403);
    await context.close();
    const scripted = await newPage();
    await signIn(scripted, stack.siteUrl, e2eEditor, e2ePassword);
    expect((await scripted.goto(`${stack.siteUrl}/desk/audit`))?.status()).toBe(403);
    expect(await scripted.locator('h1').innerText()).toBe('For admins only');
    await scripted.context().close();
  });

  it("signs in the account the README's command made, and signs out", async () => {
    const page = await newPage();
    await signIn(page, stack.siteUrl, admin, adminPassword);
    expect(await page.locator('h1').innerText()).toBe("Editor's desk");
    expect(await page.getByRole('banner').innerText()).toContain(`${admin} (admin)`);
    await shoot(page, 'desk');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${stack.siteUrl}/`);
    expect(await page.getByRole('banner').innerText()).not.toContain(admin);
    expect((await page.goto(`${stack.siteUrl}/desk`))?.status()).toBe(401);
    await page.context().close();
  });
});

/** Asks the API directly (as an account when its email is given), so expectations come from its data. */
const api = <T>(query: string, variables: Record<string, unknown> = {}, as?: string) =>
  askApi<T>(stack.apiUrl, query, variables, as ? stack.tokens[as] : null);

/** A seed statement the race changes: one with a quote and no paraphrase yet. */
async function statementToEdit(): Promise<string> {
  const { statements } = await api<{
    statements: { nodes: { slug: string; quote: string | null; paraphrase: string | null }[] };
  }>('{ statements(first: 50) { nodes { slug quote paraphrase } } }');
  const found = statements.nodes.find((statement) => statement.quote && !statement.paraphrase);
  expect(found, 'a seed statement with a quote and no paraphrase').toBeDefined();
  return (found as { slug: string }).slug;
}

describe('two editors on one record', () => {
  it('the second to save sees the first one’s change and reapplies theirs: nothing is overwritten', async () => {
    const slug = await statementToEdit();
    const [first, second] = [await newPage(), await newPage()];
    await signIn(first, stack.siteUrl, e2eEditor, e2ePassword);
    await signIn(second, stack.siteUrl, rival, e2ePassword);
    for (const page of [first, second]) await page.goto(`${stack.siteUrl}/desk/statements/${slug}/edit`);

    const paraphrase = 'Trump said the second summit would go ahead.';
    await first.getByLabel('Paraphrase').fill(paraphrase);
    await first.getByLabel('Why').fill('the first editor’s paraphrase');
    await first.getByRole('button', { name: 'Save changes' }).click();
    await first.waitForURL(`${stack.siteUrl}/statements/${slug}`);

    await second.getByLabel('Date: the source’s words').fill('on that Friday');
    await second.getByLabel('Why').fill('the second editor’s wording of the day');
    await second.getByRole('button', { name: 'Save changes' }).click();
    const conflict = second.getByRole('region', { name: 'Someone saved this record after you opened it' });
    await expect.poll(() => conflict.innerText()).toContain(paraphrase);
    await shoot(second, 'edit-conflict');
    await second.getByRole('button', { name: 'Save my changes over theirs' }).click();
    await second.waitForURL(`${stack.siteUrl}/statements/${slug}`);

    const { statement } = await api<{
      statement: { paraphrase: string; date: { text: string }; history: { nodes: { actorEmail: string }[] } };
    }>(
      'query ($slug: String!) { statement(slug: $slug) { paraphrase date { text } history(first: 5) { nodes { actorEmail } } } }',
      { slug },
      e2eEditor,
    );
    expect(statement.paraphrase).toBe(paraphrase);
    expect(statement.date.text).toBe('on that Friday');
    expect(statement.history.nodes.slice(0, 2).map((node) => node.actorEmail)).toEqual([rival, e2eEditor]);
    await Promise.all([first.context().close(), second.context().close()]);
  });
});

describe("the admin's screens", () => {
  // One sign-in for all: the API allows 10 sign-ins a minute from one address, and the site is one address.
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
    await signIn(page, stack.siteUrl, admin, adminPassword);
  });
  afterAll(async () => {
    await page.context().close();
  });

  it('retracts a statement with a reason readers see, finds it in the audit log, and reverts it', async () => {
    const { statements } = await api<{ statements: { nodes: { slug: string }[] } }>(
      '{ statements(first: 1, orderBy: { field: DATE, direction: ASC }) { nodes { slug } } }',
    );
    const slug = statements.nodes[0]?.slug as string;
    await page.goto(`${stack.siteUrl}/statements/${slug}`);
    await page.getByRole('navigation', { name: 'Editor' }).getByRole('link', { name: 'Retract' }).click();
    const reason = 'The source withdrew this quote.';
    await page.getByLabel('Reason for retracting').fill(reason);
    await shoot(page, 'retract');
    await page.getByRole('button', { name: 'Retract this record' }).click();
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain('This record is retracted');

    await page.goto(`${stack.siteUrl}/statements/${slug}`);
    expect(await page.getByRole('note', { name: 'Retracted' }).innerText()).toContain(`Retracted: ${reason}`);
    await page.goto(`${stack.siteUrl}/statements`);
    expect(await page.locator(`a[href="/statements/${slug}"]`).count()).toBe(0);

    await page.goto(`${stack.siteUrl}/desk/audit`);
    const newest = page.getByRole('row').nth(1);
    expect(await newest.innerText()).toContain(admin);
    expect(await newest.innerText()).toContain(reason);
    await shoot(page, 'audit-log');

    await page.goto(`${stack.siteUrl}/desk/statements/${slug}/history`);
    expect(await page.locator('h2', { hasText: /^Revision \d+ \(current\)$/ }).count()).toBe(1);
    await page.locator('summary', { hasText: 'Revert to this revision' }).first().click();
    await page.getByLabel('Reason for reverting (optional)').first().fill('retracted by mistake');
    await page
      .getByRole('button', { name: /^Revert to revision \d+$/ })
      .first()
      .click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Reverted');
    await shoot(page, 'history-reverted');
    await page.goto(`${stack.siteUrl}/statements/${slug}`);
    expect(await page.getByRole('note', { name: 'Retracted' }).count()).toBe(0);
  });

  it('merges a duplicate person into the one the world knows', async () => {
    const { createPerson } = await api<{ createPerson: { person: { slug: string } } }>(
      'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { slug } } }',
      { input: { name: 'Kim Yongchol', slug: 'kim-yong-chol-duplicate', reason: 'a duplicate to merge' } },
      e2eEditor,
    );
    const { person: survivor } = await api<{ person: { name: string; slug: string } }>(
      '{ person(slug: "kim-yong-chol") { name slug } }',
    );
    await page.goto(`${stack.siteUrl}/desk/people/${createPerson.person.slug}/merge`);
    await page.getByLabel('the duplicate, merged into the person chosen below').check();
    await page.getByLabel('The other person').selectOption({ label: `${survivor.name} (${survivor.slug})` });
    await page.getByLabel('Reason for merging').fill('the same man, spelt two ways');
    await shoot(page, 'merge');
    await page.getByRole('button', { name: 'Merge these people' }).click();
    await page.waitForURL(new RegExp(`/desk/people/${survivor.slug}/history`));
    const { person } = await api<{ person: { slug: string; aliases: string[] } }>(
      '{ person(slug: "kim-yong-chol-duplicate") { slug aliases } }',
    );
    expect(person.slug).toBe(survivor.slug);
    expect(person.aliases).toContain('Kim Yongchol');
  });
});

describe('an article, from upload to the public pages', () => {
  const article = join(root, '../shared/articles/2018-06-02-singapore-back-on.html');
  const count = async () =>
    (await api<{ people: { totalCount: number } }>('{ people { totalCount } }')).people.totalCount;

  it('is proposed, reviewed, applied, edited, and its history read; the summit steps through time; signing out locks the desk', async () => {
    const peopleBefore = await count();
    const page = await newPage();
    await signIn(page, stack.siteUrl, e2eEditor, e2ePassword);
    await page.getByRole('link', { name: 'Add an article' }).click();
    await page.getByLabel('Or an HTML or text file').setInputFiles(article);
    // The page's own facts fill the form (in the browser, from the chosen file).
    await expect.poll(() => page.getByLabel('Published on').inputValue()).toBe('2018-06-02');
    expect(await page.getByLabel('Outlet').inputValue()).toBe('Lakeside Post');
    await shoot(page, 'article-form');
    await page.getByRole('button', { name: 'Propose records' }).click();

    await page.getByRole('heading', { name: 'Proposed records' }).waitFor();
    const articleText = page.locator('section', { has: page.getByRole('heading', { name: 'The article' }) });
    expect(await articleText.locator('mark').count()).toBeGreaterThanOrEqual(4);
    for (const group of ['Development 1', 'Meeting 1', 'Meeting 2', 'Statement 1', 'Statement 2'])
      expect(await page.getByRole('group', { name: group, exact: true }).count(), group).toBe(1);
    // Every person the article names is recorded already: matched, never proposed anew.
    expect(await page.getByRole('group', { name: 'Person 1' }).count()).toBe(0);
    await shoot(page, 'article-review');
    await page.getByRole('button', { name: 'Apply accepted records' }).click();
    await page.getByRole('heading', { name: 'Written' }).waitFor();
    await shoot(page, 'article-written');
    expect(await count()).toBe(peopleBefore);

    // The refined meeting and the new statements, on the public pages and in search at once.
    await page.goto(`${stack.siteUrl}/meetings/trump-kim-yong-chol-2018-06`);
    const meeting = await page.locator('main').innerText();
    expect(meeting).toContain('Oval Office');
    expect(meeting).toContain('1 June 2018');
    await page.goto(`${stack.siteUrl}/search?q=letter`);
    expect(await page.locator('main').innerText()).toContain("I haven't seen the letter yet");

    // Edit one of the new statements, then read both revisions in its history.
    const { search } = await api<{ search: { nodes: { slug?: string; quote?: string }[] } }>(
      '{ search(query: "process", types: [STATEMENT]) { nodes { ... on Statement { slug quote } } } }',
    );
    const process = search.nodes.find((node) => node.quote?.includes("it's going to be a process"));
    expect(process, 'the new statement is found by its words').toBeDefined();
    const slug = process?.slug as string;
    await page.goto(`${stack.siteUrl}/statements/${slug}`);
    await page.getByRole('navigation', { name: 'Editor' }).getByRole('link', { name: 'Edit' }).click();
    const paraphrase = 'Trump expected the talks with North Korea to take time.';
    await page.getByLabel('Paraphrase').fill(paraphrase);
    await page.getByLabel('Why').fill('a paraphrase for readers');
    await shoot(page, 'edit-statement');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`${stack.siteUrl}/statements/${slug}`);
    expect(await page.locator('main').innerText()).toContain(paraphrase);
    await page.getByRole('navigation', { name: 'Editor' }).getByRole('link', { name: 'History' }).click();
    await page.waitForURL(`${stack.siteUrl}/desk/statements/${slug}/history`);
    expect(await page.locator('h2', { hasText: /^Revision \d/ }).allInnerTexts()).toEqual([
      'Revision 2 (current)',
      'Revision 1',
    ]);
    const newest = await page.locator('main').innerText();
    expect(newest).toContain(`By ${e2eEditor}`);
    expect(newest).toContain('a paraphrase for readers');
    await shoot(page, 'history');

    // The Singapore summit as reported over time: not yet, scheduled (this article), held (the founding one).
    await page.goto(`${stack.siteUrl}/summits/singapore-2018`);
    await page.getByLabel('As reported by').fill('2018-05-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/asOf=2018-05-01/);
    expect(await page.locator('main').innerText()).toContain('Not yet reported on 1 May 2018.');
    // The status is the badge after "Status" (its source link follows it in the same <dd>).
    const status = () => page.locator('dt:text-is("Status") + dd > span').first().innerText();
    await page.goto(`${stack.siteUrl}/summits/singapore-2018?asOf=2018-06-02`);
    expect(await status()).toBe('Scheduled');
    await shoot(page, 'summit-as-of');
    await page.getByRole('link', { name: /^Next report/ }).click();
    await page.waitForURL(/asOf=2019-01-18/);
    expect(await status()).toBe('Held');
    await page.getByRole('link', { name: /^Previous report/ }).click();
    await page.waitForURL(/asOf=2018-06-02/);
    expect(await status()).toBe('Scheduled');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${stack.siteUrl}/`);
    for (const path of ['/desk', '/desk/articles/new', `/desk/statements/${slug}/edit`])
      expect((await page.goto(stack.siteUrl + path))?.status(), path).toBe(401);
    await page.context().close();
  });
});
