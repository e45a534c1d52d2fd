import { deskPath, publicPath } from '../desk-paths.ts';
import { recordLabel } from './record-label.ts';
import { deskKindOf, refOf } from './record-ref.ts';

/** A changed record as the audit log lists it: its name, and its public page and history when it has them. */
export interface AuditRecord {
  label: string;
  page: string | null;
  history: string | null;
}

/** Names a revision's record from the record as written (`after`): by its slug then, else by its id's. */
export function auditRecord(type: string, after: unknown): AuditRecord {
  const fields = typeof after === 'object' && after !== null ? (after as Record<string, unknown>) : {};
  const slug =
    typeof fields.slug === 'string'
      ? fields.slug
      : typeof fields.id === 'string'
        ? refOf(fields.id)?.slug
        : null;
  const kind = deskKindOf(type);
  const label = recordLabel(after);
  if (!kind || !slug) return { label, page: null, history: null };
  return { label, page: publicPath(kind, slug), history: deskPath(kind, slug, 'history') };
}
