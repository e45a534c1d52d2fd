import { dateStamp } from './dates.ts';

// Page furniture recognised by its shape, never by its words alone: each rule names what a notice, a credit or a
// lead-in looks like, so that a paragraph of news that merely mentions a photo or a newsletter is kept.

const credit = [
  // "Photo: …", "Caption: …", "(Photo: …)", "… leaves the Oval Office. Photo: M. Ibsen / Lakeside Post"
  /(?:^|[.(|•]\s*)(?:photo|photograph|image|picture|caption|credit|credits|video|graphic|illustration|file photo)s?\s*:/i,
  // "Official White House Photo by Shealah Craighead", "Photo courtesy of …", "Photograph credit …"
  /\b(?:photo|photograph|image|picture|video|footage|illustration)s?\s+(?:by|courtesy|credit)\b/i,
  // "AP Photo/Evan Vucci", "(Reuters/Jonathan Ernst)", "AFP/Getty Images" closing the line (not "Reuters/Ipsos poll")
  /\b(?:AP|AFP|EPA|Reuters|Getty)(?:\s+Images)?(?:\s+Photo)?\s*\/\s*\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}\.?\)?\s*$/u,
  // a credit closing the line: "(Getty Images)", "… / AFP", "(Westbrook Courier)" after a caption's period
  /(?:\((?:[^()]*\/\s*)?(?:Getty Images|AFP|AP|EPA|Reuters|Pool|Shutterstock|Bloomberg|Xinhua|Yonhap|KCNA)\b[^()]*\)|\/\s*(?:Getty Images|AFP|AP|EPA|Reuters|Pool))\s*$/,
  // "(Reporting by …; Editing by …)", "Additional reporting by …", "Contributing: …"
  /^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|contributing)(?:\s+by\b|\s*:)/i,
];

// Notices speak to the reader about the site ("you", "our site", "Subscribe …"); a quotation never is one.
const noticeTopic =
  /\bcookies?\b|\bnewsletters?\b|\bsubscri(?:be|ption|bers?)\b|\bprivacy policy\b|\bterms of (?:use|service)\b/i;
const readerAddressed =
  /\b(?:you|your)\b|\bour (?:site|website|partners|newsletters?|journalism|privacy|use)\b|\bthis (?:site|website)\b|^(?:subscribe|sign up)\b/i;
const quotationMark = /["“”«»„]/;

// A lead-in alone on its line, or before a separator: "Related", "Most read: Ten things…", "Watch — …".
const leadIn =
  /^(?:related(?:\s+(?:stories|articles|coverage|content|links|reading|video))?|read (?:more|also|next)|also read|more(?: on this(?: story)?| from [\p{L} ]{1,30}| stories)?|most (?:read|popular|viewed|shared)|popular(?: now)?|trending(?: now)?|recommended(?: for you)?|see also|watch(?: now)?|listen(?: now)?|latest(?: news)?|top stories|editor'?s picks|you (?:may|might) also like|what to read next|up next|don'?t miss|must read|in other news|advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|skip advertisement)\s*(?:$|[:|»›>—–-]\s*)/iu;

const accountPrompt =
  /^(?:sign (?:up|in)|log ?in|register|create (?:an|a free) account|already a subscriber|get the app|download (?:the|our) app)\b/i;

// Share and follow lines: "Share this article", "Follow us on Twitter", "Facebook Twitter Email".
const shareLine =
  /^(?:share(?: this(?: article| story| page)?| on \p{L}+)?|tweet|email|print|copy link|follow us\b.*|follow [\p{L} .@]{1,40} on (?:twitter|x|facebook|instagram|linkedin|threads)\b.*|like us on facebook|join us on \p{L}+)\s*[:.!]?$/iu;
const socialWords =
  /^(?:\s*(?:facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|pinterest|print|share|copy|link|messenger|telegram|flipboard|comments?|\d+)\s*[|•·,/]?)+$/i;

const copyright = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i;
const addressOnly = /^(?:https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+)$/i;

/** Too little to be a paragraph: a lone letter or symbol ("f", "•", "* * *"), a page number. */
function isStray(line: string): boolean {
  const visible = line.replace(/\s+/g, '');
  const letters = visible.replace(/[^\p{L}]/gu, '');
  return letters.length === 0 || (letters.length <= 2 && visible.length <= 3);
}

/** A line of page furniture by its shape alone: a credit, a notice, a lead-in, a share line, a stray symbol. */
export function isFurnitureLine(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || isStray(line)) return true;
  if (credit.some((shape) => shape.test(line))) return true;
  if (!quotationMark.test(line) && noticeTopic.test(line) && readerAddressed.test(line)) return true;
  if (leadIn.test(line) || accountPrompt.test(line) || copyright.test(line) || addressOnly.test(line))
    return true;
  if (shareLine.test(line) || socialWords.test(line)) return true;
  return dateStamp(line) !== undefined;
}

/** The words of a text, counted as whitespace-separated pieces. */
export const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** Whether a text ends as a sentence does, closing quotes and brackets aside: "… said.", "… threat.”", "…?" */
export function endsSentence(text: string): boolean {
  return /[.!?…:;]$/.test(text.trim().replace(/[\s"'”’»)\]]+$/, ''));
}

// Longer than this, a line without a final stop is prose that lost its period, not a headline.
const HEADLINE_WORDS = 16;

/** A headline, subhead or byline standing in the body: few words and no final punctuation. */
export function isHeadlineLike(text: string): boolean {
  return !endsSentence(text) && wordCount(text) <= HEADLINE_WORDS;
}
