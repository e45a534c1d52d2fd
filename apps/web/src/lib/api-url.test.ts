import { afterEach, describe, expect, it } from 'vitest';
import { publicApiUrl } from './api-url.ts';

afterEach(() => {
  delete process.env.PARLEY_API_URL;
});

describe('publicApiUrl', () => {
  it('keeps the API on loopback for a reader on this machine', () => {
    expect(publicApiUrl('localhost:3000')).toBe('http://127.0.0.1:4000/graphql');
    expect(publicApiUrl(null)).toBe('http://127.0.0.1:4000/graphql');
  });

  it("gives a reader on another machine the site's host name with the API's port", () => {
    expect(publicApiUrl('192.0.2.7:3000')).toBe('http://192.0.2.7:4000/graphql');
    expect(publicApiUrl('parley.lan')).toBe('http://parley.lan:4000/graphql');
  });

  it('leaves an API that has its own public address alone', () => {
    process.env.PARLEY_API_URL = 'https://api.parley.example/graphql';
    expect(publicApiUrl('parley.example')).toBe('https://api.parley.example/graphql');
  });
});
