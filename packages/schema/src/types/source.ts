import { SourceKindEnum } from '../enums/source-kind.ts';
import { SourceRef } from '../refs.ts';

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
    language: t.exposeString('language', { description: 'The ISO 639-1 code of its language, e.g. "en".' }),
  }),
});
