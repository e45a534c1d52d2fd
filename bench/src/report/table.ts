/** A Markdown table; numbers are right-aligned. */
export function table(head: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => (v === null ? '—' : String(v));
  const align = head.map((_, i) =>
    rows.every((r) => typeof r[i] === 'number' || r[i] === null) ? '---:' : '---',
  );
  return [head, align, ...rows.map((r) => r.map(cell))].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/** "1.73×", or a dash when either side is missing. */
export const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a && b ? `${(a / b).toFixed(2)}×` : '—';
