import type { Article, Span } from '../article/types.ts';
import { attributionOf } from './attribution.ts';
import { dateWordsOf } from './date-words.ts';
import { kindOf } from './kinds.ts';
import type { Quotation } from './quotations.ts';
import { excerptOf, type Reading, readForStatements, sentenceAt } from './reading.ts';
import { reportedSpeech } from './reported-speech.ts';
import type { StatementMention } from './types.ts';
import { type Voice, voiceOf } from './voice.ts';

export type { StatementMention } from './types.ts';

/** A statement found, with the last sentence it takes (a quote may run over several). */
interface Found {
  mention: StatementMention;
  last: number;
}

const sameVoice = (mention: StatementMention, voice: Voice) =>
  mention.speaker && voice.speaker
    ? mention.speaker.name === voice.speaker.name
    : mention.organization !== null && mention.organization === voice.organization;

/**
 * The statements an article reports: every attributed quotation (attribution before, after or around it; a quote
 * standing alone right after an attributed one continues it) and every clause of reported speech, each with its
 * speaker (a person, a pronoun or title resolved to one, or an organization), kind, date words and excerpt.
 * A quotation nobody is named for is left out.
 */
export function findStatements(article: Article): StatementMention[] {
  const reading = readForStatements(article);
  const { body, sentences } = article;
  const found: Found[] = [];
  const used = new Set<number>();
  const writer = (): Voice | null => {
    const last = found.findLast((f) => f.mention.kind === 'STATEMENT')?.mention;
    return last ? { speaker: last.speaker, organization: last.organization, document: null } : null;
  };

  const quoted = (quotation: Quotation): Found | undefined => {
    const first = sentenceAt(article, quotation.open);
    const attribution = attributionOf(reading, quotation);
    const voice =
      attribution &&
      voiceOf(reading, attribution.sentence, attribution.actor, attribution.verb.start, writer);
    const previous = found.at(-1);
    if (attribution && voice) {
      used.add(attribution.verb.start);
      const last = Math.max(sentenceAt(article, quotation.close), attribution.sentence);
      const from = Math.min(first, attribution.sentence);
      // Without a cue of its own, a quote goes on in the kind of the same speaker's saying just before it.
      const kind =
        previous && previous.last >= from - 1 && sameVoice(previous.mention, voice)
          ? quotedKind(previous.mention)
          : 'STATEMENT';
      const mention: StatementMention = {
        speaker: voice.speaker,
        organization: voice.speaker ? null : voice.organization,
        quote: quotation.words.text,
        paraphrase: attribution.paraphrase?.text ?? null,
        kind: kindOf(attribution.regions.map((r) => r.text).join(' '), voice.document, kind),
        excerpt: excerptOf(article, from, last),
        dateWords:
          attribution.regions
            .map((region) => dateWordsOf(body, reading.blanked, region, attribution.verb))
            .find((words) => words !== null) ?? null,
        sentence: from,
      };
      return { mention, last };
    }
    return continued(reading, quotation, first, previous);
  };

  sentences.forEach((_, index) => {
    for (const quotation of reading.quotations.filter((q) => sentenceAt(article, q.open) === index)) {
      const statement = quoted(quotation);
      if (statement) found.push(statement);
    }
    for (const reported of reportedSpeech(reading, index, used)) {
      const voice = voiceOf(reading, index, reported.actor, reported.verb.start, writer);
      if (!voice) continue;
      // "X told reporters Friday that …, and insisted …": the date of the sentence's saying by the same voice.
      const before = found.at(-1)?.mention;
      const sameSaying = before && before.sentence === index && sameVoice(before, voice);
      const mention: StatementMention = {
        speaker: voice.speaker,
        organization: voice.speaker ? null : voice.organization,
        quote: null,
        paraphrase: reported.clause.text,
        kind: kindOf(reported.region.text, voice.document, 'REPORTED'),
        excerpt: excerptOf(article, index, index),
        dateWords:
          dateWordsOf(body, reading.blanked, reported.region, reported.verb) ??
          (sameSaying ? before.dateWords : null),
        sentence: index,
      };
      found.push({ mention, last: index });
    }
  });
  return found.map((f) => f.mention);
}

/** The kind a quote takes after a saying of its speaker: the same, but a quote of reported speech is a statement. */
const quotedKind = (before: StatementMention) => (before.kind === 'REPORTED' ? 'STATEMENT' : before.kind);

/**
 * A quotation that opens its sentence with no attribution of its own, right after a sentence holding a statement
 * (`"A," Sanders said. "B."`, `Kim said the talks were over. "We have nothing to discuss."`): the same
 * speaker's next words, a statement of their own.
 */
function continued(reading: Reading, quotation: Quotation, first: number, previous: Found | undefined) {
  const { article, blanked } = reading;
  const opensSentence = blanked.slice((article.sentences[first] as Span).start, quotation.open).trim() === '';
  if (!previous || previous.last !== first - 1 || !opensSentence) return undefined;
  const last = sentenceAt(article, quotation.close);
  const mention: StatementMention = {
    ...previous.mention,
    kind: quotedKind(previous.mention),
    quote: quotation.words.text,
    paraphrase: null,
    excerpt: excerptOf(article, first, last),
    sentence: first,
  };
  return { mention, last };
}
