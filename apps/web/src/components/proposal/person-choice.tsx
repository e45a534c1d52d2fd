import { NEW_PERSON, newPersonField } from '../../lib/proposal/field-names.ts';
import { recordName } from '../../lib/proposal/review.ts';
import { Field } from './field.tsx';
import { PersonMatch } from './person-match.tsx';
import styles from './proposal.module.css';
import { fieldProblem, type ReviewView } from './review-view.ts';

/**
 * Who a name in the article is: matched to a recorded person, a new person the proposal makes, another
 * recorded person the editor picks, or a new person the editor names (that field shows only when chosen).
 */
export function PersonChoice({
  name,
  label,
  current,
  view,
}: {
  name: string;
  label: string;
  current: string;
  view: ReviewView;
}) {
  const proposed = view.review.items.filter((item) => item.type === 'PERSON' && item.action === 'CREATE');
  const listed = view.recorded.has(current) || proposed.some((item) => item.record.id === current);
  return (
    <div className={styles.choice}>
      <Field
        name={name}
        label={label}
        hint={<PersonMatch id={current} view={view} />}
        problem={fieldProblem(view, name)}
        control={(props) => (
          <select {...props} defaultValue={current}>
            {listed ? null : <option value={current}>{current}</option>}
            <optgroup label="Recorded people">
              {view.people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </optgroup>
            {proposed.length > 0 ? (
              <optgroup label="New in this article">
                {proposed.map((item) => (
                  <option key={item.key} value={item.record.id}>
                    {`${recordName(item.record)} (new, ${view.titles.get(item.key)})`}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value={NEW_PERSON}>A new person…</option>
          </select>
        )}
      />
      <Field
        className={styles.newName}
        name={newPersonField(name)}
        label="Name of the new person"
        hint="Used when “A new person…” is chosen above."
        problem={fieldProblem(view, newPersonField(name))}
        control={(props) => <input {...props} type="text" autoComplete="off" />}
      />
    </div>
  );
}
