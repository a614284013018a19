import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('relations', () => {
  it('meets the visiting person, not their country', () => {
    const ex = run('Vietnamese Prime Minister Pham Minh Chinh made the remarks when meeting with visiting Indian Foreign Minister Subrahmanyam Jaishankar in Hanoi on Monday.');
    expect(ex.rel('Pham Minh Chinh', 'MET_WITH', 'Subrahmanyam Jaishankar')).toBe(true);
    expect(ex.rel('Subrahmanyam Jaishankar', 'VISITED', 'Hanoi')).toBe(true);
    expect(ex.relations.some((r) => r.predicate === 'MET_WITH' && r.object === 'country:india')).toBe(false);
  });

  it('reads "meeting between A and B" and hedges a potential meeting', () => {
    const ex = run('The summit followed a meeting between President Gustavo Petro and Argentine President Javier Milei in Brasilia.');
    expect(ex.rel('Gustavo Petro', 'MET_WITH', 'Javier Milei')).toBe(true);
    const ex2 = run('Officials are considering lifting sanctions on General Min Aung, removing a barrier to a potential meeting with Thai Prime Minister Srettha Thavisin.');
    const m = ex2.relations.find((r) => r.predicate === 'MET_WITH');
    expect(m?.hedged).toBe(true);
  });

  it('presupposes sanctions from "lift sanctions against X" with the urged party as agent', () => {
    const ex = run('Iranian President Masoud Pezeshkian urged Britain to lift illegal sanctions against Iran.');
    expect(ex.rel('United Kingdom', 'SANCTIONED', 'Iran')).toBe(true);
    expect(ex.rel('Masoud Pezeshkian', 'URGED', 'United Kingdom')).toBe(true);
  });

  it('flags negation and hedging', () => {
    const ex = run('Spanish Prime Minister Pedro Sanchez did not meet Moroccan Prime Minister Aziz Akhannouch. Pedro Sanchez will visit Morocco next month.');
    expect(ex.relations.find((r) => r.predicate === 'MET_WITH')?.negated).toBe(true);
    expect(ex.relations.find((r) => r.predicate === 'VISITED')?.hedged).toBe(true);
  });

  it('supports "welcomed a decision by X" and opposes "refusing X\'s bid"', () => {
    const ex = run('The Serbian Foreign Ministry welcomed a decision by the Council of Europe on refusing Kosovo\'s membership.');
    expect(ex.rel('Serbian Foreign Ministry', 'SUPPORTED', 'Council of Europe')).toBe(true);
  });

  it('reads criticism off claims, not against the speaker\'s own side', () => {
    const ex = run('Cuban Foreign Minister Bruno Rodriguez said that the United States keeps interfering in Cuba\'s internal affairs.');
    expect(ex.rel('Bruno Rodriguez', 'CRITICIZED', 'United States')).toBe(true);
    expect(ex.rel('Bruno Rodriguez', 'CRITICIZED', 'Cuba')).toBe(false);
  });

  it('does not turn stances on non-actors into actor relations', () => {
    const ex = run('Chile firmly opposes any unilateral sanctions, Chilean President Gabriel Boric said.');
    expect(ex.relations.filter((r) => r.predicate === 'OPPOSED')).toHaveLength(0);
  });

  it('carries evidence with offsets inside the article', () => {
    const text = 'Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi.';
    const ex = run(text);
    const r = ex.relations.find((x) => x.predicate === 'MET_WITH')!;
    expect(r).toBeDefined();
    const ev = r.evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });
});
