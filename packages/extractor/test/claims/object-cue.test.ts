import { describe, expect, it } from 'vitest';
import { claimsOf, speakersOf } from './helpers.js';

describe('object-cue', () => {
  it('takes "expressed concern over" and "described X as Y", but not a bare "described as"', () => {
    const cs = claimsOf('Japanese Prime Minister Aki Mori expressed concern over the launches. Mori described the plan as reckless. Officials left for what he described as talks.');
    expect(cs.map((c) => c.text)).toEqual(expect.arrayContaining(['concern over the launches', 'the plan as reckless']));
    expect(cs.some((c) => /^as talks/.test(c.text))).toBe(false);
  });
  it('gives a claim of "X and Y voiced concern" to both', () => {
    expect(speakersOf('Peru and Chile also voiced concern over the incident.', /the incident/)).toEqual(['Chile', 'Peru']);
  });
  it('needs an object of the lexicon after "expressed" and "raised"', () => {
    expect(claimsOf('The company expressed the parcel to Lima. The farmer raised cattle.')).toEqual([]);
  });
});
