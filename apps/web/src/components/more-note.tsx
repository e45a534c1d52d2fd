import Link from 'next/link';

/** Says how much of a long list a page shows, so a cut-off list never passes for the whole. */
export function MoreNote({ shown, total, href }: { shown: number; total: number; href?: string }) {
  if (total <= shown) return null;
  return (
    <p>
      Showing the first {shown} of {total}.{href ? ' ' : null}
      {href ? <Link href={href}>See them all</Link> : null}
    </p>
  );
}
