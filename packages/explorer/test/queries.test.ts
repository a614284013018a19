// The page's GraphQL documents must be valid against the API's printed schema (packages/api/schema.graphql),
// so a rename on the API side fails here rather than in a user's browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as api from '../public/js/api.js';

const schemaPath = fileURLToPath(new URL('../../api/schema.graphql', import.meta.url));
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const documents = Object.entries(api).filter(([, v]) => typeof v === 'string') as [string, string][];

describe('explorer GraphQL documents', () => {
  it('has the documents the page uses', () => {
    expect(documents.map(([k]) => k).sort()).toEqual(['ARTICLE', 'CLAIM', 'CLAIM_NODE', 'CLAIM_SEARCH', 'ENTITY_CLAIMS', 'NEIGHBORHOOD', 'PATHS', 'PING', 'SEARCH', 'SPEAKER_CLAIMS']);
  });

  it.each(documents)('%s is valid against schema.graphql', (_name, doc) => {
    const errors = validate(schema, parse(doc));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('never asks for an article\'s path or its path-derived name', () => {
    for (const [name, doc] of documents) {
      const articleFields: string[] = [];
      visit(parse(doc), {
        Field(node) {
          if (['article', 'node'].includes(node.name.value) && node.selectionSet) {
            for (const s of node.selectionSet.selections) if (s.kind === 'Field') articleFields.push(s.name.value);
          }
        },
      });
      expect(articleFields, name).not.toContain('path');
    }
    // Article.name falls back to the path: no document selects it next to an article's title.
    for (const [name, doc] of documents) expect(doc, name).not.toMatch(/title\s+name|name\s+title/);
  });

  it('would reject a field the schema lacks', () => {
    const errors = validate(schema, parse('{ search(text: "x") { edges { node { id noSuchField } } } }'));
    expect(errors.length).toBeGreaterThan(0);
  });
});
