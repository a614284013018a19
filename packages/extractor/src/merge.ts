// Cross-article merging: entities with the same id are one; a bare surname ("Blinken") joins the only
// full name it can belong to; a role guessed from the article's home country gives way to an explicit
// one; relations with the same (subject, predicate, object) pool their evidence.
import type { Entity, Extraction, Relation } from '@kg/ontology';

type Rel = Relation & { inferred?: boolean };

/** A person name folded for spelling variants: case, accents and doubled letters ignored. */
const spellingKey = (n: string): string => n.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/(\p{L})\1+/gu, '$1');

export function mergeExtractions(parts: Extraction[]): Extraction {
  const entities = new Map<string, Entity>();
  for (const p of parts) {
    for (const e of p.entities) {
      const prev = entities.get(e.id);
      if (!prev) { entities.set(e.id, { ...e, aliases: [...e.aliases], mentionedIn: [...(e.mentionedIn ?? [])] }); continue; }
      prev.aliases = [...new Set([...prev.aliases, ...e.aliases])];
      prev.mentionedIn = [...new Set([...(prev.mentionedIn ?? []), ...(e.mentionedIn ?? [])])];
    }
  }
  // spelling variants of one full name ("Zelensky"/"Zelenskyy"): same name once doubled letters are collapsed,
  // merged only when exactly one other person has that form
  const remap = new Map<string, string>();
  const persons = [...entities.values()].filter((e) => e.type === 'Person');
  const byForm = new Map<string, Entity[]>();
  for (const e of persons) if (e.name.includes(' ')) { const k = spellingKey(e.name); byForm.set(k, [...(byForm.get(k) ?? []), e]); }
  for (const group of byForm.values()) if (group.length === 2) remap.set(group[1]!.id, group[0]!.id);
  // surnames -> full names (only when exactly one full name fits)
  const full = persons.filter((p) => p.name.includes(' ') && !remap.has(p.id));
  for (const e of persons) {
    if (e.name.includes(' ')) continue;
    const k = spellingKey(e.name);
    const fits = full.filter((p) => p !== e && (spellingKey(p.name.split(' ').pop()!) === k || spellingKey(p.name.split(' ')[0]!) === k));
    if (fits.length === 1) remap.set(e.id, fits[0]!.id);
  }
  for (const [from, to] of remap) {
    const a = entities.get(from)!, b = entities.get(to)!;
    b.aliases = [...new Set([...b.aliases, ...a.aliases])];
    b.mentionedIn = [...new Set([...(b.mentionedIn ?? []), ...(a.mentionedIn ?? [])])];
    entities.delete(from);
  }
  const id = (x: string) => remap.get(x) ?? x;
  const claims = parts.flatMap((p) => p.claims.map((c) => ({ ...c, speaker: id(c.speaker), about: [...new Set(c.about.map(id))] })));
  const rels = new Map<string, Rel>();
  for (const p of parts) {
    for (const r0 of p.relations as Rel[]) {
      const r: Rel = { ...r0, subject: id(r0.subject), object: id(r0.object), evidence: [...r0.evidence] };
      const key = `${r.subject}|${r.predicate}|${r.object}`;
      const prev = rels.get(key);
      if (!prev) { rels.set(key, r); continue; }
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
  return {
    articles: parts.flatMap((p) => p.articles),
    entities: [...entities.values()],
    claims,
    relations,
  };
}
