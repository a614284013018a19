// The README's GraphQL examples are documentation users paste into GraphiQL: they must stay valid
// against the schema the server actually serves.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const schema = buildSchema(readFileSync(resolve(root, 'packages/api/schema.graphql'), 'utf8'));
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('README GraphQL examples', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });
  it.each(examples.map((q, i) => [i + 1, q] as const))('example %i validates against schema.graphql', (_i, query) => {
    const errors = validate(schema, parse(query)).map((e) => e.message);
    expect(errors).toEqual([]);
  });
});
