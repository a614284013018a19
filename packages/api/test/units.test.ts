import { describe, expect, it } from 'vitest';
import { GraphQLError, parse, validate } from '../src/graphql.js';
import fc from 'fast-check';
import { luceneQuery, terms } from '../src/cypher/lucene.js';
import { decodeCursor, encodeCursor, toConnection, toPage } from '../src/pagination.js';
import { ApiError, formatError } from '../src/errors.js';
import { accessFor } from '../src/http/auth.js';
import { graphiqlHtml } from '../src/http/graphiql.js';
import { depthLimitRule } from '../src/hardening/depth.js';
import { operationComplexity } from '../src/hardening/complexity.js';
import { buildApiSchema } from '../src/schema/build.js';
import { readApiConfig, MAX_FIRST, MAX_OFFSET } from '../src/config.js';
import { evidenceOf, toRelation } from '../src/rows.js';
import { toDriverParams } from '../src/db/runner.js';

describe('lucene', () => {
  it('escapes every special character so user text cannot change the query structure', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const q = luceneQuery(s);
        if (q === null) return;
        // every term appears escaped: no unescaped quote or colon from the input survives
        for (const t of terms(s)) expect(q).toContain(t.toLowerCase().replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'));
      }),
    );
    expect(luceneQuery('Mao Ning')).toBe('"mao ning"^4 OR (mao AND ning)^2 OR (mao* AND ning*)');
    expect(luceneQuery('  ,, ')).toBeNull();
  });
});

describe('pagination', () => {
  it('round-trips cursors and bounds first', () => {
    fc.assert(fc.property(fc.nat(MAX_OFFSET - 1), (n) => decodeCursor(encodeCursor(n)) === n));
    expect(() => decodeCursor(encodeCursor(MAX_OFFSET))).toThrow(ApiError);
    expect(() => decodeCursor('bogus')).toThrow(ApiError);
    expect(toPage({ first: 5, after: encodeCursor(9) })).toEqual({ skip: 10, limit: 5 });
    expect(() => toPage({ first: MAX_FIRST + 1 })).toThrow(/between 0 and/);
    expect(() => toPage({ first: -1 })).toThrow(ApiError);
  });

  it('builds pageInfo from the total', () => {
    const c = toConnection(['a', 'b'], 5, { skip: 2, limit: 2 });
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true, endCursor: encodeCursor(3) });
    expect(toConnection(['e'], 5, { skip: 4, limit: 2 }).pageInfo.hasNextPage).toBe(false);
  });
});

describe('formatError', () => {
  it('keeps ApiError codes and hides everything else', () => {
    const internal = new GraphQLError('x', { originalError: new Error('Neo4jError: Invalid input MATCH (n) at line 3') });
    const out = formatError({ message: internal.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at foo'] } }, internal);
    expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, locations: undefined, path: undefined });
    const api = new ApiError('QUERY_TOO_DEEP', 'too deep', { depth: 20 });
    const wrapped = new GraphQLError('wrapped', { originalError: api });
    expect(formatError({ message: 'wrapped' }, wrapped).extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 20 });
  });

  it('maps driver errors without echoing them', () => {
    const t = ApiError.fromDatabase(Object.assign(new Error('secret cypher'), { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' }));
    expect(t.code).toBe('TIMEOUT');
    expect(t.message).not.toContain('secret');
    const u = ApiError.fromDatabase(Object.assign(new Error('x'), { code: 'ServiceUnavailable' }));
    expect(u.code).toBe('DATABASE_UNAVAILABLE');
  });
});

describe('api keys', () => {
  it('protects mutations when KG_API_KEY is set and reads when KG_READ_API_KEY is set', () => {
    expect(accessFor({ apiKey: null, readApiKey: null }, undefined)).toEqual({ canRead: true, canWrite: true });
    expect(accessFor({ apiKey: 'w', readApiKey: null }, undefined)).toEqual({ canRead: true, canWrite: false });
    expect(accessFor({ apiKey: 'w', readApiKey: null }, 'w')).toEqual({ canRead: true, canWrite: true });
    expect(accessFor({ apiKey: 'w', readApiKey: 'r' }, 'r')).toEqual({ canRead: true, canWrite: false });
    expect(accessFor({ apiKey: 'w', readApiKey: 'r' }, 'x')).toEqual({ canRead: false, canWrite: false });
    expect(accessFor({ apiKey: 'w', readApiKey: 'r' }, 'w')).toEqual({ canRead: true, canWrite: true });
  });

  it('reads configuration from the environment', () => {
    const c = readApiConfig({ KG_API_KEY: ' k ', KG_INTROSPECTION: 'false', KG_GRAPHIQL: '0', KG_REQUEST_TIMEOUT_MS: '250', PORT: '4100' });
    expect(c).toMatchObject({ apiKey: 'k', introspection: false, graphiql: false, requestTimeoutMs: 250, port: 4100 });
    expect(readApiConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, graphiql: false });
    expect(() => readApiConfig({ KG_MAX_DEPTH: 'deep' })).toThrow();
  });
});

describe('GraphiQL page', () => {
  it('loads only local assets', () => {
    const html = graphiqlHtml('/graphql');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('/graphiql-assets/graphiql/graphiql.min.js');
  });
});

describe('depth and complexity', () => {
  it('counts depth through fragments and ignores introspection', async () => {
    const schema = await buildApiSchema();
    const rule = depthLimitRule(4);
    const deep = parse(`{ entity(id: "x") { ...F } } fragment F on Entity { claims { edges { node { text } } } }`);
    const errs = validate(schema, deep, [rule]);
    expect(errs).toHaveLength(1);
    expect(errs[0]?.extensions.code).toBe('QUERY_TOO_DEEP');
    expect(validate(schema, parse(`{ entity(id: "x") { claims { totalCount } } }`), [rule])).toHaveLength(0);
    expect(validate(schema, parse(`{ __schema { types { fields { type { ofType { ofType { name } } } } } } }`), [rule])).toHaveLength(0);
  });

  it('multiplies nested connections by their page size', async () => {
    const schema = await buildApiSchema();
    const cost = (first: number) =>
      operationComplexity(schema, parse(`query($n: Int) { search(text: "a", first: $n) { edges { node { claims(first: $n) { edges { node { text } } } } } } }`), { n: first });
    expect(cost(10)).toBeGreaterThan(cost(5) * 3);
    expect(cost(100)).toBeGreaterThan(25_000);
  });
});

describe('rows', () => {
  it('turns evidence arrays into slots and falls back to the scalar first slot', () => {
    const slots = evidenceOf({
      evidenceArticleIds: ['a', 'b'], evidenceSentences: ['s1', 's2'], evidenceStarts: [1, 2], evidenceEnds: [3, 4],
      evidenceNegated: [false, false], evidenceHedged: [true, false],
    });
    expect(slots).toEqual([
      { articleId: 'a', sentence: 's1', start: 1, end: 3, negated: false, hedged: true },
      { articleId: 'b', sentence: 's2', start: 2, end: 4, negated: false, hedged: false },
    ]);
    expect(evidenceOf({ articleId: 'a', sentence: 's', start: 0, end: 1 })).toHaveLength(1);
    const r = toRelation({ predicate: 'MET_WITH', subjectId: 's', objectId: 'o', props: { negated: true, evidenceArticleIds: ['a', 'a'] } });
    expect(r).toMatchObject({ id: 's|MET_WITH|o|not', articleCount: 1, negated: true });
  });

  it('sends integers as Neo4j integers', () => {
    const p = toDriverParams({ skip: 10, ratio: 0.5, ids: ['a'], list: [1, 2] });
    expect(String(p.skip)).toBe('10');
    expect(typeof p.skip).toBe('object');
    expect(p.ratio).toBe(0.5);
    expect((p.list as unknown[]).every((x) => typeof x === 'object')).toBe(true);
  });
});
