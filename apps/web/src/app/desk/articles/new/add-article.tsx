'use client';

import { useActionState, useEffect, useRef } from 'react';
import { ArticleForm } from '../../../../components/proposal/article-form.tsx';
import { ReviewForm } from '../../../../components/proposal/review-form.tsx';
import { WrittenRecords } from '../../../../components/proposal/written-records.tsx';
import { type ArticleState, EMPTY_ARTICLE } from '../../../../lib/proposal/state.ts';
import { articleAction } from './actions.ts';

/** The page's heading, focused after each step so a screen reader starts the new step from the top. */
export const HEADING_ID = 'add-article';

/** Adding an article, one action through three steps: the article, the review of its proposal, what was written. */
export function AddArticle() {
  const [state, action] = useActionState<ArticleState, FormData>(articleAction, EMPTY_ARTICLE);
  const shown = useRef(state);
  useEffect(() => {
    if (shown.current === state) return;
    shown.current = state;
    document.getElementById(HEADING_ID)?.focus();
  });
  switch (state.step) {
    case 'article':
      return <ArticleForm state={state} action={action} />;
    case 'review':
      return <ReviewForm state={state} action={action} />;
    case 'written':
      return <WrittenRecords written={state.written} />;
  }
}
