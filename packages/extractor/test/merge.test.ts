// The one entity-merge rule (merge.ts), shared by `kg extract` and the store: a function of the set of
// entities, whatever their order.
import type { Extraction } from '@kg/ontology';
import { describe, expect, it } from 'vitest';
import { entityCaption, foldName, mergeExtractions, resolveEntityNames, type NamedEntity } from '../src/merge.js';

const person = (id: string, name: string, aliases: string[] = [name]): NamedEntity => ({ id, type: 'Person', name, aliases });
const blinken = person('person:antony-blinken', 'Antony Blinken', ['Antony Blinken', 'Blinken']);
const surname = person('person:blinken', 'Blinken');
const wangYi = person('person:wang-yi', 'Wang Yi', ['Wang Yi', 'Wang']);
const wangWenbin = person('person:wang-wenbin', 'Wang Wenbin', ['Wang Wenbin', 'Wang']);
const wang = person('person:wang', 'Wang');
const merged = (list: NamedEntity[]) => [...resolveEntityNames(list)].filter(([a, b]) => a !== b).sort();

describe('foldName', () => {
  it('folds case, accents, dots and spacing', () => {
    expect(foldName('  Péter   SZIJJÁRTÓ ')).toBe('peter szijjarto');
    expect(foldName('Antony J. Blinken')).toBe('antony j blinken');
  });
});

describe('resolveEntityNames', () => {
  it('maps a surname-only person to the one full name with that surname, in any order', () => {
    expect(merged([surname, blinken])).toEqual([['person:blinken', 'person:antony-blinken']]);
    expect(merged([blinken, surname])).toEqual([['person:blinken', 'person:antony-blinken']]);
  });

  it('does not merge an ambiguous surname, and never two full names through a shared one-word alias', () => {
    expect(merged([wangYi, wang])).toEqual([['person:wang', 'person:wang-yi']]);
    expect(merged([wangYi, wangWenbin, wang])).toEqual([]);
    expect(merged([wang, wangWenbin, wangYi])).toEqual([]);
  });

  it('merges two entities of one type that alone share a name, never across types or through a name three carry', () => {
    const us = { id: 'country:united-states', type: 'Country', name: 'United States', aliases: ['United States', 'U.S.'] };
    const usShort = { id: 'country:us', type: 'Country', name: 'US', aliases: ['u.s.'] };
    expect(merged([usShort, us])).toEqual([['country:us', 'country:united-states']]);
    const place = { id: 'place:us', type: 'Place', name: 'US', aliases: [] };
    expect(merged([place, us])).toEqual([]);
    const council = (id: string, name: string) => ({ id, type: 'Organization', name, aliases: ['Council'] });
    expect(merged([council('organization:a', 'Alpha Council'), council('organization:b', 'Beta Council'), council('organization:council', 'Council')])).toEqual([]);
  });

  it('is linear: 20,000 people with 10,000 surnames resolve at once', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => person(`person:given-name${i}`, `Given Name${i}`));
    const surnames = Array.from({ length: 10_000 }, (_, i) => person(`person:name${i}`, `Name${i}`));
    const out = resolveEntityNames([...many, ...surnames]);
    expect(out.get('person:name42')).toBe('person:given-name42');
  });
});

describe('entityCaption', () => {
  it('prefers a full name for people, then the name of the id, then the longest', () => {
    expect(entityCaption('person:blinken', 'Person', ['Blinken', 'Antony Blinken'])).toBe('Antony Blinken');
    expect(entityCaption('country:us', 'Country', ['U.S.', 'US', 'United States'])).toBe('U.S.');
    expect(entityCaption('organization:x', 'Organization', ['Alpha', 'Alphabet'])).toBe('Alphabet');
  });
});

describe('mergeExtractions', () => {
  it('moves speakers and relation ends to the merged id, and drops a relation between two names of one person', () => {
    const a: Extraction = {
      articles: [{ id: 'a', title: null, source: null, publishedAt: null, path: null }],
      entities: [{ id: 'person:blinken', type: 'Person', name: 'Blinken', aliases: ['Blinken'], mentionedIn: ['a'] }],
      claims: [{ id: 'c', speaker: 'person:blinken', text: 't', kind: 'direct', about: ['topic:x'], articles: ['a'] }],
      relations: [{ subject: 'person:blinken', predicate: 'MET_WITH', object: 'person:antony-blinken', negated: false, hedged: false, evidence: [] }],
    };
    const b: Extraction = {
      articles: [{ id: 'b', title: null, source: null, publishedAt: null, path: null }],
      entities: [{ id: 'person:antony-blinken', type: 'Person', name: 'Antony Blinken', aliases: ['Antony Blinken'], mentionedIn: ['b'] }],
      claims: [],
      relations: [],
    };
    for (const out of [mergeExtractions([a, b]), mergeExtractions([b, a])]) {
      expect(out.entities.map((e) => [e.id, e.name, e.aliases])).toEqual([['person:antony-blinken', 'Antony Blinken', ['Antony Blinken', 'Blinken']]]);
      expect(out.claims[0]?.speaker).toBe('person:antony-blinken');
      expect(out.relations).toEqual([]);
    }
  });
});

describe('merging articles', () => {
  it('merges spelling variants of one name across articles (doubled letters, accents)', async () => {
    const { extractCorpus } = await import('./../src/index.js');
    const { extraction } = extractCorpus([
      { text: 'President Ivan Petrenkko said the talks were useful.', meta: { path: 'a.txt' } },
      { text: 'President Ivan Petrenko said the border was calm. Petrenko later left.', meta: { path: 'b.txt' } },
    ]);
    const persons = extraction.entities.filter((e) => e.type === 'Person');
    expect(persons).toHaveLength(1);
    expect(persons[0]!.aliases).toEqual(expect.arrayContaining(['Ivan Petrenkko', 'Ivan Petrenko']));
  });
});
