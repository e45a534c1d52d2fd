import Link from 'next/link';
import { PARTICIPANT_ROLE_LABELS } from '../lib/labels.ts';

interface Participant {
  role: keyof typeof PARTICIPANT_ROLE_LABELS;
  person: { slug: string; name: string };
}

/** People who took part, each with the part they played when it was more than attending. */
export function ParticipantList({ participants }: { participants: readonly Participant[] }) {
  return (
    <ul className="list-plain">
      {participants.map((p) => (
        <li key={p.person.slug}>
          <Link href={`/people/${p.person.slug}`}>{p.person.name}</Link>
          {p.role === 'ATTENDEE' ? null : ` (${PARTICIPANT_ROLE_LABELS[p.role]})`}
        </li>
      ))}
    </ul>
  );
}
