const opensWithQuote = /^["“„«‘]/;
const closesWithQuote = /["”»’]$/;

/**
 * Whether the site should set an excerpt in its own quotation marks: not when the excerpt opens or closes with
 * the article's own (`"Look we continue …," Sanders told …`, `… North Korea is "no longer a threat."`), which
 * would double them.
 */
export function needsQuotationMarks(excerpt: string): boolean {
  const text = excerpt.trim();
  return !opensWithQuote.test(text) && !closesWithQuote.test(text);
}
