/**
 * What one request to the API may carry: its body limit (`maxBodyBytes` in apps/api/src/limits.ts, 64 KiB)
 * less room for the query document and the other fields.
 */
export const MAX_SENT_BYTES = 63 * 1024;

/** The bytes a value takes in a JSON request body (UTF-8, with its escapes). */
export const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** Why an article cannot be sent, or null when it fits. */
export function articleSizeProblem(text: string): string | null {
  const bytes = jsonBytes(text);
  if (bytes <= MAX_SENT_BYTES) return null;
  return `The article is ${kilobytes(bytes)} as sent; Parley reads at most ${kilobytes(MAX_SENT_BYTES)} at a time. Paste only the article’s words, or save the page without its pictures, scripts and comments.`;
}

/** Why the accepted records cannot be written in one request, or null when they fit. */
export function applySizeProblem(records: unknown): string | null {
  const bytes = jsonBytes(records);
  if (bytes <= MAX_SENT_BYTES) return null;
  return `The accepted records come to ${kilobytes(bytes)}; Parley writes at most ${kilobytes(MAX_SENT_BYTES)} in one go. Reject some of them, apply, then add the article again for the rest.`;
}

/** The largest file the site reads: Next's server actions take bodies up to 1 MB unless configured otherwise. */
export const MAX_FILE_BYTES = 900 * 1024;

/** Why a chosen file is not read, or null when it may be. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return `The file is ${kilobytes(bytes)}; choose one of at most ${kilobytes(MAX_FILE_BYTES)} (save the page as “HTML only”), or paste the article’s words.`;
}
