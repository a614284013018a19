// What docs/graph-model.md stores, as Bloom needs it: properties (with Bloom's data type names) per label
// and per relationship type, and which (label)-[type]->(label) segments exist.
import { CLAIM_RELS, ENTITY_TYPES, EVIDENCE_PROPS, LABELS, RELATION_PREDICATES } from '@kg/ontology';

export type BloomDataType = 'string' | 'number' | 'boolean' | 'array';
export interface PropertySpec {
  key: string;
  dataType: BloomDataType;
}

const p = (key: string, dataType: BloomDataType = 'string'): PropertySpec => ({ key, dataType });

const ENTITY_PROPS = [p('id'), p('name'), p('aliases', 'array'), p('type')];

/** Node properties per label (Entity's sub-labels share Entity's properties). */
export const NODE_PROPERTIES: Record<string, PropertySpec[]> = {
  ...Object.fromEntries(ENTITY_TYPES.map((t) => [t, ENTITY_PROPS])),
  [LABELS.entity]: ENTITY_PROPS,
  [LABELS.claim]: [
    p('id'),
    p('text'),
    p('caption'),
    p('kind'),
    p('speakerId'),
    p('date'),
    p('saidAt'),
    p('saidAtPrecision'),
    p('articleCount', 'number'),
    p('outletCount', 'number'),
    p('outlets', 'array'),
  ],
  [LABELS.article]: [
    p('id'),
    p('name'),
    p('title'),
    p('source'),
    p('publishedAt'),
    p('path'),
    p('url'),
    p('dateline'),
    p('dateSource'),
  ],
  [LABELS.topic]: [p('id'), p('name')],
};

const FIRST_EVIDENCE = [
  p(EVIDENCE_PROPS.articleId),
  p(EVIDENCE_PROPS.sentence),
  p(EVIDENCE_PROPS.start, 'number'),
  p(EVIDENCE_PROPS.end, 'number'),
];
const EVIDENCE = [
  ...FIRST_EVIDENCE,
  p(EVIDENCE_PROPS.articleIds, 'array'),
  p(EVIDENCE_PROPS.sentences, 'array'),
  p(EVIDENCE_PROPS.starts, 'array'),
  p(EVIDENCE_PROPS.ends, 'array'),
  p(EVIDENCE_PROPS.negated, 'array'),
  p(EVIDENCE_PROPS.hedged, 'array'),
];
const FACT = [...EVIDENCE, p('negated', 'boolean'), p('hedged', 'boolean'), p('articleCount', 'number')];

/** Relationship properties per type. */
export const RELATIONSHIP_PROPERTIES: Record<string, PropertySpec[]> = {
  // SAID and ABOUT show their first report; every report's evidence is on its REPORTED_IN.
  [CLAIM_RELS.said]: [...FIRST_EVIDENCE, p('articleCount', 'number')],
  [CLAIM_RELS.about]: [...FIRST_EVIDENCE, p('articleCount', 'number')],
  [CLAIM_RELS.reportedIn]: [
    p('text'),
    p('cue'),
    p('kind'),
    p(EVIDENCE_PROPS.sentence),
    p(EVIDENCE_PROPS.start, 'number'),
    p(EVIDENCE_PROPS.end, 'number'),
    p(EVIDENCE_PROPS.articleId),
    p('date'),
    p('saidAt'),
    p('saidAtPrecision'),
    p('about', 'array'),
  ],
  [CLAIM_RELS.mentions]: [p('count', 'number')],
  ...Object.fromEntries(
    RELATION_PREDICATES.map((t) => [t, t === 'HOLDS_ROLE' ? [...FACT, p('title')] : FACT]),
  ),
};

/** Every label the graph uses. */
export const ALL_LABELS: readonly string[] = [...ENTITY_TYPES, LABELS.entity, LABELS.claim, LABELS.article, LABELS.topic];

/** Every relationship type the graph uses. */
export const ALL_REL_TYPES: readonly string[] = [...Object.values(CLAIM_RELS), ...RELATION_PREDICATES];

/** (source label)-[type]->(target label) segments, for the perspective's metadata.pathSegments. */
export function pathSegments(): { source: string; relationshipType: string; target: string }[] {
  const seg = (source: string, relationshipType: string, target: string) => ({ source, relationshipType, target });
  const out = [];
  for (const e of ENTITY_TYPES) {
    out.push(seg(e, CLAIM_RELS.said, LABELS.claim));
    out.push(seg(LABELS.claim, CLAIM_RELS.about, e));
    out.push(seg(LABELS.article, CLAIM_RELS.mentions, e));
  }
  out.push(seg(LABELS.claim, CLAIM_RELS.about, LABELS.topic));
  out.push(seg(LABELS.claim, CLAIM_RELS.reportedIn, LABELS.article));
  for (const pred of RELATION_PREDICATES) {
    if (pred === 'HOLDS_ROLE') {
      out.push(seg('Person', pred, 'Organization'), seg('Person', pred, 'Country'));
      continue;
    }
    for (const s of ENTITY_TYPES) {
      const targets: string[] =
        pred === 'VISITED' ? ['Place', 'Country'] : pred === 'OPPOSED' || pred === 'SUPPORTED' ? [...ENTITY_TYPES, LABELS.topic] : [...ENTITY_TYPES];
      for (const t of targets) out.push(seg(s, pred, t));
    }
  }
  return out;
}
