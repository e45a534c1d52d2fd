import type { Words } from './describe.ts';
import type { ItemProblem, RecordTypeName, Review } from './review.ts';

/** The article's fields as the editor typed them (or as the page filled them). */
export interface ArticleFields {
  text: string;
  outlet: string;
  publishedAt: string;
  title: string;
  url: string;
  author: string;
}

/** The article form's controls, named as the API's input fields are, with their labels. */
export const ARTICLE_FIELD_LABELS: Record<keyof ArticleFields, string> = {
  text: 'Article text',
  outlet: 'Outlet',
  publishedAt: 'Published on',
  title: 'Title',
  url: 'Address (URL)',
  author: 'Author',
};

/** A problem of the article form: `field` names a control (or null for the form as a whole). */
export interface FieldProblem {
  field: keyof ArticleFields | 'file' | null;
  message: string;
}

/** A person the editor may match a name to. */
export interface PersonChoice {
  id: string;
  name: string;
}

/** A record as written, for the list of what was done. */
export interface WrittenRecord {
  id: string;
  type: RecordTypeName;
  action: 'CREATE' | 'UPDATE';
  name: string;
  href: string | null;
}

/** Where the editor is in adding an article: the article form, the review of its proposal, or what was written. */
export type ArticleState =
  | { step: 'article'; fields: ArticleFields; problems: FieldProblem[] }
  | { step: 'review'; review: Review; people: PersonChoice[]; words: Words; problems: ItemProblem[] }
  | { step: 'written'; written: WrittenRecord[] };

export const EMPTY_ARTICLE: Extract<ArticleState, { step: 'article' }> = {
  step: 'article',
  fields: { text: '', outlet: '', publishedAt: '', title: '', url: '', author: '' },
  problems: [],
};
