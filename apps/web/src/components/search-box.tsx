'use client';

import Form from 'next/form';
import { usePathname } from 'next/navigation';
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import styles from './search-box.module.css';

/** Queries shorter than this would match almost everything. */
const MIN_LENGTH = 2;
const DEBOUNCE_MS = 250;

// Fetched once the reader types, so never during the server's render; React's lazy rather than next/dynamic,
// whose loader every page would otherwise download and run.
const SearchSuggestions = lazy(() => import('./search-suggestions.tsx'));

function useDebounced(value: string): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return debounced;
}

/**
 * The header's search form: a plain GET to /search that works without JavaScript; while the reader
 * types, a few matching records appear below it.
 */
export function SearchBox() {
  const id = useId();
  const pathname = usePathname();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const term = useDebounced(text.trim());
  // A new page closes the suggestions and clears the box.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => {
    setOpen(false);
    setText('');
  }, [pathname]);
  const suggesting = open && term.length >= MIN_LENGTH;
  return (
    <Form
      action="/search"
      role="search"
      aria-label="Site"
      className={styles.form}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-q`} className="visually-hidden">
        Search Parley
      </label>
      <input
        id={`${id}-q`}
        name="q"
        type="search"
        placeholder="People, quotes, summits"
        autoComplete="off"
        value={text}
        aria-describedby={suggesting ? `${id}-suggestions` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
      />
      <button type="submit">Search</button>
      {suggesting ? (
        <Suspense>
          <SearchSuggestions term={term} id={`${id}-suggestions`} />
        </Suspense>
      ) : null}
    </Form>
  );
}
