// Companies by their marks: a legal form (suffix or prefix) or an industry head; bodies by "of ... and ...".
import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../helpers.js';

const keys = (t: string): string[] => entitiesOf(t).map((e) => e.key);

describe('organisation names of any shape', () => {
  it('reads a company by its industry head, without the words before "of"', () => {
    const es = entitiesOf('Shares of Meridian Biosystems rose after the company said sales doubled.');
    expect(es.map((e) => e.key)).toEqual(['Organization:Meridian Biosystems']);
    expect(es[0]!.typeConfidence).toBeLessThan(1);
  });
  it('reads legal forms before and after the name, and splits two companies joined by "and"', () => {
    expect(keys('PT Sinar Makmur said it would build a plant, while Keller GmbH declined to comment.'))
      .toEqual(['Organization:PT Sinar Makmur', 'Organization:Keller GmbH']);
    expect(keys('Harlow Aerospace and Venn Holdings Ltd signed a supply deal.'))
      .toEqual(['Organization:Harlow Aerospace', 'Organization:Venn Holdings Ltd']);
  });
  it('keeps "and" inside the complement of "of" in one body, but splits two bodies', () => {
    expect(keys('The Bureau of Industry and Security said the rule would take effect.')).toEqual(['Organization:Bureau of Industry and Security']);
    expect(keys('The Department of Health and Human Services said the program would end.')).toEqual(['Organization:Department of Health and Human Services']);
    expect(keys('The Foreign Ministry and Reuters reported it.')).toHaveLength(2);
    expect(keys('Officials at the Center for Strategic and Regional Studies disagreed.')).toEqual(['Organization:Center for Strategic and Regional Studies']);
  });
  it("keeps a common noun's possessive inside a name, not a country's", () => {
    expect(keys("The People's Bank of China cut its lending rate.")).toEqual(["Organization:People's Bank of China"]);
    expect(keys("Norway's Foreign Ministry said so.")).toEqual(expect.arrayContaining(['Country:Norway']));
  });
  it('does not take a capitalised industry word alone, or a person, for a company', () => {
    expect(keys('Energy prices rose on Monday.')).toEqual([]);
    expect(keys('Margaret Holloway said she would run again.')).toEqual(['Person:Margaret Holloway']);
  });
});
