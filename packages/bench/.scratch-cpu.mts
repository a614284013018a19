import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { openDriver } from '@kg/store';
import { createServer, executeQuery } from '@kg/api';
const req = createRequire(import.meta.resolve('@neo4j/graphql'));
const { graphql } = req('graphql');
const driver = openDriver({ uri: 'bolt://127.0.0.1:17687', user: 'neo4j', password: 'api-dev-pass1' });
const kgQ = `query($id: ID!) { entity(id: $id) { id name claims(first: 20) { edges { node { id text date outletCount outlets
      reportedIn(first: 10) { edges { node { id title source publishedAt } } } } } } } }`;
const ngQ = `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name said(limit: 20, sort: [{ date: DESC }, { id: ASC }]) { id text date outletCount outlets
      reportedIn(limit: 10, sort: [{ publishedAt: ASC }, { id: ASC }]) { id title source publishedAt } } } }`;
const vars = { id: 'person:omar-brandt' };
const server = await createServer({ driver, config: { requestTimeoutMs: 30000 } });
const neo = new Neo4jGraphQL({ typeDefs: readFileSync('neo4j-graphql/typeDefs.graphql', 'utf8'), driver });
const schema = await neo.getSchema();
async function measure(name: string, f: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await f();
  const N = 200; const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < N / 10; i++) await Promise.all(Array.from({ length: 10 }, f));
  const c = process.cpuUsage(c0);
  console.log(name, 'wall', ((performance.now() - t0) / N).toFixed(1), 'ms; node cpu', ((c.user + c.system) / 1000 / N).toFixed(1), 'ms');
}
await measure('kg', async () => { const r = await executeQuery(server, kgQ, vars); if (r.errors) throw new Error(JSON.stringify(r.errors)); });
await measure('neo4j/graphql', async () => { const r = await graphql({ schema, source: ngQ, variableValues: vars, contextValue: {} }); if (r.errors) throw new Error(JSON.stringify(r.errors)); });
await measure('kg', async () => { const r = await executeQuery(server, kgQ, vars); if (r.errors) throw new Error(JSON.stringify(r.errors)); });
await server.close(); await driver.close();
