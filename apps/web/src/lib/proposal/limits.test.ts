import { describe, expect, it } from 'vitest';
import {
  applySizeProblem,
  articleSizeProblem,
  fileSizeProblem,
  jsonBytes,
  MAX_SENT_BYTES,
} from './limits.ts';

describe('size limits', () => {
  it('counts bytes as sent: UTF-8, with JSON escapes', () => {
    expect(jsonBytes('a"b')).toBe(6);
    expect(jsonBytes('é')).toBe(4);
  });

  it('takes an article that fits the API’s request and refuses a bigger one, saying how big', () => {
    expect(articleSizeProblem('x'.repeat(MAX_SENT_BYTES - 2))).toBeNull();
    expect(articleSizeProblem('x'.repeat(70 * 1024))).toMatch(
      /^The article is 71 KB as sent; Parley reads at most 63 KB/,
    );
    expect(applySizeProblem([{ record: 'x'.repeat(64 * 1024) }])).toMatch(
      /^The accepted records come to 65 KB/,
    );
    expect(fileSizeProblem(2_000_000)).toMatch(/^The file is 1954 KB; choose one of at most 900 KB/);
    expect(fileSizeProblem(1000)).toBeNull();
  });
});
