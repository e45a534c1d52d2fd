import styles from './form.module.css';

/** One problem the API or the form found, with the input field it concerns when there is one. */
export interface Problem {
  field: readonly string[];
  message: string;
}

/**
 * The problems of a submitted form, announced to screen readers (`role="alert"`) and listed in one place, each
 * naming its field, so nothing the editor must fix is only shown by colour.
 */
export function FormProblems({
  problems,
  title = 'Nothing was saved',
}: {
  problems: readonly Problem[];
  title?: string;
}) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className={styles.problems}>
      <p>
        <strong>{title}:</strong>
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.field.join('.')}:${problem.message}`}>
            {problem.field.length > 0 ? <strong>{problem.field.join(' › ')}: </strong> : null}
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
