'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import styles from './live-updates.module.css';

/** How long a change counts as "just now". */
const JUST_NOW_MS = 60_000;

/**
 * Follows the site's live updates for this page (the summit's when `summitId` is given, else every record) and,
 * when a change lands, refreshes the page's facts from the server without a reload and says so.
 */
export function LiveUpdates({ summitId }: { summitId?: string }) {
  const router = useRouter();
  const [updated, setUpdated] = useState<Date | null>(null);
  const [justNow, setJustNow] = useState(false);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    const source = new EventSource(summitId ? `/live?summit=${encodeURIComponent(summitId)}` : '/live');
    source.addEventListener('changed', () => {
      router.refresh();
      setUpdated(new Date());
      setJustNow(true);
      setPaused(false);
    });
    source.addEventListener('paused', () => setPaused(true));
    return () => source.close();
  }, [summitId, router]);
  // From the latest change: a second one within the minute starts the minute again.
  useEffect(() => {
    if (!updated) return;
    const later = setTimeout(() => setJustNow(false), JUST_NOW_MS);
    return () => clearTimeout(later);
  }, [updated]);
  const when = justNow
    ? 'just now'
    : `at ${updated?.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
  return (
    <p className={styles.note} role="status" aria-live="polite">
      {paused ? 'Live updates paused: reload for the latest.' : updated ? `Updated ${when}` : null}
    </p>
  );
}
