import type { ReactNode } from 'react';
import { firstReportedOn, reportedCitations } from '../../lib/as-of.ts';
import { type DeskKind, publicPath } from '../../lib/desk-paths.ts';
import { EditorBar } from '../editor-bar.tsx';
import { RetractedNotice } from '../retracted-notice.tsx';
import { AsOfPanel } from './as-of-panel.tsx';
import { NotYetReported } from './not-yet-reported.tsx';

/**
 * A record's public page: its heading, the editors' links, any retraction and the "as of" panel, then its facts
 * (`children`), or, on a day before any source it cites reported it, a note saying so instead.
 */
export function RecordArticle({
  heading,
  kind,
  slug,
  what,
  retractionReason,
  citations,
  asOf,
  children,
}: {
  heading: ReactNode;
  kind: DeskKind;
  slug: string;
  /** The kind of record, as a reader says it: "meeting", "statement"… */
  what: string;
  retractionReason: string | null;
  /** All the record's citations, reported by `asOf` or not. */
  citations: Parameters<typeof firstReportedOn>[0];
  asOf: string | null;
  children: ReactNode;
}) {
  const path = publicPath(kind, slug);
  const header = (
    <>
      <h1>{heading}</h1>
      <EditorBar kind={kind} slug={slug} />
      <RetractedNotice reason={retractionReason} />
    </>
  );
  const panel = <AsOfPanel path={path} asOf={asOf} />;
  if (asOf && reportedCitations(citations, asOf).length === 0)
    return (
      <article>
        {header}
        <NotYetReported asOf={asOf} what={what} path={path} firstReported={firstReportedOn(citations)} />
        {panel}
      </article>
    );
  return (
    <article>
      {header}
      {panel}
      {children}
    </article>
  );
}
