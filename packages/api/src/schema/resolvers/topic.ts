import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { LookaheadInfo } from '../../lookahead.js';
import type { ApiContext } from '../../context.js';
import { Topic } from '../types/entity.js';
import { ClaimConnection } from '../types/connections.js';
import { connectionComplexity } from '../types/common.js';
import { DatedPageArgs } from '../args.js';
import type { ClaimRow, EntityRow } from '../../rows.js';
import { topicClaims } from '../../cypher/entity-claims.js';
import { dateRange, nestedConnection, reportPlan } from './helpers.js';

@Resolver(() => Topic)
export class TopicResolver {
  @FieldResolver(() => ClaimConnection, { description: 'Claims about the topic, newest first', complexity: connectionComplexity })
  claims(@Root() t: EntityRow, @Args(() => DatedPageArgs) args: DatedPageArgs, @Ctx() ctx: ApiContext, @Info() info: LookaheadInfo) {
    const range = dateRange(['from', 'to'], args.from, args.to);
    const plan = reportPlan(info);
    return nestedConnection<ClaimRow>(ctx, t.id, 'topicClaims', args, [range.from, range.to, plan.speaker, plan.reports, plan.reportDetail, plan.reportLimit], (ids, page) =>
      topicClaims(ids, range, page, plan),
    );
  }
}
