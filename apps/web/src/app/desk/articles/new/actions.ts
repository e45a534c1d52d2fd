'use server';

import type { ArticleState } from '../../../../lib/proposal/state.ts';
import { requireRole } from '../../../../lib/session/viewer.ts';
import { applyReview } from './apply-review.ts';
import { proposeArticle } from './propose-article.ts';

/** The "Add an article" form's one action: propose records from an article, or apply the reviewed ones. */
export async function articleAction(_previous: ArticleState, form: FormData): Promise<ArticleState> {
  await requireRole('EDITOR');
  return form.get('intent') === 'apply' ? applyReview(form) : proposeArticle(form);
}
