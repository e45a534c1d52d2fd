/** The words attribution rules turn on, as regular-expression source. */

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** A capitalized word ("Pyongyang", "U.S.", "Korea's"), not a weekday. */
export const CAP = `(?!${WEEKDAY}\\b)[A-Z][\\w.&'’-]*`;

/** Regular-expression source matching any of the words. */
export const alternatives = (words: readonly string[]) => `(?:${words.join('|')})`;

/** The same, each word also capitalized ("president", "President"). */
export const anyCase = (words: readonly string[]) =>
  alternatives(words.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`));

/** Verbs of saying that report a clause without quotation marks ("said the talks failed", "told reporters that"). */
export const REPORTING_VERBS = alternatives([
  'said',
  'says',
  'told',
  'tells',
  'stated',
  'states',
  'announced',
  'announces',
  'insisted',
  'insists',
  'warned',
  'warns',
  'added',
  'adds',
  'wrote',
  'writes',
  'tweeted',
  'tweets',
  'declared',
  'declares',
  'claimed',
  'claims',
  'argued',
  'argues',
  'confirmed',
  'confirms',
  'explained',
  'noted',
  'stressed',
  'reiterated',
  'acknowledged',
  'admitted',
  'predicted',
  'promised',
  'vowed',
  'pledged',
  'maintained',
  'asserted',
  'cautioned',
  'replied',
  'responded',
  'suggested',
]);

/** Of those, the ones whose clause may follow without "that" ("said the talks failed"). */
export const BARE_CLAUSE_VERBS =
  /^(?:said|says|stated|states|announced|announces|insisted|insists|warned|warns|added|adds|wrote|writes|tweeted|tweets|declared|claimed|claims|argued|confirmed|noted)$/i;

/** Verbs that attribute a quotation placed after them or around them, besides the reporting verbs. */
export const QUOTING_VERBS = alternatives([
  REPORTING_VERBS,
  'asked',
  'asks',
  'continued',
  'recalled',
  'joked',
  'quipped',
  'remarked',
  'observed',
  'concluded',
  'boasted',
  'complained',
  'urged',
  'countered',
  'posted',
]);

/** Verbs that attribute a quotation only when it follows within a few words ("called North Korea "a threat""). */
export const NAMING_VERBS = alternatives([
  'called',
  'calls',
  'described',
  'describes',
  'dubbed',
  'branded',
  'labeled',
  'labelled',
  'termed',
  'hailed',
  'dismissed',
  'denounced',
  'praised',
]);

/** Participles that attribute to the clause's subject (", saying …", ", adding that …"). */
export const PARTICIPLES = alternatives([
  'saying',
  'adding',
  'writing',
  'telling',
  'calling',
  'describing',
  'noting',
  'warning',
  'insisting',
  'arguing',
  'declaring',
  'stressing',
  'explaining',
]);

/** Heads of the titles a bare title phrase names someone by ("the president", "the North Korean official"). */
export const TITLE_HEADS = [
  'president',
  'secretary',
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'chairman',
  'chairwoman',
  'leader',
  'ambassador',
  'envoy',
  'premier',
  'chancellor',
  'diplomat',
  'general',
  'senator',
  'governor',
  'mayor',
  'king',
  'queen',
  'chief',
  'director',
  'adviser',
  'advisor',
  'negotiator',
  'representative',
  'commander',
];

/** Heads of organizations' names ("North Korea's foreign ministry", "the State Department"). */
export const ORGANIZATION_HEADS = [
  'ministry',
  'department',
  'agency',
  'office',
  'council',
  'committee',
  'commission',
  'government',
  'administration',
  'parliament',
  'embassy',
  'military',
  'army',
  'navy',
  'command',
  'media',
  'television',
  'radio',
  'party',
  'cabinet',
  'presidency',
  'secretariat',
  'mission',
  'bureau',
  'service',
  'staff',
];

/** Nouns of what speaks for its writer ("the letter said", "a Missile Defense Review … called"). */
export const DOCUMENT_HEADS = [
  'letter',
  'statement',
  'report',
  'review',
  'assessment',
  'study',
  'communiqu[ée]',
  'document',
  'memo',
  'memorandum',
  'declaration',
  'editorial',
  'commentary',
  'dispatch',
  'cable',
  'tweet',
  'message',
];

/** Documents that are written statements (the others are reports). */
export const WRITTEN_STATEMENTS = /^(?:letter|statement|communiqu[ée]|memo|memorandum|declaration|message)$/i;

/** Words before a noun phrase that make it an object, not the subject of a verb ("to Kim", "by the White House"). */
export const PREPOSITION =
  /\b(?:to|with|from|by|of|for|about|against|at|in|on|into|onto|between|toward|towards|than|like|including|after|before|under|over|among|via|through|behind|without|upon|met|meeting|visit|visiting|called|calling)\s+$/i;

/** Words that may stand between a subject and its verb ("Trump also said", "Kim later told"). */
export const ADVERBS = `(?:(?:on\\s+)?${WEEKDAY}|yesterday|today|also|later|then|again|once|previously|recently|repeatedly|earlier|separately|publicly|privately|reportedly|further|has|have|had|would|will|had\\s+previously|has\\s+since|himself|herself|itself|themselves|too)`;

/** A relative clause between commas (", who met Kim last year,"): what it names or dates is not the saying's. */
export const RELATIVE = /,\s*(?:who|which|whom|whose|where|when)\b[^,]*,/g;
