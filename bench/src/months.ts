/** The calendar months from `newest` (YYYY-MM) back, `count` of them, as [first day, last day]. */
export function monthsBack(newest: string, count: number): [string, string][] {
  const [year, month] = newest.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, k) => {
    const first = new Date(Date.UTC(year, month - 1 - k, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    return [first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)];
  });
}
