// The request limits as pure functions: each rule counts through fragments (measuring each once),
// the cost model prices scans, the session gate bounds waits by the deadline, Host names parse.
import { describe, expect, it } from 'vitest';
import { parse, validate } from '../src/graphql.js';
import { buildApiSchema } from '../src/schema/build.js';
import { depthLimitRule } from '../src/hardening/depth.js';
import { aliasLimitRule } from '../src/hardening/aliases.js';
import { directiveLimitRule } from '../src/hardening/directives.js';
import { operationComplexity } from '../src/hardening/complexity.js';
import { UNINDEXED_SCAN_COST } from '../src/hardening/costs.js';
import { Gate } from '../src/db/gate.js';
import { hostName, isAllowedHost } from '../src/http/host.js';
import { LOOPBACK_HOSTS, readApiConfig } from '../src/config.js';
import { luceneQuery } from '../src/cypher/lucene.js';
import { ApiError } from '../src/errors.js';

function diamond(levels: number, alias = false): string {
  let doc = 'query { entity(id: "x") { ...F0 } }\n';
  for (let i = 0; i < levels; i++) doc += `fragment F${i} on Entity { ${alias ? `n${i}: ` : ''}id ...F${i + 1} ...F${i + 1} }\n`;
  return `${doc}fragment F${levels} on Entity { id name }\n`;
}

describe('validation rules through fragments', () => {
  it('counts aliases once per execution of their fragment, with the diamond measured in one pass', async () => {
    const schema = await buildApiSchema();
    const errs = validate(schema, parse(diamond(40, true)), [aliasLimitRule(30)]);
    expect(errs).toHaveLength(1);
    expect(errs[0]?.extensions.code).toBe('TOO_MANY_ALIASES');
    // 40 levels: 2^40 - 1 aliased fields once expanded, counted without expanding
    expect(errs[0]?.extensions.aliases).toBe(2 ** 40 - 1);
    expect(validate(schema, parse('{ a: search(text: "x") { totalCount } b: search(text: "y") { totalCount } }'), [aliasLimitRule(2)])).toHaveLength(0);
  });

  it('depth follows fragments and cycles do not loop', async () => {
    const schema = await buildApiSchema();
    const deep = parse('{ entity(id: "x") { ...A } } fragment A on Entity { claims { edges { node { ...B } } } } fragment B on Claim { speaker { ...A } }');
    const errs = validate(schema, deep, [depthLimitRule(4)]);
    expect(errs.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_DEEP']);
    expect(validate(schema, parse(diamond(40)), [depthLimitRule(3)])).toHaveLength(0);
  });

  it('counts directives on fields, spreads and inline fragments', async () => {
    const schema = await buildApiSchema();
    const doc = parse('{ __typename @skip(if: false) ...F @include(if: true) ... @include(if: true) { __typename } } fragment F on Query { __typename @include(if: true) }');
    expect(validate(schema, doc, [directiveLimitRule(4)])).toHaveLength(0);
    expect(validate(schema, doc, [directiveLimitRule(3)])[0]?.extensions.code).toBe('TOO_MANY_DIRECTIVES');
  });
});

describe('cost model', () => {
  it('prices the diamond by its expansion without expanding it', async () => {
    const schema = await buildApiSchema();
    expect(operationComplexity(schema, parse(diamond(40)), {})).toBeGreaterThan(2 ** 40);
  });

  it('prices unfiltered claims and relations and neighborhood as scans, entityByName as an index read', async () => {
    const schema = await buildApiSchema();
    const cost = (q: string, v: Record<string, unknown> = {}) => operationComplexity(schema, parse(q), v);
    const anchored = cost('{ claims(first: 1, filter: { speaker: "p" }) { totalCount } }');
    const scan = cost('{ claims(first: 1) { totalCount } }');
    expect(scan - anchored).toBe(UNINDEXED_SCAN_COST);
    expect(cost('{ claims(first: 1, filter: { kind: direct }) { totalCount } }')).toBe(scan);
    expect(cost('{ relations(first: 1) { totalCount } }') - cost('{ relations(first: 1, filter: { subject: "p" }) { totalCount } }')).toBe(UNINDEXED_SCAN_COST);
    expect(cost('{ entityByName(name: "x") { id } }')).toBeLessThan(10);
    const hood = (depth: number, limit: number) => cost(`{ neighborhood(id: "x", depth: ${depth}, limit: ${limit}) { nodes { id } } }`);
    expect(hood(1, 100)).toBeGreaterThan(hood(1, 50) * 1.9);
    expect(hood(3, 500)).toBeGreaterThan(25_000);
  });

  it('uses variables and reports ones that do not coerce', async () => {
    const schema = await buildApiSchema();
    const q = parse('query($n: Int) { search(text: "a", first: $n) { edges { node { id } } } }');
    expect(operationComplexity(schema, q, { n: 50 })).toBeGreaterThan(operationComplexity(schema, q, { n: 5 }));
    expect(() => operationComplexity(schema, q, { n: 'many' })).toThrow(/Int/);
  });
});

describe('session gate', () => {
  it('hands slots on in order and never exceeds its size', async () => {
    const gate = new Gate(2);
    const far = Date.now() + 60_000;
    const r1 = await gate.acquire(far);
    const r2 = await gate.acquire(far);
    let third = false;
    const p3 = gate.acquire(far).then((r) => {
      third = true;
      return r;
    });
    await Promise.resolve();
    expect(third).toBe(false);
    expect(gate.inUse).toBe(2);
    r1();
    r1(); // releasing twice frees one slot only
    const r3 = await p3;
    expect(gate.inUse).toBe(2);
    r2();
    r3();
    expect(gate.inUse).toBe(0);
  });

  it('a wait ends with TIMEOUT at the deadline', async () => {
    const gate = new Gate(1);
    const held = await gate.acquire(Date.now() + 60_000);
    await expect(gate.acquire(Date.now() + 20)).rejects.toMatchObject({ code: 'TIMEOUT' });
    await expect(gate.acquire(Date.now() - 1)).rejects.toBeInstanceOf(ApiError);
    held();
    expect(gate.inUse).toBe(0);
  });
});

describe('Host allow-list', () => {
  it('strips ports, keeps IPv6 brackets, accepts loopback names and IP literals only by default', () => {
    expect(hostName('LocalHost:4000')).toBe('localhost');
    expect(hostName('[::1]:4000')).toBe('[::1]');
    expect(hostName(undefined)).toBeNull();
    for (const ok of ['localhost:4000', '127.0.0.1', '[::1]:80', '10.1.2.3:4000', 'app.localhost']) expect(isAllowedHost(ok, LOOPBACK_HOSTS), ok).toBe(true);
    for (const bad of ['evil.example', 'localhost.evil.example', '', undefined]) expect(isAllowedHost(bad, LOOPBACK_HOSTS), String(bad)).toBe(false);
    expect(isAllowedHost('kg.example:443', ['kg.example'])).toBe(true);
    expect(isAllowedHost('anything', ['*'])).toBe(true);
  });

  it('reads KG_ALLOWED_HOSTS and the numeric limits, naming a bad variable', () => {
    const c = readApiConfig({ KG_ALLOWED_HOSTS: 'KG.example, other.example', KG_MAX_ALIASES: '5', KG_MAX_SESSIONS_PER_REQUEST: '2' });
    expect(c).toMatchObject({ allowedHosts: ['kg.example', 'other.example'], maxAliases: 5, maxSessionsPerRequest: 2 });
    expect(readApiConfig({}).allowedHosts).toEqual(LOOPBACK_HOSTS);
    expect(() => readApiConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => readApiConfig({ KG_MAX_TOKENS: '12abc' })).toThrow(/KG_MAX_TOKENS/);
  });
});

describe('oversize search input', () => {
  it('is BAD_USER_INPUT, not a query the index fails on', () => {
    expect(() => luceneQuery('x'.repeat(3000))).toThrow(ApiError);
    expect(() => luceneQuery(`ok ${'y'.repeat(101)}`)).toThrow(/limited to/);
    expect(luceneQuery('Mao Ning')).not.toBeNull();
  });
});

describe('what the product itself sends stays within the default limits', () => {
  it('the explorer queries (with the variables it sends) and the README examples', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const root = resolve(import.meta.dirname, '../../..');
    const schema = await buildApiSchema();
    const cfg = readApiConfig({});
    const explorer = (await import(pathToFileURL(resolve(root, 'packages/explorer/public/js/api.js')).href)) as Record<string, unknown>;
    const sent: [string, Record<string, unknown>][] = [
      [explorer.SEARCH as string, { text: 'x', first: 10 }],
      [explorer.NEIGHBORHOOD as string, { id: 'x', depth: 1, limit: 40, claims: 8 }],
      [explorer.PATHS as string, { from: 'a', to: 'b', maxHops: 4 }],
      [explorer.ENTITY_CLAIMS as string, { id: 'x', first: 40, about: false }],
      [explorer.ENTITY_CLAIMS as string, { id: 'x', first: 40, about: true }],
      [explorer.CLAIM as string, { id: 'x' }],
      [explorer.CLAIM_SEARCH as string, { text: 'x', first: 20 }],
      [explorer.CLAIM_NODE as string, { id: 'x' }],
      [explorer.SPEAKER_CLAIMS as string, { speaker: 'x', spokespeople: true, first: 40 }],
      [explorer.ARTICLE as string, { id: 'x' }],
    ];
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    for (const m of readme.matchAll(/```graphql\n([\s\S]*?)```/g)) sent.push([m[1] ?? '', {}]);
    expect(sent.length).toBeGreaterThan(8);
    const rules = [depthLimitRule(cfg.maxDepth), aliasLimitRule(cfg.maxAliases), directiveLimitRule(cfg.maxDirectives)];
    for (const [query, vars] of sent) {
      expect(query.length).toBeLessThanOrEqual(cfg.maxQueryChars);
      const doc = parse(query, { maxTokens: cfg.maxTokens });
      expect(validate(schema, doc, rules).map((e) => e.message), query).toEqual([]);
      // README examples declare defaults for their variables; the cost uses those
      expect(operationComplexity(schema, doc, vars), query).toBeLessThanOrEqual(cfg.maxComplexity);
    }
  });
});
