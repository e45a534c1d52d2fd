import { ProposeFromArticleMutation } from '../../../../lib/proposal/documents.ts';
import { articleSizeProblem, fileSizeProblem } from '../../../../lib/proposal/limits.ts';
import { looksLikeHtml, type PageFacts, pageFacts, slimHtml } from '../../../../lib/proposal/page-facts.ts';
import { reviewOf } from '../../../../lib/proposal/review.ts';
import {
  ARTICLE_FIELD_LABELS,
  type ArticleFields,
  type ArticleState,
  type FieldProblem,
} from '../../../../lib/proposal/state.ts';
import { wordsFor } from '../../../../lib/proposal/words.ts';
import { BadArgumentError } from '../../../../lib/urql/answer.ts';
import { editorMutation } from '../../../../lib/urql/editor.ts';
import { recordedPeople } from './recorded-people.ts';
import { refusedArgument } from './refused-argument.ts';

type Format = 'HTML' | 'TEXT';

const isArticleField = (field: string | undefined): field is keyof ArticleFields =>
  field !== undefined && field in ARTICLE_FIELD_LABELS;

/** The form's fields as typed, trimmed (the article's text as it is). */
function fieldsOf(form: FormData): ArticleFields {
  const value = (name: keyof ArticleFields) => {
    const v = form.get(name);
    return typeof v === 'string' ? (name === 'text' ? v : v.trim()) : '';
  };
  return {
    text: value('text'),
    outlet: value('outlet'),
    publishedAt: value('publishedAt'),
    title: value('title'),
    url: value('url'),
    author: value('author'),
  };
}

/** A file's format as its name or type says, else left for the API to tell. */
function formatOf(file: File): Format | undefined {
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') return 'HTML';
  if (/\.txt$/i.test(file.name) || file.type === 'text/plain') return 'TEXT';
  return undefined;
}

/** The fields the editor left empty, filled from what the page says. */
const filled = (fields: ArticleFields, page: PageFacts): ArticleFields => ({
  ...fields,
  outlet: fields.outlet || (page.outlet ?? ''),
  publishedAt: fields.publishedAt || (page.publishedAt ?? ''),
  title: fields.title || (page.title ?? ''),
  url: fields.url || (page.url ?? ''),
  author: fields.author || (page.author ?? ''),
});

/**
 * Step 1: the article (pasted, or an uploaded file read here, which then stays in the text box so a refused
 * article need not be chosen again), its empty fields filled from the page, read by the API into a proposal.
 */
export async function proposeArticle(form: FormData): Promise<ArticleState> {
  let fields = fieldsOf(form);
  const refuse = (...problems: FieldProblem[]): ArticleState => ({ step: 'article', fields, problems });
  const file = form.get('file');
  let format: Format | undefined;
  if (file instanceof File && file.size > 0) {
    const tooBig = fileSizeProblem(file.size);
    if (tooBig) return refuse({ field: 'file', message: tooBig });
    fields = { ...fields, text: await file.text() };
    format = formatOf(file);
  }
  if (format === 'HTML' || (format === undefined && looksLikeHtml(fields.text))) {
    format = 'HTML';
    fields = { ...filled(fields, pageFacts(fields.text)), text: slimHtml(fields.text) };
  }
  if (!fields.text.trim())
    return refuse({ field: 'text', message: 'Paste the article’s text, or choose its file.' });
  const tooBig = articleSizeProblem(fields.text);
  if (tooBig) return refuse({ field: 'text', message: tooBig });

  const answer = await editorMutation(ProposeFromArticleMutation, {
    input: {
      text: fields.text,
      format: format ?? null,
      outlet: fields.outlet || null,
      publishedAt: fields.publishedAt || null,
      title: fields.title || null,
      url: fields.url || null,
      author: fields.author || null,
    },
  }).catch(refusedArgument);
  if (answer instanceof BadArgumentError)
    return refuse({ field: null, message: `Parley could not take the article: ${answer.message}` });
  const { proposal, userErrors } = answer.proposeFromArticle;
  if (!proposal) {
    return refuse(
      ...userErrors.map(({ field, message }) => ({
        field: isArticleField(field[0]) ? field[0] : null,
        message,
      })),
    );
  }
  const review = reviewOf(proposal);
  const people = await recordedPeople();
  return { step: 'review', review, people, words: wordsFor(review, people), problems: [] };
}
