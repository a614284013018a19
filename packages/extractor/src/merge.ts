// The one cross-article entity-merge rule, used by `kg extract` (mergeExtractions) and by the store
// (@kg/store re-derives it over every entity stored), so `kg extract` prints what `kg ingest` stores.
// It is a function of the SET of entities given (never of their order), indexed by name key (linear):
//  1. entities with the same id are one (names and aliases united);
//  2. two entities of the same type that are the only two carrying a name key (case, accents, punctuation
//     and doubled letters folded: "Zelensky"/"Zelenskyy"; for people only multi-word names count) are one;
//     a key carried by three or more ("Foreign Ministry") merges nothing;
//  3. a one-word person ("Blinken") joins the only group of multi-word people whose surname (last word)
//     or one-word alias it is; two candidates ("Wang": Wang Yi, Wang Wenbin) merge nothing;
//  4. a group's id is its most specific member's (for people a multi-word one; the longest id slug, then
//     the smallest id); its caption is chosen from all its names by entityCaption.
// Relations with the same (subject, predicate, object) pool their evidence; a role guessed from the
// article's home country gives way to an explicit one.
import { foldName, slugify, type Entity, type Extraction, type Relation } from '@kg/ontology';

export interface NamedEntity {
  id: string;
  type: string;
  name: string;
  aliases: readonly string[];
}

// The one name normaliser lives in @kg/ontology; re-exported for the store's resolution.
export { foldName };

/** The key names are compared by: folded, and doubled letters collapsed (spelling variants). */
export function nameKey(s: string): string {
  return foldName(s).replace(/(\p{L})\1+/gu, '$1');
}

const slugOf = (id: string): string => id.slice(id.indexOf(':') + 1);
/** A person whose id was made from one word ("person:blinken"): named by surname only. */
const isSurnameOnly = (id: string, type: string): boolean => type === 'Person' && !slugOf(id).includes('-');
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Group {
  type: string;
  keys: Set<string>;
}

/** Entities united by id: type of the first seen, every name and alias folded to keys. */
function byId(entities: readonly NamedEntity[]): Map<string, Group> {
  const out = new Map<string, Group>();
  // Names repeat across articles: each is folded once.
  const keyOf = new Map<string, string>();
  const key = (n: string): string => {
    let k = keyOf.get(n);
    if (k === undefined) keyOf.set(n, (k = nameKey(n)));
    return k;
  };
  for (const e of entities) {
    let g = out.get(e.id);
    if (!g) out.set(e.id, (g = { type: e.type, keys: new Set() }));
    const k = key(e.name);
    if (k) g.keys.add(k);
    for (const n of e.aliases) {
      const a = key(n);
      if (a) g.keys.add(a);
    }
  }
  return out;
}

/** Union-find over entity ids. */
function unions(): { find: (x: string) => string; join: (a: string, b: string) => void } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r)) r = parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const join = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  return { find, join };
}

/** The id a group of entities takes: the most specific member's (rule 4). */
function canonicalId(members: readonly string[], type: string): string {
  const pool = type === 'Person' && members.some((m) => !isSurnameOnly(m, type)) ? members.filter((m) => !isSurnameOnly(m, type)) : members;
  return [...pool].sort((a, b) => slugOf(b).length - slugOf(a).length || cmp(a, b))[0]!;
}

/** Entity id → the id it is merged into (every given id is a key; most map to themselves). */
export function resolveEntityNames(entities: readonly NamedEntity[]): Map<string, string> {
  const groups = byId(entities);
  const { find, join } = unions();
  // Rule 2: name keys carried by exactly two entities of one type.
  const carriers = new Map<string, string[]>();
  for (const [id, g] of groups) {
    if (isSurnameOnly(id, g.type)) continue;
    for (const k of g.keys) {
      if (g.type === 'Person' && !k.includes(' ')) continue;
      const slot = `${g.type}|${k}`;
      const list = carriers.get(slot);
      if (!list) carriers.set(slot, [id]);
      else if (list.length < 3) list.push(id);
    }
  }
  for (const list of carriers.values()) if (list.length === 2) join(list[0]!, list[1]!);
  // Rule 3: surname-only people onto the one group of full names with that surname.
  const bySurname = new Map<string, Set<string>>();
  for (const [id, g] of groups) {
    if (g.type !== 'Person' || isSurnameOnly(id, g.type)) continue;
    for (const k of g.keys) {
      const w = k.split(' ');
      const s = w[w.length - 1]!;
      let set = bySurname.get(s);
      if (!set) bySurname.set(s, (set = new Set()));
      set.add(id);
    }
  }
  const surnameJoins: [string, string][] = [];
  for (const [id, g] of groups) {
    if (!isSurnameOnly(id, g.type)) continue;
    const roots = new Set([...(bySurname.get(nameKey(slugOf(id))) ?? [])].map(find));
    if (roots.size === 1) surnameJoins.push([id, [...roots][0]!]);
  }
  for (const [a, b] of surnameJoins) join(a, b);
  // Rule 4: each group's id.
  const members = new Map<string, string[]>();
  for (const id of groups.keys()) {
    const r = find(id);
    const list = members.get(r);
    if (!list) members.set(r, [id]);
    else list.push(id);
  }
  const out = new Map<string, string>();
  for (const list of members.values()) {
    const to = canonicalId(list, groups.get(list[0]!)!.type);
    for (const id of list) out.set(id, to);
  }
  return out;
}

const wordCount = (s: string): number => s.trim().split(/\s+/).length;

/**
 * An entity's caption, from all the names it was given (so it does not depend on which came first): for
 * people a full name over a surname, then the name its id was made from, then the longest, then the
 * first in code-point order.
 */
export function entityCaption(id: string, type: string, names: Iterable<string>): string {
  const slug = slugOf(id);
  const rank = (n: string): number[] => [type === 'Person' && wordCount(n) > 1 ? 0 : 1, slugify(n) === slug ? 0 : 1, -n.length];
  let best: string | undefined;
  for (const n of new Set(names)) {
    if (!n.trim()) continue;
    if (best === undefined) {
      best = n;
      continue;
    }
    const [a, b] = [rank(n), rank(best)];
    const d = a.findIndex((x, i) => x !== b[i]);
    if (d >= 0 ? a[d]! < b[d]! : n < best) best = n;
  }
  return best ?? id;
}

type Rel = Relation & { inferred?: boolean };

/** Several articles' extractions as one: the merge rule above applied to all their entities. */
export function mergeExtractions(parts: Extraction[]): Extraction {
  const all = parts.flatMap((p) => p.entities);
  const to = resolveEntityNames(all);
  const id = (x: string): string => to.get(x) ?? x;
  const entities = new Map<string, Entity & { names: Set<string>; mentions: Set<string> }>();
  for (const e of all) {
    const target = id(e.id);
    let m = entities.get(target);
    if (!m) entities.set(target, (m = { ...e, id: target, names: new Set(), mentions: new Set() }));
    else if (e.id === target) Object.assign(m, { ...e, names: m.names, mentions: m.mentions });
    for (const n of [e.name, ...e.aliases]) m.names.add(n);
    for (const a of e.mentionedIn ?? []) m.mentions.add(a);
  }
  const claims = parts.flatMap((p) => p.claims.map((c) => ({ ...c, speaker: id(c.speaker), about: [...new Set(c.about.map(id))] })));
  return {
    articles: parts.flatMap((p) => p.articles),
    entities: [...entities.values()].map(({ names, mentions, ...e }) => ({
      ...e,
      name: entityCaption(e.id, e.type, names),
      aliases: [...names].sort(),
      mentionedIn: [...mentions],
    })),
    claims,
    relations: mergeRelations(parts, id),
  };
}

function mergeRelations(parts: readonly Extraction[], id: (x: string) => string): Relation[] {
  const rels = new Map<string, Rel>();
  for (const p of parts) {
    for (const r0 of p.relations as Rel[]) {
      const r: Rel = { ...r0, subject: id(r0.subject), object: id(r0.object), evidence: [...r0.evidence] };
      if (r.subject === r.object && r0.subject !== r0.object) continue;
      const key = `${r.subject}|${r.predicate}|${r.object}`;
      const prev = rels.get(key);
      if (!prev) {
        rels.set(key, r);
        continue;
      }
      prev.evidence.push(...r.evidence);
      prev.hedged &&= r.hedged;
      prev.negated &&= r.negated;
      prev.inferred = prev.inferred && r.inferred;
    }
  }
  // a role guessed from the home country gives way when the person has an explicit role elsewhere
  const explicitRole = new Set([...rels.values()].filter((r) => r.predicate === 'HOLDS_ROLE' && !r.inferred).map((r) => r.subject));
  const relations: Relation[] = [];
  for (const r of rels.values()) {
    if (r.predicate === 'HOLDS_ROLE' && r.inferred && explicitRole.has(r.subject)) continue;
    const { inferred: _drop, ...rest } = r;
    relations.push(rest);
  }
  return relations;
}
