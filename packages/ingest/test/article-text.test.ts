import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/article/read-article.ts';
import { CALLED_OFF, expectVerbatimSpans, readText, SEED } from './article-helpers.ts';

describe('readArticle on the founding article (plain text)', () => {
  const article = readArticle({ text: readText(SEED) });

  it('keeps no furniture in the body', () => {
    for (const furniture of [
      'White House says second summit with North Korea to take place next month',
      'How the Pompeo-Kim Yong Chol meeting went earlier',
      'Pompeo meets with top North Korean diplomat in Washington',
      'No date or location set yet for a second summit',
      'Arrival of North Korea letter',
      'Shealah Craighead',
      'cookies',
    ])
      expect(article.body).not.toContain(furniture);
    expect(article.paragraphs.map((p) => p.text)).not.toContain('f');
    expect(article.body).not.toMatch(/^f$/m);
  });

  it('keeps every paragraph of the story, verbatim', () => {
    const openings = [
      'A second U.S.-North Korea summit will take place',
      '"President Donald J. Trump met with Kim Yong Chol',
      'While the location has yet to be announced',
      "The president's meeting with Kim Yong Chol followed",
      'Sanders told reporters outside the White House Friday',
      '"Look we continue to make progress,"',
      'White House deputy spokesperson Robert Palladino',
      '"Secretary Pompeo and Special Representative Steve Beigun',
      'The White House has not yet announced',
      'Mr. Trump met with Kim Yong Chol in June 2018',
    ];
    expect(article.paragraphs.map((p, i) => p.text.startsWith(openings[i] as string))).toEqual(
      openings.map(() => true),
    );
    const source = readText(SEED);
    for (const p of article.paragraphs) expect(source).toContain(p.text);
    expectVerbatimSpans(article);
  });

  it('takes the headline for the title', () => {
    expect(article.found.title).toBe(
      'White House says second summit with North Korea to take place next month',
    );
  });
});

describe('readArticle on a plain-text article with a header', () => {
  const article = readArticle({ text: readText(CALLED_OFF) });

  it('reads the headline, outlet and dateline into found, not the body', () => {
    expect(article.found).toMatchObject({
      title: "Trump calls off June summit with North Korea's Kim",
      outlet: 'Westbrook Courier',
      publishedAt: '2018-05-25',
    });
    expect(article.body.startsWith('President Donald Trump on Thursday canceled')).toBe(true);
    expect(article.body).not.toContain('Westbrook Courier');
  });

  it('drops the photo line and "Most read"', () => {
    expect(article.body).not.toContain('Photo:');
    expect(article.body).not.toContain('Most read');
    expect(article.body.endsWith('at any time and in any format.')).toBe(true);
    expect(article.paragraphs).toHaveLength(4);
    expectVerbatimSpans(article);
  });
});

describe('plain-text furniture, by shape', () => {
  const story = [
    'Envoys agree to meet again',
    '',
    'By Jane Roe',
    'Updated 3:45 PM ET, Fri May 25, 2018',
    '',
    'SEOUL — Envoys from both Koreas agreed on Tuesday to meet again next week.',
    '(Getty Images)',
    'Delegates leave the truce village. AP Photo/Ahn Young-joon',
    'Related: What the truce village looks like today',
    'Read more',
    'Sign up for our morning newsletter and get the news delivered to your inbox.',
    'Share this article',
    'Follow us on Twitter',
    '•',
    'He declined to comment.',
    '',
    'What happens next',
    '',
    'Talks are expected to resume. "We will see," an aide said.',
    'We use cookies to improve your experience on our site.',
    '© 2018 Example Media. All rights reserved.',
  ].join('\n');
  const article = readArticle({ text: story });

  it('keeps the story and drops every piece of furniture', () => {
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'SEOUL — Envoys from both Koreas agreed on Tuesday to meet again next week.',
      'He declined to comment.',
      'Talks are expected to resume. "We will see," an aide said.',
    ]);
    expect(article.found).toMatchObject({
      title: 'Envoys agree to meet again',
      author: 'Jane Roe',
      publishedAt: '2018-05-25',
    });
    expectVerbatimSpans(article);
  });

  it('drops credits, share lines and notices that end with a full stop or run long', () => {
    const text = [
      'Envoys met in Hanoi on Wednesday.',
      'Photo: The envoys shake hands before the talks.',
      'President Donald Trump walks with Kim Yong Chol, former North Korean military intelligence chief, from the Oval Office on Friday. (AP Photo/Evan Vucci)',
      'Follow us on Twitter and Facebook for the latest updates on the summit and more.',
      'Share this story:',
      'By continuing to use this site, you agree to our use of cookies.',
      'The talks ended at noon.',
    ].join('\n');
    expect(readArticle({ text }).paragraphs.map((p) => p.text)).toEqual([
      'Envoys met in Hanoi on Wednesday.',
      'The talks ended at noon.',
    ]);
  });

  it.each([
    'The envoys shake hands before the talks. Photo: Jane Roe.',
    'The envoys shake hands before the talks in the garden of the hotel. Official White House Photo by Jane Roe.',
    'The envoys shake hands before the talks in the garden of the hotel on Wednesday morning. AP Photo/Evan Vucci',
    'Kim Yong Chol arrives at the White House on Friday for talks with the president about the summit. (Getty Images)',
    '(Reporting by Jane Roe; Editing by John Doe.)',
    'Read more: Inside the summit hotel.',
    'Already a subscriber? Log in.',
    '© 2019 Example Media.',
    'www.example.com/world.',
  ])('drops the furniture line %j, punctuated or long', (line) => {
    const text = `Talks began on Monday.\n${line}\nTalks ended on Tuesday.`;
    expect(readArticle({ text }).paragraphs.map((p) => p.text)).toEqual([
      'Talks began on Monday.',
      'Talks ended on Tuesday.',
    ]);
  });

  it('never lets a lone letter join the line before it', () => {
    const text =
      'The two leaders shook hands for the cameras before the talks began in the garden of the hotel on the island\nf\n\nThe talks ended at noon.';
    expect(readArticle({ text }).body).not.toMatch(/^f$/m);
  });

  it('keeps a paragraph that only mentions a photo or a newsletter', () => {
    const text =
      'The photo of the two leaders was published by state media.\n\nThe newsletter of the party praised the talks.\n\nThe company said its subscribers now number 200 million, with free trials.\n\nA Reuters/Ipsos poll found that most Americans support the talks.';
    expect(readArticle({ text }).paragraphs).toHaveLength(4);
  });

  it('joins hard-wrapped lines into one paragraph, keeping its line breaks', () => {
    const text = [
      'The envoy arrived in Pyongyang on Wednesday for talks with Kim Yong',
      'Chol that officials described as a last chance to save the summit',
      'before the deadline set by the two leaders expires next month.',
      '',
      'He is expected to stay for three days.',
    ].join('\n');
    const read = readArticle({ text });
    expect(read.paragraphs).toHaveLength(2);
    expect(read.paragraphs[0]?.text).toContain('Kim Yong\nChol');
    expect(read.sentences[0]?.text.endsWith('expires next month.')).toBe(true);
    expectVerbatimSpans(read);
  });

  it('drops a subhead standing right above a paragraph, with no blank line between', () => {
    const text = [
      'The talks were held at a hotel in the capital.',
      'Pompeo meets with top North Korean diplomat in Washington',
      'Secretary of State Mike Pompeo met Kim Yong Chol on Friday morning at a hotel in Northwest Washington for talks.',
    ].join('\n');
    expect(readArticle({ text }).body).not.toContain('Pompeo meets');
  });

  it('joins a line broken before a lower-case word, however long the lines', () => {
    const text =
      'Trump made the announcement after meeting for about 90 minutes in the Oval Office with Kim Yong Chol, a senior official and\nformer spy chief, who delivered a letter.\n\nThe envoy said\nthe talks went well.';
    expect(readArticle({ text }).sentences.map((s) => s.text.slice(-20))).toEqual([
      'who delivered a letter.'.slice(-20),
      'the talks went well.',
    ]);
  });

  it('guesses plain text when there are no tags', () => {
    expect(readArticle({ text: 'Kim said 3 < 4 and 5 > 2.' }).body).toBe('Kim said 3 < 4 and 5 > 2.');
  });
});
