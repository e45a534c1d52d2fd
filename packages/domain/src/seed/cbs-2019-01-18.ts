import type { RecordOf } from '../records/dataset.ts';

/** The founding article. Its full text is not ours to publish: Parley keeps only short verbatim excerpts. */
export const founding: RecordOf<'source'> = {
  id: 'source:cbs-2019-01-18-second-summit',
  slug: 'cbs-2019-01-18-second-summit',
  kind: 'ARTICLE',
  title: 'White House says second summit with North Korea to take place next month',
  outlet: 'CBS News',
  publishedAt: '2019-01-18',
  author: null,
  url: null,
  language: 'en',
  text: null,
};

/** The article's sentences the seed cites, whole and word for word (its quotation marks included). */
export const sentences = {
  announced:
    'A second U.S.-North Korea summit will take place at the end of February, on a date and at a location yet to be announced, White House press secretary Sarah Sanders said Friday.',
  ovalOffice:
    'The announcement came after Mr. Trump met with top North Korean official Kim Yong Chol in the Oval Office Friday afternoon.',
  sandersStatement:
    '"President Donald J. Trump met with Kim Yong Chol for an hour and half, to discuss denuclearization and a second summit, which will take place near the end of February," Sanders said in a statement.',
  placeLater:
    '"The president looks forward to meeting with Chairman Kim at a place to be announced at a later date."',
  candidates:
    'While the location has yet to be announced, CBS News\' "Face the Nation" host Margaret Brennan has reported the most likely options are Vietnam or Thailand.',
  desire: 'Mr. Trump had long expressed a desire for a second summit with North Korean leader Kim Jong Un.',
  hotel:
    "The president's meeting with Kim Yong Chol followed the one the North Korean official and Secretary of State Mike Pompeo had Friday morning at a hotel in Northwest D.C.",
  sanctions:
    'Sanders told reporters outside the White House Friday that the U.S. will continue to put pressure in the form of sanctions on North Korea, and insisted progress has been made.',
  firstSummit:
    "But little progress has been made on denuclearization since Mr. Trump's first summit with Kim in June 2018.",
  tweet: 'After that summit, the president tweeted that North Korea is "no longer a threat."',
  review:
    'But a Missile Defense Review the Pentagon released earlier this week called North Korea "an extraordinary threat."',
  pence:
    'And on Wednesday, Vice President Mike Pence said the U.S. still awaits "concrete steps by North Korea to dismantle the nuclear weapons that threaten our people and allies in the region."',
  progress:
    '"Look we continue to make progress," Sanders told reporters outside the White House after announcing there will be a second summit next month.',
  hostages:
    "We've had very good steps in good faith from the North Koreans in releasing the hostages and other moves.",
  palladinoDescribed:
    'White House deputy spokesperson Robert Palladino described the earlier meeting Pompeo and U.S. Special Representative Steve Beigun had with Kim Yong Chol as a good one.',
  palladinoSaid:
    '"Secretary Pompeo and Special Representative Steve Beigun had a good discussion this morning with DPRK Vice Chairman Kim Yong Chol on efforts to make progress on the commitments President Trump and Chairman Kim Jong Un made at their summit in Singapore," Palladino said in a statement.',
  noDateYet:
    "The White House has not yet announced a specific date or possible locations for a second summit, after last year's Singapore meeting between Mr. Trump and Kim.",
  letter:
    'Mr. Trump met with Kim Yong Chol in June 2018, when he delivered an oversized letter from Kim Jong Un that prompted Mr. Trump to reschedule the Singapore summit he had canceled.',
  rescheduled: 'Mr. Trump said he rescheduled the meeting before reading the letter.',
} as const;

/** A citation of the founding article; the excerpt must appear in it word for word. */
export const cite = (excerpt: string) => ({ sourceId: founding.id, excerpt });
