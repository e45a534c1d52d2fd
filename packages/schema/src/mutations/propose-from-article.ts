import type { ArticleInput } from '@parley/ingest';
import { ArticleFormatEnum } from '../enums/article-format.ts';
import { ArticleProposalRef } from '../types/article-proposal.ts';
import { defineMutation } from './define-mutation.ts';

defineMutation({
  name: 'proposeFromArticle',
  description:
    'Reads a news article and proposes the records it reports (editors): statements, meetings, summit developments and new people, each cited by the article’s own words and matched against the records. Writes nothing: `applyProposal` writes what the editor accepts.',
  globalIds: false,
  inputDescription:
    'The article and what is known of it (the page’s own title, date and byline fill what is not given).',
  payloadField: 'proposal',
  payloadType: ArticleProposalRef,
  payloadDescription: 'The proposal.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article: an HTML page or plain text.' }),
    format: t.field({
      type: ArticleFormatEnum,
      description: 'HTML or TEXT; told from the text when not given.',
    }),
    title: t.string({ description: 'The headline.' }),
    outlet: t.string({ description: 'Who published it, e.g. "CBS News".' }),
    publishedAt: t.field({
      type: 'Date',
      description: 'When it was published: relative dates are read against it.',
    }),
    url: t.string({ description: 'Where it was published; never guessed.' }),
    author: t.string({ description: 'Who wrote it.' }),
  }),
  edit: async (_editor, _actor, input: ArticleInput, { store }) => {
    // Loaded when first asked for: its language models take memory a reading server never needs.
    const { IngestInputError, proposeFromArticle } = await import('@parley/ingest');
    try {
      return { record: await proposeFromArticle(store, input), userErrors: [] };
    } catch (error) {
      if (!(error instanceof IngestInputError)) throw error;
      return {
        record: null,
        userErrors: [{ field: [error.field], message: error.message, code: 'INVALID' }],
      };
    }
  },
});
