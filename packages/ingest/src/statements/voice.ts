import type { NameMention } from '../article/types.ts';
import type { Actor } from './actors.ts';
import type { Reading } from './reading.ts';

/** Who speaks: a person, or an organization; and the document speaking for them ("letter", "review"), if one does. */
export interface Voice {
  speaker: NameMention | null;
  organization: string | null;
  document: string | null;
}

// "the ministry", "the foreign ministry": no name of its own.
const GENERIC = /^[Tt]he\s+[a-z]/;
const headOf = (words: string) => words.split(/\s+/).at(-1)?.toLowerCase();

/** The organization a generic one ("the ministry") stands for: the last named before it with the same head noun. */
function namedBefore(reading: Reading, sentence: number, actor: Actor): string | null {
  const earlier = reading.actors
    .slice(0, sentence + 1)
    .flat()
    .filter((a) => a.type === 'organization' && a.end <= actor.start && !GENERIC.test(a.text));
  return earlier.findLast((a) => headOf(a.text) === headOf(actor.text))?.text ?? null;
}

/** The last writer's voice, its person as the document's words stand for them ("the letter" → Trump). */
const writtenBy = (voice: Voice | null, words: string): Voice | null =>
  voice?.speaker ? { ...voice, speaker: { ...voice.speaker, text: words, resolvedFrom: words } } : voice;

/**
 * Who an actor is: a person named, one a pronoun or bare title stands for, an organization; for a document, its
 * writer named with it ("Trump's letter", "a review the Pentagon released") or else `writer`'s (the last letter's
 * or statement's). Null when nobody is found.
 */
export function voiceOf(
  reading: Reading,
  sentence: number,
  actor: Actor,
  until: number,
  writer: () => Voice | null,
): Voice | null {
  const voice = (speaker: NameMention | null, organization: string | null = null): Voice | null =>
    speaker || organization ? { speaker, organization, document: null } : null;
  switch (actor.type) {
    case 'person':
      return voice(actor.mention ?? null);
    case 'pronoun':
      return voice(reading.resolver.pronoun(actor.text, actor.start));
    case 'title':
      return voice(reading.resolver.title(actor.text, actor.start));
    case 'organization':
      return voice(null, GENERIC.test(actor.text) ? namedBefore(reading, sentence, actor) : actor.text);
    case 'document': {
      const inside = (reading.actors[sentence] ?? []).filter(
        (a) => a !== actor && a.type !== 'document' && a.start >= actor.start && a.end <= until,
      );
      const own = /^(?:his|her)\b/i.exec(actor.text);
      const named = own
        ? voice(reading.resolver.pronoun(own[0], actor.start))
        : (inside.map((a) => voiceOf(reading, sentence, a, until, writer)).find((v) => v !== null) ??
          writtenBy(writer(), actor.text));
      return named ? { ...named, document: actor.head ?? null } : null;
    }
  }
}
