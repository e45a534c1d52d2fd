// English only: the package's index loads every locale's parsers (284 → 69 ms).

import type { ParsedResult } from 'chrono-node';
import * as chrono from 'chrono-node/en';

// Words a date stamp may carry around its date ("Updated 3:45 PM ET, Fri May 25, 2018").
const stampWords =
  /^[\s\p{P}\p{S}\d]*(?:(?:published|updated|posted|last|first|modified|on|at|date|dated|time|et|gmt|bst|est|edt|pst|pdt|cst|cdt|utc|cet|cest|kst|jst)\b[\s\p{P}\p{S}\d]*)*$/iu;

const pad = (n: number) => String(n).padStart(2, '0');

/** The day a result gives in full (year, month and day written), as YYYY-MM-DD; null when it gives less. */
function dayOf(result: ParsedResult): string | null {
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return `${start.get('year')}-${pad(start.get('month') ?? 0)}-${pad(start.get('day') ?? 0)}`;
}

/** The first full day (year, month, day) a text gives, as YYYY-MM-DD: "2018-06-02T10:00-04:00", "June 2, 2018". */
export function isoDay(text: string): string | null {
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(text);
  if (iso?.[1]) return iso[1];
  for (const result of chrono.parse(text)) {
    const day = dayOf(result);
    if (day) return day;
  }
  return null;
}

/**
 * A line that is only a date stamp ("May 25, 2018", "Updated 3:45 PM ET, Fri May 25, 2018"): its day when it
 * gives one in full, null when it gives less; undefined when the line is not a date stamp.
 */
export function dateStamp(line: string): string | null | undefined {
  const results = chrono.parse(line);
  if (results.length === 0) return undefined;
  let rest = line;
  for (const result of results) rest = rest.replace(result.text, ' ');
  if (!stampWords.test(rest)) return undefined;
  for (const result of results) {
    const day = dayOf(result);
    if (day) return day;
  }
  return null;
}
