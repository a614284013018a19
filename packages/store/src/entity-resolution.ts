// Cross-article entity resolution in the store (pure parts). The rule is @kg/extractor/merge's, the one
// `kg extract` applies; here it is applied over every entity stored, so its outcome does not depend on
// which articles came first. Each Entity node keeps the entities the extractor named that it stands for
// (`members`: id, type and names, as the extractor gave them) and each MENTIONS the raw ids of that
// article (`raw`), so that when new evidence changes a decision (a surname becomes ambiguous, a full name
// arrives) the articles involved are written again under the new decision. docs/graph-model.md.
import type { Entity, Extraction } from '@kg/ontology';
import { entityCaption, foldName, nameKey, resolveEntityNames, type NamedEntity } from '@kg/extractor/merge';
import { mergeEntities } from './plan.js';

export { foldName, entityCaption, nameKey };

export interface ResolvableEntity {
  id: string;
  type: string;
  name: string;
  aliases: readonly string[];
}

/** One extractor entity an Entity node stands for, as stored in `Entity.members`. */
export interface Member {
  id: string;
  type: string;
  names: string[];
}

export const encodeMember = (m: Member): string => JSON.stringify({ id: m.id, type: m.type, names: [...new Set(m.names)].sort() });
export const decodeMember = (s: string): Member => JSON.parse(s) as Member;

/** Members united by id (names united), sorted by id. */
export function uniteMembers(list: Iterable<Member>): Member[] {
  const out = new Map<string, Set<string>>();
  const types = new Map<string, string>();
  for (const m of list) {
    let names = out.get(m.id);
    if (!names) out.set(m.id, (names = new Set()));
    types.set(m.id, m.type);
    for (const n of m.names) names.add(n);
  }
  return [...out.keys()].sort().map((id) => ({ id, type: types.get(id)!, names: [...out.get(id)!].sort() }));
}

export const memberOf = (e: ResolvableEntity | Pick<Entity, 'id' | 'type' | 'name' | 'aliases'>): Member => ({ id: e.id, type: e.type, names: [e.name, ...(e.aliases ?? [])] });

/** Raw id → canonical id over all the members given (stored and new). */
export function resolveMembers(members: readonly Member[]): Map<string, string> {
  const named: NamedEntity[] = members.map((m) => ({ id: m.id, type: m.type, name: m.names[0] ?? m.id, aliases: m.names }));
  return resolveEntityNames(named);
}

export interface CanonicalEntity {
  id: string;
  type: string;
  members: Member[];
  aliases: string[];
  keys: string[];
  name: string;
}

/** The canonical entity rows: members, aliases (all their names) and caption. */
export function canonicalEntities(members: readonly Member[], to: ReadonlyMap<string, string>): Map<string, CanonicalEntity> {
  const groups = new Map<string, Member[]>();
  for (const m of uniteMembers(members)) {
    const id = to.get(m.id) ?? m.id;
    const list = groups.get(id);
    if (!list) groups.set(id, [m]);
    else list.push(m);
  }
  const out = new Map<string, CanonicalEntity>();
  for (const [id, list] of groups) {
    const aliases = [...new Set(list.flatMap((m) => m.names))].filter((n) => n.trim()).sort();
    const type = list.find((m) => m.id === id)?.type ?? list[0]!.type;
    out.set(id, { id, type, members: list, aliases, keys: keysOf(aliases), name: entityCaption(id, type, aliases) });
  }
  return out;
}

/** The name keys of these names (Entity.keys, full-text indexed as `entityKeys`), sorted. */
export function keysOf(names: Iterable<string>): string[] {
  return [...new Set([...names].map(nameKey).filter(Boolean))].sort();
}

/** Keys to look up in the graph for these members: every name's key, plus the surname of people. */
export function lookupNames(members: readonly Member[]): string[] {
  const out = new Set<string>();
  for (const m of members) {
    for (const k of keysOf(m.names)) {
      out.add(k);
      if (m.type === 'Person') out.add(k.split(' ').pop()!);
    }
  }
  return [...out].sort();
}

/** A multi-article extraction as one extraction per article (the unit stored and re-derived). */
export function splitByArticle(x: Extraction): Extraction[] {
  return x.articles.map((a) => {
    const here = (id: string): boolean => id === a.id;
    const claims = x.claims.flatMap((c) => {
      const evidence = c.evidence?.filter((e) => here(e.articleId));
      if (c.evidence?.length ? !evidence?.length : !c.articles.some(here)) return [];
      return [{ ...c, articles: [a.id], ...(c.evidence ? { evidence } : {}) }];
    });
    const relations = x.relations.flatMap((r) => {
      const evidence = r.evidence.filter((e) => here(e.articleId));
      return evidence.length ? [{ ...r, evidence }] : [];
    });
    const used = new Set<string>();
    for (const c of claims) for (const id of [c.speaker, ...c.about]) used.add(id);
    for (const r of relations) for (const id of [r.subject, r.object]) used.add(id);
    const entities = mergeEntities(
      x.entities.flatMap((e) => {
        // An entity belongs to the articles it lists; one listing none (hand-built input) to those using it.
        const mine = e.mentionedIn?.length ? e.mentionedIn.some(here) : used.has(e.id) || x.articles.length === 1;
        return mine ? [{ ...e, mentionedIn: [a.id] }] : [];
      }),
    );
    const topics = (x.topics ?? []).filter((t) => used.has(t.id));
    return { articles: [a], entities, claims, relations, topics };
  });
}

/**
 * The extraction with every entity reference moved to its canonical id: entities (aliases united later by
 * planExtraction), claim speakers and `about`, relation ends. A relation whose two ends became one entity
 * is dropped (nobody meets themself).
 */
export function remapExtraction(x: Extraction, to: ReadonlyMap<string, string>): Extraction {
  const id = (v: string): string => to.get(v) ?? v;
  return {
    ...x,
    entities: x.entities.map((e) => (id(e.id) === e.id ? e : { ...e, id: id(e.id), aliases: [...new Set([...(e.aliases ?? []), e.name])] })),
    claims: x.claims.map((c) => {
      const speaker = id(c.speaker);
      const about = [...new Set(c.about.map(id))].filter((t) => t !== speaker);
      return { ...c, speaker, about };
    }),
    relations: x.relations.flatMap((r) => {
      const subject = id(r.subject);
      const object = id(r.object);
      if (subject === object && r.subject !== r.object) return [];
      return [{ ...r, subject, object }];
    }),
  };
}

/** Per article, per canonical entity: the raw ids of that article it stands for (MENTIONS.raw). */
export function rawMentions(parts: readonly Extraction[], to: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const p of parts) {
    const article = p.articles[0]?.id;
    if (!article) continue;
    for (const e of p.entities) {
      const key = `${article}|${to.get(e.id) ?? e.id}`;
      let set = out.get(key);
      if (!set) out.set(key, (set = new Set()));
      set.add(e.id);
    }
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}
