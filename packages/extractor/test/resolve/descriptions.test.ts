import { describe, expect, it } from 'vitest';
import { run, speakerName, speakersOf, nameOf } from '../helpers.js';

describe('descriptions and unnamed officials (resolve/descriptions)', () => {
  it('resolves "his spokesman" to the spokesman named later', () => {
    const ex = run('The president urged calm, his spokesman said. "We are watching closely," Tom Reyes, the spokesman for the president, told reporters.');
    expect(speakerName(ex, /urged calm/)).toBe('Tom Reyes');
  });
  it('resolves a capitalised description such as "The Deputy Secretary"', () => {
    const ex = run('Deputy Secretary of State Ann Lowe met Foreign Secretary Ben Cruz. The Deputy Secretary said that ties were strong.');
    expect(speakerName(ex, /ties were strong/)).toBe('Ann Lowe');
  });
  it('makes "the Council" a body and credits its coordinated urging to it', () => {
    const ex = run('The Council condemned Iran and urged Iran to stop the transfers.');
    expect(speakerName(ex, /Iran to stop/)).toBe('Council');
    expect(ex.rel('Council', 'URGED', 'Iran')).toBe(true);
  });
  it('resolves a definite description ("the Kremlin spokesman", "The Chilean leader") to the named person', () => {
    const ex = run('Chilean President Ana Soto met Kremlin spokesman Ivan Orlov. "Talks were useful," the Kremlin spokesman said. The Chilean leader said ties would grow.');
    expect(speakersOf(ex, /Talks were useful/)).toEqual(['Ivan Orlov']);
    expect(speakersOf(ex, /ties would grow/)).toEqual(['Ana Soto']);
  });
  it('keeps an indefinite "a ministry spokesperson" as the body', () => {
    const ex = run('The Trade Ministry criticized the tariffs. "We will respond," a Trade Ministry spokesperson said. Trade Ministry spokesperson Leo Park later said more was coming.');
    expect(speakersOf(ex, /We will respond/)).toEqual(['Trade Ministry']);
  });
  it('keeps a "he" inside a body\'s report for the person: "He met X, according to the ministry"', () => {
    const ex = run('Foreign Minister Omar Haddad arrived in Lima. He met Foreign Minister Lena Berg on Monday, according to the Foreign Ministry.');
    expect(ex.rel('Omar Haddad', 'MET_WITH', 'Lena Berg')).toBe(true);
    expect(ex.relations.some((r) => r.predicate === 'MET_WITH' && nameOf(ex, r.subject) !== 'Omar Haddad')).toBe(false);
  });
});
