import { describe, expect, it } from 'vitest';
import { run, speakersOf } from '../helpers.js';

describe('titles and affiliations (titled names, appositions)', () => {
  it('takes the affiliation from a possessive before a title', () => {
    const ex = run("Morocco's King Hassan Alaoui said the deal was historic.");
    expect(ex.rel('Hassan Alaoui', 'HOLDS_ROLE', 'Morocco')).toBe(true);
  });
  it('takes the affiliation from a possessive before a lower-case title, and reads "Kazakh" and "the X regime"', () => {
    const ex = run("Fiji's former prime minister Sam Tora spoke. Kazakh President Aman Bek said the Iranian regime must stop its provocations.");
    expect(ex.rel('Sam Tora', 'HOLDS_ROLE', 'Fiji')).toBe(true);
    expect(ex.rel('Aman Bek', 'HOLDS_ROLE', 'Kazakhstan')).toBe(true);
    expect(ex.rel('Aman Bek', 'CRITICIZED', 'Iran')).toBe(true);
  });
  it('reads a titled name set off by commas with its role, and "the envoy" later', () => {
    const ex = run("Meanwhile, Norway's special envoy for Arctic affairs, Ola Berg, arrived in Ottawa. The envoy said the talks were frank.");
    expect(ex.rel('Ola Berg', 'HOLDS_ROLE', 'Norway')).toBe(true);
    expect(speakersOf(ex, /talks were frank/)).toEqual(['Ola Berg']);
  });
});
