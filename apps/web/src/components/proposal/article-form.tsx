'use client';

import { type ChangeEvent, useState } from 'react';
import { fileSizeProblem } from '../../lib/proposal/limits.ts';
import { looksLikeHtml, pageFacts } from '../../lib/proposal/page-facts.ts';
import { ARTICLE_FIELD_LABELS, type ArticleFields, type ArticleState } from '../../lib/proposal/state.ts';
import formStyles from '../desk/form.module.css';
import { FormProblems } from '../desk/form-problems.tsx';
import { SubmitButton } from '../desk/submit-button.tsx';
import { Field } from './field.tsx';

type Facts = Omit<ArticleFields, 'text'>;

/** The fields a page can fill, with their input types. */
const FACT_FIELDS: { name: keyof Facts; type: string; hint?: string }[] = [
  { name: 'outlet', type: 'text', hint: 'Who published it, e.g. Lakeside Post.' },
  { name: 'publishedAt', type: 'date' },
  { name: 'title', type: 'text' },
  { name: 'url', type: 'url', hint: 'Where it was published; leave it empty when you do not know.' },
  { name: 'author', type: 'text' },
];

/**
 * Step 1: the article, pasted or as a file, and where it comes from. Fields left empty are filled from the
 * page on the server; with JavaScript, choosing an HTML file fills them at once so the editor sees them.
 */
export function ArticleForm({
  state,
  action,
}: {
  state: Extract<ArticleState, { step: 'article' }>;
  action: (form: FormData) => void;
}) {
  const [note, setNote] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const problemOf = (field: string) => state.problems.find((p) => p.field === field)?.message;

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    setNote('');
    setFileProblem(null);
    if (!file) return;
    const tooBig = fileSizeProblem(file.size);
    if (tooBig) {
      input.value = '';
      setFileProblem(tooBig);
      return;
    }
    const text = await file.text();
    if (!looksLikeHtml(text) || !input.form) return;
    const facts = pageFacts(text);
    const filledIn = FACT_FIELDS.filter(({ name }) => {
      const field = input.form?.elements.namedItem(name);
      const value = facts[name];
      if (!(field instanceof HTMLInputElement) || field.value || !value) return false;
      field.value = value;
      return true;
    });
    if (filledIn.length > 0)
      setNote(`Filled from the page: ${filledIn.map(({ name }) => ARTICLE_FIELD_LABELS[name]).join(', ')}.`);
  }

  return (
    <form action={action} className={formStyles.form}>
      <FormProblems
        title="Nothing was proposed"
        problems={state.problems.map((p) => ({
          field: p.field === 'file' ? ['File'] : p.field ? [ARTICLE_FIELD_LABELS[p.field]] : [],
          message: p.message,
        }))}
      />
      <input type="hidden" name="intent" value="propose" />
      <Field
        name="text"
        label={ARTICLE_FIELD_LABELS.text}
        hint="Paste the article’s words, or its page’s HTML."
        problem={problemOf('text')}
        control={(props) => <textarea {...props} rows={12} defaultValue={state.fields.text} />}
      />
      <Field
        name="file"
        label="Or an HTML or text file"
        hint="Read instead of the text above when you choose one."
        problem={fileProblem ?? problemOf('file')}
        control={(props) => (
          <input {...props} type="file" accept=".html,.htm,.txt,text/html,text/plain" onChange={readFile} />
        )}
      />
      <p className={formStyles.hint}>
        Parley fills the fields you leave empty from the page where it says: its headline, date, byline,
        outlet and address. An outlet, a date and a title are needed. <span role="status">{note}</span>
      </p>
      {FACT_FIELDS.map(({ name, type, hint }) => (
        <Field
          key={name}
          name={name}
          label={ARTICLE_FIELD_LABELS[name]}
          hint={hint}
          problem={problemOf(name)}
          control={(props) => <input {...props} type={type} defaultValue={state.fields[name]} />}
        />
      ))}
      <div className={formStyles.actions}>
        <SubmitButton working="Reading the article…">Propose records</SubmitButton>
      </div>
    </form>
  );
}
