import { highlight } from '../lib/highlight.ts';

/** Text with the words a search matched marked. */
export function Highlighted({ text, matches }: { text: string; matches: readonly string[] }) {
  return (
    <>
      {highlight(text, matches).map((segment, index) =>
        segment.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
          <mark key={index}>{segment.text}</mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
