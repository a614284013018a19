import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('mentions and roles', () => {
  it('splits affiliation, title and name in one capitalised run', () => {
    const ex = run('French Foreign Minister Catherine Colonna said on Friday that Paris backs the plan.');
    expect(ex.names).toContain('Catherine Colonna');
    expect(ex.rel('Catherine Colonna', 'HOLDS_ROLE', 'France')).toBe(true);
  });

  it('reads lower-case titles after a body: "Foreign Ministry spokeswoman X"', () => {
    const ex = run('The Indian Foreign Ministry said the talks were useful, ministry spokeswoman Priya Nair told reporters.');
    expect(ex.names).toContain('Priya Nair');
    expect(ex.rel('Priya Nair', 'HOLDS_ROLE', 'Indian Foreign Ministry')).toBe(true);
  });

  it('reads roles from appositions, coordinated', () => {
    const ex = run('Kofi Mensah, a member of the Executive Board of the Ghana Cocoa Board and director of the Office of the Chief Executive of the Ghana Ports Authority, said prices would rise.');
    expect(ex.names).toContain('Kofi Mensah');
    const roles = ex.relations.filter((r) => r.predicate === 'HOLDS_ROLE');
    expect(roles.map((r) => r.title)).toEqual(expect.arrayContaining(['member', 'director']));
  });

  it('finds organisations by pattern and folds "Ministry of X Affairs" into "X Ministry"', () => {
    const ex = run('The Ministry of Foreign Affairs of Brazil said on Tuesday that the Brazilian Foreign Ministry would reply. The Office of the High Commissioner of the Refugee Agency said it was concerned.');
    expect(ex.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual(
      expect.arrayContaining(['Office of the High Commissioner of the Refugee Agency']));
  });

  it('types countries, places and demonyms; "the X side" is the country', () => {
    const ex = run('The Canadian side said on Monday that Canada and Mexico held talks in Toronto on the Korean Peninsula.');
    const canada = ex.entities.find((e) => e.name === 'Canada');
    expect(canada?.type).toBe('Country');
    expect(canada?.aliases).toContain('the Canadian side');
    expect(ex.entities.find((e) => e.name === 'Toronto')?.type).toBe('Place');
    expect(ex.entities.find((e) => e.name === 'Korean Peninsula')?.type).toBe('Place');
  });

  it('does not make generic organs or "X on Monday" into bodies', () => {
    const ex = run('The Standing Committee and the Plenary Session of the 12th Congress met. The Kenyan Foreign Ministry on Monday urged Somalia to talk.');
    expect(ex.names.some((n) => /Standing Committee|on Monday/.test(n))).toBe(false);
  });

  it('uses acronyms for bodies named in full', () => {
    const ex = run('The National Democratic Alliance Party said the NDAP would contest the vote, party leader Ravi Rao said.');
    const nda = ex.entities.find((e) => e.name === 'National Democratic Alliance Party');
    expect(nda?.aliases).toContain('NDAP');
  });
});
