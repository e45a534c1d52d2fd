import type { Store } from '@parley/domain';
import { readArticle } from './article/read-article.ts';
import type { ArticleMetadata } from './article/types.ts';
import { findDevelopments } from './events/developments.ts';
import { findMeetings } from './events/meetings.ts';
import type { Proposal } from './propose/proposal.ts';
import { proposeFrom } from './propose/propose.ts';
import { IngestInputError } from './propose/source.ts';
import { findStatements } from './statements/find-statements.ts';

export type { Article, ArticleMetadata, NameMention } from './article/types.ts';
export { explanationLines, proposalLines } from './jsonl.ts';
export type { Proposal, ProposedRecord } from './propose/proposal.ts';
export { IngestInputError } from './propose/source.ts';
export { readArticle };

/** An article as given: its text (an HTML page or plain text) and what the caller knows of it. */
export interface ArticleInput extends ArticleMetadata {
  text: string;
  format?: 'html' | 'text';
}

/**
 * What an article yields, for an editor to review: the source and draft records, every fact cited by a verbatim
 * excerpt of the article's body, matched against the records the store holds. Writes nothing.
 */
export async function proposeFromArticle(
  store: Store,
  { text, format, ...metadata }: ArticleInput,
): Promise<Proposal> {
  if (text.trim().length === 0) throw new IngestInputError('text', 'the article is empty');
  const article = readArticle({ text, format });
  if (article.body.trim().length === 0)
    throw new IngestInputError('text', 'no article body was found in the text');
  return proposeFrom(store, article, metadata, {
    statements: findStatements(article),
    meetings: findMeetings(article),
    developments: findDevelopments(article),
  });
}
