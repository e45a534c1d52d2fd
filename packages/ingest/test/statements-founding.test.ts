import type { RecordOf } from '@parley/domain';
import { seedDataset } from '@parley/domain/seed';
import { describe, expect, test } from 'vitest';
import { findStatements, type StatementMention } from '../src/statements/find-statements.ts';
import { articles, expectVerbatim } from './statements-helpers.ts';

type Seed = RecordOf<'statement'>;
const article = articles.founding;
const mentions = findStatements(article);
const normal = (words: string) => words.toLowerCase().replace(/^the\s+/, '');

/** The seed person a mention names: by name or alias, or by a surname one seed person alone bears. */
function personOf(mention: StatementMention['speaker']): string | undefined {
  if (!mention) return undefined;
  const names = (p: RecordOf<'person'>) => [p.name, ...p.aliases].map(normal);
  const exact = seedDataset.people.find((p) => names(p).includes(normal(mention.name)));
  if (exact) return exact.id;
  const bearing = seedDataset.people.filter((p) =>
    names(p).some((n) => n.split(' ').at(-1) === normal(mention.name).split(' ').at(-1)),
  );
  return bearing.length === 1 ? bearing[0]?.id : undefined;
}

const organizationOf = (words: string | null) =>
  words === null
    ? undefined
    : seedDataset.organizations.find((o) => [o.name, ...o.aliases].map(normal).includes(normal(words)))?.id;

const sameVoice = (seed: Seed, m: StatementMention) =>
  seed.speakerId
    ? personOf(m.speaker) === seed.speakerId
    : organizationOf(m.organization) === seed.organizationId;

/** A seed statement is recalled by a mention of the same voice with its verbatim quote (or, for reported speech, a clause of it). */
const recalls = (seed: Seed, m: StatementMention) =>
  sameVoice(seed, m) &&
  (seed.quote !== null
    ? m.quote === seed.quote
    : m.quote === null && m.paraphrase !== null && (seed.paraphrase ?? '').includes(m.paraphrase));

/** A mention the seed supports: a statement's quote, or reported speech the curators wrote into one's paraphrase or citations. */
const supported = (m: StatementMention) =>
  seedDataset.statements.some(
    (seed) =>
      recalls(seed, m) ||
      (sameVoice(seed, m) &&
        m.paraphrase !== null &&
        [seed.paraphrase, ...seed.citations.map((c) => c.excerpt)].some((t) =>
          t?.includes(m.paraphrase as string),
        )),
  );

const recalled = seedDataset.statements.filter((seed) => mentions.some((m) => recalls(seed, m)));
const recall = recalled.length / seedDataset.statements.length;
const precision = mentions.filter(supported).length / mentions.length;

describe('statements of the founding article', () => {
  test('recall on the hand-curated seed statements (speaker and verbatim quote) is at least 90 %', () => {
    console.log(
      `seed statements: recall ${recalled.length}/${seedDataset.statements.length} (${(recall * 100).toFixed(0)} %), ` +
        `supported by the seed ${mentions.filter(supported).length}/${mentions.length} (${(precision * 100).toFixed(0)} %)`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  test('proposes nothing the seed does not support: no invented quote, speaker or clause', () => {
    expect(mentions.filter((m) => !supported(m))).toEqual([]);
  });

  test('every quote, paraphrase, date and excerpt is verbatim from the body', () => {
    expectVerbatim(article, mentions);
  });

  test('each recalled statement has the kind the curators gave it', () => {
    for (const seed of recalled) {
      const mention = mentions.find((m) => recalls(seed, m));
      expect({ slug: seed.slug, kind: mention?.kind }).toEqual({ slug: seed.slug, kind: seed.kind });
    }
  });

  test('a quote split around its attribution is two statements; one over three sentences is one', () => {
    const sanders = mentions.filter((m) => m.quote !== null && m.speaker?.name === 'Sanders');
    expect(sanders.map((m) => m.quote?.slice(0, 20))).toEqual([
      'President Donald J. ',
      'The president looks ',
      'Look we continue to ',
      "We're continuing to ",
    ]);
    expect(sanders[1]?.excerpt).toBe(
      '"The president looks forward to meeting with Chairman Kim at a place to be announced at a later date."',
    );
  });

  test('the "no longer a threat" / "extraordinary threat" pair: a tweet by the president, a report by the Pentagon', () => {
    const tweet = mentions.find((m) => m.quote === 'no longer a threat');
    expect(tweet).toMatchObject({ kind: 'TWEET', dateWords: 'After that summit', organization: null });
    expect(tweet?.speaker).toMatchObject({ text: 'the president', resolvedFrom: 'the president' });
    expect(personOf(tweet?.speaker ?? null)).toBe('person:donald-trump');
    expect(mentions.find((m) => m.quote === 'an extraordinary threat')).toMatchObject({
      speaker: null,
      organization: 'the Pentagon',
      kind: 'REPORT',
      dateWords: 'earlier this week',
    });
  });

  test('date words come from the attribution, never from what was said', () => {
    const dated = (quote: string) => mentions.find((m) => m.quote?.startsWith(quote))?.dateWords;
    expect(dated('concrete steps')).toBe('on Wednesday');
    // "… after announcing there will be a second summit next month": the summit's date, not the remark's.
    expect(dated('Look we continue')).toBeNull();
    expect(mentions.find((m) => m.paraphrase?.startsWith('the U.S. will continue'))?.dateWords).toBe(
      'Friday',
    );
  });

  test('a quoted show name is no statement', () => {
    expect(mentions.some((m) => m.excerpt.includes('Face the Nation'))).toBe(false);
  });
});
