import type { Extraction } from '@kg/ontology';
import { describe, expect, it } from 'vitest';
import { canonicalEntities, encodeMember, lookupNames, memberOf, remapExtraction, resolveMembers, type ResolvableEntity } from '../src/entity-resolution.js';

const person = (id: string, name: string, aliases: string[] = [name]): ResolvableEntity => ({ id, type: 'Person', name, aliases });
const blinken = person('person:antony-blinken', 'Antony Blinken');
const surname = person('person:blinken', 'Blinken');

describe('canonicalEntities', () => {
  it('unites members by id and names each group from all its names', () => {
    const members = [memberOf(surname), memberOf(blinken), memberOf(surname)];
    const to = resolveMembers(members);
    const out = canonicalEntities(members, to);
    expect([...out.keys()]).toEqual(['person:antony-blinken']);
    expect(out.get('person:antony-blinken')).toMatchObject({ name: 'Antony Blinken', aliases: ['Antony Blinken', 'Blinken'] });
    expect(out.get('person:antony-blinken')?.members.map(encodeMember)).toEqual([
      '{"id":"person:antony-blinken","type":"Person","names":["Antony Blinken"]}',
      '{"id":"person:blinken","type":"Person","names":["Blinken"]}',
    ]);
  });

  it('looks up the key of every name and the surnames of people', () => {
    expect(lookupNames([memberOf(blinken), memberOf(surname)])).toEqual(['antony blinken', 'blinken']);
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
    const out = remapExtraction(x, resolveMembers(x.entities.map(memberOf)));
    expect(out.entities.map((e) => e.id)).toEqual(['person:antony-blinken', 'person:antony-blinken']);
    expect(out.entities[0]?.aliases).toContain('Blinken');
    expect(out.claims[0]).toMatchObject({ speaker: 'person:antony-blinken', about: ['topic:x'] });
    expect(out.relations).toEqual([]);
  });
});
