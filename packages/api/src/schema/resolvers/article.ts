import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { LookaheadInfo } from '../../lookahead.js';
import type { ApiContext } from '../../context.js';
import { Article, Evidence } from '../types/article.js';
import { ClaimConnection, MentionConnection } from '../types/connections.js';
import { connectionComplexity } from '../types/common.js';
import { PageArgs } from '../args.js';
import type { ArticleRow, ClaimRow, EntityRow, EvidenceRow } from '../../rows.js';
import { articleClaims } from '../../cypher/article-claims.js';
import { articleMentions } from '../../cypher/article-mentions.js';
import { nestedConnection, reportPlan } from './helpers.js';

@Resolver(() => Article)
export class ArticleResolver {
  @FieldResolver(() => ClaimConnection, { description: 'Claims found in the article, in reading order', complexity: connectionComplexity })
  claims(@Root() a: ArticleRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext, @Info() info: LookaheadInfo) {
    const plan = reportPlan(info);
    return nestedConnection<ClaimRow>(ctx, a.id, 'articleClaims', args, [plan.speaker, plan.reports, plan.reportDetail, plan.reportLimit], (ids, page) => articleClaims(ids, page, plan));
  }

  @FieldResolver(() => MentionConnection, { description: 'Entities the article names, most named first', complexity: connectionComplexity })
  mentions(@Root() a: ArticleRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    return nestedConnection<EntityRow, { cursor: string; node: EntityRow; count: number }>(
      ctx,
      a.id,
      'mentions',
      args,
      [],
      (ids, page) => articleMentions(ids, page),
      {
        prime: (items) => ctx.loaders.primeNodes(items),
        edge: (node, cursor) => ({ cursor, node, count: node.mentionCount ?? 1 }),
      },
    );
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { nullable: true, description: 'The article (null once retracted)' })
  article(@Root() e: EvidenceRow, @Ctx() ctx: ApiContext): Promise<ArticleRow | null> {
    return ctx.loaders.articles.load(e.articleId);
  }
}
