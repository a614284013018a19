// Parallel relations between two nodes are one drawn edge: its key ignores direction, its caption names the
// verbs and the count, and the first member (facts before claim edges) decides type and evidence.
import { describe, expect, it } from 'vitest';
import { memberKey, pairKey, summarise } from '../public/js/edges.js';

const fact = (type: string, source: string, target: string, extra: Record<string, unknown> = {}) => ({ id: `${source}|${type}|${target}`, type, source, target, negated: false, hedged: false, evidenceCount: 1, date: null, evidence: [], ...extra });

describe('parallel edges', () => {
  it('one key per pair, whatever the direction', () => {
    expect(pairKey('a', 'b')).toBe(pairKey('b', 'a'));
    expect(pairKey('a', 'b')).not.toBe(pairKey('a', 'c'));
  });

  it('a negated fact is a different member from the same fact affirmed', () => {
    expect(memberKey(fact('MET_WITH', 'a', 'b'))).not.toBe(memberKey(fact('MET_WITH', 'a', 'b', { negated: true })));
  });

  it('summarises members with a count and the earliest date', () => {
    const s = summarise([
      fact('CRITICIZED', 'b', 'a', { date: '2023-05-02' }),
      fact('URGED', 'a', 'b', { date: '2023-01-30' }),
      fact('URGED', 'b', 'a', { negated: true }),
    ]);
    expect(s.type).toBe('URGED');
    expect(s.count).toBe(3);
    expect(s.date).toBe('2023-01-30');
    expect(s.caption).toBe('urged · not urged … ×3');
    expect(summarise([fact('SANCTIONED', 'a', 'b')]).caption).toBe('sanctioned');
  });

  it('is independent of the members\' order', () => {
    const ms = [fact('SAID', 'a', 'c'), fact('SANCTIONED', 'a', 'c'), fact('VISITED', 'c', 'a')];
    expect(summarise(ms)).toEqual(summarise(ms.slice().reverse()));
    expect(summarise(ms).type).toBe('SANCTIONED');
  });
});
