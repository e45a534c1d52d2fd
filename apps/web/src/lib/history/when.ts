const dayFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeStyle: 'short',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** "2026-11-29T10:15:51.334Z" → "29 November 2026, 10:15 UTC": editors in any time zone read the same time. */
export function utcDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${dayFormat.format(at)}, ${timeFormat.format(at)} UTC`;
}
