// National bodies named without their country ("the Foreign Ministry"): the country of a possessive
// before it ("China's Foreign Ministry"), of a sibling mention of the same body, else the home country.
import type { Token } from '../nlp.js';
import type { Mention } from '../mentions.js';
import { foldKey, getGazetteer } from '../gazetteer.js';
import { NATIONAL_HEAD } from '../lexicon/index.js';
import { orgCoreKey } from './keys.js';
import { mentionAt, type MentionIndex } from './mention-index.js';

/** Sets `country` on the national bodies of `mentions` (the stage's own copies). */
export function assignNationalBodies(toks: readonly Token[], mentions: Mention[], ix: MentionIndex, home: string | null): void {
  const gaz = getGazetteer();
  const coreCountry = new Map<string, string>();
  for (const m of mentions) if (m.type === 'Organization' && m.kind === 'name' && m.country) coreCountry.set(orgCoreKey(m.name), m.country);
  for (const m of mentions) {
    if (m.type !== 'Organization' || m.kind !== 'name' || m.country) continue;
    if (gaz.byKey.get(foldKey(m.name))?.kind === 'org') continue;
    if (!NATIONAL_HEAD.test(m.name) || / of (?!the )[A-Z]/.test(m.name.replace(/^(Ministry|Department) of/, ''))) continue;
    const possessive = toks[m.t0 - 1]?.v === "'s" || toks[m.t0 - 1]?.v === '’s';
    const pi = possessive ? mentionAt(ix.byT1, mentions, m.t0 - 1, (x) => x.type === 'Country') : -1;
    const poss = pi >= 0 ? mentions[pi]! : undefined;
    const c = poss ? poss.country ?? poss.name : coreCountry.get(orgCoreKey(m.name)) ?? home;
    if (c) m.country = c;
  }
}
