// Last stage: assembly. The article's resolved entities, raw claims and raw relations become the
// extraction JSON (Entity / Claim / Relation of @kg/ontology): ids, aliases, evidence, one relation per
// (subject, predicate, object) with its evidence pooled.
import {
  digest, type ArticleMeta, type Claim, type Entity, type Evidence, type Extraction, type Relation,
} from '@kg/ontology';
import type { Cleaned } from './clean.js';
import type { Resolved } from './resolve.js';
import { foldKey, getGazetteer } from './gazetteer.js';
import type { ArticleInput } from './input.js';
import { articleDate, type ArticleDate } from './time/article-date.js';
import { claimTimes, factTime } from './time/said-at.js';

/** What assembly needs: the stages' outputs, structurally (claims and relations are their stages' raw records). */
export interface AssemblyInput {
  /** The caller's text (evidence sentences are slices of it). */
  text: string;
  id: string;
  meta: ArticleInput;
  cleaned: Cleaned;
  resolved: Resolved;
  claims: ReadonlyArray<RawClaimLike>;
  relations: ReadonlyArray<RawRelationLike>;
}
export interface RawClaimLike {
  speaker: number; about: number[]; text: string; kind: Claim['kind']; cue: string;
  start: number; end: number; sentStart: number; sentEnd: number; rule?: string; confidence?: number;
}
export interface RawRelationLike {
  subject: number; object: number; predicate: Relation['predicate']; start: number; end: number;
  negated: boolean; hedged: boolean; title?: string; rule?: string; confidence?: number;
}
type OutRelation = Relation & { inferred?: boolean };

function articleMeta(a: AssemblyInput, when: ArticleDate): ArticleMeta {
  const { meta, cleaned: cl } = a;
  return {
    id: a.id,
    title: meta.title ?? cl.meta.title,
    source: meta.source ?? cl.meta.source,
    publishedAt: when.publishedAt,
    path: meta.path ?? null,
    ...(meta.url ? { url: meta.url } : {}),
    dateline: meta.dateline ?? when.dateline,
    dateSource: when.dateSource,
  };
}

/** The dates claims and facts are resolved against: the dateline's day, else the article's reference date. */
interface TimeRef { ref: string | null; dateline: string | null }

/** Entities that are mentioned, speak or take part in a relation; plus the dateline's place. */
function assembleEntities(a: AssemblyInput): Entity[] {
  const r = a.resolved;
  const used = new Set<number>();
  r.entOf.forEach((e) => { if (e >= 0) used.add(e); });
  for (const rel of a.relations) { used.add(rel.subject); used.add(rel.object); }
  for (const c of a.claims) used.add(c.speaker);
  const entities: Entity[] = [];
  r.entities.forEach((e, i) => {
    if (!used.has(i)) return;
    entities.push({
      id: e.id, type: e.type, name: e.name, aliases: [...new Set([e.name, ...e.aliases])], mentionedIn: [a.id],
      ...(e.typeConfidence !== undefined ? { typeConfidence: e.typeConfidence } : {}),
    });
  });
  const place = a.cleaned.meta.datelinePlace;
  if (place) {
    const g = getGazetteer().byKey.get(foldKey(place));
    if (g && (g.kind === 'capital' || g.kind === 'place')) {
      const eid = `place:${foldKey(g.name).replace(/\s+/g, '-')}`;
      if (!entities.some((e) => e.id === eid)) entities.push({ id: eid, type: 'Place', name: g.name, aliases: [g.name], mentionedIn: [a.id] });
    }
  }
  return entities;
}

function assembleClaims(a: AssemblyInput, date: string | null, t: TimeRef): Claim[] {
  const ents = a.resolved.entities;
  const said = claimTimes(a.cleaned.clean, a.claims, t.ref, t.dateline);
  return a.claims.map((c, i) => ({
    id: `claim:${digest(a.id, String(c.start), String(c.end))}`,
    speaker: ents[c.speaker]!.id,
    text: c.text.replace(/\u00a0/g, ' '),
    kind: c.kind,
    about: c.about.map((x) => ents[x]!.id),
    articles: [a.id],
    cue: c.cue,
    start: c.start,
    end: c.end,
    sentence: a.text.slice(c.sentStart, c.sentEnd),
    date,
    saidAt: said[i]?.date ?? null,
    saidAtPrecision: said[i]?.precision ?? null,
    ...(c.confidence !== undefined ? { confidence: c.confidence } : {}),
    ...(c.rule ? { rule: c.rule } : {}),
  }));
}

/** One relation per (subject, predicate, object); later sentences add evidence; hedged/negated only if all are. */
function assembleRelations(a: AssemblyInput, t: TimeRef): OutRelation[] {
  const r = a.resolved;
  const relations: OutRelation[] = [];
  const byKey = new Map<string, OutRelation>();
  for (const rel of a.relations) {
    const s = r.entities[rel.subject]!.id, o = r.entities[rel.object]!.id;
    const at = factTime(a.cleaned.clean.slice(rel.start, rel.end), t.ref, t.dateline);
    const ev: Evidence = {
      articleId: a.id, sentence: a.text.slice(rel.start, rel.end), start: rel.start, end: rel.end, negated: rel.negated, hedged: rel.hedged,
      occurredAt: at?.date ?? null, occurredAtPrecision: at?.precision ?? null,
    };
    const key = `${s}|${rel.predicate}|${o}`;
    const prev = byKey.get(key);
    if (prev) {
      if (!prev.evidence.some((x) => x.start === ev.start)) prev.evidence.push(ev);
      prev.hedged &&= rel.hedged;
      prev.negated &&= rel.negated;
      if (rel.confidence !== undefined) prev.confidence = Math.max(prev.confidence ?? 0, rel.confidence);
      continue;
    }
    const inferred = rel.predicate === 'HOLDS_ROLE' && r.roles.some((x) => x.person === rel.subject && x.affil === rel.object && x.inferred);
    const out: OutRelation = {
      subject: s, predicate: rel.predicate, object: o, evidence: [ev], negated: rel.negated, hedged: rel.hedged,
      ...(rel.title ? { title: rel.title } : {}), ...(inferred ? { inferred } : {}),
      ...(rel.rule ? { rule: rel.rule } : {}), ...(rel.confidence !== undefined ? { confidence: rel.confidence } : {}),
    };
    byKey.set(key, out);
    relations.push(out);
  }
  return relations;
}

/** The extraction JSON of one article. */
export function assemble(a: AssemblyInput): Extraction {
  const cl = a.cleaned.meta;
  const when = articleDate({ text: a.text, metadata: a.meta.publishedAt ?? cl.publishedAt, datelineText: cl.datelineText ?? null });
  const article = articleMeta(a, when);
  const date = article.dateline ?? article.publishedAt ?? null;
  const t: TimeRef = { ref: article.dateline ?? when.reference, dateline: article.dateline ?? null };
  return { articles: [article], entities: assembleEntities(a), claims: assembleClaims(a, date, t), relations: assembleRelations(a, t) };
}
