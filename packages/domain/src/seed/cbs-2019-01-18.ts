import type { RecordOf } from '../records/dataset.ts';

/** The founding article. Its full text is not ours to publish: Parley keeps only short verbatim excerpts. */
export const founding: RecordOf<'source'> = {
  id: 'source:cbs-2019-01-18-second-summit',
  slug: 'cbs-2019-01-18-second-summit',
  kind: 'ARTICLE',
  title: 'White House says second summit with North Korea to take place next month',
  outlet: 'CBS News',
  publishedAt: '2019-01-18',
  author: null,
  url: null,
  language: 'en',
  text: null,
};

/** A citation of the founding article; the excerpt must appear in it word for word. */
export const cite = (excerpt: string) => ({ sourceId: founding.id, excerpt });
