import type { Store } from '@parley/domain';
import type { Article, ArticleMetadata } from '../article/types.ts';
import type { DevelopmentMention, MeetingMention } from '../events/types.ts';
import type { StatementMention } from '../statements/types.ts';
import { createContext } from './context.ts';
import { createDraft } from './draft.ts';
import { proposeMeetings } from './meetings.ts';
import type { Proposal } from './proposal.ts';
import { metadataOf, sourceOf } from './source.ts';
import { proposeStatements } from './statements.ts';
import { proposeDevelopments } from './summits.ts';

/** What the finders read in an article: its statements, meetings and summit developments. */
export interface Findings {
  statements: readonly StatementMention[];
  meetings: readonly MeetingMention[];
  developments: readonly DevelopmentMention[];
}

/**
 * The records an article yields, matched against what the store holds: the source (the body as its text), the
 * summits' developments first (meetings link to them), then meetings, statements, and the people they name
 * that nobody recorded. Writes nothing.
 */
export async function proposeFrom(
  store: Store,
  article: Article,
  given: ArticleMetadata,
  findings: Findings,
): Promise<Proposal> {
  const source = sourceOf(article, metadataOf(article, given));
  const draft = createDraft();
  const [stored] = await store.load('source', [source.id]);
  draft.put('source', source, stored ?? null, 'the article, its body as the text');
  const context = await createContext(store, draft, source);
  await proposeDevelopments(context, findings.developments);
  await proposeMeetings(context, findings.meetings);
  await proposeStatements(context, findings.statements);
  for (const place of context.newPlaces())
    draft.put('place', place, null, 'named in the article, recorded nowhere');
  for (const person of context.newPeople())
    draft.put('person', person, null, 'named in the article, recorded nowhere');
  const records = draft.records();
  const revisions = await store.revisions(records.map((r) => r.record.id));
  return {
    sourceId: source.id,
    records: records.map((r, i) => ({ ...r, expectedRevision: revisions[i] ?? 0 })),
  };
}
