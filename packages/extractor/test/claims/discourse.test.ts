// The discourse state carried from unit to unit: pronouns, documents, groups, collective bodies.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';
import { claimsOf, speakersOf } from './helpers.js';

describe('discourse', () => {
  it('gives "it said" and "the statement added" to the body that spoke', () => {
    const cs = claimsOf('The Polish Foreign Ministry said in a statement that the visit was useful.\nThe border will stay open, it said.\nAll sides gained, the statement added.');
    expect(cs).toHaveLength(3);
    expect(new Set(cs.map((c) => c.speaker)).size).toBe(1);
  });
  it('resolves "it said" to the body that was the subject of the previous sentence', () => {
    const text = 'The Port Authority said the harbour was safe. The Coastal Guard gave another account. It said the ship had entered illegally.';
    expect(speakersOf(text, /entered illegally/)).toEqual(['Coastal Guard']);
  });
  it('credits "The announcement said" to the body that issued it', () => {
    expect(speakersOf('The Trade Ministry announced new export rules. The announcement said licences would be needed.', /licences/)).toEqual(['Trade Ministry']);
  });
  it('gives a claim of "Both leaders" and of a following "They" to the two persons just named', () => {
    const text = 'President Ana Soto held talks with Prime Minister Raj Mehta. Both leaders urged Venezuela to hold free elections. They also voiced support for the Andean Community.';
    expect(speakersOf(text, /free elections/)).toEqual(['Ana Soto', 'Raj Mehta']);
    expect(speakersOf(text, /Andean Community/)).toEqual(['Ana Soto', 'Raj Mehta']);
  });
  it('credits "Foreign ministers from X" and a later "The ministers said" to the body', () => {
    const text = 'Foreign ministers from the African Union on Friday voiced concern over the coup. The ministers said elections must be held.';
    expect(speakersOf(text, /concern over the coup/)).toEqual(['African Union']);
    expect(speakersOf(text, /elections must be held/)).toEqual(['African Union']);
  });
  it('lets "Leaders of the X" speak for X, and "the leaders" later', () => {
    const text = 'Leaders of the Andean Union ended a summit on Friday with a statement calling for calm in the region. The leaders said they were concerned about floods.';
    expect(speakersOf(text, /concerned about floods/)).toEqual(['Andean Union']);
    expect(run(text).names).not.toContain('Leaders of the Andean Union');
  });
  it('reads "she" as the person the previous sentence was about', () => {
    const text = 'Foreign Minister Ana Ruiz arrived in Lima. The minister met Deputy Foreign Minister Tomas Vega and later held talks with President Luis Mora. '
      + 'She told reporters the deal was near. Vega thanked her. Ruiz did not give a date. The minister said the plan was sound.';
    expect(speakersOf(text, /deal was near/)).toEqual(['Ana Ruiz']);
    expect(speakersOf(text, /plan was sound/)).toEqual(['Ana Ruiz']);
  });
  it('gives "they" no speaker when no pair spoke', () => {
    expect(speakersOf('The river rose overnight. They said the dam would hold.', /dam would hold/)).toEqual([]);
  });
});
