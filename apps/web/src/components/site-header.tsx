import Link from 'next/link';
import { SearchBox } from './search-box.tsx';
import styles from './site-header.module.css';
import { ViewerControls } from './viewer-controls.tsx';

const SECTIONS = [
  { href: '/summits', label: 'Summits' },
  { href: '/statements', label: 'Statements' },
  { href: '/people', label: 'People' },
  { href: '/places', label: 'Places' },
  { href: '/timeline', label: 'Timeline' },
] as const;

/** The banner on every page: the name, the sections, the search box, and for editors the desk. */
export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          Parley
          <span className={styles.tagline}>a sourced record of diplomacy</span>
        </Link>
        <nav aria-label="Sections" className={styles.nav}>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.href}>
                <Link href={section.href}>{section.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox />
        <ViewerControls />
      </div>
    </header>
  );
}
