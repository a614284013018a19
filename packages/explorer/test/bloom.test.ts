import { describe, expect, it } from 'vitest';
import { CLAIM_RELS, ENTITY_TYPES, LABELS, RELATION_PREDICATES } from '@kg/ontology';
import { ALL_REL_TYPES, SEARCH_PHRASES, bloomPerspective, nameMatches } from '../src/index.js';
import { LABEL_STYLES, RELATION_STYLES } from '../public/js/style.js';
import { cypherParts, textParams } from './cypher-parts.js';

// The labels and types the ontology defines (../shared/ontology.md via @kg/ontology).
const ONTOLOGY_LABELS = new Set<string>([...ENTITY_TYPES, ...Object.values(LABELS)]);
const ONTOLOGY_TYPES = new Set<string>([...Object.values(CLAIM_RELS), ...RELATION_PREDICATES]);
const CATEGORY_LABELS = [...ENTITY_TYPES, LABELS.claim, LABELS.article, LABELS.topic];

interface Category {
  id: number;
  name: string;
  labels: string[];
  color: string;
  icon: string;
  size: number;
  captionKeys: string[];
  properties: { name: string; isCaption: boolean; dataType: string }[];
}
interface RelType {
  id: string;
  name: string;
  color: string;
  size: number;
  captionKeys: string[];
  properties: { propertyKey: string; type: string }[];
}
interface Template {
  id: string;
  name: string;
  text: string;
  cypher: string;
  params: { name: string; dataType: string; suggestionLabel: string | null; suggestionProp: string | null }[];
  hasCypherErrors: boolean;
}
interface Perspective {
  name: string;
  id: string;
  version: string;
  categories: Category[];
  labels: Record<string, { propertyKey: string; type: string; dataType: string }[]>;
  relationshipTypes: RelType[];
  templates: Template[];
  hiddenRelationshipTypes: string[];
  palette: { colors: string[]; currentIndex: number };
  metadata: { pathSegments: { source: string; relationshipType: string; target: string }[] };
}

const perspective = bloomPerspective() as unknown as Perspective;

describe('bloomPerspective structure', () => {
  it('has the top-level fields of a Bloom 2.x export', () => {
    // Keys of a real export (ricgraph_bloom_config.json, Bloom 2.6.0).
    for (const key of [
      'name', 'id', 'categories', 'labels', 'relationshipTypes', 'palette', 'createdAt', 'lastEditedAt',
      'templates', 'hiddenRelationshipTypes', 'hiddenCategories', 'hideUncategorisedData', 'parentPerspectiveId',
      'metadata', 'sceneActions', 'version',
    ]) {
      expect(perspective, key).toHaveProperty(key);
    }
    expect(perspective.version).toMatch(/^2\.\d+\.\d+$/);
    expect(perspective.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('is pure and plain JSON', () => {
    expect(bloomPerspective()).toEqual(bloomPerspective());
    expect(JSON.parse(JSON.stringify(perspective))).toEqual(perspective);
  });

  it('has one category per ontology label with caption, colour and icon', () => {
    expect(perspective.categories.map((c) => c.labels).flat().sort()).toEqual([...CATEGORY_LABELS].sort());
    const ids = perspective.categories.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of perspective.categories) {
      expect(c.labels).toEqual([c.name]);
      expect(c.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(c.icon.length).toBeGreaterThan(0);
      expect(c.size).toBeGreaterThan(0);
      const captions = c.properties.filter((p) => p.isCaption).map((p) => p.name);
      expect(captions, c.name).toEqual(c.captionKeys);
      expect(c.captionKeys, c.name).toEqual([c.name === 'Claim' ? 'caption' : 'name']);
    }
    expect(new Set(perspective.categories.map((c) => c.color)).size).toBe(perspective.categories.length);
  });

  it('declares the properties of every label it shows', () => {
    for (const label of ONTOLOGY_LABELS) expect(perspective.labels, label).toHaveProperty(label);
    for (const [label, props] of Object.entries(perspective.labels)) {
      expect(ONTOLOGY_LABELS.has(label), label).toBe(true);
      for (const p of props) expect(p.type).toBe(label);
    }
  });

  it('styles every relationship type of the ontology, and only those', () => {
    expect(perspective.relationshipTypes.map((r) => r.name).sort()).toEqual([...ONTOLOGY_TYPES].sort());
    for (const r of perspective.relationshipTypes) {
      expect(r.id).toBe(r.name);
      expect(r.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(r.captionKeys[0]).toBe('0_REL_TYPE_CAPTION_KEY');
      for (const p of r.properties) expect(p.type).toBe(r.name);
    }
    const fact = perspective.relationshipTypes.find((r) => r.name === 'SANCTIONED')!;
    expect(fact.properties.map((p) => p.propertyKey)).toEqual(expect.arrayContaining(['sentence', 'articleId', 'negated', 'hedged']));
    const role = perspective.relationshipTypes.find((r) => r.name === 'HOLDS_ROLE')!;
    expect(role.captionKeys).toContain('title');
  });

  it('hides only relationship types that exist', () => {
    for (const t of perspective.hiddenRelationshipTypes) expect(ONTOLOGY_TYPES.has(t)).toBe(true);
  });

  it('has path segments made of ontology labels and types', () => {
    expect(perspective.metadata.pathSegments.length).toBeGreaterThan(10);
    for (const s of perspective.metadata.pathSegments) {
      expect(ONTOLOGY_LABELS.has(s.source), s.source).toBe(true);
      expect(ONTOLOGY_LABELS.has(s.target), s.target).toBe(true);
      expect(ONTOLOGY_TYPES.has(s.relationshipType), s.relationshipType).toBe(true);
    }
  });
});

describe('search phrases', () => {
  it('answer the common questions', () => {
    const texts = perspective.templates.map((t) => t.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'What did $speaker say about $entity',
        'Who sanctioned $entity',
        'Path from $a to $b',
        'Claims reported by $outlet',
        'Claims between $from and $to',
        'Claims reported by $outlet between $from and $to',
        'What did $speaker say between $from and $to',
      ]),
    );
    expect(new Set(texts).size).toBe(texts.length);
    expect(new Set(perspective.templates.map((t) => t.id)).size).toBe(texts.length);
  });

  it.each(SEARCH_PHRASES.map((p) => [p.text, p] as const))('%s uses only ontology labels and types', (_text, phrase) => {
    const parts = cypherParts(phrase.cypher);
    expect(parts.labels.size + parts.relTypes.size).toBeGreaterThan(0);
    for (const l of parts.labels) expect(ONTOLOGY_LABELS.has(l), `label ${l}`).toBe(true);
    for (const t of parts.relTypes) expect(ONTOLOGY_TYPES.has(t), `type ${t}`).toBe(true);
  });

  it.each(perspective.templates.map((t) => [t.text, t] as const))('%s declares exactly the parameters it uses', (_text, t) => {
    const used = [...cypherParts(t.cypher).params].sort();
    const declared = t.params.map((p) => p.name.replace(/^\$/, '')).sort();
    expect(declared.length).toBeGreaterThan(0);
    expect(declared).toEqual(used);
    expect(textParams(t.text).sort()).toEqual(used);
    for (const p of t.params) {
      expect(p.name.startsWith('$')).toBe(true);
      expect(p.dataType).toBe('String');
      if (p.suggestionLabel !== null) {
        expect(ONTOLOGY_LABELS.has(p.suggestionLabel)).toBe(true);
        expect(perspective.labels[p.suggestionLabel]!.map((x) => x.propertyKey)).toContain(p.suggestionProp);
      }
    }
    expect(t.hasCypherErrors).toBe(false);
  });

  it('never splices a value into the Cypher', () => {
    for (const t of perspective.templates) {
      expect(t.cypher).not.toMatch(/\$\{|'\s*\+|\+\s*'/);
      expect(t.cypher).not.toMatch(/\b(CREATE|MERGE|DELETE|SET|REMOVE)\b/);
    }
  });

  it('reads REPORTED_IN and not MENTIONS when walking paths', () => {
    const path = SEARCH_PHRASES.find((p) => p.text.startsWith('Path from'))!;
    const types = cypherParts(path.cypher).relTypes;
    expect(types.has('MENTIONS')).toBe(false);
    expect(types.has('REPORTED_IN')).toBe(false);
    for (const t of RELATION_PREDICATES) expect(types.has(t)).toBe(true);
  });
});

describe('cypherParts (the checker itself)', () => {
  it('finds labels, types and parameters', () => {
    const parts = cypherParts("MATCH (a:Person:Entity)-[r:SAID|ABOUT*..3]->(b) WHERE b:Topic AND a.name = $who AND a.x = 'x:Y' RETURN a");
    expect([...parts.labels].sort()).toEqual(['Entity', 'Person', 'Topic']);
    expect([...parts.relTypes].sort()).toEqual(['ABOUT', 'SAID']);
    expect([...parts.params]).toEqual(['who']);
  });

  it('would catch a label the ontology lacks', () => {
    expect(ONTOLOGY_LABELS.has([...cypherParts('MATCH (o:Outlet) RETURN o').labels][0]!)).toBe(false);
  });

  it('matches names and aliases case-insensitively via a parameter', () => {
    expect(nameMatches('e', 'who')).toContain('toLower($who)');
    expect(nameMatches('e', 'who')).toContain('e.aliases');
  });
});

describe('shared style', () => {
  it('covers every category label and relationship type', () => {
    expect(LABEL_STYLES.map((s) => s.label).sort()).toEqual([...CATEGORY_LABELS].sort());
    expect(RELATION_STYLES.map((s) => s.type).sort()).toEqual([...ALL_REL_TYPES].sort());
  });
});
