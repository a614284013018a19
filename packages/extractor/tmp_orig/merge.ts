// Cross-article merging: entities with the same id are one; a bare surname ("Blinken") joins the only
// full name it can belong to; a role guessed from the article's home country gives way to an explicit
// one; relations with the same (subject, predicate, object) pool their evidence.
import type { Entity, Extraction, Relation } from '@kg/ontology';

type Rel = Relation & { inferred?: boolean };

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
  // surnames -> full names (only when exactly one full name fits)
  const remap = new Map<string, string>();
  const persons = [...entities.values()].filter((e) => e.type === 'Person');
  for (const e of persons) {
    if (e.name.includes(' ')) continue;
    const fits = persons.filter((p) => p !== e && p.name.includes(' ') && (p.name.split(' ').pop() === e.name || p.name.split(' ')[0] === e.name));
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
