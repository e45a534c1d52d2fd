import { type ReactNode, Suspense } from 'react';

/**
 * Part of a page the server renders in full but the browser hydrates on its own, after the rest: React leaves a
 * Suspense boundary found in the server's HTML for a later, low-priority pass with its own commit, so no single
 * task hydrates the whole page (Lighthouse counted that task as blocking). A click inside hydrates it at once
 * and is replayed. Nothing inside may suspend, or readers would see it arrive after the rest of the page.
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  return <Suspense>{children}</Suspense>;
}
