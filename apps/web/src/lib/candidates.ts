/** What a candidate place needs for grouping: who reported it and the words of the report. */
export interface Reported {
  reportedBy?: { slug: string } | null;
  reportedByOrganization?: { name: string } | null;
}

/** The excerpt a candidate's report is cited by. */
export interface ReportCitation {
  excerpt: string;
  source: { id: string };
}

/**
 * Candidates one reporter gave in one excerpt, together and in order ("Vietnam and Thailand, reported by …"),
 * so the excerpt is shown once.
 */
export function byReport<T extends Reported>(
  candidates: readonly T[],
  citationOf: (candidate: T) => ReportCitation,
): T[][] {
  const groups = new Map<string, T[]>();
  for (const candidate of candidates) {
    const { excerpt, source } = citationOf(candidate);
    const key = JSON.stringify([
      candidate.reportedBy?.slug,
      candidate.reportedByOrganization?.name,
      source.id,
      excerpt,
    ]);
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }
  return [...groups.values()];
}
