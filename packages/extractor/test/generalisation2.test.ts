// General rules added after the second held-out audit (test/heldout2): each test is a short text of its own.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';
import { clean } from '../src/clean.js';

type Ex = ReturnType<typeof run>;
const nameOf = (ex: Ex, id: string | undefined): string | undefined => ex.entities.find((e) => e.id === id)?.name;
const speakersOf = (ex: Ex, text: RegExp): Array<string | undefined> =>
  ex.claims.filter((c) => text.test(c.text)).map((c) => nameOf(ex, c.speaker)).sort();

describe('page clean-up', () => {
  it('reads a dateline with a country before the agency, and blanks captions, tags and the copyright line', () => {
    const page = 'Leaders meet in port city\n\nODESSA, Ukraine, May 2 (Agencia Sur) -- Minister Ana Ruiz said the port would reopen.\n\n'
      + 'Minister Ana Ruiz speaks to the press in Odessa. (Photo: Agencia Sur)\n\nTags: ports shipping\n© 2024 Agencia Sur Media Group. All rights reserved.\n';
    const c = clean(page);
    expect(c.meta.source).toBe('Agencia Sur');
    expect(c.meta.datelinePlace).toBe('ODESSA');
    expect(c.clean).not.toMatch(/speaks to the press|Tags|Media Group/);
    expect(c.clean).toMatch(/the port would reopen/);
  });
});

describe('names', () => {
  it('reads "He" after a title as a surname, and keeps "Jr." and inner capitals in names', () => {
    const ex = run('Trade ministry spokesperson He Lin said exports grew. President Tomas Reyes Jr. said the deal was fair. Envoy DeShawn Miles said talks went well.');
    expect(ex.names).toEqual(expect.arrayContaining(['He Lin', 'Tomas Reyes Jr.', 'DeShawn Miles']));
    expect(speakersOf(ex, /exports grew/)).toEqual(['He Lin']);
  });
  it('takes a capital after "to"/"from" for its country unless a word of motion precedes', () => {
    const ex = run('Germany pledged more tanks to Kyiv. The chancellor later flew to Warsaw.');
    expect(ex.entities.find((e) => e.aliases.includes('Kyiv'))?.type).toBe('Country');
    expect(ex.entities.find((e) => e.aliases.includes('Warsaw'))?.type).toBe('Place');
  });
});

describe('speakers', () => {
  it('resolves a definite description ("the Kremlin spokesman", "The Chilean leader") to the named person', () => {
    const ex = run('Chilean President Ana Soto met Kremlin spokesman Ivan Orlov. "Talks were useful," the Kremlin spokesman said. The Chilean leader said ties would grow.');
    expect(speakersOf(ex, /Talks were useful/)).toEqual(['Ivan Orlov']);
    expect(speakersOf(ex, /ties would grow/)).toEqual(['Ana Soto']);
  });
  it('keeps an indefinite "a ministry spokesperson" as the body', () => {
    const ex = run('The Trade Ministry criticized the tariffs. "We will respond," a Trade Ministry spokesperson said. Trade Ministry spokesperson Leo Park later said more was coming.');
    expect(speakersOf(ex, /We will respond/)).toEqual(['Trade Ministry']);
  });
});

describe('unnamed and collective speakers', () => {
  it('keeps a "he" inside a body\'s report for the person: "He met X, according to the ministry"', () => {
    const ex = run('Foreign Minister Omar Haddad arrived in Lima. He met Foreign Minister Lena Berg on Monday, according to the Foreign Ministry.');
    expect(ex.rel('Omar Haddad', 'MET_WITH', 'Lena Berg')).toBe(true);
    expect(ex.relations.some((r) => r.predicate === 'MET_WITH' && nameOf(ex, r.subject) !== 'Omar Haddad')).toBe(false);
  });
  it('joins a bracketed acronym and its later uses to the body before it', () => {
    const ex = run("Chile's Ministry of Mining (MINMIN) said output rose. A MINMIN spokesperson said exports would follow.");
    const bodies = ex.entities.filter((e) => e.aliases.includes('MINMIN'));
    expect(bodies.length).toBe(1);
    expect(bodies[0]!.aliases).toContain('Ministry of Mining');
  });
});

describe('relations', () => {
  it('gives the person, not the body, in "X, a spokesman for Y, urged Z"', () => {
    const ex = run('Tom Reyes, a spokesman for the Foreign Ministry, urged Japan to release the crew.');
    expect(ex.rel('Tom Reyes', 'URGED', 'Japan')).toBe(true);
    expect(ex.relations.filter((r) => r.predicate === 'URGED').length).toBe(1);
  });
  it('shares the subject between coordinated verbs: "said X supports Y and urged Z"', () => {
    const ex = run('Foreign Minister Ana Soto said Chile supports Peru and urged Bolivia to reopen the border.');
    expect(ex.rel('Ana Soto', 'URGED', 'Bolivia')).toBe(true);
    expect(ex.rel('Chile', 'URGED', 'Bolivia')).toBe(false);
  });
  it('reads "his visit to X" and "Speaking during her visit to X, Y said" as visits', () => {
    const ex = run('President Ana Soto met the king. Her visit to Norway ends on Friday. Speaking during his visit to Sweden, Prime Minister Raj Mehta said trade grew.');
    expect(ex.rel('Ana Soto', 'VISITED', 'Norway')).toBe(true);
    expect(ex.rel('Raj Mehta', 'VISITED', 'Sweden')).toBe(true);
  });
  it('reads noun-phrase stances: "Chile\'s support for Peru", "pledged support for Peru"', () => {
    const ex = run("Analysts noted Chile's support for Peru. Argentina pledged long-term support for Uruguay.");
    expect(ex.rel('Chile', 'SUPPORTED', 'Peru')).toBe(true);
    expect(ex.rel('Argentina', 'SUPPORTED', 'Uruguay')).toBe(true);
  });
  it('reads "restrictive measures against X" as sanctions', () => {
    const ex = run('The European Union adopted restrictive measures against Belarus on Monday.');
    expect(ex.rel('European Union', 'SANCTIONED', 'Belarus')).toBe(true);
  });
  it('reads "spoke by phone with", "a phone conversation with" and "X\'s cooperation with Y"', () => {
    const ex = run("President Ana Soto spoke by phone with Prime Minister Raj Mehta. Minister Omar Haddad held a phone conversation with Minister Lena Berg. Chile's cooperation with Peru will grow.");
    expect(ex.rel('Ana Soto', 'MET_WITH', 'Raj Mehta')).toBe(true);
    expect(ex.rel('Omar Haddad', 'MET_WITH', 'Lena Berg')).toBe(true);
    expect(ex.rel('Chile', 'COOPERATED_WITH', 'Peru')).toBe(true);
  });
  it('reads "expressed concern over X\'s acts" and "... between X and Y" as criticism, not a concern about a topic', () => {
    const ex = run("Minister Gen Oda expressed concern over cooperation between Iran and Syria. President Ana Soto voiced concern over Peru's border closure. Chile expressed concern over the floods in Peru.");
    expect(ex.rel('Gen Oda', 'CRITICIZED', 'Iran')).toBe(true);
    expect(ex.rel('Gen Oda', 'CRITICIZED', 'Syria')).toBe(true);
    expect(ex.rel('Ana Soto', 'CRITICIZED', 'Peru')).toBe(true);
    expect(ex.rel('Chile', 'CRITICIZED', 'Peru')).toBe(false);
  });
  it('reads "X and Y accused each other" in both directions', () => {
    const ex = run('Armenia and Azerbaijan accused each other of violating the truce.');
    expect(ex.rel('Armenia', 'CRITICIZED', 'Azerbaijan')).toBe(true);
    expect(ex.rel('Azerbaijan', 'CRITICIZED', 'Armenia')).toBe(true);
  });
});
