import type { SearchableType } from '@parley/domain';
import { builder } from '../builder.ts';

/** Upper-case GraphQL names of the Store's lower-case record types. */
export const RecordTypeEnum = builder.enumType('RecordType', {
  description: 'A kind of record that search and the timeline can return.',
  values: {
    SUMMIT: { description: 'A summit.', value: 'summit' },
    MEETING: { description: 'A meeting.', value: 'meeting' },
    STATEMENT: { description: 'A statement.', value: 'statement' },
    PERSON: { description: 'A person (search only: people have no date on the timeline).', value: 'person' },
  } satisfies Record<Uppercase<SearchableType>, { description: string; value: SearchableType }>,
});
