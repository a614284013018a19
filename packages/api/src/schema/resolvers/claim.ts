import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.js';
import { Claim, ReportedInEdge } from '../types/claim.js';
import { Entity } from '../types/entity.js';
import { ReportedInConnection, SubjectConnection } from '../types/connections.js';
import { connectionComplexity } from '../types/common.js';
import { PageArgs } from '../args.js';
import type { ClaimRow, EntityRow, EvidenceRow, ReportRow } from '../../rows.js';
import { claimAbout } from '../../cypher/claim-about.js';
import { claimReports } from '../../cypher/claim-reports.js';
import { nestedConnection } from './helpers.js';
import { toConnection, toPage } from '../../pagination.js';

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'Who stated it' })
  async speaker(@Root() c: ClaimRow, @Ctx() ctx: ApiContext): Promise<EntityRow | null> {
    if (c.speaker !== undefined) return c.speaker;
    return c.speakerId ? ctx.loaders.nodes.load(c.speakerId) : null;
  }

  @FieldResolver(() => SubjectConnection, { description: 'Entities and topics the claim concerns', complexity: connectionComplexity })
  about(@Root() c: ClaimRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    return nestedConnection<EntityRow>(ctx, c.id, 'about', args, [], (ids, page) => claimAbout(ids, page), {
      prime: (items) => ctx.loaders.primeNodes(items),
    });
  }

  @FieldResolver(() => ReportedInConnection, {
    description: 'Articles carrying the claim, oldest first, with their outlet and wording',
    complexity: connectionComplexity,
  })
  reportedIn(@Root() c: ClaimRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const page = toPage(args);
    if (c.reports && c.reportCount !== undefined && (page.skip + page.limit <= c.reports.length || c.reports.length >= c.reportCount)) {
      // The list statement brought this page along, in claimReports' order.
      return toConnection(c.reports.slice(page.skip, page.skip + page.limit), c.reportCount, page, reportEdge);
    }
    return nestedConnection<ReportRow, ReportedInEdge>(ctx, c.id, 'reportedIn', args, [], (ids, page) => claimReports(ids, page), {
      edge: reportEdge,
    });
  }
}

function reportEdge(r: ReportRow, cursor: string): ReportedInEdge {
  const evidence: EvidenceRow = {
    articleId: r.articleId,
    sentence: r.sentence ?? null,
    start: r.start ?? null,
    end: r.end ?? null,
    negated: false,
    hedged: false,
  };
  return { cursor, node: r.article, text: r.text ?? null, cue: r.cue, kind: r.kind, date: r.date, saidAt: r.saidAt ?? null, evidence };
}
