import { describe, expect, it } from 'vitest';
import { ClaimCache } from '../src/claim-cache.js';
import type { KnownClaim } from '../src/corroboration.js';

const claim = (speakerId: string, n: number): KnownClaim => ({ id: `${speakerId}#${n}`, speakerId, text: `statement ${n}` });
const claims = (speakerId: string, count: number): KnownClaim[] => Array.from({ length: count }, (_, i) => claim(speakerId, i));

describe('ClaimCache', () => {
  it('holds the complete claim lists of the speakers a batch fetched, once each', () => {
    const cache = new ClaimCache();
    cache.commit(['a'], [...claims('a', 3), claim('a', 1), claim('b', 0)]);
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false); // b's list was not fetched: one claim of b is not all of them
    expect(cache.claimsOf('a').map((c) => c.id)).toEqual(['a#0', 'a#1', 'a#2']);
    expect(cache.size).toBe(3);
  });

  it('forgets the speakers used least recently once it holds more than its limit', () => {
    const cache = new ClaimCache(5);
    cache.commit(['a'], claims('a', 2));
    cache.commit(['b'], claims('b', 2));
    cache.claimsOf('a'); // a is now more recent than b
    cache.commit(['c'], claims('c', 2));
    expect(cache.has('b')).toBe(false);
    expect(cache.has('a')).toBe(true);
    expect(cache.has('c')).toBe(true);
    expect(cache.size).toBe(4);
  });

  it('keeps a single speaker whose claims alone exceed the limit', () => {
    const cache = new ClaimCache(3);
    cache.commit(['a'], claims('a', 10));
    expect(cache.has('a')).toBe(true);
    expect(cache.size).toBe(10);
    cache.commit(['b'], claims('b', 1));
    expect(cache.has('a')).toBe(false);
    expect(cache.size).toBe(1);
  });

  it('stays bounded over a long run', () => {
    const cache = new ClaimCache(1_000);
    for (let batch = 0; batch < 200; batch++) {
      const speakers = Array.from({ length: 10 }, (_, i) => `s${batch}-${i}`);
      cache.commit(speakers, speakers.flatMap((s) => claims(s, 20)));
      expect(cache.size).toBeLessThanOrEqual(1_000);
    }
  });

  it('clear() empties it', () => {
    const cache = new ClaimCache();
    cache.commit(['a'], claims('a', 2));
    cache.clear();
    expect(cache.has('a')).toBe(false);
    expect(cache.size).toBe(0);
  });
});
