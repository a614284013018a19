// The page's GraphQL documents must be valid against the API's printed schema (packages/api/schema.graphql),
// so a rename on the API side fails here rather than in a user's browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as api from '../public/js/api.js';

const schemaPath = fileURLToPath(new URL('../../api/schema.graphql', import.meta.url));
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const documents = Object.entries(api).filter(([, v]) => typeof v === 'string') as [string, string][];

describe('explorer GraphQL documents', () => {
  it('has the documents the page uses', () => {
    expect(documents.map(([k]) => k).sort()).toEqual(['CLAIM', 'ENTITY_CLAIMS', 'NEIGHBORHOOD', 'PATHS', 'PING', 'SEARCH']);
  });

  it.each(documents)('%s is valid against schema.graphql', (_name, doc) => {
    const errors = validate(schema, parse(doc));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('would reject a field the schema lacks', () => {
    const errors = validate(schema, parse('{ search(text: "x") { edges { node { id noSuchField } } } }'));
    expect(errors.length).toBeGreaterThan(0);
  });
});
