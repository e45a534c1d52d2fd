import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/article/read-article.ts';
import { findNames } from '../src/names/find-names.ts';
import { BACK_ON, CALLED_OFF, readText, SEED } from './article-helpers.ts';

type Expected = { name: string; title?: string | null; organization?: string | null };

/** The mentions of a sentence, as name, title and organization. */
const names = (sentence: string) =>
  findNames(sentence).map(({ name, title, organization }) => ({ name, title, organization }));
const named = (...people: Expected[]) =>
  people.map(({ name, title = null, organization = null }) => ({ name, title, organization }));

describe('findNames on sentences of the articles', () => {
  it('gives a title and the organization before it', () => {
    expect(
      names(
        'A second U.S.-North Korea summit will take place at the end of February, on a date and at a location yet to be announced, White House press secretary Sarah Sanders said Friday.',
      ),
    ).toEqual(named({ name: 'Sarah Sanders', title: 'press secretary', organization: 'White House' }));
    expect(
      names(
        'White House deputy spokesperson Robert Palladino described the earlier meeting Pompeo and U.S. Special Representative Steve Beigun had with Kim Yong Chol as a good one.',
      ),
    ).toEqual(
      named(
        { name: 'Robert Palladino', title: 'deputy spokesperson', organization: 'White House' },
        { name: 'Pompeo' },
        { name: 'Steve Beigun', title: 'Special Representative', organization: 'U.S.' },
        { name: 'Kim Yong Chol' },
      ),
    );
  });

  it('gives a title set off by commas, before or after the name', () => {
    expect(
      names(
        "Hours later, North Korea's first vice foreign minister, Kim Kye Gwan, said in a statement carried by state media that Pyongyang was still willing to sit down with the United States at any time and in any format.",
      ),
    ).toEqual(
      named({ name: 'Kim Kye Gwan', title: 'first vice foreign minister', organization: 'North Korea' }),
    );
    expect(names("Kim Kye Gwan, North Korea's first vice foreign minister, said so.")).toEqual(
      named({ name: 'Kim Kye Gwan', title: 'first vice foreign minister', organization: 'North Korea' }),
    );
    expect(
      names('Stephen Biegun, the U.S. special representative for North Korea, arrived in Pyongyang.'),
    ).toEqual(
      named({
        name: 'Stephen Biegun',
        title: 'special representative for North Korea',
        organization: 'U.S.',
      }),
    );
  });

  it('reads the titles of the founding article', () => {
    expect(
      names(
        '"Secretary Pompeo and Special Representative Steve Beigun had a good discussion this morning with DPRK Vice Chairman Kim Yong Chol on efforts to make progress on the commitments President Trump and Chairman Kim Jong Un made at their summit in Singapore," Palladino said in a statement.',
      ),
    ).toEqual(
      named(
        { name: 'Pompeo', title: 'Secretary' },
        { name: 'Steve Beigun', title: 'Special Representative' },
        { name: 'Kim Yong Chol', title: 'Vice Chairman', organization: 'DPRK' },
        { name: 'Trump', title: 'President' },
        { name: 'Kim Jong Un', title: 'Chairman' },
        { name: 'Palladino' },
      ),
    );
    expect(
      names(
        'The announcement came after Mr. Trump met with top North Korean official Kim Yong Chol in the Oval Office Friday afternoon.',
      ),
    ).toEqual(
      named({ name: 'Trump' }, { name: 'Kim Yong Chol', title: 'official', organization: 'North Korean' }),
    );
    expect(
      names(
        "The president's meeting with Kim Yong Chol followed the one the North Korean official and Secretary of State Mike Pompeo had Friday morning at a hotel in Northwest D.C.",
      ),
    ).toEqual(named({ name: 'Kim Yong Chol' }, { name: 'Mike Pompeo', title: 'Secretary of State' }));
    expect(
      names('"President Donald J. Trump met with Kim Yong Chol for an hour and half," Sanders said.'),
    ).toEqual(
      named({ name: 'Donald J. Trump', title: 'President' }, { name: 'Kim Yong Chol' }, { name: 'Sanders' }),
    );
    expect(names('And on Wednesday, Vice President Mike Pence said the U.S. still awaits steps.')).toEqual(
      named({ name: 'Mike Pence', title: 'Vice President' }),
    );
  });

  it('keeps the mention as written, honorifics out of the name', () => {
    const [trump] = findNames('Mr. Trump said he rescheduled the meeting before reading the letter.');
    expect(trump).toEqual({ name: 'Trump', text: 'Mr. Trump', title: null, organization: null });
    const [sanders] = findNames('White House press secretary Sarah Sanders said Friday.');
    expect(sanders?.text).toBe('press secretary Sarah Sanders');
    expect(sanders?.resolvedFrom).toBeUndefined();
  });

  it('finds no one in sentences that name only places, institutions and programmes', () => {
    for (const sentence of [
      'But a Missile Defense Review the Pentagon released earlier this week called North Korea "an extraordinary threat."',
      'It was announced in the Oval Office of the White House, CBS News\' "Face the Nation" reported.',
      'Pyongyang said on Tuesday that the United Nations Security Council had met in New York.',
      'According to The New York Times, Fox News and the Korean Central News Agency, the deal was off.',
      'Officials said the Pentagon and Reuters agreed, and NATO said nothing.',
      'Hanoi hosted the summit at the Metropole hotel, Vietnamese officials said.',
    ])
      expect(names(sentence)).toEqual([]);
  });
});

describe('findNames on names compromise misses', () => {
  it('keeps East Asian names whole, hyphens and three parts included', () => {
    expect(
      names(
        "South Korean President Moon Jae-in met Kim Jong-un and Xi Jinping, and Vietnam's Nguyen Phu Trong.",
      ),
    ).toEqual(
      named(
        { name: 'Moon Jae-in', title: 'President', organization: 'South Korean' },
        { name: 'Kim Jong-un' },
        { name: 'Xi Jinping' },
        { name: 'Nguyen Phu Trong' },
      ),
    );
    expect(names("North Korea's foreign minister, Ri Yong Ho, met Choe Son Hui.")).toEqual(
      named(
        { name: 'Ri Yong Ho', title: 'foreign minister', organization: 'North Korea' },
        { name: 'Choe Son Hui' },
      ),
    );
  });

  it('takes a name after a title or honorific, and one that speaks or meets', () => {
    expect(names('Biegun told reporters that Pyongyang said no.')).toEqual(named({ name: 'Biegun' }));
    expect(names('In Seoul, President Moon said he was hopeful.')).toEqual(
      named({ name: 'Moon', title: 'President' }),
    );
    expect(names('Lt. Gen. Michael Flynn met Dr. Moon and Saudi Crown Prince Mohammed bin Salman.')).toEqual(
      named(
        { name: 'Michael Flynn', title: 'Lt. Gen.' },
        { name: 'Moon' },
        { name: 'Mohammed bin Salman', title: 'Crown Prince', organization: 'Saudi' },
      ),
    );
    expect(names('"We are ready," said Abe, who met Trump and Donald Trump Jr. at Mar-a-Lago.')).toEqual(
      named({ name: 'Abe' }, { name: 'Trump' }, { name: 'Donald Trump Jr.' }),
    );
  });
});

describe('findNames, each kind of evidence', () => {
  it('takes a name compromise knows, one shaped as a name, one with ", who", one joined to a person', () => {
    expect(names('A letter from Angela Merkel was delivered.')).toEqual(named({ name: 'Angela Merkel' }));
    expect(names("Xi Jinping's plane landed, and Moon Jae-in's government welcomed it.")).toEqual(
      named({ name: 'Xi Jinping' }, { name: 'Moon Jae-in' }),
    );
    expect(names('The letter was carried by Biegun, who flew in on Friday.')).toEqual(
      named({ name: 'Biegun' }),
    );
    expect(names('Biegun and Vice President Mike Pence arrived in Seoul.')).toEqual(
      named({ name: 'Biegun' }, { name: 'Mike Pence', title: 'Vice President' }),
    );
  });

  it('never takes an institution named after a person, nor a title across a clause', () => {
    expect(names('Crowds filled Kim Il Sung Square, and Kim Il Sung University said so.')).toEqual([]);
    expect(names('When he met the minister, Kim said no.')).toEqual(named({ name: 'Kim' }));
  });

  it('reads a title with "of the", and no small word into an organization', () => {
    expect(names('Minister of the Interior Ahmad Vahidi met the envoy.')).toEqual(
      named({ name: 'Ahmad Vahidi', title: 'Minister of the Interior' }),
    );
    expect(names('But White House spokesperson Hogan Gidley said no.')).toEqual(
      named({ name: 'Hogan Gidley', title: 'spokesperson', organization: 'White House' }),
    );
  });

  it('leaves a possessive out of the title', () => {
    expect(names("The president's national security adviser John Bolton said no.")).toEqual(
      named({ name: 'John Bolton', title: 'national security adviser' }),
    );
  });
});

describe('findNames over whole articles', () => {
  it('gives every mention as a verbatim piece of its sentence, with its name inside', () => {
    for (const path of [SEED, CALLED_OFF, BACK_ON]) {
      for (const sentence of readArticle({ text: readText(path) }).sentences) {
        for (const mention of findNames(sentence.text)) {
          expect(sentence.text).toContain(mention.text);
          expect(mention.text).toContain(mention.name);
          if (mention.title) expect(sentence.text).toContain(mention.title);
          if (mention.organization) expect(sentence.text).toContain(mention.organization);
        }
      }
    }
  });
});
