/** The anchor of a summit development's citation on the summit page. */
export const developmentAnchor = (sequence: number) => `development-${sequence}`;

/** What a development says, as far as choosing the source of a summit's facts goes. */
export interface DevelopmentFacts {
  sequence: number;
  /** Whether the development gives a date (a summit's date is the latest one given). */
  dated: boolean;
}

/** Where the summit page's status, date and place come from: anchors of development citations, or null. */
export interface SummitFactAnchors {
  status: string | null;
  date: string | null;
  place: string | null;
}

/**
 * A summit stands as its latest development left it: its status and place are reported by the latest one,
 * its date by the latest one that gives a date.
 */
export function summitFactAnchors(developments: readonly DevelopmentFacts[]): SummitFactAnchors {
  const latest = (list: readonly DevelopmentFacts[]) =>
    list.reduce<DevelopmentFacts | null>((last, d) => (last && last.sequence > d.sequence ? last : d), null);
  const anchor = (d: DevelopmentFacts | null) => (d ? developmentAnchor(d.sequence) : null);
  const newest = anchor(latest(developments));
  return { status: newest, date: anchor(latest(developments.filter((d) => d.dated))), place: newest };
}
