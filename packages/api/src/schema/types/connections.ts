// Every list in the API is one of these cursor-paginated connections.
import { connectionType, edgeType } from './common.js';
import { Entity, MentionEdge, NeighborEdge, SearchEdge, Subject } from './entity.js';
import { Claim, ReportedInEdge } from './claim.js';
import { Article, Evidence } from './article.js';
import { Relation } from './relation.js';
import { Path } from './graph.js';
import { TimelineEdge } from './timeline.js';

const ClaimEdge = edgeType('Claim', () => Claim);
const ArticleEdge = edgeType('Article', () => Article);
const RelationEdge = edgeType('Relation', () => Relation);
const SubjectEdge = edgeType('Subject', () => Subject);
const EvidenceEdge = edgeType('Evidence', () => Evidence);
const PathEdge = edgeType('Path', () => Path);
const EntityEdge = edgeType('Entity', () => Entity);

export const ClaimConnection = connectionType('Claim', () => ClaimEdge);
export const ArticleConnection = connectionType('Article', () => ArticleEdge);
export const RelationConnection = connectionType('Relation', () => RelationEdge);
export const SubjectConnection = connectionType('Subject', () => SubjectEdge);
export const EvidenceConnection = connectionType('Evidence', () => EvidenceEdge);
export const PathConnection = connectionType('Path', () => PathEdge);
export const EntityConnection = connectionType('Entity', () => EntityEdge);
export const SearchConnection = connectionType('Search', () => SearchEdge);
export const NeighborConnection = connectionType('Neighbor', () => NeighborEdge);
export const MentionConnection = connectionType('Mention', () => MentionEdge);
export const ReportedInConnection = connectionType('ReportedIn', () => ReportedInEdge);
export const TimelineConnection = connectionType('Timeline', () => TimelineEdge);
