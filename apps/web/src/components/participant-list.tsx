import Link from 'next/link';
import { type FragmentOf, graphql, readFragment } from '../graphql.ts';
import { PARTICIPANT_ROLE_LABELS } from '../lib/labels.ts';

export const ParticipantListItemFragment = graphql(`
  fragment ParticipantListItem on Participant {
    role
    person {
      slug
      name
    }
  }
`);

/** People who took part, each with the part they played when it was more than attending. */
export function ParticipantList({
  participants,
}: {
  participants: readonly FragmentOf<typeof ParticipantListItemFragment>[];
}) {
  return (
    <ul className="list-plain">
      {participants.map((participant) => {
        const p = readFragment(ParticipantListItemFragment, participant);
        return (
          <li key={p.person.slug}>
            <Link href={`/people/${p.person.slug}`}>{p.person.name}</Link>
            {p.role === 'ATTENDEE' ? null : ` (${PARTICIPANT_ROLE_LABELS[p.role]})`}
          </li>
        );
      })}
    </ul>
  );
}
