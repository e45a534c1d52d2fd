import type { StatementKind } from '@parley/domain';
import { WRITTEN_STATEMENTS } from './lexicon.ts';

const OUTLET =
  /^(?:[A-Z]{2,}\b|.*\b(?:News|Times|Post|Journal|Press|Reuters|Radio|TV|Television|Agency|Magazine|Network|Broadcasting|Herald|Tribune|Guardian|Telegraph|Economist|Bloomberg|Politico|Axios|Yonhap|Kyodo|Xinhua|Tass|Interfax|Jazeera|Channel|Daily|Gazette|Courier|Fox)\b)/;
const TOLD_WHOM = /\btold\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)/g;

/** Cues in the attribution's words, strongest first. */
const CUES: { kind: StatementKind; test: (words: string) => boolean }[] = [
  {
    kind: 'TWEET',
    test: (w) =>
      /\btweet(?:s|ed|ing)?\b|\bon Twitter\b|\bon X\b|\bTruth Social\b|\b(?:social media|Facebook|Instagram|Telegram)\b|\bposted\b/i.test(
        w,
      ),
  },
  {
    kind: 'INTERVIEW',
    test: (w) =>
      /\binterview\b/i.test(w) || [...w.matchAll(TOLD_WHOM)].some((m) => OUTLET.test(m[1] as string)),
  },
  {
    kind: 'STATEMENT',
    test: (w) =>
      /\b(?:statement|letter|communiqu[ée]|press release|wrote|writes|written|memo(?:randum)?|declaration)\b/i.test(
        w,
      ),
  },
  {
    kind: 'REMARKS',
    test: (w) =>
      /\btold\s+(?:reporters|journalists|the press|the media|lawmakers|(?:an?|the)\s+(?:audience|crowd|rally|news conference|press conference|briefing|gathering|event|meeting))|\b(?:remarks|speech|address|news conference|press conference|briefing|rally|gaggle)\b|\bsaid at\b|\bspeaking (?:to|at|with)\b/i.test(
        w,
      ),
  },
];

/**
 * A statement's kind from the words of its attribution: a tweet, an interview, a written statement or letter,
 * remarks; a document that speaks ("the review called …") makes a report unless it is a letter or statement;
 * otherwise `fallback`.
 */
export function kindOf(words: string, document: string | null, fallback: StatementKind): StatementKind {
  const cued = CUES.find((c) => c.test(words))?.kind;
  if (cued) return cued;
  if (document) return WRITTEN_STATEMENTS.test(document) ? 'STATEMENT' : 'REPORT';
  return fallback;
}
