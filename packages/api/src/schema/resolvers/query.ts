import { Arg, Args, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from '../../graphql.js';
import { prefetchEntityLists } from './prefetch.js';
import type { ApiContext } from '../../context.js';
import { Entity } from '../types/entity.js';
import { Claim } from '../types/claim.js';
import { Article } from '../types/article.js';
import { Neighborhood, type GraphEdge, type GraphNode } from '../types/graph.js';
import { ClaimConnection, PathConnection, RelationConnection, SearchConnection, TimelineConnection } from '../types/connections.js';
import { connectionComplexity, PredicateEnum } from '../types/common.js';
import { ClaimFilter, DatedPageArgs, PageArgs, RelationFilter, SearchArgs } from '../args.js';
import { toConnection, toPage, emptyConnection, type Page } from '../../pagination.js';
import { entityTypeOf, inOrder, isEntity, relationId, type ArticleRow, type ClaimRow, type EntityRow, type EvidenceRow, type RawRelation } from '../../rows.js';
import { ApiError } from '../../errors.js';
import { luceneQuery } from '../../cypher/lucene.js';
import { searchEntities } from '../../cypher/search.js';
import { entityByName } from '../../cypher/entity-by-name.js';
import { filterClaims } from '../../cypher/claims-filter.js';
import { filterRelations } from '../../cypher/relations-filter.js';
import { MAX_PATH_HOPS, shortestPaths } from '../../cypher/paths.js';
import { MAX_NEIGHBORHOOD_DEPTH, neighborhood } from '../../cypher/neighborhood.js';
import { timeline } from '../../cypher/timeline.js';
import { dateRange, intInRange, predicatesOf, reportPlan } from './helpers.js';
import { claimsQueryCost, entityByNameCost, neighborhoodCost, relationsQueryCost } from '../../hardening/costs.js';
import { relationNode } from './entity.js';
import type { TimelineNode } from '../types/timeline.js';

export const MAX_NEIGHBORHOOD_NODES = 500;
export const MAX_NEIGHBORHOOD_CLAIMS = 100;

@Resolver()
export class QueryResolver {
  @Query(() => SearchConnection, { description: 'Entities whose name or alias matches, best first', complexity: connectionComplexity })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: ApiContext) {
    const page = toPage(args);
    const lucene = luceneQuery(args.text);
    if (!lucene) return emptyConnection(page);
    const [row] = await ctx.loaders.read(searchEntities(lucene, args.types ?? [], page));
    const items = (row?.items as EntityRow[]) ?? [];
    ctx.loaders.primeNodes(items);
    return toConnection(items, (row?.total as number) ?? 0, page, (node, cursor) => ({ cursor, node, score: node.score ?? 0 }));
  }

  @Query(() => Entity, { nullable: true })
  async entity(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<EntityRow | null> {
    // When lists are selected, their statements bring the entity along (primed); otherwise, or
    // when the entity does not exist, the loader looks it up.
    await prefetchEntityLists(ctx, info, id);
    const row = await ctx.loaders.nodes.load(id);
    return row && isEntity(row) ? row : null;
  }

  @Query(() => Entity, { nullable: true, description: 'By canonical name or any alias, case-insensitive', complexity: entityByNameCost })
  async entityByName(@Arg('name', () => String) name: string, @Ctx() ctx: ApiContext): Promise<EntityRow | null> {
    const [row] = await ctx.loaders.read(entityByName(name));
    const e = (row?.entity as EntityRow | undefined) ?? null;
    ctx.loaders.primeNodes([e]);
    return e;
  }

  @Query(() => Claim, { nullable: true })
  claim(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ClaimRow | null> {
    return ctx.loaders.claims.load(id);
  }

  @Query(() => Article, { nullable: true })
  article(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ArticleRow | null> {
    return ctx.loaders.articles.load(id);
  }

  @Query(() => ClaimConnection, { description: 'Claims matching every given filter; ranked when `text` is given, else newest first', complexity: claimsQueryCost })
  async claims(
    @Arg('filter', () => ClaimFilter, { nullable: true }) filter: ClaimFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return claimsMatching(ctx, info, filter ?? {}, toPage(args), false);
  }

  @Query(() => ClaimConnection, {
    description: 'What the speaker said about a subject, oldest first (by saidAt, else the earliest report): "what has X said about Y, since when"',
    complexity: connectionComplexity,
  })
  async saidAbout(
    @Arg('speaker', () => String, { description: 'Entity id, name or alias' }) speaker: string,
    @Arg('about', () => String, { description: 'Entity id, name or alias, or topic id' }) about: string,
    @Arg('includeSpokespeople', () => Boolean, { defaultValue: false, description: "Also the speaker's spokespeople" }) includeSpokespeople: boolean,
    @Arg('outlet', () => String, { nullable: true }) outlet: string | null,
    @Args(() => DatedPageArgs) args: DatedPageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return claimsMatching(ctx, info, { speaker, about, includeSpokespeople, outlet, saidFrom: args.from, saidTo: args.to }, toPage(args), true);
  }

  @Query(() => RelationConnection, { description: 'Facts matching every given filter', complexity: relationsQueryCost })
  async relations(
    @Arg('filter', () => RelationFilter, { nullable: true }) filter: RelationFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = toPage(args);
    const f = filter ?? {};
    const [row] = await ctx.loaders.read(
      filterRelations({ predicates: predicatesOf(f.predicate), subject: f.subject, object: f.object, negated: f.negated }, page),
    );
    const items = ((row?.items as RawRelation[]) ?? []).map((r) => relationNode(ctx, r));
    return toConnection(items, (row?.total as number) ?? 0, page);
  }

  @Query(() => PathConnection, {
    description: 'Shortest paths between two entities over relations, each step with its evidence',
    complexity: (o) => (connectionComplexity(o) ?? 1) * Math.max(1, Number(o.args.maxHops ?? 4)),
  })
  async paths(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: `At most ${MAX_PATH_HOPS}` }) maxHops: number,
    @Arg('predicates', () => [PredicateEnum], { nullable: true }) predicates: string[] | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = toPage(args);
    const hops = intInRange('maxHops', maxHops, 1, MAX_PATH_HOPS);
    if (from === to) return emptyConnection(page);
    const [row] = await ctx.loaders.read(shortestPaths(from, to, hops, predicatesOf(predicates), page));
    const raw = (row?.items as { nodeIds: string[]; relations: RawRelation[] }[]) ?? [];
    const paths = raw.map((p) => toPath(ctx, p.nodeIds, p.relations));
    return toConnection(paths, (row?.total as number) ?? 0, page);
  }

  @Query(() => Neighborhood, {
    description: 'The entity and what surrounds it, as nodes and edges for a graph view',
    complexity: neighborhoodCost,
  })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: `1 to ${MAX_NEIGHBORHOOD_DEPTH}` }) depth: number,
    @Arg('limit', () => Int, { defaultValue: 50, description: `Most entities, centre included (≤ ${MAX_NEIGHBORHOOD_NODES})` }) limit: number,
    @Arg('predicates', () => [PredicateEnum], { nullable: true }) predicates: string[] | null,
    @Arg('claims', () => Int, { defaultValue: 0, description: `Also the centre's latest claims (≤ ${MAX_NEIGHBORHOOD_CLAIMS})` }) claims: number,
    @Ctx() ctx: ApiContext,
  ): Promise<Neighborhood> {
    const d = intInRange('depth', depth, 1, MAX_NEIGHBORHOOD_DEPTH);
    const lim = intInRange('limit', limit, 1, MAX_NEIGHBORHOOD_NODES);
    const k = intInRange('claims', claims, 0, MAX_NEIGHBORHOOD_CLAIMS);
    const rows = await ctx.loaders.read(neighborhood(id, d, lim, predicatesOf(predicates), k));
    return toNeighborhood(ctx, rows[0]);
  }

  @Query(() => TimelineConnection, { description: "Claims by or about the entity and its relations, oldest first", complexity: connectionComplexity })
  async timeline(
    @Arg('entity', () => ID) entity: string,
    @Arg('predicates', () => [PredicateEnum], { nullable: true }) predicates: string[] | null,
    @Args(() => DatedPageArgs) args: DatedPageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const page = toPage(args);
    const [row] = await ctx.loaders.read(timeline(entity, predicatesOf(predicates), dateRange(['from', 'to'], args.from, args.to), page));
    type Item = { kind: 'Claim' | 'Relation'; date: string | null; claim?: ClaimRow; relation?: RawRelation };
    const items = ((row?.items as Item[]) ?? []).map((it) => ({
      date: it.date ?? null,
      node: (it.kind === 'Claim'
        ? { ...(it.claim as ClaimRow), __kind: 'Claim' }
        : { ...relationNode(ctx, it.relation as RawRelation), __kind: 'Relation' }) as TimelineNode,
    }));
    return toConnection<(typeof items)[number], { cursor: string; date: string | null; node: TimelineNode }>(
      items,
      (row?.total as number) ?? 0,
      page,
      (it, cursor) => ({ cursor, date: it.date, node: it.node }),
    );
  }
}

/** The claims list of `claims` and `saidAbout`: validated filter, one statement. */
async function claimsMatching(ctx: ApiContext, info: GraphQLResolveInfo, f: ClaimFilter, page: Page, chronological: boolean) {
  const reported = dateRange(['from', 'to'], f.from, f.to);
  const said = dateRange(['saidFrom', 'saidTo'], f.saidFrom, f.saidTo);
  let lucene: string | null = null;
  if (f.text != null) {
    lucene = luceneQuery(f.text);
    if (!lucene) return emptyConnection(page);
  }
  const [row] = await ctx.loaders.read(
    filterClaims(
      {
        speaker: f.speaker, includeSpokespeople: f.includeSpokespeople, about: f.about, lucene, kind: f.kind, outlet: f.outlet,
        from: reported.from, to: reported.to, saidFrom: said.from, saidTo: said.to, chronological,
      },
      page,
      reportPlan(info),
    ),
  );
  return toConnection(inOrder((row?.items as ClaimRow[]) ?? []), (row?.total as number) ?? 0, page);
}

function toPath(ctx: ApiContext, nodeIds: string[], rels: RawRelation[]) {
  const relations = rels.map((r) => relationNode(ctx, r));
  const byId = new Map<string, EntityRow>();
  for (const r of relations) {
    if (r.subject) byId.set(r.subject.id, r.subject);
    if (r.object) byId.set(r.object.id, r.object);
  }
  const nodes = nodeIds.map((id) => byId.get(id) ?? { id, name: id, aliases: [], type: null, labels: ['Entity'] });
  const steps = relations.map((relation, i) => {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    return { from, to, relation, forward: relation.subjectId === from.id };
  });
  return { length: steps.length, nodes, steps };
}

type NeighborhoodEvidence = EvidenceRow & { article: ArticleRow | null };

interface NeighborhoodRow {
  nodes: EntityRow[];
  edges: {
    predicate: string;
    source: string;
    target: string;
    negated: boolean;
    hedged: boolean;
    evidenceCount: number;
    date: string | null;
    evidence: NeighborhoodEvidence[];
  }[];
  claimLinks: { claim: ClaimRow; speakerId: string | null; about: string | null }[];
  truncated: boolean;
}

const isoDay = (d: string | null | undefined): string | null => (d ? d.slice(0, 10) : null);

function toNeighborhood(ctx: ApiContext, row: Record<string, unknown> | undefined): Neighborhood {
  if (!row) throw new ApiError('NOT_FOUND', 'No entity with this id');
  const r = row as unknown as NeighborhoodRow;
  const nodes: GraphNode[] = r.nodes.map((n) => ({
    id: n.id,
    type: entityTypeOf(n) ?? 'Entity',
    labels: n.labels,
    caption: n.name ?? n.id,
    distance: n.distance ?? null,
    date: null,
  }));
  const edges: GraphEdge[] = r.edges.map((e) => ({
    id: relationId(e.source, e.predicate, e.target, e.negated),
    source: e.source,
    target: e.target,
    type: e.predicate,
    negated: e.negated,
    hedged: e.hedged,
    evidenceCount: e.evidenceCount,
    date: isoDay(e.date),
    // The statement brought each sentence's article: `evidenceSentences { article }` costs no statement.
    evidenceSentences: e.evidence.map(({ article, ...slot }) => {
      ctx.loaders.articles.prime(slot.articleId, article ?? null);
      return slot;
    }),
  }));
  const seenClaims = new Set<string>();
  const seenEdges = new Set(edges.map((e) => e.id));
  const addEdge = (type: string, source: string, target: string, date: string | null): void => {
    const id = `${source}|${type}|${target}`;
    if (seenEdges.has(id)) return;
    seenEdges.add(id);
    edges.push({ id, source, target, type, negated: false, hedged: false, evidenceCount: 1, date, evidenceSentences: [] });
  };
  for (const link of r.claimLinks ?? []) {
    const c = link.claim;
    const date = isoDay(c.date);
    if (!seenClaims.has(c.id)) {
      seenClaims.add(c.id);
      nodes.push({ id: c.id, type: 'Claim', labels: ['Claim'], caption: c.caption ?? c.text ?? c.id, distance: null, date });
    }
    if (link.speakerId) addEdge('SAID', link.speakerId, c.id, date);
    if (link.about) addEdge('ABOUT', c.id, link.about, date);
  }
  return { nodes, edges, truncated: r.truncated };
}
