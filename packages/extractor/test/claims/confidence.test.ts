// Every claim carries the rule that found it and a confidence (0-1) users can filter on.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('confidence and rule', () => {
  it('puts rule and confidence on every claim of the extraction', () => {
    const ex = run('Foreign Minister Maria Lopez said that the border will open.\n\n"We are ready," she said.\n\n"Nothing will stop us."');
    expect(ex.claims.map((c) => c.rule)).toEqual(['said-that', 'quote-then-speaker', 'continued-quote']);
    for (const c of ex.claims) expect(c.confidence).toBeGreaterThan(0);
    for (const c of ex.claims) expect(c.confidence).toBeLessThanOrEqual(1);
  });
  it('trusts a named speaker more than a pronoun, and a pronoun more than a continued quotation', () => {
    const ex = run('Foreign Minister Maria Lopez said that the border will open.\n\n"We are ready," she said.\n\n"Nothing will stop us."');
    const [named, pronoun, continued] = ex.claims.map((c) => c.confidence!);
    expect(named).toBeGreaterThan(pronoun!);
    expect(pronoun).toBeGreaterThan(continued!);
  });
});
