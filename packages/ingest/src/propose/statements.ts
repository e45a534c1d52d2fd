import type { RecordOf } from '@parley/domain';
import type { StatementMention } from '../statements/types.ts';
import type { Context } from './context.ts';
import { normalizeName } from './names.ts';

const sameWords = (a: string | null, b: string | null) =>
  a !== null && b !== null && normalizeName(a) === normalizeName(b);

/**
 * A statement record for each statement the article reports, its speaker (or issuing organization) matched;
 * one recorded already (the same speaker and words) gets the article as a further citation instead.
 */
export async function proposeStatements(context: Context, mentions: readonly StatementMention[]) {
  const { draft, store } = context;
  for (const mention of mentions) {
    const speaker = mention.speaker ? context.person(mention.speaker, mention.excerpt) : null;
    const organization = context.organizations(mention.organization);
    if (!speaker && !organization) continue;
    const speakerId = speaker?.person.id ?? null;
    const words = mention.quote ?? mention.paraphrase ?? '';
    const citation = context.cite(mention.excerpt);
    const recorded = speakerId
      ? (await store.listStatements({ first: 100, filter: { speakerIds: [speakerId] } })).edges.map(
          (e) => e.node,
        )
      : [];
    const same = [
      ...recorded.map((s) => draft.get('statement', s.id) ?? s),
      ...draftStatements(context),
    ].find(
      (s) =>
        s.speakerId === speakerId &&
        (sameWords(s.quote, mention.quote) || sameWords(s.paraphrase, mention.paraphrase)),
    );
    const who = speaker
      ? `${mention.speaker?.text} → ${speaker.person.name} (${speaker.how})`
      : `${organization?.name}`;
    if (same) {
      if (same.citations.some((c) => c.sourceId === citation.sourceId)) continue;
      const before = recorded.find((s) => s.id === same.id) ?? null;
      draft.put(
        'statement',
        { ...same, citations: [...same.citations, citation] },
        before,
        `cited again: "${words}"`,
      );
      continue;
    }
    const { date, because } = context.dateAt(mention.dateWords, mention.sentence);
    const slug = await context.freeSlug(
      'statement',
      `${(speaker?.person.slug ?? organization?.slug) as string} ${date.earliest} ${mention.kind}`,
    );
    const record: RecordOf<'statement'> = {
      id: `statement:${slug}`,
      slug,
      kind: mention.kind,
      quote: mention.quote,
      paraphrase: mention.paraphrase,
      speakerId,
      organizationId: organization?.id ?? null,
      date,
      venueId: null,
      topicIds: [],
      summitId: null,
      meetingId: null,
      relations: [],
      citations: [citation],
    };
    draft.put(
      'statement',
      record,
      null,
      `${mention.kind} by ${who}; date: ${because}; from "${mention.excerpt}"`,
    );
  }
}

const draftStatements = (context: Context) =>
  context.draft.records().flatMap((r) => (r.type === 'statement' ? [r.record as RecordOf<'statement'>] : []));
