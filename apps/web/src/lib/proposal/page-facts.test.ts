import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml, pageFacts, pageText, slimHtml } from './page-facts.ts';

const lakeside = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Singapore summit is back on, Trump says after Oval Office visit | Lakeside Post</title></head>
<body>
<header><nav><a href="/">Lakeside Post</a></nav></header>
<article>
<h1>Singapore summit is back on, Trump says after Oval Office visit</h1>
<p class="byline">By Ruth Okafor · <time datetime="2018-06-02">June 2, 2018</time></p>
<p>WASHINGTON — President Donald Trump said on Friday…</p>
</article>
</body>
</html>`;

describe('pageFacts', () => {
  it('reads a plain page: headline, outlet beside it in <title>, <time datetime> and the byline', () => {
    expect(pageFacts(lakeside)).toEqual({
      title: 'Singapore summit is back on, Trump says after Oval Office visit',
      outlet: 'Lakeside Post',
      publishedAt: '2018-06-02',
      author: 'Ruth Okafor',
      url: null,
    });
  });

  it('prefers Open Graph and article meta tags, in any attribute order and quoting', () => {
    const page = `<html><head>
      <title>Ignored | Site</title>
      <meta content="Kim&#x2019;s letter &amp; the summit" property="og:title">
      <meta property='og:site_name' content='Westbrook Courier'>
      <meta property="article:published_time" content="2018-05-25T09:30:00Z">
      <meta name="author" content="By Dana Ruiz, Staff writer">
      <link rel="canonical" href="https://courier.example/2018/05/25/summit">
      </head><body><h1>Other headline</h1><time datetime="2017-01-01">old</time></body></html>`;
    expect(pageFacts(page)).toEqual({
      title: 'Kim’s letter & the summit',
      outlet: 'Westbrook Courier',
      publishedAt: '2018-05-25',
      author: 'Dana Ruiz',
      url: 'https://courier.example/2018/05/25/summit',
    });
  });

  it('leaves out what the page does not give, and addresses that are not web addresses', () => {
    const page = '<html><body><p>Words only.</p><link rel="canonical" href="/relative/path"></body></html>';
    expect(pageFacts(page)).toEqual({
      title: null,
      outlet: null,
      publishedAt: null,
      author: null,
      url: null,
    });
  });

  it('reads the test article of shared/articles as its README expects', () => {
    const html = readFileSync(
      new URL('../../../../../../shared/articles/2018-06-02-singapore-back-on.html', import.meta.url),
      'utf8',
    );
    expect(pageFacts(html)).toMatchObject({
      outlet: 'Lakeside Post',
      publishedAt: '2018-06-02',
      author: 'Ruth Okafor',
    });
  });
});

describe('pageText', () => {
  it('drops tags, decodes references and squashes whitespace', () => {
    expect(pageText('<b>Kim</b>&nbsp;&amp;\n  <i>Moon&#39;s</i> &bogus;')).toBe("Kim & Moon's &bogus;");
  });
});

describe('looksLikeHtml', () => {
  it('tells a page from pasted words, even words with a stray angle bracket', () => {
    expect(looksLikeHtml(lakeside)).toBe(true);
    expect(looksLikeHtml('<p>One paragraph</p>')).toBe(true);
    expect(looksLikeHtml('Trump said a <b> deal was "close".')).toBe(false);
    expect(looksLikeHtml('Growth was < 2% and > 1%.')).toBe(false);
  });
});

describe('slimHtml', () => {
  it('drops scripts, styles, SVG, comments, inline styles and data attributes, keeping words and JSON-LD', () => {
    const page = `<head><script src="a.js"></script><script>var x = "<p>no</p>";</script>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{color:red}</style></head>
      <body><!-- ad slot --><p class="lead" style="color:red" data-track='{"a":1}' onclick="go()">Kept words</p>
      <svg><path d="M0"/></svg></body>`;
    const slim = slimHtml(page);
    expect(slim).toContain('<p class="lead">Kept words</p>');
    expect(slim).toContain('{"@type":"NewsArticle"}');
    for (const gone of ['a.js', 'var x', 'color:red', 'ad slot', 'data-track', 'onclick', '<svg', '<style'])
      expect(slim).not.toContain(gone);
  });
});
