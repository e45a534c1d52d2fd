import { notFound } from 'next/navigation';
import { cache } from 'react';
import type { DeskKind } from '../../../../../lib/desk-paths.ts';
import { recordKinds } from '../../../../../lib/record-form/record-kinds.ts';
import { BadArgumentError } from '../../../../../lib/urql/answer.ts';
import { editorQuery } from '../../../../../lib/urql/editor.ts';

/**
 * The record to edit, as it stands, read once per request (its metadata and its page share it). A slug the API
 * refuses or does not know is a 404.
 */
export const loadRecord = cache(async (kind: DeskKind, slug: string) => {
  try {
    return (await recordKinds[kind].load(editorQuery, slug)) ?? notFound();
  } catch (error) {
    if (error instanceof BadArgumentError) notFound();
    throw error;
  }
});
