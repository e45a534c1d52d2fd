import type { Metadata } from 'next';
import { dayLabel } from '../../lib/as-of.ts';

/**
 * A public record page's metadata. A past view repeats today's record and a retracted record is withdrawn:
 * neither belongs in search results.
 */
export function recordMetadata(
  title: string,
  { asOf, retracted }: { asOf: string | null; retracted: boolean },
): Metadata {
  return {
    title: asOf ? `${title}, as reported by ${dayLabel(asOf)}` : title,
    ...(asOf || retracted ? { robots: { index: false } } : {}),
  };
}

/** The metadata of a page whose address carries a value Parley cannot use: withBadAddress marks it noindex. */
export const wrongAddressMetadata: Metadata = { title: 'Wrong address' };
