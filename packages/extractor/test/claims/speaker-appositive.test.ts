import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.js';

describe('speaker-appositive (a speaker named before an apposition)', () => {
  it('credits "X, a spokesman for Y, said" to X', () => {
    expect(speakersOf('Tom Reyes, a spokesman for the Foreign Ministry, said the crew was safe.', /crew was safe/)).toEqual(['Tom Reyes']);
  });
  it('credits a body named before "citing ...": "X, citing ..., said"', () => {
    expect(speakersOf('The news agency TNA, citing a statement by the army, said the drills would continue.', /drills would continue/)).toEqual(['TNA']);
  });
});
