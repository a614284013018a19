import { describe, expect, it } from 'vitest';
import { run, speakersOf } from '../helpers.js';

describe('person names (mention passes: capitalised runs, titled names)', () => {
  it('keeps particles and regnal numbers inside personal names', () => {
    const ex = run('Crown Prince Mohammed bin Salman met President Luiz Inacio Lula da Silva. King Mohammed VI said the talks were useful.');
    expect(ex.names).toEqual(expect.arrayContaining(['Mohammed bin Salman', 'Luiz Inacio Lula da Silva', 'Mohammed VI']));
    expect(ex.rel('Mohammed bin Salman', 'MET_WITH', 'Luiz Inacio Lula da Silva')).toBe(true);
  });
  it('keeps hyphenated Korean given names and hyphenated titles whole', () => {
    const ex = run('UN Secretary-General Antonio Guterres said Kim Yo-jong, the sister of the leader, had spoken.');
    expect(ex.names).toEqual(expect.arrayContaining(['Antonio Guterres', 'Kim Yo-jong']));
    expect(ex.rel('Antonio Guterres', 'HOLDS_ROLE', 'United Nations')).toBe(true);
  });
  it('reads "He" after a title as a surname, and keeps "Jr." and inner capitals in names', () => {
    const ex = run('Trade ministry spokesperson He Lin said exports grew. President Tomas Reyes Jr. said the deal was fair. Envoy DeShawn Miles said talks went well.');
    expect(ex.names).toEqual(expect.arrayContaining(['He Lin', 'Tomas Reyes Jr.', 'DeShawn Miles']));
    expect(speakersOf(ex, /exports grew/)).toEqual(['He Lin']);
  });
  it('keeps hyphenated names whole inside a name, but not pairs of states or leaders', () => {
    const ex = run('Foreign Minister Rasa Dal-Moreno met Envoy Kassa-Lin Obi in Lima. Dal-Moreno said the China-Japan row and the Trump-Putin summit mattered.');
    expect(ex.names).toEqual(expect.arrayContaining(['Rasa Dal-Moreno', 'Kassa-Lin Obi']));
    expect(ex.names).not.toContain('Trump-Putin');
    expect(speakersOf(ex, /row/)).toEqual(['Rasa Dal-Moreno']);
  });
  it('keeps a surname with an elided particle whole after a title, but not a quoted word', () => {
    const ex = run("Harbour Commissioner Liam O'Dowd said the pier would reopen.");
    expect(speakersOf(ex, /pier/)).toEqual(["Liam O'Dowd"]);
    expect(ex.names).not.toContain("Harbour Commissioner Liam O'Dowd");
    expect(run("Commissioner Liam 'Dowd said the pier would reopen.").names).not.toContain("Liam 'Dowd");
  });
  it('drops an honorific before a name so the short form joins it', () => {
    const ex = run('Foreign Minister Prince Omar bin Zayed met the envoy. Prince Omar said the visit was useful.');
    expect(speakersOf(ex, /visit was useful/)).toEqual(['Omar bin Zayed']);
  });
});
