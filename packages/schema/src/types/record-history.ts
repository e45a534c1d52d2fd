import type { Revision } from '@parley/domain';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../builder.ts';
import type { ParleyContext } from '../context.ts';
import { pageArgs } from '../paging.ts';
import {
  MeetingRef,
  OrganizationRef,
  PersonRef,
  PlaceRef,
  SourceRef,
  StatementRef,
  SummitRef,
  TopicRef,
} from '../refs.ts';
import { RevisionConnection, RevisionRef } from './revision.ts';

/** One loader for every type's `revision`: a request asks the Store once, whatever records it reaches. */
const revisionLoader = createContextCache(
  (context: ParleyContext) => new DataLoader<string, number>(async (ids) => context.store.revisions(ids)),
);

/** Tells the request's loader the revisions a mutation just wrote: its payload's `revision` costs no query. */
export function primeRevisions(context: ParleyContext, written: readonly Revision[]): void {
  const loader = revisionLoader(context);
  for (const { recordId, revision } of written) loader.clear(recordId).prime(recordId, revision);
}

/**
 * Every node type gets its editing state: its current `revision` (batched per request), why it was retracted if
 * it was, and its `history`, newest first.
 */
for (const ref of [
  SummitRef,
  MeetingRef,
  StatementRef,
  PersonRef,
  OrganizationRef,
  PlaceRef,
  SourceRef,
  TopicRef,
]) {
  builder.objectFields(ref, (t) => ({
    revision: t.int({
      description:
        'The record’s current revision (1 for its first version): pass it as `expectedRevision` to change it.',
      resolve: (record, _args, context) => revisionLoader(context).load(record.id),
    }),
    retractionReason: t.string({
      nullable: true,
      description:
        'Why an admin retracted this record; null while it stands. A retracted record is left out of lists and search unless asked for, and still answers by id.',
      resolve: (record) => record.retractionReason ?? null,
    }),
    history: t.connection(
      {
        type: RevisionRef,
        description: 'Every change of this record, newest first.',
        resolve: (record, args, { store }) => store.history(record.id, pageArgs(args)),
      },
      RevisionConnection,
    ),
  }));
}
