import { builder } from '../builder.ts';
import { SourceKindEnum } from '../enums/source-kind.ts';
import { SourceRef } from '../refs.ts';
import { SearchResultUnion } from './search-result.ts';

/** The record types a source's page lists as citing it. */
type Citing = 'summit' | 'meeting' | 'statement' | 'person';

SourceRef.implement({
  description: 'An article or document that Parley cites.',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'A URL-friendly name, unique among sources.' }),
    kind: t.expose('kind', { type: SourceKindEnum, description: 'What sort of document this is.' }),
    title: t.exposeString('title', { description: 'The headline or title.' }),
    outlet: t.exposeString('outlet', { description: 'Who published it, e.g. "CBS News".' }),
    publishedAt: t.expose('publishedAt', {
      type: 'Date',
      description: 'The day it was published; relative dates in it are resolved against this day.',
    }),
    author: t.exposeString('author', { nullable: true, description: 'The byline; null when unknown.' }),
    url: t.exposeString('url', {
      nullable: true,
      description: 'Where to read it; null when unknown (Parley never invents a URL).',
    }),
    text: t.exposeString('text', {
      nullable: true,
      description:
        'The full text, when it is kept: every excerpt and quote citing the source must occur in it word for word. Null when only excerpts are kept.',
    }),
    citedBy: t.field({
      type: [SearchResultUnion],
      description:
        'The summits, meetings, statements and people that cite it (in that order, retracted ones left out), so a source without a web address still shows what rests on it.',
      resolve: async (source, _args, { store }) => {
        const referrers = await store.referrers(source.id);
        const ofType = (type: Citing) =>
          store.load(
            type,
            referrers.filter((r) => r.type === type).map((r) => r.id),
          );
        const loaded = await Promise.all([
          ofType('summit'),
          ofType('meeting'),
          ofType('statement'),
          ofType('person'),
        ]);
        return loaded.flat().flatMap((record) => (record && !record.retractionReason ? [record] : []));
      },
    }),
    language: t.exposeString('language', { description: 'The ISO 639-1 code of its language, e.g. "en".' }),
  }),
});

builder.queryFields((t) => ({
  source: t.field({
    type: SourceRef,
    nullable: true,
    description: 'A source by slug, e.g. "cbs-2019-01-18-second-summit"; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: "The source's slug." }) },
    resolve: async (_root, { slug }, { store }) => (await store.loadBySlug('source', [slug]))[0],
  }),
}));
