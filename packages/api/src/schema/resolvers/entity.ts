import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { LookaheadInfo } from '../../lookahead.js';
import type { ApiContext } from '../../context.js';
import { Entity } from '../types/entity.js';
import { ArticleConnection, ClaimConnection, NeighborConnection, RelationConnection } from '../types/connections.js';
import { connectionComplexity } from '../types/common.js';
import { DatedPageArgs, NeighborsArgs, PageArgs, RelationsArgs } from '../args.js';
import { toRelation, type ArticleRow, type ClaimRow, type EntityRow, type RawRelation } from '../../rows.js';
import { entityClaims, entityClaimsAbout } from '../../cypher/entity-claims.js';
import { entityRelations } from '../../cypher/entity-relations.js';
import { entityNeighbors, MAX_NEIGHBOR_DEPTH } from '../../cypher/entity-neighbors.js';
import { entityArticles } from '../../cypher/entity-articles.js';
import { dateRange, intInRange, nestedConnection, predicatesOf, reportPlan } from './helpers.js';

/** Field resolvers of the Entity interface, inherited by Person, Organization, Country and Place. */
@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => ClaimConnection, { description: 'What the entity said, newest first', complexity: connectionComplexity })
  claims(@Root() e: EntityRow, @Args(() => DatedPageArgs) args: DatedPageArgs, @Ctx() ctx: ApiContext, @Info() info: LookaheadInfo) {
    const range = dateRange(['from', 'to'], args.from, args.to);
    const plan = reportPlan(info);
    return nestedConnection<ClaimRow>(ctx, e.id, 'claims', args, [range.from, range.to, plan.speaker, plan.reports, plan.reportDetail, plan.reportLimit], (ids, page) =>
      entityClaims(ids, range, page, plan),
    );
  }

  @FieldResolver(() => ClaimConnection, {
    description: 'What others said about the entity, newest first',
    complexity: connectionComplexity,
  })
  claimsAbout(@Root() e: EntityRow, @Args(() => DatedPageArgs) args: DatedPageArgs, @Ctx() ctx: ApiContext, @Info() info: LookaheadInfo) {
    const range = dateRange(['from', 'to'], args.from, args.to);
    const plan = reportPlan(info);
    return nestedConnection<ClaimRow>(ctx, e.id, 'claimsAbout', args, [range.from, range.to, plan.speaker, plan.reports, plan.reportDetail, plan.reportLimit], (ids, page) =>
      entityClaimsAbout(ids, range, page, plan),
    );
  }

  @FieldResolver(() => RelationConnection, { description: 'Facts the entity takes part in', complexity: connectionComplexity })
  async relations(@Root() e: EntityRow, @Args(() => RelationsArgs) args: RelationsArgs, @Ctx() ctx: ApiContext) {
    const predicates = predicatesOf(args.predicates);
    const direction = args.direction ?? 'BOTH';
    const conn = await nestedConnection<RawRelation>(ctx, e.id, 'relations', args, [predicates, direction], (ids, page) =>
      entityRelations(ids, predicates, direction, page),
    );
    return { ...conn, edges: conn.edges.map((x) => ({ cursor: x.cursor, node: relationNode(ctx, x.node) })) };
  }

  @FieldResolver(() => NeighborConnection, {
    description: 'Entities within `depth` relation hops, nearest first',
    complexity: (o) => (connectionComplexity(o) ?? 1) * Math.max(1, Number(o.args.depth ?? 1)),
  })
  neighbors(@Root() e: EntityRow, @Args(() => NeighborsArgs) args: NeighborsArgs, @Ctx() ctx: ApiContext) {
    const depth = intInRange('depth', args.depth ?? 1, 1, MAX_NEIGHBOR_DEPTH);
    const predicates = predicatesOf(args.predicates);
    return nestedConnection<EntityRow, { cursor: string; node: EntityRow; distance: number }>(
      ctx,
      e.id,
      'neighbors',
      args,
      [depth, predicates],
      (ids, page) => entityNeighbors(ids, depth, predicates, page),
      { prime: (items) => ctx.loaders.primeNodes(items), edge: (node, cursor) => ({ cursor, node, distance: node.distance ?? 0 }) },
    );
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles naming the entity, newest first', complexity: connectionComplexity })
  articles(@Root() e: EntityRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    return nestedConnection<ArticleRow>(ctx, e.id, 'articles', args, [], (ids, page) => entityArticles(ids, page));
  }
}

/** A raw relation to its API row, remembering its endpoints for later `subject`/`object` fields. */
export function relationNode(ctx: ApiContext, raw: RawRelation) {
  const rel = toRelation(raw);
  ctx.loaders.primeNodes([rel.subject, rel.object]);
  return rel;
}
