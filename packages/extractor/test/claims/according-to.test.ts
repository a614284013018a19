import { describe, expect, it } from 'vitest';
import { claimsOf, speakersOf } from './helpers.js';

describe('according-to', () => {
  it('reads "According to X, ..." before the content', () => {
    const cs = claimsOf('According to the Chilean side, talks will continue next week.');
    expect(cs.map((c) => [c.speaker, c.text, c.rule])).toEqual([['Chile', 'talks will continue next week', 'according-to']]);
  });
  it('reads "according to a statement from X" at the end of a sentence', () => {
    expect(speakersOf('The two leaders discussed energy and trade, according to a statement from the Saudi Press Agency.', /discussed energy/)[0]).toMatch(/Press Agency/);
  });
  it('credits "a senior administration official" to the country whose president was named, and "The official" after it', () => {
    const text = 'Chilean President Ana Soto met Prime Minister Raj Mehta. The talks were frank, according to a senior administration official, who spoke on condition of anonymity. The official said Chile would send grain.';
    expect(speakersOf(text, /talks were frank/)).toEqual(['Chile']);
    expect(speakersOf(text, /send grain/)).toEqual(['Chile']);
  });
  it('credits "according to a senior State Department official" to the department', () => {
    expect(speakersOf('Tariffs were discussed, according to a senior State Department official.', /Tariffs were discussed/)).toEqual(['US State Department']);
  });
  it('keeps a named speaker when an outlet is cited at the end', () => {
    const cs = claimsOf('Prime Minister Ken Sato said on Monday that the release would go ahead, according to Harbour News.');
    expect(cs.map((c) => [c.speaker, c.text])).toEqual([['Ken Sato', 'the release would go ahead']]);
  });
  it('lets a named speaker\'s cue win over an opening "According to X,"', () => {
    const text = 'Foreign Minister Ola Berg met the envoy. According to the foreign ministry, he reiterated that peace must come first.';
    expect(speakersOf(text, /peace must come first/)).toEqual(['Ola Berg']);
  });
  it('reads nothing from "according to" without a source', () => {
    expect(claimsOf('The vote went according to plan.')).toEqual([]);
  });
});
