// Named mentions grouped into entities: full-name persons first (so surnames join them), then
// bodies (known, national, or by their normalised core), countries and places.
import { entityId } from '@kg/ontology';
import type { Mention } from '../mentions.js';
import { foldKey, getGazetteer } from '../gazetteer.js';
import { countryPrefix, expandAcronyms, orgCoreKey } from './keys.js';
import type { EntityTable } from './entity-table.js';

/** Full-name persons; a two-word name that ends a longer one ("López Obrador") is that person. */
function groupFullNames(mentions: readonly Mention[], table: EntityTable, entOf: number[]): Map<string, number> {
  const personKey = new Map<string, number>();
  const longSuffix = new Map<string, string>();
  for (const m of mentions) {
    const w = m.type === 'Person' && m.kind === 'name' ? m.name.split(' ') : [];
    if (w.length >= 3) longSuffix.set(w.slice(-2).join(' '), m.name);
  }
  mentions.forEach((m, i) => {
    if (m.type !== 'Person' || m.kind !== 'name' || !m.name.includes(' ')) return;
    const name = longSuffix.get(m.name) ?? m.name;
    const ix = table.add(`person|${name}`, 'Person', name, entityId('Person', name));
    entOf[i] = ix;
    const w = m.name.split(' ');
    personKey.set(w[0]!, ix);
    personKey.set(w[w.length - 1]!, ix);
    if (w.length >= 3) personKey.set(w.slice(-2).join(' '), ix);
  });
  return personKey;
}

function organisationEntity(m: Mention, table: EntityTable): number {
  const gaz = getGazetteer();
  const expanded = expandAcronyms(m.name);
  const known = gaz.byKey.get(foldKey(m.country && !gaz.byKey.has(foldKey(m.name)) ? m.text : m.name));
  if (known?.kind === 'org') return table.add(`org|${foldKey(known.name)}`, 'Organization', known.name, entityId('Organization', known.name));
  if (m.country) {
    const ix = table.add(`org|${m.country}|${orgCoreKey(expanded)}`, 'Organization', `${countryPrefix(m.country)} ${m.name}`,
      entityId('Organization', `${m.name} of ${m.country}`));
    table.entities[ix]!.country = m.country;
    return ix;
  }
  return table.add(`org|${orgCoreKey(expanded)}`, 'Organization', expanded, entityId('Organization', expanded));
}

/** entOf for every named mention (descriptions and unnamed officials stay -1 here). */
export function groupNamed(mentions: readonly Mention[], table: EntityTable): number[] {
  const entOf = new Array<number>(mentions.length).fill(-1);
  const personKey = groupFullNames(mentions, table, entOf);
  mentions.forEach((m, i) => {
    if (entOf[i]! >= 0 || m.kind === 'desc' || m.kind === 'title-only') return;
    if (m.type === 'Person') {
      entOf[i] = personKey.get(m.name) ?? table.add(`person|${m.name}`, 'Person', m.name, entityId('Person', m.name));
    } else if (m.type === 'Organization') {
      entOf[i] = organisationEntity(m, table);
    } else if (m.type === 'Country') {
      const name = m.country ?? m.name;
      entOf[i] = table.add(`country|${name}`, 'Country', name, entityId('Country', name));
    } else {
      entOf[i] = table.add(`place|${m.name}`, 'Place', m.name, entityId('Place', m.name));
    }
  });
  return entOf;
}
