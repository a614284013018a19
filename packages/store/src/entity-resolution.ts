// Cross-article entity resolution (pure): each article is extracted on its own, so "Secretary Blinken"
// in one article becomes `person:blinken` and "Antony Blinken" in another `person:antony-blinken`. Before
// a batch is written its entities are resolved against the entities already stored and each other:
//  1. an entity whose id is stored stays itself;
//  2. an entity whose name or alias equals (case-folded) a name or alias of exactly one other entity of
//     the same type becomes that entity (for people only full names count here: two people may share
//     the alias "Wang");
//  3. a one-word person name equal to the surname (last word) or a one-word alias of exactly one
//     multi-word person becomes that person;
//  4. a multi-word person that is the only one carrying the name of a stored one-word person (created
//     by an earlier batch) maps onto that node, whose caption is upgraded to the full name. Mapping onto
//     the earlier id (instead of moving its relationships) keeps every fact, slot and claim where it is,
//     so retraction works unchanged.
// Two or more candidates: no merge. The outcome depends only on the stored entities and the batch.

import { foldName, type Extraction } from '@kg/ontology';

export interface ResolvableEntity {
  id: string;
  type: string;
  name: string;
  aliases: readonly string[];
}

export interface EntityResolution {
  /** Batch id → canonical id, for every batch entity that resolves to another id. */
  idOf: Map<string, string>;
  /** Canonical id → caption to write: the full name for merged groups. */
  nameOf: Map<string, string>;
  /** Stored one-word people whose caption becomes a full name (rule 4). */
  upgraded: Set<string>;
}

/** Case, accents, punctuation and spacing folded: the one name normaliser of @kg/ontology. */
export { foldName };

const words = (folded: string): string[] => (folded ? folded.split(' ') : []);

/** Folded name and aliases, without blanks. */
function keysOf(e: ResolvableEntity): string[] {
  return [...new Set([e.name, ...e.aliases].map(foldName).filter(Boolean))];
}

/** A person whose name is one word ("Blinken"): a surname-only mention. */
function isSurnameOnly(e: ResolvableEntity): boolean {
  return e.type === 'Person' && words(foldName(e.name)).length === 1;
}

/** Keys that identify an entity by name: every key, but for people only the multi-word ones. */
function identityKeys(e: ResolvableEntity): string[] {
  const keys = keysOf(e);
  return e.type === 'Person' ? keys.filter((k) => words(k).length > 1) : keys;
}

/** Short names a multi-word person is called by: last word of each full name, one-word aliases. */
function surnameKeys(e: ResolvableEntity): string[] {
  const out = new Set<string>();
  for (const k of keysOf(e)) {
    const w = words(k);
    if (w.length === 1) out.add(k);
    else out.add(w[w.length - 1]!);
  }
  return [...out];
}

/** Names of the (subset of) batch names to look up in the graph: full keys, plus surnames of people. */
export function lookupNames(batch: readonly ResolvableEntity[]): string[] {
  const out = new Set<string>();
  for (const e of batch) {
    for (const k of [e.name, ...e.aliases]) if (k.trim()) out.add(k.trim());
    if (e.type === 'Person') for (const k of surnameKeys(e)) out.add(k);
  }
  return [...out].sort();
}

export function resolveEntities(known: readonly ResolvableEntity[], batch: readonly ResolvableEntity[]): EntityResolution {
  const knownById = new Map(known.map((e) => [e.id, e]));
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let x = id;
    while (parent.has(x)) x = parent.get(x)!;
    return x;
  };
  const nameOf = new Map<string, string>();
  const upgraded = new Set<string>();

  // Canonical entities seen so far (stored ones first, then the batch's in input order), indexed by key.
  interface Canon {
    id: string;
    type: string;
    stored: boolean;
    surnameOnly: boolean;
    keys: Set<string>;
  }
  const canons = new Map<string, Canon>();
  const byIdentity = new Map<string, Set<string>>(); // `${type}|${key}` → canonical ids
  const index = (c: Canon, keys: Iterable<string>): void => {
    for (const k of keys) {
      c.keys.add(k);
      const slot = `${c.type}|${k}`;
      let set = byIdentity.get(slot);
      if (!set) byIdentity.set(slot, (set = new Set()));
      set.add(c.id);
    }
  };
  const addCanon = (e: ResolvableEntity, stored: boolean): Canon => {
    const c: Canon = { id: e.id, type: e.type, stored, surnameOnly: isSurnameOnly(e), keys: new Set() };
    canons.set(e.id, c);
    index(c, identityKeys(e));
    return c;
  };
  for (const e of known) addCanon(e, true);

  // The batch may list an entity once per article: one row per id, aliases united, first name kept.
  const merged = new Map<string, ResolvableEntity>();
  for (const e of batch) {
    const seen = merged.get(e.id);
    if (seen) merged.set(e.id, { ...seen, aliases: [...new Set([...seen.aliases, ...e.aliases])] });
    else merged.set(e.id, { ...e, aliases: [...e.aliases] });
  }
  const entities = [...merged.values()];

  // Rules 1 and 2, in input order: multi-word people and every other type.
  for (const e of entities) {
    if (knownById.has(e.id) || isSurnameOnly(e)) continue;
    const keys = identityKeys(e);
    const candidates = new Set<string>();
    for (const k of keys) for (const id of byIdentity.get(`${e.type}|${k}`) ?? []) if (id !== e.id) candidates.add(find(id));
    const only = candidates.size === 1 ? [...candidates][0]! : undefined;
    if (only) {
      parent.set(e.id, only);
      index(canons.get(only)!, keys);
    } else if (!canons.has(e.id)) addCanon(e, false);
  }

  // Multi-word people by surname key, for rules 3 and 4.
  const bySurname = new Map<string, Set<string>>();
  const surnamesOf = new Map<string, string[]>();
  const people = [...known.filter((e) => e.type === 'Person'), ...entities.filter((e) => e.type === 'Person')];
  for (const e of people) {
    if (isSurnameOnly(e)) continue;
    const canon = find(e.id);
    // A stored person whose caption was upgraded still has its one-word id: it counts as multi-word.
    const keys = surnameKeys(e);
    surnamesOf.set(canon, [...new Set([...(surnamesOf.get(canon) ?? []), ...keys])]);
    for (const k of keys) {
      let set = bySurname.get(k);
      if (!set) bySurname.set(k, (set = new Set()));
      set.add(canon);
    }
  }

  // Rule 3: one-word people of the batch.
  for (const e of entities) {
    if (knownById.has(e.id) || !isSurnameOnly(e)) continue;
    const key = foldName(e.name);
    const candidates = [...(bySurname.get(key) ?? [])].map(find).filter((id) => id !== e.id);
    const unique = [...new Set(candidates)];
    if (unique.length === 1) parent.set(e.id, unique[0]!);
  }

  // Rule 4: a new multi-word person onto a stored one-word person it is the only match for.
  const storedSurnameOnly = new Map<string, string[]>(); // folded name → stored one-word person ids
  for (const e of known) {
    if (!isSurnameOnly(e)) continue;
    const k = foldName(e.name);
    storedSurnameOnly.set(k, [...(storedSurnameOnly.get(k) ?? []), e.id]);
  }
  for (const e of entities) {
    if (e.type !== 'Person' || isSurnameOnly(e) || knownById.has(e.id) || find(e.id) !== e.id) continue;
    const targets = new Set<string>();
    let ambiguous = false;
    for (const k of surnamesOf.get(e.id) ?? []) {
      const nodes = storedSurnameOnly.get(k) ?? [];
      if (nodes.length === 0) continue;
      if ([...(bySurname.get(k) ?? [])].map(find).some((id) => id !== e.id)) ambiguous = true;
      for (const n of nodes) targets.add(find(n));
    }
    if (ambiguous || targets.size !== 1) continue;
    const target = [...targets][0]!;
    if (target === e.id || upgraded.has(target)) continue;
    parent.set(e.id, target);
    upgraded.add(target);
    nameOf.set(target, e.name);
  }

  const idOf = new Map<string, string>();
  for (const e of entities) {
    const c = find(e.id);
    if (c !== e.id) idOf.set(e.id, c);
  }
  // Captions: a batch canonical keeps its own name; stored ones keep theirs unless upgraded.
  for (const e of entities) if (find(e.id) === e.id && !nameOf.has(e.id)) nameOf.set(e.id, knownById.get(e.id)?.name ?? e.name);
  for (const target of new Set(idOf.values())) {
    if (!nameOf.has(target)) nameOf.set(target, knownById.get(target)?.name ?? merged.get(target)?.name ?? target);
  }
  return { idOf, nameOf, upgraded };
}

/**
 * The extraction with every entity reference moved to its canonical id: entities (captions from
 * `nameOf`, aliases united later by planExtraction), claim speakers and `about`, relation ends. A relation
 * whose two ends became one entity is dropped (nobody meets themself).
 */
export function remapExtraction(x: Extraction, res: EntityResolution): Extraction {
  if (res.idOf.size === 0 && res.upgraded.size === 0) return x;
  const to = (id: string): string => res.idOf.get(id) ?? id;
  return {
    ...x,
    entities: x.entities.map((e) => {
      const id = to(e.id);
      const name = res.nameOf.get(id) ?? e.name;
      return id === e.id && name === e.name ? e : { ...e, id, name, aliases: [...new Set([...(e.aliases ?? []), e.name])] };
    }),
    claims: x.claims.map((c) => {
      const speaker = to(c.speaker);
      const about = [...new Set(c.about.map(to))].filter((id) => id !== speaker);
      return speaker === c.speaker && about.length === c.about.length && about.every((a, i) => a === c.about[i]) ? c : { ...c, speaker, about };
    }),
    relations: x.relations.flatMap((r) => {
      const subject = to(r.subject);
      const object = to(r.object);
      if (subject === object && r.subject !== r.object) return [];
      return subject === r.subject && object === r.object ? [r] : [{ ...r, subject, object }];
    }),
  };
}
