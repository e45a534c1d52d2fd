/** Next's searchParams prop or any URLSearchParams. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first value of a search parameter, trimmed; undefined when absent or blank. */
export function firstParam(params: SearchParamsInput, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written YYYY-MM-DD (not 2019-02-30), from year 1 as the API's Date takes it. */
export function isCalendarDay(value: string): boolean {
  if (!ISO_DAY.test(value) || value < '0001-01-01') return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
