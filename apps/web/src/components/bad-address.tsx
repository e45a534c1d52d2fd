import Link from 'next/link';
import type { ReactNode } from 'react';
import { BadArgumentError } from '../lib/urql/answer.ts';

/** Where a reader can start again from, e.g. the first page of the list the address pointed into. */
interface StartAgain {
  href: string;
  label: string;
}

/** Said instead of a page whose address carries a value the API refused: the reader's mistake, not an outage. */
function BadAddress({ reason, start }: { reason: string; start: StartAgain }) {
  return (
    <>
      {/* Next can only send 404, 403 or 401 from a page (see the README), so keep this 200 out of search results. */}
      <meta name="robots" content="noindex" />
      <h1>Wrong address</h1>
      <p>
        Part of this address is not one Parley can use: {reason}. The address may have been cut short or
        changed when it was copied. Parley itself is working.
      </p>
      <ul>
        <li>
          <Link href={start.href}>{start.label}</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </>
  );
}

/**
 * A page that passes values from its address to the API: when the API refuses one (a cursor it never gave
 * out, a search too long), the reader is told the address is wrong instead of being shown the outage page.
 */
export function withBadAddress<Props>(page: (props: Props) => Promise<ReactNode>, start: StartAgain) {
  // biome-ignore lint/correctness/noComponentHookFactories: called once per page module, so the page keeps one identity
  return async function PageOrBadAddress(props: Props): Promise<ReactNode> {
    try {
      return await page(props);
    } catch (error) {
      if (error instanceof BadArgumentError) return <BadAddress reason={error.message} start={start} />;
      throw error;
    }
  };
}
