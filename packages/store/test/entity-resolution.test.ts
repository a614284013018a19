import type { Extraction } from '@kg/ontology';
import { describe, expect, it } from 'vitest';
import { foldName, lookupNames, remapExtraction, resolveEntities, type ResolvableEntity } from '../src/entity-resolution.js';

const person = (id: string, name: string, aliases: string[] = [name]): ResolvableEntity => ({ id, type: 'Person', name, aliases });
const blinken = person('person:antony-blinken', 'Antony Blinken');
const surname = person('person:blinken', 'Blinken');
const wangYi = person('person:wang-yi', 'Wang Yi', ['Wang Yi', 'Wang']);
const wangWenbin = person('person:wang-wenbin', 'Wang Wenbin', ['Wang Wenbin', 'Wang']);

describe('foldName', () => {
  it('folds case, accents, dots and spacing', () => {
    expect(foldName('  Péter   SZIJJÁRTÓ ')).toBe('peter szijjarto');
    expect(foldName('Antony J. Blinken')).toBe('antony j blinken');
  });
});

describe('resolveEntities', () => {
  it('maps a surname-only person to the one stored person with that surname', () => {
    const res = resolveEntities([blinken], [surname]);
    expect(res.idOf.get('person:blinken')).toBe('person:antony-blinken');
    expect(res.nameOf.get('person:antony-blinken')).toBe('Antony Blinken');
  });

  it('maps a surname-only person to a full-name person of the same batch, whichever comes first', () => {
    expect(resolveEntities([], [surname, blinken]).idOf).toEqual(new Map([['person:blinken', 'person:antony-blinken']]));
    expect(resolveEntities([], [blinken, surname]).idOf).toEqual(new Map([['person:blinken', 'person:antony-blinken']]));
  });

  it('does not merge an ambiguous surname', () => {
    const res = resolveEntities([wangYi, wangWenbin], [person('person:wang', 'Wang')]);
    expect(res.idOf.size).toBe(0);
  });

  it('never merges two full names through a shared one-word alias', () => {
    const res = resolveEntities([wangYi], [wangWenbin]);
    expect(res.idOf.size).toBe(0);
  });

  it('maps an entity whose alias names exactly one stored entity of the same type', () => {
    const us = { id: 'country:united-states', type: 'Country', name: 'United States', aliases: ['United States', 'U.S.', 'Washington'] };
    const org = { id: 'organization:washington', type: 'Organization', name: 'Washington', aliases: ['Washington'] };
    const res = resolveEntities([us, org], [{ id: 'country:us', type: 'Country', name: 'US', aliases: ['u.s.'] }]);
    expect(res.idOf.get('country:us')).toBe('country:united-states');
    // Same alias, other type: no candidate.
    expect(resolveEntities([us], [{ id: 'place:washington', type: 'Place', name: 'Washington', aliases: ['Washington'] }]).idOf.size).toBe(0);
  });

  it('does not merge on an alias shared by two stored entities', () => {
    const a = { id: 'organization:a', type: 'Organization', name: 'Alpha Council', aliases: ['Council'] };
    const b = { id: 'organization:b', type: 'Organization', name: 'Beta Council', aliases: ['Council'] };
    expect(resolveEntities([a, b], [{ id: 'organization:council', type: 'Organization', name: 'Council', aliases: [] }]).idOf.size).toBe(0);
  });

  it('keeps an entity whose id is stored, and leaves unrelated entities alone', () => {
    expect(resolveEntities([surname, blinken], [surname]).idOf.size).toBe(0);
    expect(resolveEntities([blinken], [wangYi]).idOf.size).toBe(0);
  });

  it('maps a new full name onto a stored surname-only node and upgrades its caption', () => {
    const res = resolveEntities([surname], [blinken]);
    expect(res.idOf.get('person:antony-blinken')).toBe('person:blinken');
    expect(res.upgraded).toEqual(new Set(['person:blinken']));
    expect(res.nameOf.get('person:blinken')).toBe('Antony Blinken');
  });

  it('does not upgrade a stored surname-only node two new full names could claim', () => {
    const res = resolveEntities([person('person:wang', 'Wang')], [wangYi, wangWenbin]);
    expect(res.idOf.size).toBe(0);
    expect(res.upgraded.size).toBe(0);
  });

  it('finds a stored node whose caption was upgraded by its full name', () => {
    const upgraded = person('person:blinken', 'Antony Blinken', ['Antony Blinken', 'Blinken']);
    expect(resolveEntities([upgraded], [blinken]).idOf.get('person:antony-blinken')).toBe('person:blinken');
    expect(resolveEntities([upgraded], [person('person:x-blinken', 'Blinken')]).idOf.get('person:x-blinken')).toBe('person:blinken');
  });

  it('looks up full names and the surnames of people', () => {
    expect(lookupNames([blinken, surname])).toEqual(['Antony Blinken', 'Blinken', 'blinken']);
  });
});

describe('remapExtraction', () => {
  it('moves speakers, about, relation ends and entities to the canonical id, dropping self-relations', () => {
    const x: Extraction = {
      articles: [{ id: 'a', title: null, source: null, publishedAt: null, path: null }],
      entities: [
        { id: 'person:blinken', type: 'Person', name: 'Blinken', aliases: ['Blinken'], mentionedIn: ['a'] },
        { id: 'person:antony-blinken', type: 'Person', name: 'Antony Blinken', aliases: ['Antony Blinken'], mentionedIn: ['a'] },
      ],
      claims: [{ id: 'c', speaker: 'person:blinken', text: 't', kind: 'direct', about: ['person:antony-blinken', 'topic:x'], articles: ['a'] }],
      relations: [{ subject: 'person:blinken', predicate: 'MET_WITH', object: 'person:antony-blinken', negated: false, hedged: false, evidence: [] }],
    };
    const out = remapExtraction(x, resolveEntities([], x.entities));
    expect(out.entities.map((e) => [e.id, e.name])).toEqual([
      ['person:antony-blinken', 'Antony Blinken'],
      ['person:antony-blinken', 'Antony Blinken'],
    ]);
    expect(out.entities[0]?.aliases).toContain('Blinken');
    expect(out.claims[0]).toMatchObject({ speaker: 'person:antony-blinken', about: ['topic:x'] });
    expect(out.relations).toEqual([]);
  });
});
