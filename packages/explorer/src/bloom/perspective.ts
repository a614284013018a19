// A Bloom perspective for the news graph, in the JSON layout Bloom's "Export perspective" writes.
// Modelled on a real export (UtrechtUniversity/ricgraph neo4j_config/ricgraph_bloom_config.json, Bloom 2.6.0)
// and Neo4j's own examples (neo4j-graph-examples/bloom, pole): categories, labels, relationshipTypes,
// palette, templates (= search phrases), metadata, version. Pure: same output on every call.
import { LABEL_STYLES, NEGATED_COLOR, RELATION_STYLES } from '../../public/js/style.js';
import { ALL_LABELS, NODE_PROPERTIES, RELATIONSHIP_PROPERTIES, pathSegments, type PropertySpec } from './schema.js';
import { SEARCH_PHRASES } from './phrases.js';

/** The Bloom release whose export layout this follows. */
export const BLOOM_EXPORT_VERSION = '2.6.0';
export const PERSPECTIVE_ID = '6f1c2d3e-9a7b-4c1d-8e2f-0a5b6c7d8e9f';
export const PERSPECTIVE_NAME = 'News knowledge graph';
/** Fixed so that the output is reproducible (Bloom only displays these). */
const CREATED_AT = 1767225600000; // 2026-01-01T00:00:00Z

/** Bloom's default palette, as every export carries it. */
const PALETTE = [
  '#FFE081', '#C990C0', '#F79767', '#57C7E3', '#F16667', '#D9C8AE', '#8DCC93',
  '#ECB5C9', '#4C8EDA', '#FFC454', '#DA7194', '#569480', '#848484', '#D9D9D9',
];

/**
 * Bloom icons are keys into its built-in icon set. These keys are the ones Neo4j's fraud-detection
 * perspective uses for the nearest categories (account holder → person, financial institute → organisation,
 * state → country, address → place); Bloom ignores keys it does not know. Claims, articles and topics have
 * no close match there and keep Bloom's "no-icon", told apart by colour and size instead.
 */
export const CATEGORY_ICONS: Record<string, string> = {
  Person: 'F91CCD45-2C41-40B8-ADF6-5CBED4BD6C6E',
  Organization: '36ADC22A-4278-4483-8CF4-5CC5F66CA25D',
  Country: '0E360AEA-F63E-4F63-803B-B137881B0CD8',
  Place: '59435072-6EE1-4BB0-869A-50F2FB447DEB',
  Claim: 'no-icon',
  Article: 'no-icon',
  Topic: 'no-icon',
};

/**
 * MENTIONS joins an article to every actor it names; expanding a node through it floods the scene with
 * articles, so the perspective hides it (REPORTED_IN still leads from claims to their articles).
 */
export const HIDDEN_RELATIONSHIP_TYPES = ['MENTIONS'];

function labelProperties(label: string, spec: PropertySpec[]) {
  return spec.map((s) => ({ propertyKey: s.key, type: label, dataType: s.dataType }));
}

function categories() {
  return LABEL_STYLES.map((style, i) => {
    const props = NODE_PROPERTIES[style.label] ?? [];
    return {
      id: i + 1,
      name: style.label,
      labels: [style.label],
      properties: props.map((s) => ({
        name: s.key,
        exclude: false,
        isCaption: s.key === style.caption,
        dataType: s.dataType,
      })),
      createdAt: CREATED_AT,
      lastEditedAt: CREATED_AT,
      color: style.color,
      size: style.size,
      icon: CATEGORY_ICONS[style.label] ?? 'no-icon',
      caption: [''],
      captionKeys: [style.caption],
      styleRules:
        style.label === 'Claim'
          ? // Direct quotes stand out from reported speech.
            [styleRule('rule:claim-direct', 'kind_string', 'equals', 'direct', { color: '#FFC454' })]
          : [],
    };
  });
}

function styleRule(
  id: string,
  basedOn: string,
  condition: string,
  conditionValue: string,
  apply: { color?: string; size?: number },
) {
  return {
    id,
    type: 'single',
    size: apply.size ?? 1,
    minSize: 1,
    maxSize: 2,
    minColor: '#D5EEE2',
    midColor: '#81CCA8',
    maxColor: '#428C6A',
    minPoint: 'unprocessed',
    maxPoint: 'unprocessed',
    applyColor: apply.color !== undefined,
    applySize: apply.size !== undefined,
    applyCaption: false,
    captionKeys: [],
    color: apply.color ?? '#848484',
    isTimeZoneConvertEnabled: false,
    selectedTimeZone: 'Z',
    basedOn,
    valuesMapper: [],
    existingValues: [],
    conditionValue,
    rangeValue: null,
    condition,
  };
}

function relationshipTypes() {
  return RELATION_STYLES.map((style) => {
    const props = RELATIONSHIP_PROPERTIES[style.type] ?? [];
    const hasPolarity = props.some((s) => s.key === 'negated');
    return {
      id: style.type,
      name: style.type,
      properties: labelProperties(style.type, props),
      color: style.color,
      size: style.width >= 3 ? 2 : 1,
      // The type name is the caption; HOLDS_ROLE adds the title ("spokesperson").
      captionKeys: style.type === 'HOLDS_ROLE' ? ['0_REL_TYPE_CAPTION_KEY', 'title'] : ['0_REL_TYPE_CAPTION_KEY'],
      styleRules: hasPolarity
        ? [
            // "did not meet" must not look like "met".
            styleRule(`rule:${style.type.toLowerCase()}-negated`, 'negated_boolean', 'equals', 'true', { color: NEGATED_COLOR }),
            styleRule(`rule:${style.type.toLowerCase()}-hedged`, 'hedged_boolean', 'equals', 'true', { size: 0.5 }),
          ]
        : [],
    };
  });
}

function templates() {
  return SEARCH_PHRASES.map((phrase, i) => ({
    name: phrase.description,
    id: `tmpl:${CREATED_AT + i + 1}`,
    createdAt: CREATED_AT + i + 1,
    text: phrase.text,
    cypher: phrase.cypher,
    isUpdateQuery: null,
    params: phrase.params.map((param) => ({
      name: `$${param.name}`,
      dataType: 'String',
      collapsed: false,
      suggestionLabel: param.suggestionLabel,
      suggestionProp: param.suggestionProp,
      suggestionBoolean: false,
      cypher: null,
    })),
    hasCypherErrors: false,
  }));
}

/** The perspective as Bloom imports it (Perspective drawer → Import). */
export function bloomPerspective(): Record<string, unknown> {
  return {
    name: PERSPECTIVE_NAME,
    id: PERSPECTIVE_ID,
    categories: categories(),
    labels: Object.fromEntries(ALL_LABELS.map((l) => [l, labelProperties(l, NODE_PROPERTIES[l] ?? [])])),
    relationshipTypes: relationshipTypes(),
    palette: { colors: PALETTE, currentIndex: LABEL_STYLES.length % PALETTE.length },
    createdAt: CREATED_AT,
    lastEditedAt: CREATED_AT,
    templates: templates(),
    hiddenRelationshipTypes: HIDDEN_RELATIONSHIP_TYPES,
    hiddenCategories: [],
    hideUncategorisedData: false,
    isAuto: false,
    parentPerspectiveId: null,
    metadata: {
      pathSegments: pathSegments(),
      indexes: [
        { label: 'Entity', type: 'native', propertyKeys: [{ key: 'id', metadataProp: false }] },
        { label: 'Claim', type: 'native', propertyKeys: [{ key: 'id', metadataProp: false }] },
        { label: 'Article', type: 'native', propertyKeys: [{ key: 'id', metadataProp: false }, { key: 'path', metadataProp: false }, { key: 'url', metadataProp: false }] },
        { label: 'Topic', type: 'native', propertyKeys: [{ key: 'id', metadataProp: false }] },
      ],
      stats: { labels: {}, relationshipTypes: {} },
    },
    sceneActions: [],
    version: BLOOM_EXPORT_VERSION,
  };
}
