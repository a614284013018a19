import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.js';
import { Relation } from '../types/relation.js';
import { Entity, Subject } from '../types/entity.js';
import { EvidenceConnection } from '../types/connections.js';
import { connectionComplexity } from '../types/common.js';
import { PageArgs } from '../args.js';
import { toConnection, toPage } from '../../pagination.js';
import type { EntityRow, RelationRow } from '../../rows.js';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Entity, { nullable: true })
  subject(@Root() r: RelationRow, @Ctx() ctx: ApiContext): Promise<EntityRow | null> | EntityRow {
    return r.subject ?? ctx.loaders.nodes.load(r.subjectId);
  }

  @FieldResolver(() => Subject, { nullable: true, description: 'An entity, or a topic for OPPOSED/SUPPORTED' })
  object(@Root() r: RelationRow, @Ctx() ctx: ApiContext): Promise<EntityRow | null> | EntityRow {
    return r.object ?? ctx.loaders.nodes.load(r.objectId);
  }

  @FieldResolver(() => Int, { description: 'Supporting sentences' })
  evidenceCount(@Root() r: RelationRow): number {
    return r.evidence.length;
  }

  // Evidence travels with the relation row, so paging it needs no statement.
  @FieldResolver(() => EvidenceConnection, { description: 'Supporting sentences, in stored order', complexity: connectionComplexity })
  evidence(@Root() r: RelationRow, @Args(() => PageArgs) args: PageArgs) {
    const page = toPage(args);
    return toConnection(r.evidence.slice(page.skip, page.skip + page.limit), r.evidence.length, page);
  }
}
