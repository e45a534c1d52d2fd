import type { NameMention, Span } from '../article/types.ts';
import { alternatives, anyCase, CAP, DOCUMENT_HEADS, ORGANIZATION_HEADS, TITLE_HEADS } from './lexicon.ts';
import type { PersonAt } from './people-named.ts';

/** Who or what may speak in a sentence: a named person, a pronoun, a bare title, an organization or a document. */
export interface Actor extends Span {
  type: 'person' | 'pronoun' | 'title' | 'organization' | 'document';
  mention?: NameMention;
  /** For a document, its noun ("letter", "review"). */
  head?: string;
}

const CAP_RUN = `${CAP}(?:\\s+(?:of\\s+|for\\s+)?${CAP})*`;
const TITLE = anyCase(TITLE_HEADS);
const DOCUMENT = anyCase(DOCUMENT_HEADS);
const ORGANIZATION = alternatives(ORGANIZATION_HEADS);
const ORGANIZATION_NAME = alternatives(ORGANIZATION_HEADS.map((w) => w[0]?.toUpperCase() + w.slice(1)));
// A word between a determiner and its noun ("the North Korean official"), never one starting another phrase.
const MODIFIER = "(?:(?!(?:the|a|an|of|with|to|for|and|in|on|at|by|from|that|who)\\b)[\\w.'’-]+\\s+)";

const PATTERNS: { type: Actor['type']; pattern: RegExp }[] = [
  { type: 'pronoun', pattern: /\b(?:[Hh]e|[Ss]he)\b/g },
  // "the president", "the North Korean official"; not when a name follows ("the president, Donald Trump" is a person).
  {
    type: 'title',
    pattern: new RegExp(`\\b[Tt]he\\s+${MODIFIER}{0,3}?${TITLE}(?![\\w'’-])(?!\\s+${CAP})`, 'g'),
  },
  // "the letter", "a Missile Defense Review", "Trump's letter", "a White House statement".
  {
    type: 'document',
    pattern: new RegExp(
      `(?:\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)|${CAP_RUN}['’]s?)\\s+${MODIFIER}{0,4}?${DOCUMENT}(?![\\w'’-])`,
      'g',
    ),
  },
  // "North Korea's foreign ministry", "China's state news agency".
  {
    type: 'organization',
    pattern: new RegExp(`${CAP_RUN}['’]s?\\s+(?:[a-z-]+\\s+){0,3}${ORGANIZATION}(?![\\w'’-])`, 'g'),
  },
  {
    type: 'organization',
    pattern: /\bstate(?:-run)?\s+(?:media|television|news agency|radio|broadcaster)\b/g,
  },
  // "the ministry", "the foreign ministry": an organization named before, found by `voiceOf`.
  {
    type: 'organization',
    pattern: new RegExp(`\\b[Tt]he\\s+(?:[a-z-]+\\s+){0,2}${ORGANIZATION}(?![\\w'’-])`, 'g'),
  },
  // "the White House", "the Pentagon", "the State Department".
  { type: 'organization', pattern: new RegExp(`\\b[Tt]he\\s+${CAP_RUN}`, 'g') },
  // "State Department", "Korean Central News Agency", "KCNA".
  {
    type: 'organization',
    pattern: new RegExp(`(?:${CAP}\\s+)+${ORGANIZATION_NAME}\\b|\\b[A-Z]{2,}\\b(?![.'’])`, 'g'),
  },
];

const DATELINE = /^[A-Z]{2}[A-Z.'’ -]*(?:,\s*[A-Z][\w.'’ -]*)*(?:\s*\([^)]*\))?\s*[—–-]{1,2}\s*/;
const documentHead = new RegExp(`${DOCUMENT}$`);
// A document may hold its writer ("Trump's letter"); other actors may not overlap.
const clashes = (a: Actor, b: Actor) =>
  a.start < b.end && b.start < a.end && (a.type === 'document') === (b.type === 'document');

/**
 * The actors of one sentence of the (quote-blanked) body, in order, none overlapping another of a stronger kind:
 * people first, then pronouns, titles, documents and organizations. A document may hold its writer ("Trump's
 * letter", "a review the Pentagon released"), so documents and what they hold are both kept.
 */
export function actorsIn(blanked: string, sentence: Span, people: readonly PersonAt[]): Actor[] {
  const text = blanked.slice(sentence.start, sentence.end);
  // A dateline ("SEOUL, South Korea (AP) — ") names the place and the agency, not a speaker.
  const from = sentence.start + (DATELINE.exec(text)?.[0].length ?? 0);
  const kept: Actor[] = people
    .filter((p) => !p.quoted && p.start >= from && p.end <= sentence.end)
    .map((p) => ({ type: 'person', mention: p.mention, text: p.mention.text, start: p.start, end: p.end }));
  for (const { type, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const words = match[0].replace(/['’]s?$/, '').replace(/[.,]$/, '');
      const start = sentence.start + (match.index ?? 0);
      if (start < from) continue;
      const actor: Actor = { type, text: words, start, end: start + words.length };
      if (type === 'document') actor.head = documentHead.exec(words)?.[0].toLowerCase();
      if (!kept.some((k) => clashes(k, actor))) kept.push(actor);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
