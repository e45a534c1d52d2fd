import Form from 'next/form';
import Link from 'next/link';
import { type AuditFilters, RECORD_TYPE_LABELS } from '../../../lib/history/audit-filters.ts';
import styles from './audit.module.css';

/** The audit log's filters as a plain GET form: it works without JavaScript, and with it Next's <Form> navigates client-side. */
export function AuditFilterForm({ filters }: { filters: AuditFilters }) {
  const filtered = Boolean(filters.type || filters.from || filters.to);
  return (
    <Form action="/desk/audit" className={styles.filters} aria-label="Filter the audit log">
      <div className={styles.field}>
        <label htmlFor="audit-type">Record type</label>
        <select id="audit-type" name="type" defaultValue={filters.type ?? ''}>
          <option value="">All types</option>
          {Object.entries(RECORD_TYPE_LABELS).map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="audit-from">From (day, UTC)</label>
        <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ''} />
      </div>
      <div className={styles.field}>
        <label htmlFor="audit-to">To (day, UTC)</label>
        <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ''} />
      </div>
      <div className={styles.actions}>
        <button type="submit">Filter</button>
        {filtered ? <Link href="/desk/audit">Clear filters</Link> : null}
      </div>
    </Form>
  );
}
