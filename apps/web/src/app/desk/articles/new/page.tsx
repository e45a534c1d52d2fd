import type { Metadata } from 'next';
import { requireRole } from '../../../../lib/session/viewer.ts';
import { AddArticle, HEADING_ID } from './add-article.tsx';

export const metadata: Metadata = { title: 'Add an article', robots: { index: false } };

/** An editor turns a news article into records: propose, review beside the text, apply. */
export default async function AddArticlePage() {
  await requireRole('EDITOR');
  return (
    <>
      <h1 id={HEADING_ID} tabIndex={-1}>
        Add an article
      </h1>
      <AddArticle />
    </>
  );
}
