// What mutations need from the rest of the product. The default implementation loads
// @kg/extractor and @kg/store lazily so read-only servers and tests do not pay for them.
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '@kg/ontology';
import { ApiError } from './errors.js';

export interface IngestInput {
  text: string;
  title?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  url?: string | null;
}

export interface IngestOutcome {
  extraction: Extraction;
  /** Whatever the store reports (counts); shown as-is in `stats`. */
  stats: Record<string, unknown>;
}

export interface RetractOutcome {
  articleId: string;
  retracted: boolean;
  stats: Record<string, unknown>;
}

export interface MutationServices {
  ingest(input: IngestInput): Promise<IngestOutcome>;
  retract(articleId: string): Promise<RetractOutcome>;
}

type AnyFn = (...args: unknown[]) => unknown;

async function load(name: '@kg/extractor' | '@kg/store'): Promise<Record<string, unknown>> {
  return (await import(name)) as Record<string, unknown>;
}

function fn(mod: Record<string, unknown>, name: string, pkg: string): AnyFn {
  const f = mod[name];
  if (typeof f !== 'function') throw new Error(`${pkg} does not export ${name}()`);
  return f as AnyFn;
}

function statsOf(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Extraction may come back alone or wrapped with per-article errors; accept both. */
function asExtraction(v: unknown): Extraction {
  const o = v as { extraction?: Extraction; articles?: unknown };
  if (o && Array.isArray(o.articles)) return o as Extraction;
  if (o?.extraction && Array.isArray(o.extraction.articles)) return o.extraction;
  throw new Error('extractor returned no extraction');
}

/** The extractor's per-article refusals (empty, binary, too large, no English) are the client's to fix. */
function rejected(err: unknown): Error {
  const e = err as { name?: string; reason?: string; message?: string };
  if (e?.name === 'ExtractionError' && e.reason !== 'internal') {
    return new ApiError('BAD_USER_INPUT', `The article was not extracted: ${e.message ?? e.reason}`, { reason: e.reason });
  }
  return ApiError.fromDatabase(err);
}

/** Store failures: an unreachable Neo4j is named as such, anything else stays internal. */
function storeError(err: unknown): Error {
  if ((err as { name?: string })?.name === 'Neo4jUnavailableError') return new ApiError('DATABASE_UNAVAILABLE', 'The graph database is not reachable');
  return ApiError.fromDatabase(err);
}

export function defaultServices(driver: Driver): MutationServices {
  return {
    async ingest(input) {
      const extractor = await load('@kg/extractor');
      const store = await load('@kg/store');
      const meta = {
        title: input.title ?? null,
        source: input.source ?? null,
        publishedAt: input.publishedAt ?? null,
        url: input.url ?? null,
        path: null,
      };
      let extraction: Extraction;
      try {
        extraction = asExtraction(await fn(extractor, 'extractArticle', '@kg/extractor')(input.text, meta));
      } catch (err) {
        throw rejected(err);
      }
      try {
        const stats = await fn(store, 'writeExtraction', '@kg/store')(driver, extraction);
        return { extraction, stats: statsOf(stats) };
      } catch (err) {
        throw storeError(err);
      }
    },
    async retract(articleId) {
      const store = await load('@kg/store');
      let res: unknown;
      try {
        res = await fn(store, 'retractArticle', '@kg/store')(driver, articleId);
      } catch (err) {
        throw storeError(err);
      }
      const stats = statsOf(res);
      // The store reports the article ids it removed; none means nothing matched.
      const retracted = Array.isArray(stats.ids) ? stats.ids.length > 0 : Number(stats.articles ?? 0) > 0;
      return { articleId, retracted, stats };
    },
  };
}
