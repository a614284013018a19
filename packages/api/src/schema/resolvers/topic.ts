import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { selects, type LookaheadInfo } from '../../lookahead.js';
import { REPORTS } from './entity.js';
import type { ApiContext } from '../../context.js';
import { Topic } from '../types/entity.js';
import { ClaimConnection } from '../types/connections.js';
import { connectionComplexity } from '../types/common.js';
import { DatedPageArgs } from '../args.js';
import type { ClaimRow, EntityRow } from '../../rows.js';
import { topicClaims } from '../../cypher/entity-claims.js';
import { nestedConnection } from './helpers.js';

@Resolver(() => Topic)
export class TopicResolver {
  @FieldResolver(() => String)
  name(@Root() t: EntityRow): string {
    return t.name ?? t.id;
  }

  @FieldResolver(() => ClaimConnection, { description: 'Claims about the topic, newest first', complexity: connectionComplexity })
  claims(@Root() t: EntityRow, @Args(() => DatedPageArgs) args: DatedPageArgs, @Ctx() ctx: ApiContext, @Info() info: LookaheadInfo) {
    const range = { from: args.from ?? null, to: args.to ?? null };
    const reports = selects(info, REPORTS);
    return nestedConnection<ClaimRow>(ctx, t.id, 'topicClaims', args, [range.from, range.to, reports], (ids, page) =>
      topicClaims(ids, range, page, { reports }),
    );
  }
}
