import {
  durationLabel,
  PARTICIPANT_ROLE_LABELS,
  STATEMENT_KIND_LABELS,
  SUMMIT_STATUS_LABELS,
} from '../../lib/labels.ts';
import { dateWords, idWords } from '../../lib/proposal/describe.ts';
import type { ReviewItem } from '../../lib/proposal/review.ts';
import { PersonMatch } from './person-match.tsx';
import styles from './proposal.module.css';
import type { ReviewView } from './review-view.ts';

type Of<T extends ReviewItem['type']> = Extract<ReviewItem, { type: T }>;

/** A date in words, with the article's own words for it when they differ. */
function DateLine({ date, view }: { date: { edtf: string; text: string | null } | null; view: ReviewView }) {
  const words = dateWords(date, view.words);
  return <>{date?.text && date.text !== words ? `${words} (“${date.text}”)` : words}</>;
}

function StatementSummary({ item, view }: { item: Of<'STATEMENT'>; view: ReviewView }) {
  const { record } = item;
  return (
    <>
      <p className={styles.meta}>
        {STATEMENT_KIND_LABELS[record.kind]} · <DateLine date={record.date} view={view} />
      </p>
      <p>
        Speaker:{' '}
        {record.speakerId ? (
          <PersonMatch id={record.speakerId} view={view} />
        ) : (
          idWords(record.organizationId, view.words)
        )}
      </p>
      {record.quote ? <blockquote>“{record.quote}”</blockquote> : null}
      {record.paraphrase ? <p>Paraphrase: {record.paraphrase}</p> : null}
    </>
  );
}

function MeetingSummary({ item, view }: { item: Of<'MEETING'>; view: ReviewView }) {
  const { record } = item;
  return (
    <>
      <p>
        <strong>{record.title}</strong>
      </p>
      <p className={styles.meta}>
        <DateLine date={record.date} view={view} />
        {record.durationMinutes ? ` · ${durationLabel(record.durationMinutes)}` : null}
        {record.locationId ? ` · ${idWords(record.locationId, view.words)}` : null}
      </p>
      <ul>
        {record.participants.map((p) => (
          <li key={p.personId}>
            <PersonMatch id={p.personId} view={view} />, {PARTICIPANT_ROLE_LABELS[p.role]}
          </li>
        ))}
      </ul>
      {record.description ? <p>{record.description}</p> : null}
    </>
  );
}

function SummitSummary({ item, view }: { item: Of<'SUMMIT'>; view: ReviewView }) {
  const { record } = item;
  const reported = record.developments.filter((d) => d.citation.sourceId === view.review.sourceId);
  return (
    <>
      <p>
        <strong>{record.title}</strong>, {SUMMIT_STATUS_LABELS[record.status].toLowerCase()}
      </p>
      <ul>
        {reported.map((d) => (
          <li key={d.sequence}>
            {SUMMIT_STATUS_LABELS[d.status]}, <DateLine date={d.date} view={view} />: {d.description}
            {d.summitDate ? (
              <>
                {' '}
                The summit on <DateLine date={d.summitDate} view={view} />
                {d.locationId ? ` in ${idWords(d.locationId, view.words)}` : null}.
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function PersonSummary({ item, view }: { item: Of<'PERSON'>; view: ReviewView }) {
  return (
    <>
      <p>
        <strong>{item.record.name}</strong>
      </p>
      {item.record.roles.length > 0 ? (
        <ul>
          {item.record.roles.map((role) => (
            <li key={role.title}>
              {role.title}
              {role.organizationId ? `, ${idWords(role.organizationId, view.words)}` : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** What an item would write, in words: the part of the record the editor judges. */
export function ItemSummary({ item, view }: { item: ReviewItem; view: ReviewView }) {
  switch (item.type) {
    case 'STATEMENT':
      return <StatementSummary item={item} view={view} />;
    case 'MEETING':
      return <MeetingSummary item={item} view={view} />;
    case 'SUMMIT':
      return <SummitSummary item={item} view={view} />;
    case 'PERSON':
      return <PersonSummary item={item} view={view} />;
    case 'PLACE':
      return (
        <p>
          <strong>{item.record.name}</strong> ({item.record.kind.toLowerCase()})
        </p>
      );
    default:
      return (
        <p>
          <strong>{idWords(item.record.id, view.words)}</strong>
        </p>
      );
  }
}
