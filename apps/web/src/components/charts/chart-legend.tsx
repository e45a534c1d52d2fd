import styles from './charts.module.css';

/** What a timeline's shapes mean. */
export function TimelineLegend() {
  return (
    <p className={styles.legend}>
      <span>
        <svg width="28" height="10" aria-hidden="true" focusable="false">
          <rect className={styles.summit} width="28" height="10" rx="2" />
        </svg>
        a date known as a window of days (“late February”)
      </span>
      <span>
        <svg width="10" height="10" aria-hidden="true" focusable="false">
          <circle className={styles.summit} cx="5" cy="5" r="5" />
        </svg>
        a date known to the day
      </span>
      <span>
        <svg width="10" height="10" aria-hidden="true" focusable="false">
          <path className={styles.announced} d="M5 0l5 5l-5 5l-5-5z" />
        </svg>
        a change of a summit’s status, when it happened
      </span>
    </p>
  );
}
