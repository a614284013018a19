// The extractor: text and metadata in, extraction JSON out. No I/O. extractArticle is the list of
// stages, each a pure function in its own module with typed input and output:
//   checkInput -> clean -> analyse (wink-nlp) -> findMentions -> resolveArticle -> units/extractClaims
//   -> extractRelations -> assemble
// extractCorpus merges articles so each real-world entity has one id.
import { articleId, type Extraction } from '@kg/ontology';
import { clean, hasEnglish, type Cleaned } from './clean.js';
import { analyse, type Analysis } from './nlp.js';
import { findMentions, type MentionResult } from './mentions.js';
import { resolveArticle, type Resolved } from './resolve.js';
import { extractClaims, units, type RawClaim, type Unit } from './claims.js';
import { extractRelations, type RawRelation } from './relations/index.js';
import { ExtractionError } from './errors.js';
import { mergeExtractions } from './merge.js';
import { assemble } from './assemble.js';
import { checkInput, type ArticleInput, type ExtractOptions } from './input.js';

export { ExtractionError } from './errors.js';
export type { ExtractionErrorReason } from './errors.js';
export { clean, hasEnglish } from './clean.js';
export { analyse, getNlp } from './nlp.js';
export { findMentions } from './mentions.js';
export { resolveArticle } from './resolve.js';
export { extractClaims, units } from './claims.js';
export { extractRelations } from './relations/index.js';
export { mergeExtractions } from './merge.js';
export { assemble } from './assemble.js';
export { DEFAULT_MAX_BYTES, type ArticleInput, type ExtractOptions } from './input.js';

/** Every stage's output for one article, in pipeline order (what tests look at, stage by stage). */
export interface StageOutputs {
  clean: Cleaned;
  analyse: Analysis;
  mentions: MentionResult;
  resolve: Resolved;
  units: Unit[];
  claims: RawClaim[];
  relations: RawRelation[];
}
export type StageName = keyof StageOutputs;
export const STAGE_ORDER: readonly StageName[] = ['clean', 'analyse', 'mentions', 'resolve', 'units', 'claims', 'relations'];

/**
 * Runs the stages on a checked text, up to and including `until`. Each stage reads only what the
 * earlier ones returned; nothing is changed in place.
 */
export function runStages(text: string, meta: ArticleInput = {}, until: StageName = 'relations'): Partial<StageOutputs> {
  const path = meta.path ?? null;
  const out: Partial<StageOutputs> = {};
  const stop = (s: StageName): boolean => STAGE_ORDER.indexOf(s) >= STAGE_ORDER.indexOf(until);
  const cl = out.clean = clean(text, { title: meta.title ?? null });
  if (!hasEnglish(cl.clean)) throw new ExtractionError('no-english', 'no English text found', path);
  if (stop('clean')) return out;
  const an = out.analyse = analyse(cl.clean);
  if (stop('analyse')) return out;
  const mr = out.mentions = findMentions(cl.clean, an);
  if (stop('mentions')) return out;
  const r = out.resolve = resolveArticle(cl.clean, an, mr, cl.meta.datelinePlace);
  if (stop('resolve')) return out;
  const us = out.units = units(cl.clean, an);
  if (stop('units')) return out;
  const raw = out.claims = extractClaims(cl.clean, an, r, us);
  if (stop('claims')) return out;
  out.relations = extractRelations(cl.clean, an, r, us, raw);
  return out;
}

/** Extract one article. Throws ExtractionError for unusable input (empty, binary, too large, no English). */
export function extractArticle(text: string, meta: ArticleInput = {}, opts?: ExtractOptions): Extraction {
  checkInput(text, meta.path ?? null, opts);
  const s = runStages(text, meta) as StageOutputs;
  return assemble({
    text, id: articleId(text), meta, cleaned: s.clean, resolved: s.resolve, claims: s.claims, relations: s.relations,
  });
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
