import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('name candidates typed by resolve/rules', () => {
  it('types unknown names before "province" or after "travel to" as places', () => {
    const ex = run('Fighting spread in Ituri province. The minister said she would travel to Kisangani.');
    expect(ex.entities.filter((e) => e.type === 'Place').map((e) => e.name)).toEqual(expect.arrayContaining(['Ituri', 'Kisangani']));
  });
  it('reads a name set off after a title phrase, and not a capitalised common noun opening a sentence', () => {
    const ex = run("Ruritania's special envoy for trade affairs, Mira Tanev, arrived in Lima. Observers said the visit was overdue. Tanev said talks were useful.");
    expect(ex.names).toContain('Mira Tanev');
    expect(ex.names).not.toContain('Observers');
  });
  it('joins a bracketed acronym and its later uses to the body before it', () => {
    const ex = run("Chile's Ministry of Mining (MINMIN) said output rose. A MINMIN spokesperson said exports would follow.");
    const bodies = ex.entities.filter((e) => e.aliases.includes('MINMIN'));
    expect(bodies.length).toBe(1);
    expect(bodies[0]!.aliases).toContain('Ministry of Mining');
  });
});
