import nlp from 'compromise';

interface Bounds {
  start: number;
  end: number;
}

// A sentence never ends on these titles before a name: "Mr. Trump", "Amb. Harris", "Pres. Moon", "Mt. Paektu".
const alwaysAbbreviated =
  /(?:^|[\s("“'‘])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Sen|Rep|Gov|Amb|Pres|Rev|Hon|Supt|Messrs|Mme|St|Ft|Mt)\.$/;
// Nor these when a number follows: "No. 2", "Jan. 12", "Sept. 11".
const numberAbbreviated =
  /(?:^|[\s("“'‘])(?:No|Nos|Vol|Fig|Art|Sec|pp?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/** Whether a quotation opened in the text is still open at its end (double quotes, and ‘…’ or '…' pairs). */
function quoteOpen(text: string): boolean {
  let straight = false;
  let curly = 0;
  let single = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (c === '"') straight = !straight;
    else if (c === '“') curly++;
    else if (c === '”') curly = Math.max(0, curly - 1);
    else if ((c === '‘' || c === "'") && !single && /[\s([—–-]/.test(before) && /\p{L}/u.test(after))
      single = true;
    else if ((c === '’' || c === "'") && single && !/\s/.test(before) && !/\p{L}/u.test(after))
      single = false;
  }
  return straight || curly > 0 || single;
}

/** Whether a sentence that ends `previous` and one that starts `next` are really one sentence. */
function oneSentence(previous: string, next: string): boolean {
  if (quoteOpen(previous)) return true;
  if (alwaysAbbreviated.test(previous)) return true;
  if (numberAbbreviated.test(previous) && /^\d/.test(next)) return true;
  return /^\p{Ll}/u.test(next);
}

/**
 * The sentences of a paragraph as trimmed spans of it (local offsets), by compromise's sentence splitter, with
 * two repairs: a sentence is never cut after an abbreviation ("Mr.", "No. 2", "Jan. 12") and never inside a
 * quotation that runs on, so that a quote is whole in one sentence.
 */
export function sentencesOf(paragraph: string): Bounds[] {
  // Line breaks inside a paragraph are wrapping, not sentence ends: give compromise spaces (same offsets).
  const flat = paragraph.replace(/\s/g, ' ');
  const found = new Set([0]);
  // tokenize only: compromise splits sentences before tagging, and tagging is most of its time
  for (const sentence of nlp.tokenize(flat).json({ offset: true, text: false }) as { offset: Bounds }[]) {
    let at = sentence.offset.start;
    while (at > 0 && flat[at - 1] !== ' ') at--;
    found.add(at);
  }
  // compromise does not end a sentence at a closing quote: `is "no longer a threat." But a …`
  for (const end of flat.matchAll(/[.!?…]["”’'] +(?=["“‘']?\p{Lu})/gu)) found.add(end.index + end[0].length);
  const starts = [...found].sort((a, b) => a - b);
  const pieces = starts.map((start, i) => ({ start, end: starts[i + 1] ?? paragraph.length }));
  const merged: Bounds[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && oneSentence(flat.slice(last.start, last.end).trim(), flat.slice(piece.start).trimStart()))
      last.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged
    .map(({ start, end }) => {
      const text = paragraph.slice(start, end);
      const lead = text.length - text.trimStart().length;
      return { start: start + lead, end: start + text.trimEnd().length };
    })
    .filter((b) => b.end > b.start);
}
