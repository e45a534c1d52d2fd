import { developmentAnchor } from '../fact-sources.ts';
import { SUMMIT_STATUS_LABELS } from '../labels.ts';
import { type LinkedRecord, recordLink } from '../record-link.ts';
import type { ChartRecord, ChartSummit, DateSpan, TimelineItem } from './timeline-layout.ts';

/** A summit development as the API answers it. */
export interface DevelopmentInput {
  sequence: number;
  status: keyof typeof SUMMIT_STATUS_LABELS;
  date: DateSpan | null;
  citation: { source: { publishedAt: string } };
}

/** A summit, meeting or statement as the API answers it, with its date (a summit's may be unknown). */
export type TimelineInput = Exclude<LinkedRecord, { __typename: 'Person' }> & {
  date: DateSpan | null;
  developments?: readonly DevelopmentInput[];
};

/** Only the parts of a date the chart draws, so an answer with more fields stays a plain span. */
const spanOf = (date: DateSpan): DateSpan => ({
  earliest: date.earliest,
  latest: date.latest,
  label: date.label,
});

/**
 * A record as the timeline chart draws it, linked to its page; a summit's developments become its status
 * changes, each linked to its excerpt on the summit's page. Null for a meeting or statement without a date.
 */
export function timelineItem(entry: TimelineInput): TimelineItem | null {
  const { kind, href, text } = recordLink(entry);
  if (entry.__typename === 'Summit') {
    const changes = [...(entry.developments ?? [])]
      .sort((a, b) => a.sequence - b.sequence)
      .map((d) => ({
        status: d.status,
        statusLabel: SUMMIT_STATUS_LABELS[d.status],
        date: d.date ? spanOf(d.date) : null,
        reportedOn: d.citation.source.publishedAt,
        href: `${href}#${developmentAnchor(d.sequence)}`,
      }));
    return {
      kind: 'Summit',
      href,
      text,
      date: entry.date ? spanOf(entry.date) : null,
      changes,
    } satisfies ChartSummit;
  }
  if (!entry.date) return null;
  return { kind: kind as ChartRecord['kind'], href, text, date: spanOf(entry.date) };
}

/** Every entry the chart can draw, in the order given. */
export const timelineItems = (entries: readonly TimelineInput[]): TimelineItem[] =>
  entries.flatMap((entry) => timelineItem(entry) ?? []);
