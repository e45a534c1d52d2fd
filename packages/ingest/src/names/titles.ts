import type { Token } from './tokens.ts';
import {
  adjacent,
  isDate,
  isFunctionWord,
  isHonorific,
  isJoiner,
  isTitleHead,
  isTitleWord,
} from './words.ts';

/** Token indexes, first to last inclusive. */
export interface Range {
  from: number;
  to: number;
}

/** The title a name is given, the organization words before the title, and where the mention starts/ends. */
export interface Titled {
  title: Range | null;
  organization: Range | null;
  /** The token the whole mention starts at (a title, an honorific) or ends at (a title after the name). */
  edge: number;
}

/**
 * The title words ending at `last` (going left): heads and modifiers, joined by "of"/"for"/"the" between title
 * words ("Secretary of State", "first vice foreign minister"). Null unless they hold a head.
 */
function titleEndingAt(sentence: string, tokens: Token[], last: number): Range | null {
  let from = last + 1;
  for (let i = last; i >= 0; i--) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (i < last && next && !adjacent(sentence, token, next)) break;
    if (token.possessive && i < last) break;
    // "of" and "the" join only inside a title: "Minister of the Interior", never "the" before it
    const before = tokens[i - 1];
    const joins =
      isJoiner(token) &&
      from <= last &&
      !!before &&
      (isTitleWord(before) || (isJoiner(before) && !!tokens[i - 2] && isTitleWord(tokens[i - 2] as Token)));
    if (!isTitleWord(token) && !joins) break;
    from = i;
  }
  for (let i = from; i <= last; i++) if (isTitleHead(tokens[i] as Token)) return { from, to: last };
  return null;
}

/** An organization's or country's words ending at `last`: capitalised words ("White House", "North Korea's"). */
function organizationEndingAt(sentence: string, tokens: Token[], last: number): Range | null {
  let from = last + 1;
  for (let i = last; i >= 0; i--) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (i < last && next && !adjacent(sentence, token, next)) break;
    if (!token.cap || isFunctionWord(token) || isDate(token) || isTitleWord(token)) break;
    if (token.possessive && i < last) break;
    from = i;
  }
  return from <= last ? { from, to: last } : null;
}

/**
 * What stands right before a name: an honorific ("Mr. Trump"), or a title with the organization before it
 * ("White House press secretary Sarah Sanders", "DPRK Vice Chairman Kim Yong Chol", "Secretary of State Mike
 * Pompeo"), or such a title and a comma before the name ("North Korea's first vice foreign minister, Kim Kye
 * Gwan,"), which counts only when the name is closed by a comma, a dash, a bracket or the sentence's end.
 */
export function titleBefore(sentence: string, tokens: Token[], from: number, to: number): Titled | null {
  const before = tokens[from - 1];
  const name = tokens[from] as Token;
  if (!before) return null;
  if (before.word && adjacent(sentence, before, name)) {
    if (isHonorific(before)) return { title: null, organization: null, edge: from - 1 };
    const title = titleEndingAt(sentence, tokens, from - 1);
    if (!title) return null;
    const organization = title.from > 0 ? organizationEndingAt(sentence, tokens, title.from - 1) : null;
    return { title, organization, edge: title.from };
  }
  const closing = tokens[to + 1];
  const closed = !closing || /^[,;)\]—–.!?]$/.test(closing.text);
  if (before.text !== ',' || !closed || from < 2 || !isTitleHead(tokens[from - 2] as Token)) return null;
  const title = titleEndingAt(sentence, tokens, from - 2);
  if (!title) return null;
  const organization = title.from > 0 ? organizationEndingAt(sentence, tokens, title.from - 1) : null;
  return { title, organization, edge: title.from };
}

// What may follow a title given after a name: "Kim Kye Gwan, North Korea's first vice foreign minister, said".
const closesApposition = /^(?:[,;.!?)\]—–]|and|who)$/;

/** The organization a title names after its head: "for North Korea" in "special representative for North Korea". */
function complementOf(tokens: Token[], head: number, end: number): Range | null {
  if (!/^(?:of|for)$/i.test(tokens[head + 1]?.text ?? '')) return null;
  const from = tokens[head + 2]?.text.toLowerCase() === 'the' ? head + 3 : head + 2;
  return from <= end && tokens.slice(from, end + 1).every((t) => t.cap) ? { from, to: end } : null;
}

/**
 * A title given after a name and a comma: ", North Korea's first vice foreign minister," or ", a senior North
 * Korean official and …" or ", the U.S. special representative for North Korea,": optional article and
 * modifiers, organization words, title words ending in a head (and "of"/"for" an organization), then a comma,
 * "and", "who" or the sentence's end.
 */
export function titleAfter(sentence: string, tokens: Token[], to: number): Titled | null {
  if (tokens[to + 1]?.text !== ',') return null;
  let i = to + 2;
  if (/^(?:a|an|the)$/i.test(tokens[i]?.text ?? '')) i++;
  let end = i - 1;
  for (let j = i; j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (j > i && !adjacent(sentence, tokens[j - 1] as Token, token)) break;
    if (!token.word || !(token.cap || isTitleWord(token) || isJoiner(token))) break;
    end = j;
  }
  let head = end;
  while (head >= i && !isTitleHead(tokens[head] as Token)) head--;
  if (head < i) return null;
  const complement = complementOf(tokens, head, end);
  if (!complement) end = head;
  const after = tokens[end + 1];
  if (after && !closesApposition.test(after.text.toLowerCase())) return null;
  const title = titleEndingAt(sentence, tokens, head);
  if (!title || title.from < i) return null;
  const before = title.from > i ? organizationEndingAt(sentence, tokens, title.from - 1) : null;
  const organization = before && before.from >= i ? before : complement;
  return { title: { from: title.from, to: end }, organization, edge: end };
}
