import { describe, expect, it } from 'vitest';
import { claimsOf, speakersOf } from './helpers.js';

describe('coordinated-cue (participles and coordinated verbs share the speaker)', () => {
  it('splits a sentence at each new cue and keeps the speaker', () => {
    const cs = claimsOf('Kenyan President William Ruto said that the deal is fair, adding that Nairobi will sign it, and he urged Uganda to follow.');
    expect(cs.map((c) => c.text)).toEqual(['the deal is fair', 'Nairobi will sign it', 'Uganda to follow']);
    expect(new Set(cs.map((c) => c.speaker))).toEqual(new Set(['William Ruto']));
  });
  it('credits "mentioned ..., saying" to the subject of "mentioned"', () => {
    const text = 'Her remarks came after Norwegian Foreign Minister Espen Eide mentioned the talks, saying that progress had been made.';
    expect(speakersOf(text, /progress had been made/)).toEqual(['Espen Eide']);
  });
  it('attributes an unnamed official to the body', () => {
    const text = 'The Swiss Foreign Ministry spokesperson repeatedly mentioned the summit, saying that Geneva will host it.';
    expect(speakersOf(text, /Geneva will host/)[0]).toMatch(/Foreign Ministry/);
  });
  it('does not give a participle without a subject to anyone', () => {
    expect(claimsOf('Rain fell all day, adding that roads were closed.')).toEqual([]);
  });
  it('does not give a participle to a name inside a prepositional phrase after the verb', () => {
    expect(speakersOf('The crowd attacked the plan over the costs in Chile and Peru, saying "it will ruin us."', /ruin us/)).toEqual([]);
  });
  it('does not give a coordinated cue to a modifier of an unknown name ("British Prime Minister Zed Quorn")', () => {
    expect(speakersOf('British Prime Minister Zed Quorn said this week that talks would start and suggested that tariffs would fall.', /tariffs would fall/)).not.toContain('United Kingdom');
  });
});
