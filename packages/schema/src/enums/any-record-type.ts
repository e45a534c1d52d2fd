import type { RecordType } from '@parley/domain';
import { builder } from '../builder.ts';

/** Every record type, for the audit log (`RecordType` lists only what search and the timeline return). */
export const AnyRecordTypeEnum = builder.enumType('AnyRecordType', {
  description: 'Any kind of record Parley keeps.',
  values: {
    SUMMIT: { value: 'summit', description: 'A summit.' },
    MEETING: { value: 'meeting', description: 'A meeting.' },
    STATEMENT: { value: 'statement', description: 'A statement.' },
    PERSON: { value: 'person', description: 'A person.' },
    ORGANIZATION: { value: 'organization', description: 'An organization.' },
    PLACE: { value: 'place', description: 'A place.' },
    SOURCE: { value: 'source', description: 'A source.' },
    TOPIC: { value: 'topic', description: 'A topic.' },
  } as const satisfies Record<Uppercase<RecordType>, { value: RecordType; description: string }>,
});
