// Persons typed from evidence (given names, courtesy titles, title phrases, speech), with gender and
// a type confidence; an unknown name with no evidence is no entity.
import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../helpers.js';

const one = (t: string, key: string) => entitiesOf(t).find((e) => e.key === key);

describe('person evidence (resolve/rules)', () => {
  it('types a name opening with a given name as a person, with the name\'s usual gender as a hint only', () => {
    expect(one('Margaret Holloway said she would run again.', 'Person:Margaret Holloway')).toMatchObject({ nameGender: 'f', gender: undefined });
    expect(one('The report was written by Thomas Brandt and colleagues.', 'Person:Thomas Brandt')).toMatchObject({ nameGender: 'm' });
  });
  it('states gender only from titles and courtesy titles', () => {
    expect(one('Ministry spokeswoman Andrea Kovacs said the talks went well.', 'Person:Andrea Kovacs')?.gender).toBe('f');
    expect(one('Andrea Kovacs said the talks went well.', 'Person:Andrea Kovacs')?.gender).toBeUndefined();
  });
  it('keeps a capitalised surname that is also an English word after a given name, but not an inflected one', () => {
    expect(one('Dorothy Lynch said the case was closed.', 'Person:Dorothy Lynch')).toBeDefined();
    expect(one('The plant would close, Henry Cook said on Monday.', 'Person:Henry Cook')).toBeDefined();
    expect(one('Rose Grows Taller, the festival, opened on Sunday.', 'Person:Rose Grows')).toBeUndefined();
    expect(entitiesOf('The Economic Community of West African States said the vote was fair.').map((e) => e.key)).not.toContain('Person:West African States');
  });
  it('reads initials and middle names inside a person name', () => {
    const keys = entitiesOf('John F. Kennedy was quoted by Mary Ann Collins, who said the book was fair.').map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['Person:John F. Kennedy', 'Person:Mary Ann Collins']));
  });
  it('takes the gender from Mr./Ms. before a surname', () => {
    const es = entitiesOf('Mr. Okafor said the vote was close. Ms. Lindqvist said she disagreed.');
    expect(es.find((e) => e.key === 'Person:Okafor')?.gender).toBe('m');
    expect(es.find((e) => e.key === 'Person:Lindqvist')?.gender).toBe('f');
  });
  it('gives speech alone a lower type confidence than a given name or a title', () => {
    const spoken = one('Quantum Ridge said the forecast was wrong.', 'Person:Quantum Ridge');
    const named = one('Margaret Holloway said the forecast was wrong.', 'Person:Margaret Holloway');
    const titled = one('Foreign Minister Olga Berntsen said the forecast was wrong.', 'Person:Olga Berntsen');
    expect(spoken!.typeConfidence!).toBeLessThan(named!.typeConfidence!);
    expect(named!.typeConfidence!).toBeLessThanOrEqual(titled!.typeConfidence ?? 1);
  });
  it('reads a given name after "according to" or "to" as a person, not a place', () => {
    expect(entitiesOf('Output fell, according to Rina Wulandari.').map((e) => e.key)).toEqual(['Person:Rina Wulandari']);
    expect(entitiesOf('The letter was sent to Margaret Holloway on Friday.').map((e) => e.key)).toEqual(['Person:Margaret Holloway']);
    expect(entitiesOf('The convoy drove to Harrow Vale.').map((e) => e.key)).toEqual(['Place:Harrow Vale']);
  });
  it('makes no entity of an unknown capitalised name without evidence', () => {
    expect(entitiesOf('They drove past Quantum Ridge at night.').map((e) => e.key)).not.toContain('Person:Quantum Ridge');
  });
});
