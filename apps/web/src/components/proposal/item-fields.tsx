import { PARTICIPANT_ROLE_LABELS, STATEMENT_KIND_LABELS, SUMMIT_STATUS_LABELS } from '../../lib/labels.ts';
import { fieldName } from '../../lib/proposal/field-names.ts';
import type { ReviewItem } from '../../lib/proposal/review.ts';
import { Field } from './field.tsx';
import { PersonChoice } from './person-choice.tsx';
import { fieldProblem, type ReviewView } from './review-view.ts';

type Of<T extends ReviewItem['type']> = Extract<ReviewItem, { type: T }>;

interface FieldsProps<T extends ReviewItem['type']> {
  item: Of<T>;
  view: ReviewView;
}

/** A labelled text field of an item, one line or several. */
function TextField({
  item,
  view,
  path,
  label,
  value,
  hint,
  lines,
}: {
  item: ReviewItem;
  view: ReviewView;
  path: string;
  label: string;
  value: string | number | null;
  hint?: string;
  lines?: number;
}) {
  const name = fieldName(item.key, path);
  return (
    <Field
      name={name}
      label={label}
      hint={hint}
      problem={fieldProblem(view, name)}
      control={(props) =>
        lines ? (
          <textarea {...props} rows={lines} defaultValue={value ?? ''} />
        ) : (
          <input {...props} type="text" defaultValue={value ?? ''} />
        )
      }
    />
  );
}

/** A date field in EDTF, with the article's words for the date as its hint. */
function DateField({
  item,
  view,
  path,
  date,
}: {
  item: ReviewItem;
  view: ReviewView;
  path: string;
  date: { edtf: string; text: string | null } | null;
}) {
  const words = date?.text ? `The article says “${date.text}”. ` : '';
  return (
    <TextField
      item={item}
      view={view}
      path={path}
      label="Date"
      value={date?.edtf ?? ''}
      hint={`${words}Write 2018-06-01, 2018-06 or 2018-05-24/2018-05-25.`}
    />
  );
}

/** A select of an item among labelled values. */
function ChoiceField({
  item,
  view,
  path,
  label,
  value,
  labels,
}: {
  item: ReviewItem;
  view: ReviewView;
  path: string;
  label: string;
  value: string;
  labels: Record<string, string>;
}) {
  const name = fieldName(item.key, path);
  return (
    <Field
      name={name}
      label={label}
      problem={fieldProblem(view, name)}
      control={(props) => (
        <select {...props} defaultValue={value}>
          {Object.entries(labels).map(([key, words]) => (
            <option key={key} value={key}>
              {words}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** One field of an item: text (one line or several), a date, or a choice among labelled values. */
type FieldSpec =
  | { path: string; label: string; value: string | number | null; hint?: string; lines?: number }
  | { path: string; date: { edtf: string; text: string | null } | null }
  | { path: string; label: string; value: string; labels: Record<string, string> };

/** Fields of an item, in the order given. */
function Fields({ item, view, fields }: { item: ReviewItem; view: ReviewView; fields: FieldSpec[] }) {
  return fields.map((spec) =>
    'date' in spec ? (
      <DateField key={spec.path} item={item} view={view} {...spec} />
    ) : 'labels' in spec ? (
      <ChoiceField key={spec.path} item={item} view={view} {...spec} />
    ) : (
      <TextField key={spec.path} item={item} view={view} {...spec} />
    ),
  );
}

function StatementFields({ item, view }: FieldsProps<'STATEMENT'>) {
  const { record } = item;
  return (
    <>
      <Fields
        item={item}
        view={view}
        fields={[
          { path: 'kind', label: 'Kind', value: record.kind, labels: STATEMENT_KIND_LABELS },
          {
            path: 'quote',
            label: 'Quote',
            value: record.quote,
            lines: 3,
            hint: 'The speaker’s words exactly as the article prints them; empty when it only reports them.',
          },
          { path: 'paraphrase', label: 'Paraphrase', value: record.paraphrase, lines: 2 },
          { path: 'date', date: record.date },
        ]}
      />
      {record.speakerId ? (
        <PersonChoice
          name={fieldName(item.key, 'speaker')}
          label="Speaker"
          current={record.speakerId}
          view={view}
        />
      ) : null}
    </>
  );
}

function MeetingFields({ item, view }: FieldsProps<'MEETING'>) {
  const { record } = item;
  return (
    <>
      <Fields
        item={item}
        view={view}
        fields={[
          { path: 'title', label: 'Title', value: record.title },
          { path: 'description', label: 'Description', value: record.description, lines: 3 },
          { path: 'date', date: record.date },
          { path: 'duration', label: 'Duration in minutes', value: record.durationMinutes },
        ]}
      />
      {record.participants.map((p, i) => (
        <PersonChoice
          key={p.personId}
          name={fieldName(item.key, 'participant', i)}
          label={`Participant ${i + 1} (${PARTICIPANT_ROLE_LABELS[p.role]})`}
          current={p.personId}
          view={view}
        />
      ))}
    </>
  );
}

function SummitFields({ item, view }: FieldsProps<'SUMMIT'>) {
  const { record } = item;
  return (
    <>
      {item.action === 'CREATE' ? (
        <Fields
          item={item}
          view={view}
          fields={[
            { path: 'title', label: 'Title', value: record.title },
            { path: 'status', label: 'Status', value: record.status, labels: SUMMIT_STATUS_LABELS },
          ]}
        />
      ) : null}
      {record.developments.map((d, j) =>
        d.citation.sourceId === view.review.sourceId ? (
          <fieldset key={d.sequence}>
            <legend>Development, step {d.sequence}</legend>
            <Fields
              item={item}
              view={view}
              fields={[
                {
                  path: `development.${j}.status`,
                  label: 'Status',
                  value: d.status,
                  labels: SUMMIT_STATUS_LABELS,
                },
                {
                  path: `development.${j}.description`,
                  label: 'Description',
                  value: d.description,
                  lines: 3,
                },
                { path: `development.${j}.date`, date: d.date },
              ]}
            />
          </fieldset>
        ) : null,
      )}
    </>
  );
}

function PersonFields({ item, view }: FieldsProps<'PERSON'>) {
  const name = fieldName(item.key, 'same');
  return (
    <>
      <TextField item={item} view={view} path="name" label="Name" value={item.record.name} />
      {item.action === 'CREATE' ? (
        <Field
          name={name}
          label="Or the same person as"
          hint="Choose a recorded person when the article means them: everything here then refers to them."
          problem={fieldProblem(view, name)}
          control={(props) => (
            <select {...props} defaultValue="">
              <option value="">Nobody recorded: a new person</option>
              {view.people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        />
      ) : null}
    </>
  );
}

/** The fields an editor may correct in an item; null for records the review does not edit. */
export function ItemFields({ item, view }: { item: ReviewItem; view: ReviewView }) {
  switch (item.type) {
    case 'STATEMENT':
      return <StatementFields item={item} view={view} />;
    case 'MEETING':
      return <MeetingFields item={item} view={view} />;
    case 'SUMMIT':
      return <SummitFields item={item} view={view} />;
    case 'PERSON':
      return <PersonFields item={item} view={view} />;
    case 'PLACE':
      return <TextField item={item} view={view} path="name" label="Name" value={item.record.name} />;
    default:
      return null;
  }
}

/** Whether the review offers fields for an item. */
export const hasFields = (item: ReviewItem) =>
  ['STATEMENT', 'MEETING', 'SUMMIT', 'PERSON', 'PLACE'].includes(item.type);
