import styles from './site-footer.module.css';

/** The footer on every page: what Parley promises about its facts. */
export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <p>
        Parley records summits, meetings and statements with the source that reports each of them. Nothing is
        shown that a cited source does not say.
      </p>
    </footer>
  );
}
