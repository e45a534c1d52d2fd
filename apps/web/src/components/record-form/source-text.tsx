'use client';

import { type RefObject, useRef, useState } from 'react';
import { selectedWords } from '../../lib/record-form/word-selection.ts';
import form from '../desk/form.module.css';
import styles from './record-form.module.css';
import { useScripted } from './use-scripted.ts';

/** Leaves a change of the source's text undone: the value stays the text. */
const keepText = () => undefined;

/**
 * The stored text of a cited source, where the editor selects the words that support the fact (with the mouse
 * or the keyboard: the text area keeps its selection when the button is pressed) and makes them the excerpt.
 */
export function SourceText({
  id,
  title,
  text,
  excerpt,
}: {
  id: string;
  title: string;
  text: string;
  excerpt: RefObject<HTMLTextAreaElement | null>;
}) {
  const scripted = useScripted();
  const area = useRef<HTMLTextAreaElement>(null);
  const [said, say] = useState('');

  const takeSelection = () => {
    const box = area.current;
    const field = excerpt.current;
    if (!box || !field) return;
    const words = selectedWords(box.value, box.selectionStart, box.selectionEnd);
    if (!words) return say('Select some words of the text first.');
    field.value = words;
    say(`The excerpt now reads: “${words}”.`);
  };

  const showExcerpt = () => {
    const box = area.current;
    const words = excerpt.current?.value.trim() ?? '';
    const at = words ? text.indexOf(words) : -1;
    if (!box || at < 0) return say('The excerpt is not in this text, word for word.');
    box.focus();
    box.setSelectionRange(at, at + words.length);
    say('The excerpt is selected in the text.');
  };

  return (
    <div className={styles.sourceText}>
      <label htmlFor={id}>Text of “{title}”</label>
      <p id={`${id}-hint`} className={`${form.hint} ${styles.note}`}>
        {scripted
          ? 'Select the words that support the fact, with the mouse or with Shift and the arrow keys, then press “Use selected words as the excerpt”.'
          : 'The excerpt must be words of this text, exactly: copy them from here.'}
      </p>
      {/* Chromium moves no caret in a read-only text area, so keyboard selection needs an editable one: with
          scripts, its value is held to the text (what is typed is undone); without them, it is read-only. */}
      <textarea
        id={id}
        ref={area}
        rows={8}
        value={text}
        onChange={keepText}
        readOnly={!scripted}
        aria-readonly="true"
        aria-describedby={`${id}-hint`}
      />
      {scripted ? (
        <div className={form.actions}>
          <button type="button" className={form.quiet} onClick={takeSelection}>
            Use selected words as the excerpt
          </button>
          <button type="button" className={form.quiet} onClick={showExcerpt}>
            Show the excerpt in the text
          </button>
        </div>
      ) : null}
      <p role="status" className={`${form.hint} ${styles.note}`}>
        {said}
      </p>
    </div>
  );
}
