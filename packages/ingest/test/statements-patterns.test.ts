import { describe, expect, test } from 'vitest';
import { statementsIn } from './statements-helpers.ts';

/** What a statement should be, in short: speaker's name (or organization), kind, quote or paraphrase, date words. */
interface Expected {
  who: string;
  kind: string;
  quote?: string;
  paraphrase?: string;
  dateWords?: string | null;
  resolvedFrom?: string;
}

const shortly = (text: string) =>
  statementsIn(text).map((m) => ({
    who: m.speaker?.name ?? m.organization,
    kind: m.kind,
    ...(m.quote !== null ? { quote: m.quote } : { paraphrase: m.paraphrase }),
    dateWords: m.dateWords,
    ...(m.speaker?.resolvedFrom ? { resolvedFrom: m.speaker.resolvedFrom } : {}),
  }));

const cases: [string, string, Expected[]][] = [
  [
    'attribution before, with a colon',
    'North Korean leader Kim Jong Un said: "We will never give up our weapons."',
    [{ who: 'Kim Jong Un', kind: 'STATEMENT', quote: 'We will never give up our weapons.' }],
  ],
  [
    'attribution after, told reporters, with a date',
    'South Korean President Moon Jae-in spoke in Seoul. "We are ready to talk," Moon told reporters on Tuesday.',
    [{ who: 'Moon', kind: 'REMARKS', quote: 'We are ready to talk', dateWords: 'on Tuesday' }],
  ],
  [
    'inverted "said X"',
    '"This is a historic day," said Japanese Prime Minister Shinzo Abe.',
    [{ who: 'Shinzo Abe', kind: 'STATEMENT', quote: 'This is a historic day' }],
  ],
  [
    '"she" is the last woman named',
    'German Chancellor Angela Merkel met French President Emmanuel Macron in Paris. "Europe must act now," she said.',
    [{ who: 'Angela Merkel', kind: 'STATEMENT', quote: 'Europe must act now', resolvedFrom: 'she' }],
  ],
  [
    'a surname alone takes the gender of the full name before it',
    'German Chancellor Angela Merkel met French President Emmanuel Macron. Merkel greeted Macron. "Europe must act," she said.',
    [{ who: 'Merkel', kind: 'STATEMENT', quote: 'Europe must act', resolvedFrom: 'she' }],
  ],
  [
    'a quote split around its attribution is two statements',
    '"We want peace," Kim Jong Un said, "but we will defend ourselves."',
    [
      { who: 'Kim Jong Un', kind: 'STATEMENT', quote: 'We want peace' },
      { who: 'Kim Jong Un', kind: 'STATEMENT', quote: 'but we will defend ourselves' },
    ],
  ],
  [
    'a quote of two sentences is one statement',
    '"The talks went well. We will meet again soon," Secretary of State Mike Pompeo said.',
    [{ who: 'Mike Pompeo', kind: 'STATEMENT', quote: 'The talks went well. We will meet again soon' }],
  ],
  [
    'a quote over two paragraphs is one statement, a quote of the same speaker just before it another',
    '"It was a very good meeting," Trump told reporters. "We understand each other.\n\n"We will meet again."',
    [
      { who: 'Trump', kind: 'REMARKS', quote: 'It was a very good meeting' },
      { who: 'Trump', kind: 'REMARKS', quote: 'We understand each other.\n\n"We will meet again.' },
    ],
  ],
  [
    'a tweet quoting a fragment',
    'President Donald Trump tweeted on Sunday that the meeting was "very productive."',
    [{ who: 'Donald Trump', kind: 'TWEET', quote: 'very productive', dateWords: 'on Sunday' }],
  ],
  [
    'written on Twitter',
    'President Donald Trump wrote on Twitter: "Great meeting with Chairman Kim!"',
    [{ who: 'Donald Trump', kind: 'TWEET', quote: 'Great meeting with Chairman Kim!' }],
  ],
  [
    'reported speech without "that"',
    'South Korean President Moon Jae-in said the two leaders had agreed to meet again.',
    [{ who: 'Moon Jae-in', kind: 'REPORTED', paraphrase: 'the two leaders had agreed to meet again' }],
  ],
  [
    'reported speech in a statement carried by state media',
    'Kim Yo Jong said in a statement carried by KCNA that the talks were over.',
    [{ who: 'Kim Yo Jong', kind: 'STATEMENT', paraphrase: 'the talks were over' }],
  ],
  [
    'reported speech before its attribution',
    'The talks collapsed, Chinese Foreign Minister Wang Yi said Monday.',
    [{ who: 'Wang Yi', kind: 'REPORTED', paraphrase: 'The talks collapsed', dateWords: 'Monday' }],
  ],
  [
    'an organization speaks',
    '"We are deeply concerned," the State Department said in a statement.',
    [{ who: 'the State Department', kind: 'STATEMENT', quote: 'We are deeply concerned' }],
  ],
  [
    "a country's ministry speaks in reported speech",
    "North Korea's foreign ministry said Pyongyang would not negotiate under pressure.",
    [
      {
        who: "North Korea's foreign ministry",
        kind: 'REPORTED',
        paraphrase: 'Pyongyang would not negotiate under pressure',
      },
    ],
  ],
  [
    'a capital speaks for its government',
    'Pyongyang warned on Friday that it would resume missile tests.',
    [
      {
        who: 'Pyongyang',
        kind: 'REPORTED',
        paraphrase: 'it would resume missile tests',
        dateWords: 'on Friday',
      },
    ],
  ],
  [
    '"according to X," before and after',
    'According to the White House, the meeting lasted an hour. The summit will be held in Hanoi, according to Secretary of State Mike Pompeo.',
    [
      { who: 'the White House', kind: 'REPORTED', paraphrase: 'the meeting lasted an hour' },
      { who: 'Mike Pompeo', kind: 'REPORTED', paraphrase: 'The summit will be held in Hanoi' },
    ],
  ],
  [
    'told an outlet in an interview',
    'Kim Jong Un told CNN in an interview that sanctions must end.',
    [{ who: 'Kim Jong Un', kind: 'INTERVIEW', paraphrase: 'sanctions must end' }],
  ],
  [
    'a bare title is the last person holding it',
    'Secretary of State Mike Pompeo arrived in Pyongyang on Saturday. The secretary said the talks were productive.',
    [
      {
        who: 'Mike Pompeo',
        kind: 'REPORTED',
        paraphrase: 'the talks were productive',
        resolvedFrom: 'The secretary',
      },
    ],
  ],
  [
    '"the letter said" is its writer',
    'In a letter to President Donald Trump, Kim Jong Un wrote that he hoped to meet soon. "I look forward to it," the letter said.',
    [
      { who: 'Kim Jong Un', kind: 'STATEMENT', paraphrase: 'he hoped to meet soon' },
      { who: 'Kim Jong Un', kind: 'STATEMENT', quote: 'I look forward to it', resolvedFrom: 'the letter' },
    ],
  ],
  [
    'a relative clause names neither the speaker nor the date',
    'Russian President Vladimir Putin, who met Kim Jong Un last year, said the sanctions had failed.',
    [{ who: 'Vladimir Putin', kind: 'REPORTED', paraphrase: 'the sanctions had failed', dateWords: null }],
  ],
  [
    'a name called, with the circumstances after the quote',
    'President Donald Trump called Kim Jong Un "Little Rocket Man" in a speech on Tuesday.',
    [{ who: 'Donald Trump', kind: 'REMARKS', quote: 'Little Rocket Man', dateWords: 'on Tuesday' }],
  ],
  [
    'a quote in reported speech after reported speech of the same speaker is a statement',
    'EU coordinator Enrique Mora said the atmosphere was constructive. He added that a deal was "within reach."',
    [
      { who: 'Enrique Mora', kind: 'REPORTED', paraphrase: 'the atmosphere was constructive' },
      { who: 'Enrique Mora', kind: 'STATEMENT', quote: 'within reach', resolvedFrom: 'He' },
    ],
  ],
  [
    'told an audience, then "that"',
    'Chinese Foreign Ministry spokesman Geng Shuang told a regular news briefing in Beijing on Monday that China welcomed the summit.',
    [
      {
        who: 'Geng Shuang',
        kind: 'REMARKS',
        paraphrase: 'China welcomed the summit',
        dateWords: 'on Monday',
      },
    ],
  ],
  [
    'a dateline names no speaker',
    'SEOUL, South Korea (AP) — North Korea said Tuesday it would suspend talks with South Korea.',
    [
      {
        who: 'North Korea',
        kind: 'REPORTED',
        paraphrase: 'it would suspend talks with South Korea',
        dateWords: 'Tuesday',
      },
    ],
  ],
  [
    '"was quoted as saying"',
    '"We are ready," Kim Jong Un was quoted as saying by KCNA.',
    [{ who: 'Kim Jong Un', kind: 'STATEMENT', quote: 'We are ready' }],
  ],
  [
    'a question, its attribution after the question mark',
    '"Why not?" Secretary of State Mike Pompeo asked.',
    [{ who: 'Mike Pompeo', kind: 'STATEMENT', quote: 'Why not?' }],
  ],
  [
    '"the ministry" is the ministry named before',
    "North Korea's foreign ministry issued a statement on Monday. The ministry said the drills were a rehearsal for invasion.",
    [
      {
        who: "North Korea's foreign ministry",
        kind: 'REPORTED',
        paraphrase: 'the drills were a rehearsal for invasion',
      },
    ],
  ],
  [
    'a statement released by an organization speaks for it',
    'The statement, released by the Foreign Ministry, said the United States must "abandon its hostile policy."',
    [{ who: 'the Foreign Ministry', kind: 'STATEMENT', quote: 'abandon its hostile policy' }],
  ],
  [
    "a show's name in quotation marks is no quote",
    'In an interview with CBS\'s "60 Minutes," President Donald Trump said he and Kim "fell in love."',
    [{ who: 'Donald Trump', kind: 'INTERVIEW', quote: 'fell in love' }],
  ],
  [
    'a quote standing alone after reported speech goes on with its speaker',
    'South Korean President Moon Jae-in said the talks were over.\n\n"We have nothing more to discuss."',
    [
      { who: 'Moon Jae-in', kind: 'REPORTED', paraphrase: 'the talks were over' },
      { who: 'Moon Jae-in', kind: 'STATEMENT', quote: 'We have nothing more to discuss.' },
    ],
  ],
  [
    '"he" after a Korean name, family name first, in curly quotes',
    'South Korean President Moon Jae-in met North Korean leader Kim Jong-un. “We will meet again,” he said.',
    [{ who: 'Kim Jong-un', kind: 'STATEMENT', quote: 'We will meet again', resolvedFrom: 'he' }],
  ],
  [
    "a quote standing alone after a sentence of narrative is nobody's",
    '"I think we will have a deal," Trump said. Kim left the room. "No comment."',
    [{ who: 'Trump', kind: 'STATEMENT', quote: 'I think we will have a deal' }],
  ],
];

describe('statements in made-up sentences', () => {
  test.each(cases)('%s', (_name, text, expected) => {
    expect(shortly(text)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });

  test.each([
    ['a quote with no attribution', 'The crowd fell silent. "Peace now."'],
    ['scare quotes', 'The so-called "maximum pressure" campaign continues.'],
    ['a quoted title', 'The "Face the Nation" host Margaret Brennan reported on the talks.'],
    ['a negated verb of saying', 'The White House has not announced that the summit will take place.'],
    ['a passive one', 'Kim Jong Un was told that the summit was off.'],
    ['a quoted label', 'Brennan said the "maximum pressure" campaign would continue.'],
    ['an anonymous speaker', 'The summit will be held in Hanoi, officials said.'],
    [
      "an organization's unnamed official",
      'A senior State Department official, speaking on condition of anonymity, said the talks had stalled.',
    ],
  ])('none from %s', (_name, text) => {
    expect(statementsIn(text)).toEqual([]);
  });
});
