import type { SummitStatus } from '@parley/domain';
import type { Person } from './people.ts';
import type { Phrase } from './phrases.ts';
import { SUBJECT_GAP, subjectsBefore } from './roles.ts';
import { phrasesFrom, type Reading } from './sentences.ts';
import type { SummitPhrase } from './summits.ts';

/** A step in a summit's life as one sentence reports it, before the attribution fills what it leaves out. */
export interface DevelopmentInSentence {
  status: SummitStatus;
  summit: SummitPhrase;
  /** Who did it, when the sentence says: the subject of "canceled", "proposed". */
  by: Person | null;
  /** When it happened, as the sentence's own words around the verb give it. */
  dates: Phrase[];
  /** When the summit is (to be) held. */
  summitDates: Phrase[];
  places: Phrase[];
}

/** "will take place", "took place": announced or held according to the tense. */
type Status = SummitStatus | 'TIMING';

const alternatives = (groups: [string, Status][]) =>
  groups
    .flatMap(([words]) => words.split('|'))
    .sort((a, b) => b.length - a.length)
    .join('|');
const statusOf = (groups: [string, Status][], verb: string) =>
  groups.find(([words]) => words.split('|').includes(verb.toLowerCase().replace(/\s+/g, ' ')))?.[1];

// The summit as subject: "A second summit will take place …", "the summit was called off".
const SUBJECT_VERBS: [string, Status][] = [
  [
    'take place|takes place|took place|taken place|be held|been held|held|happen|happens|happened|go ahead|goes ahead|went ahead|gone ahead|proceed|proceeds|proceeded|convene|convenes|convened',
    'TIMING',
  ],
  ['set for|scheduled for|slated for|planned for|scheduled|slated|planned|set', 'ANNOUNCED'],
  ['back on track|back on|on again|rescheduled|reinstated|revived', 'SCHEDULED'],
  ['canceled|cancelled|called off|scrapped|scuttled|axed|off', 'CANCELLED'],
  ['postponed|delayed|pushed back|put off', 'POSTPONED'],
  ['ended|concluded|opened|began|wrapped up|broke down|collapsed|closed', 'HELD'],
];
const AUX =
  "(?:will|would|could|may|might|is|was|are|were|has|have|had|been|be|now|still|also|officially|finally|reportedly|again|not|never|already|then|initially|originally|formally|(?:set|scheduled|slated|due|expected|going|planned) to|n['’]t)";
const SUBJECT_FORM = new RegExp(
  `^(?:\\s*,?\\s*(?:which|that)\\b)?((?:\\s+${AUX}\\b)*)\\s+(${alternatives(SUBJECT_VERBS)})\\b`,
  'i',
);
const UNREAL_AUX = /\b(?:would|could|may|might|not|never|expected to|going to|planned to)\b|n['’]t/i;
const TO_COME = /\b(?:will|set to|scheduled to|slated to|due to|is|are|be)\b/i;
const PRESENT_TIMING =
  /^(?:take place|takes place|be held|happen|happens|go ahead|goes ahead|proceed|proceeds|convene|convenes)$/i;

// The summit as object: "Trump canceled his planned June 12 summit", "agreed to hold a summit".
const OBJECT_VERBS: [string, Status][] = [
  [
    'canceled|cancelled|cancels|cancel|canceling|cancelling|called off|calls off|call off|calling off|scrapped|scraps|scrap|scrapping|scuttled|axed|pulled out of|pulls out of|pull out of|withdrew from|withdraws from',
    'CANCELLED',
  ],
  [
    'postponed|postpones|postpone|postponing|delayed|delays|delay|delaying|pushed back|pushes back|push back|put off|puts off',
    'POSTPONED',
  ],
  [
    'rescheduled|reschedules|reschedule|rescheduling|reinstated|reinstates|reinstate|revived|revives|revive',
    'SCHEDULED',
  ],
  [
    'announced|announces|announce|announcing|scheduled|schedules|schedule|scheduling|confirmed|confirms|confirm|confirming|agreed to|agreed on|agreed to hold|agree to hold|will hold|will host|there will be',
    'ANNOUNCED',
  ],
  [
    'proposed|proposes|propose|proposing|floated|floats|float|floating|offered to host|offered|offers|offer|suggested|suggests|suggest|called for|calls for',
    'PROPOSED',
  ],
  ['held|holds|attended|attends|hosted|hosts|met at|met during|met on the sidelines of', 'HELD'],
];
const OBJECT_FORM = new RegExp(`\\b(${alternatives(OBJECT_VERBS)})\\s+$`, 'i');
const BASE_FORM =
  /^(?:cancel|call|scrap|pull|postpone|delay|push|reschedule|reinstate|revive|announce|schedule|confirm|propose|float|offer|suggest|attend|host|agree)(?:\s|$)/i;
// A base form is news only as what someone was made or decided to do: "prompted Mr. Trump to reschedule".
const GOVERNED =
  /\b(?:prompted|prompting|led|forced|decided|agreed|voted|moved|chose|caused|helped)\s+(?:[\w.'’-]+\s+){0,4}?to\s+$/i;
const GERUND_AFTER = /\b(?:after|before|by|while|upon|in)\s+$/i;
const NEGATED = /\b(?:not|never|yet to|no)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$/i;
// The summit named, then who did it: "the Singapore summit he had canceled".
const RELATIVE = new RegExp(`^\\s+(had\\s+|has\\s+)?(${alternatives(OBJECT_VERBS)})\\b`, 'i');
// "had canceled", "had been postponed": an earlier step, news only with the date the sentence gives it.
const PLUPERFECT = /\bhad\s+(?:\w+\s+)?$/i;
const BY_WORDS = /^\s*(?:for|until|till|to)\b/i;
const dated = (phrases: Phrase[]) => phrases.filter((p) => p.kind === 'date');
const placed = (phrases: Phrase[]) => phrases.filter((p) => p.kind === 'place');

/** The phrases after `at`, and whether they stand after "for", "until" or "to" (a new date for the summit). */
function after(reading: Reading, at: number) {
  const by = BY_WORDS.exec(reading.text.slice(at));
  return { phrases: phrasesFrom(reading, at + (by?.[0].length ?? 0)), forWhen: Boolean(by) };
}

function subjectForm(reading: Reading, summit: SummitPhrase): DevelopmentInSentence[] {
  const match = SUBJECT_FORM.exec(reading.text.slice(summit.after));
  if (!match) return [];
  const [whole, aux = '', verb = ''] = match;
  const status = statusOf(SUBJECT_VERBS, verb);
  const passive = status === 'ANNOUNCED' || status === 'CANCELLED' || verb.toLowerCase() === 'held';
  if (!status || UNREAL_AUX.test(aux) || (passive && !aux.trim())) return [];
  const future = TO_COME.test(aux) || PRESENT_TIMING.test(verb);
  const { phrases, forWhen } = after(reading, summit.after + whole.length);
  const own = dated(phrases);
  const resolved = status === 'TIMING' ? (future ? 'ANNOUNCED' : 'HELD') : status;
  if (PLUPERFECT.test(`${aux} `) && own.length === 0) return [];
  // "will take place at the end of February", "was postponed until March": when the summit is to be.
  const forSummit =
    resolved === 'ANNOUNCED' || resolved === 'SCHEDULED' || (resolved === 'POSTPONED' && forWhen);
  return [
    {
      status: resolved,
      summit,
      by: null,
      dates: forSummit ? [] : own,
      summitDates: forSummit || resolved === 'HELD' ? own : [],
      places: placed(phrases),
    },
  ];
}

// "Trump called the summit off".
const CALLED = /\b(call|calls|called|calling)\s+$/i;
const OFF = /^\s+off\b/i;

/** The verb the summit is the object of, where it stands, and where what it says of the summit goes on. */
function verbBefore(reading: Reading, summit: SummitPhrase) {
  const before = reading.text.slice(0, summit.start);
  const off = OFF.exec(reading.text.slice(summit.after));
  const called = off && CALLED.exec(before);
  if (off && called)
    return { verb: `${called[1]} off`, at: called.index, from: summit.after + off[0].length };
  const match = OBJECT_FORM.exec(before);
  return match?.[1] ? { verb: match[1], at: match.index, from: summit.after } : undefined;
}

function objectForm(reading: Reading, summit: SummitPhrase): DevelopmentInSentence[] {
  const { text, blanked, people } = reading;
  const found = verbBefore(reading, summit);
  const status = found && statusOf(OBJECT_VERBS, found.verb);
  if (!found || !status || status === 'TIMING') return [];
  const { verb, at } = found;
  const before = text.slice(0, at);
  const gerund = /ing$/i.test(verb.split(' ')[0] ?? '');
  if (NEGATED.test(before) || (BASE_FORM.test(verb) && !GOVERNED.test(before))) return [];
  if (gerund && !GERUND_AFTER.test(before)) return [];
  const doers = gerund
    ? people.filter((p) => p.end <= at).slice(0, 1)
    : subjectsBefore(blanked, people, at, SUBJECT_GAP);
  const by = doers[0] ?? null;
  const between = reading.phrases.filter((p) => by && p.start >= by.end && p.end <= at);
  const chain = after(reading, found.from);
  // "Trump had canceled the summit" tells of an earlier step: news only with the date it gives.
  if (PLUPERFECT.test(before) && dated([...between, ...chain.phrases]).length === 0) return [];
  const timing = status === 'ANNOUNCED' || status === 'SCHEDULED' || status === 'PROPOSED';
  const forSummit = timing || (status === 'POSTPONED' && chain.forWhen);
  return [
    {
      status,
      summit,
      by,
      dates: [...dated(between), ...(forSummit ? [] : dated(chain.phrases))],
      summitDates: forSummit || status === 'HELD' ? dated(chain.phrases) : [],
      places: placed(chain.phrases),
    },
  ];
}

function relativeForm(reading: Reading, summit: SummitPhrase): DevelopmentInSentence[] {
  const { text, people } = reading;
  const doer = people.find(
    (p) => p.start >= summit.after && /^\s+(?:that\s+|which\s+)?$/.test(text.slice(summit.after, p.start)),
  );
  const match = doer && RELATIVE.exec(text.slice(doer.end));
  const verb = match?.[2];
  const status = verb && statusOf(OBJECT_VERBS, verb);
  if (!doer || !match || !verb || !status || status === 'TIMING' || BASE_FORM.test(verb)) return [];
  const { phrases } = after(reading, doer.end + match[0].length);
  const own = dated(phrases);
  if (PLUPERFECT.test(match[1] ?? '') && own.length === 0) return [];
  return [{ status, summit, by: doer, dates: own, summitDates: [], places: placed(phrases) }];
}

/** Every step in a summit's life a sentence reports for a summit it names. */
export function developmentsIn(reading: Reading, summits: readonly SummitPhrase[]): DevelopmentInSentence[] {
  return summits.flatMap((summit) => [
    ...subjectForm(reading, summit),
    ...objectForm(reading, summit),
    ...relativeForm(reading, summit),
  ]);
}
