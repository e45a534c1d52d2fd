import type { Proposal } from '@parley/ingest';
import { builder } from '../builder.ts';
import { ProposedRecordRef } from './proposed-record.ts';

export const ArticleProposalRef = builder.objectRef<Proposal>('ArticleProposal').implement({
  description: 'What an article yields: its source and draft records, nothing written yet.',
  fields: (t) => ({
    sourceId: t.exposeString('sourceId', {
      description: 'The record id of the article’s source (among `records`).',
    }),
    records: t.field({
      type: [ProposedRecordRef],
      description: 'The source first, then summits, meetings, statements and the people nobody had recorded.',
      resolve: (proposal) => proposal.records,
    }),
  }),
});
