import type { RecordOf } from '../records/dataset.ts';

const topic = (slug: string, name: string): RecordOf<'topic'> => ({ id: `topic:${slug}`, slug, name });

export const topics: RecordOf<'topic'>[] = [
  topic('denuclearization', 'Denuclearization'),
  topic('second-summit', 'Second summit'),
  topic('sanctions', 'Sanctions'),
  topic('north-korean-threat', 'North Korean threat'),
  topic('singapore-commitments', 'Singapore commitments'),
  topic('hostages', 'Hostages'),
  topic('summit-letter', 'Letter from Kim Jong Un'),
];
