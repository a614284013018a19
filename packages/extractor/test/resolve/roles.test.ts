import { describe, expect, it } from 'vitest';
import { run, speakersOf } from '../helpers.js';

describe('role facts (resolve/roles)', () => {
  it('joins a two-word surname to the full name and reads "President X of Y"', () => {
    const ex = run('President Juan Carlos Ruiz Ortega of Peru met the envoy. Ruiz Ortega said the visit was useful.');
    expect(speakersOf(ex, /visit was useful/)).toEqual(['Juan Carlos Ruiz Ortega']);
    expect(ex.rel('Juan Carlos Ruiz Ortega', 'HOLDS_ROLE', 'Peru')).toBe(true);
  });
  it('takes the state that is the subject of the sentence for an unaffiliated minister', () => {
    const ex = run('Norway also imposed travel bans on three officials, Foreign Minister Eva Lund said in a statement.');
    expect(ex.rel('Eva Lund', 'HOLDS_ROLE', 'Norway')).toBe(true);
  });
});
