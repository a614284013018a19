// The extractor: text and metadata in, extraction JSON out. No I/O. Stages (each its own module):
// clean -> analyse (wink-nlp) -> mentions -> resolve -> claims -> relations -> assemble; extractCorpus
// merges articles so each real-world entity has one id.
import {
  articleId, digest, type ArticleMeta, type Claim, type Entity, type Evidence, type Extraction, type Relation,
} from '@kg/ontology';
import { clean, hasEnglish } from './clean.js';
import { analyse } from './nlp.js';
import { findMentions } from './mentions.js';
import { resolveArticle } from './resolve.js';
import { extractClaims, units } from './claims.js';
import { extractRelations } from './relations.js';
import { ExtractionError } from './errors.js';
import { foldKey, getGazetteer } from './gazetteer.js';
import { mergeExtractions } from './merge.js';
import { articleDate } from './time/article-date.js';
import { claimTimes, factTime } from './time/said-at.js';

export { ExtractionError } from './errors.js';
export type { ExtractionErrorReason } from './errors.js';
export { clean, hasEnglish } from './clean.js';
export { analyse, getNlp } from './nlp.js';
export { findMentions } from './mentions.js';
export { resolveArticle } from './resolve.js';
export { extractClaims, units } from './claims.js';
export { extractRelations } from './relations.js';
export { mergeExtractions } from './merge.js';

export type ArticleInput = Partial<ArticleMeta> & { path?: string; url?: string };
export interface ExtractOptions {
  /** Largest accepted text in bytes (UTF-16 code units); default 2 MB or KG_EXTRACT_MAX_BYTES. */
  maxBytes?: number;
}
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

function maxBytes(opts?: ExtractOptions): number {
  const env = Number(process.env.KG_EXTRACT_MAX_BYTES);
  return opts?.maxBytes ?? (Number.isFinite(env) && env > 0 ? env : DEFAULT_MAX_BYTES);
}

function checkInput(text: unknown, path: string | null, opts?: ExtractOptions): asserts text is string {
  if (typeof text !== 'string') throw new ExtractionError('empty', 'input is not text', path);
  if (!text.trim()) throw new ExtractionError('empty', 'empty text', path);
  if (text.length > maxBytes(opts)) {
    throw new ExtractionError('too-large', `text of ${text.length} characters exceeds the limit of ${maxBytes(opts)}`, path);
  }
  // binary: many control characters or replacement characters (a mis-decoded file)
  let bad = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  if (bad > 8 && bad / n > 0.02) throw new ExtractionError('binary', 'input looks binary (control characters)', path);
}

/** Extract one article. Throws ExtractionError for unusable input (empty, binary, too large, no English). */
export function extractArticle(text: string, meta: ArticleInput = {}, opts?: ExtractOptions): Extraction {
  const path = meta.path ?? null;
  checkInput(text, path, opts);
  const id = articleId(text);
  const cl = clean(text, { title: meta.title ?? null });
  const when = articleDate({ text, metadata: meta.publishedAt ?? cl.meta.publishedAt, datelineText: cl.meta.datelineText ?? null });
  if (!hasEnglish(cl.clean)) throw new ExtractionError('no-english', 'no English text found', path);
  const an = analyse(cl.clean);
  const mr = findMentions(cl.clean, an);
  const r = resolveArticle(cl.clean, an, mr, cl.meta.datelinePlace);
  const us = units(cl.clean, an);
  const raw = extractClaims(cl.clean, an, r, us);
  const rels = extractRelations(cl.clean, an, r, us, raw);

  const article: ArticleMeta = {
    id,
    title: meta.title ?? cl.meta.title,
    source: meta.source ?? cl.meta.source,
    publishedAt: when.publishedAt,
    path,
    ...(meta.url ? { url: meta.url } : {}),
    dateline: meta.dateline ?? when.dateline,
    dateSource: when.dateSource,
  };
  // the dateline city is a mention of that place
  const used = new Set<number>();
  r.entOf.forEach((e) => { if (e >= 0) used.add(e); });
  for (const rel of rels) { used.add(rel.subject); used.add(rel.object); }
  for (const c of raw) used.add(c.speaker);
  const entities: Entity[] = [];
  r.entities.forEach((e, i) => {
    if (!used.has(i)) return;
    entities.push({ id: e.id, type: e.type, name: e.name, aliases: [...new Set([e.name, ...e.aliases])], mentionedIn: [id] });
  });
  if (cl.meta.datelinePlace) {
    const g = getGazetteer().byKey.get(foldKey(cl.meta.datelinePlace));
    if (g && (g.kind === 'capital' || g.kind === 'place')) {
      const eid = `place:${foldKey(g.name).replace(/\s+/g, '-')}`;
      if (!entities.some((e) => e.id === eid)) entities.push({ id: eid, type: 'Place', name: g.name, aliases: [g.name], mentionedIn: [id] });
    }
  }
  const date = article.dateline ?? article.publishedAt ?? null;
  const said = claimTimes(cl.clean, raw, article.dateline ?? when.reference, article.dateline ?? null);
  const claims: Claim[] = raw.map((c, i) => ({
    id: `claim:${digest(id, String(c.start), String(c.end))}`,
    speaker: r.entities[c.speaker]!.id,
    text: c.text.replace(/\u00a0/g, ' '),
    kind: c.kind,
    about: c.about.map((a) => r.entities[a]!.id),
    articles: [id],
    cue: c.cue,
    start: c.start,
    end: c.end,
    sentence: text.slice(c.sentStart, c.sentEnd),
    date,
    saidAt: said[i]?.date ?? null,
    saidAtPrecision: said[i]?.precision ?? null,
  }));
  const relations: Array<Relation & { inferred?: boolean }> = [];
  const byKey = new Map<string, Relation & { inferred?: boolean }>();
  for (const rel of rels) {
    const s = r.entities[rel.subject]!.id, o = r.entities[rel.object]!.id;
    const at = factTime(cl.clean.slice(rel.start, rel.end), article.dateline ?? when.reference, article.dateline ?? null);
    const ev: Evidence = { articleId: id, sentence: text.slice(rel.start, rel.end), start: rel.start, end: rel.end, negated: rel.negated, hedged: rel.hedged, occurredAt: at?.date ?? null, occurredAtPrecision: at?.precision ?? null };
    const key = `${s}|${rel.predicate}|${o}`;
    const prev = byKey.get(key);
    if (prev) {
      if (!prev.evidence.some((x) => x.start === ev.start)) prev.evidence.push(ev);
      prev.hedged &&= rel.hedged;
      prev.negated &&= rel.negated;
      continue;
    }
    const inferred = rel.predicate === 'HOLDS_ROLE' && r.roles.some((x) => x.person === rel.subject && x.affil === rel.object && x.inferred);
    const out: Relation & { inferred?: boolean } = {
      subject: s, predicate: rel.predicate, object: o, evidence: [ev], negated: rel.negated, hedged: rel.hedged,
      ...(rel.title ? { title: rel.title } : {}), ...(inferred ? { inferred } : {}),
    };
    byKey.set(key, out);
    relations.push(out);
  }
  return { articles: [article], entities, claims, relations };
}

/** Extract several articles and merge them: one id per entity, aliases unioned, per-article errors collected. */
export function extractCorpus(docs: Array<{ text: string; meta?: ArticleInput }>, opts?: ExtractOptions): { extraction: Extraction; errors: ExtractionError[] } {
  const parts: Extraction[] = [];
  const errors: ExtractionError[] = [];
  for (const d of docs) {
    try {
      parts.push(extractArticle(d.text, d.meta ?? {}, opts));
    } catch (e) {
      if (e instanceof ExtractionError) errors.push(e);
      else errors.push(new ExtractionError('internal', e instanceof Error ? e.message : String(e), d.meta?.path ?? null));
    }
  }
  return { extraction: mergeExtractions(parts), errors };
}
