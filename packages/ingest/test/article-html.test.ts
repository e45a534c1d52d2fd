import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/article/read-article.ts';
import { BACK_ON, expectVerbatimSpans, readText } from './article-helpers.ts';

describe('readArticle on an HTML page', () => {
  const article = readArticle({ text: readText(BACK_ON) });

  it('guesses HTML and reads only the story', () => {
    for (const furniture of [
      'World',
      'Subscribe',
      'cookies',
      'Accept all',
      'leaves the Oval Office',
      'M. Ibsen',
      'Related',
      'Who is Kim Yong Chol?',
      '© 2018',
      'Facebook',
      'Ruth Okafor',
    ])
      expect(article.body).not.toContain(furniture);
    expect(article.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'WASHINGTON — President Donald ',
      'Trump made the announcement af',
      '"I think it\'s going to be a pr',
      'Secretary of State Mike Pompeo',
    ]);
    expectVerbatimSpans(article);
  });

  it('finds the headline, date, byline and outlet on the page', () => {
    expect(article.found).toMatchObject({
      title: 'Singapore summit is back on, Trump says after Oval Office visit',
      publishedAt: '2018-06-02',
      author: 'Ruth Okafor',
      outlet: 'Lakeside Post',
      url: null,
    });
  });
});

describe('HTML pages of other shapes', () => {
  const page = `<!doctype html><html><head>
    <title>Envoys to meet again - Example Times</title>
    <meta property="og:title" content="Envoys agree to meet again">
    <meta property="og:site_name" content="The Example Times">
    <meta property="article:published_time" content="2019-02-27T23:10:00+07:00">
    <meta name="author" content="Jane Roe">
    <link rel="canonical" href="https://example.com/world/envoys">
  </head><body>
    <div class="site-nav"><a href="/">Home</a> <a href="/world">World</a></div>
    <div class="story-body has-byline">
      <p>HANOI — Envoys from both sides agreed on Wednesday&nbsp;to meet again, officials said.</p>
      <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
      <p>The talks lasted about two hours.<br><br>"We are making progress," one envoy said.</p>
      <p class="article-caption">The envoys shake hands in Hanoi on Wednesday.</p>
      <div class="newsletter-promo"><p>Get our daily briefing on the talks.</p></div>
      <h2>What comes next</h2>
      <p hidden>Subscribe for unlimited access to our journalism.</p>
      <p>A second round is expected in <b>March</b>, according to a statement.</p>
      <p><strong>Read more: Inside the summit hotel</strong></p>
    </div>
  </body></html>`;
  const article = readArticle({ text: page });

  it('reads the metadata from meta tags, and the paragraphs by blocks and line breaks', () => {
    expect(article.found).toMatchObject({
      title: 'Envoys agree to meet again',
      outlet: 'The Example Times',
      publishedAt: '2019-02-27',
      author: 'Jane Roe',
      url: 'https://example.com/world/envoys',
    });
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'HANOI — Envoys from both sides agreed on Wednesday to meet again, officials said.',
      'The talks lasted about two hours.',
      '"We are making progress," one envoy said.',
      'A second round is expected in March, according to a statement.',
    ]);
    expectVerbatimSpans(article);
  });

  it('reads a fragment without readability finding a story, and takes the date from <time> text', () => {
    const fragment =
      '<p>By <a rel="author" href="/jr">Jane Roe</a> <time>June 2, 2018</time></p><p>Talks resumed on Friday.</p>';
    const read = readArticle({ text: fragment });
    expect(read.paragraphs.map((p) => p.text)).toEqual(['Talks resumed on Friday.']);
    expect(read.found).toMatchObject({ author: 'Jane Roe', publishedAt: '2018-06-02' });
  });

  it('keeps a long story whose container has a furniture word in its class', () => {
    const lines = [
      'Envoys from both sides agreed on Wednesday to meet again within two weeks, officials said.',
      'The talks, held at a government guesthouse on the edge of the capital, lasted about two hours.',
      'Neither side gave details of what was discussed, but both described the atmosphere as constructive.',
      'A second round is expected in March, according to a statement released after the meeting ended.',
      'Analysts said the choice of venue suggested that both governments wanted to keep the talks discreet.',
      'The envoys are expected to report to their leaders before the end of the week, the statement added.',
    ];
    const html = `<html><body><div class="content with-share-tools">${lines.map((l) => `<div>${l}</div>`).join('')}</div></body></html>`;
    expect(readArticle({ text: html }).paragraphs.map((p) => p.text)).toEqual(lines);
  });

  it('reads JSON-LD when the page has nothing else', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Talks resume',
      datePublished: '2019-01-18',
      author: [{ '@type': 'Person', name: 'Ann Lee' }],
      publisher: { '@type': 'Organization', name: 'Example Wire' },
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><p>Talks resumed.</p></body></html>`;
    expect(readArticle({ text: html }).found).toMatchObject({
      title: 'Talks resume',
      publishedAt: '2019-01-18',
      author: 'Ann Lee',
      outlet: 'Example Wire',
    });
  });

  it('reads HTML as text when told to', () => {
    const text = 'Talks resumed in <b>Hanoi</b>.\n\nThe envoys met <i>twice</i>.';
    expect(readArticle({ text, format: 'text' }).body).toBe(text);
  });
});
