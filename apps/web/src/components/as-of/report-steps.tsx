import Link from 'next/link';
import type { EnumOf } from '../../graphql.ts';
import { currentStep, dayLabel, neighbourReports, type ReportStep, withAsOf } from '../../lib/as-of.ts';
import { StatusBadge } from '../status-badge.tsx';
import styles from './as-of.module.css';

/**
 * Links to a summit as each of its developments was reported, and to the reports either side of the day shown,
 * so a reader can step through how the record changed. The steps come from today's record: a past view lacks
 * the developments reported after it.
 */
export function ReportSteps({
  path,
  asOf,
  steps,
}: {
  path: string;
  asOf: string | null;
  steps: readonly (ReportStep & { status: EnumOf<'SummitStatus'> })[];
}) {
  if (steps.length === 0) return null;
  const current = currentStep(steps, asOf);
  const { previous, next } = neighbourReports(
    steps.map((step) => step.reportedOn),
    asOf,
  );
  return (
    <nav aria-label="Reports over time" className={styles.steps}>
      <p>Step through the reports:</p>
      <ol>
        {steps.map((step) => (
          <li key={step.sequence}>
            <Link href={withAsOf(path, step.reportedOn)} aria-current={step === current ? 'step' : undefined}>
              as reported on {dayLabel(step.reportedOn)}
            </Link>{' '}
            <StatusBadge status={step.status} />
          </li>
        ))}
      </ol>
      {previous || next ? (
        <p className={styles.neighbours}>
          {previous ? (
            <Link href={withAsOf(path, previous)} rel="prev">
              Previous report ({dayLabel(previous)})
            </Link>
          ) : null}
          {next ? (
            <Link href={withAsOf(path, next)} rel="next">
              Next report ({dayLabel(next)})
            </Link>
          ) : null}
        </p>
      ) : null}
    </nav>
  );
}
