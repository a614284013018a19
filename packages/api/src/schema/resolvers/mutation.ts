import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { MAX_ARTICLE_BYTES, type Extraction } from '@kg/ontology';
import type { ApiContext } from '../../context.js';
import { IngestResult, RetractResult } from '../types/mutation.js';
import { ApiError } from '../../errors.js';
import { relationId, type ClaimRow, type EntityRow, type RelationRow } from '../../rows.js';

/** Largest article text accepted (characters): the limit every entry point shares. */
export const MAX_ARTICLE_CHARS = MAX_ARTICLE_BYTES;

function requireWrite(ctx: ApiContext): void {
  if (!ctx.canWrite) throw new ApiError('UNAUTHENTICATED', 'Mutations need a valid x-api-key header');
}

/** The earliest known time of a fact's evidence, as the store keeps it on the relationship. */
function earliestOccurrence(evidence: Extraction['relations'][number]['evidence']): { occurredAt: string | null; occurredAtPrecision: string | null } {
  const known = evidence.filter((e) => e.occurredAt).sort((a, b) => (a.occurredAt! < b.occurredAt! ? -1 : a.occurredAt! > b.occurredAt! ? 1 : 0));
  return { occurredAt: known[0]?.occurredAt ?? null, occurredAtPrecision: known[0] ? (known[0].occurredAtPrecision ?? 'day') : null };
}

function relationsOf(x: Extraction): RelationRow[] {
  return x.relations.map((r) => ({
    id: relationId(r.subject, r.predicate, r.object, r.negated),
    predicate: r.predicate,
    subjectId: r.subject,
    objectId: r.object,
    negated: r.negated,
    hedged: r.hedged,
    title: r.title ?? null,
    articleCount: new Set(r.evidence.map((e) => e.articleId)).size,
    ...earliestOccurrence(r.evidence),
    evidence: r.evidence.map((e) => ({
      articleId: e.articleId,
      sentence: e.sentence,
      start: e.start,
      end: e.end,
      negated: e.negated ?? r.negated,
      hedged: e.hedged ?? r.hedged,
    })),
    subject: null,
    object: null,
  }));
}

@Resolver()
export class MutationResolver {
  @Mutation(() => IngestResult, { description: 'Extract an article and store it (needs x-api-key)' })
  async ingestArticle(
    @Arg('text', () => String) text: string,
    @Arg('title', () => String, { nullable: true }) title: string | null,
    @Arg('source', () => String, { nullable: true, description: 'Outlet' }) source: string | null,
    @Arg('publishedAt', () => LocalDateResolver, { nullable: true }) publishedAt: string | null,
    @Arg('url', () => String, { nullable: true }) url: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<IngestResult> {
    requireWrite(ctx);
    if (text.trim() === '') throw new ApiError('BAD_USER_INPUT', '"text" is empty');
    if (text.length > MAX_ARTICLE_CHARS) throw new ApiError('BAD_USER_INPUT', `"text" is longer than ${MAX_ARTICLE_CHARS} characters`);
    const { extraction, stats } = await ctx.services.ingest({ text, title, source, publishedAt, url });
    // Read back what the store kept, in the API's own shapes.
    const [article, entities, claims] = await Promise.all([
      extraction.articles[0] ? ctx.loaders.articles.load(extraction.articles[0].id) : Promise.resolve(null),
      ctx.loaders.nodes.loadMany(extraction.entities.map((e) => e.id)),
      ctx.loaders.claims.loadMany(extraction.claims.map((c) => c.id)),
    ]);
    const ok = <T>(v: T | Error | null): v is T => v !== null && !(v instanceof Error);
    return {
      article,
      entities: entities.filter(ok) as EntityRow[],
      claims: claims.filter(ok) as ClaimRow[],
      relations: relationsOf(extraction),
      stats,
    };
  }

  @Mutation(() => RetractResult, { description: "Remove an article and the facts only it supported (needs x-api-key)" })
  async retractArticle(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<RetractResult> {
    requireWrite(ctx);
    return ctx.services.retract(id);
  }
}
