import { describe, expect, it } from 'vitest';
import { carriesPurgeSecret, PURGE_SECRET_HEADER, purgeSecret } from './purge-secret.ts';

const request = (secret?: string) =>
  new Request('http://site.test/cache-purge', {
    method: 'POST',
    headers: secret === undefined ? {} : { [PURGE_SECRET_HEADER]: secret },
  });

describe("the purge route's secret", () => {
  it('is refused before this process has made one', () => {
    expect(carriesPurgeSecret(request(''))).toBe(false);
    expect(carriesPurgeSecret(request('a'.repeat(64)))).toBe(false);
  });

  it('lets in only the request that carries it', () => {
    const secret = purgeSecret();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(purgeSecret()).toBe(secret);
    expect(carriesPurgeSecret(request(secret))).toBe(true);
    expect(carriesPurgeSecret(request())).toBe(false);
    const oneDigitOff = secret.slice(0, -1) + (secret.endsWith('0') ? '1' : '0');
    expect(carriesPurgeSecret(request(oneDigitOff))).toBe(false);
    expect(carriesPurgeSecret(request(secret.slice(1)))).toBe(false);
  });
});
