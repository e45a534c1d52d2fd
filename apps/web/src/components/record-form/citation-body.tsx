'use client';

import { useRef, useState } from 'react';
import type { Draft } from '../../lib/record-form/descriptors.ts';
import { nameIn } from '../../lib/record-form/drafts.ts';
import { fieldWords } from '../../lib/record-form/field-words.ts';
import { FieldFrame } from './field-frame.tsx';
import { controlId, useFormContext } from './form-context.tsx';
import { optionsOf, SelectControl } from './simple-controls.tsx';
import { SourceText } from './source-text.tsx';

const part = (draft: Draft | undefined, key: string) =>
  draft && typeof draft === 'object' && !Array.isArray(draft) && typeof draft[key] === 'string'
    ? draft[key]
    : '';

/** A citation's controls: the source, the excerpt, and the source's stored text to take the excerpt from. */
export function CitationBody({
  name,
  optional,
  draft,
}: {
  name: string;
  optional: boolean;
  draft: Draft | undefined;
}) {
  const { choices, sources } = useFormContext();
  const [sourceId, setSourceId] = useState(part(draft, 'sourceId'));
  const excerpt = useRef<HTMLTextAreaElement>(null);
  const source = sources.find((s) => s.id === sourceId);
  const excerptName = nameIn(name, 'excerpt');
  return (
    <>
      <SelectControl
        name={nameIn(name, 'sourceId')}
        label={fieldWords.labels.sourceId ?? 'Source'}
        optional={optional}
        options={optionsOf(choices.source)}
        draft={sourceId}
        onChange={setSourceId}
      />
      <FieldFrame
        name={excerptName}
        label={fieldWords.labels.excerpt ?? 'Excerpt'}
        hint="The source’s words that support the fact, exactly as printed."
      >
        {(control) => (
          <textarea
            {...control}
            ref={excerpt}
            name={excerptName}
            defaultValue={part(draft, 'excerpt')}
            rows={3}
          />
        )}
      </FieldFrame>
      {source?.text ? (
        <SourceText
          id={`${controlId(name)}-source`}
          title={source.title}
          text={source.text}
          excerpt={excerpt}
        />
      ) : null}
    </>
  );
}
