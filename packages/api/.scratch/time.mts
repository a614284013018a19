import neo4j from 'neo4j-driver';
import { entityClaims } from '../src/cypher/entity-claims.ts';
import { nodesById } from '../src/cypher/nodes-by-id.ts';
import { entityNeighbors } from '../src/cypher/entity-neighbors.ts';
import { toDriverParams } from '../src/db/runner.ts';
import { RELATION_PREDICATES } from '@kg/ontology';
const d = neo4j.driver('bolt://127.0.0.1:17687', neo4j.auth.basic('neo4j', 'api-dev-pass1'), { disableLosslessIntegers: true });
const page = { skip: 0, limit: 20 };
const qs = {
  nodes: nodesById(['person:omar-brandt']),
  claims: entityClaims(['person:omar-brandt'], {}, page, { reports: true }),
  claimsNoReports: entityClaims(['person:omar-brandt'], {}, page, {}),
  neighbors2: entityNeighbors(['country:spain'], 2, [...RELATION_PREDICATES], { skip: 0, limit: 100 }),
  trivial: { name: 'trivial', text: 'RETURN 1', params: {} },
};
for (const [name, q] of Object.entries(qs)) {
  const s = d.session({ defaultAccessMode: 'READ' });
  const run = () => s.executeRead((tx) => tx.run(q.text, toDriverParams(q.params)));
  for (let i = 0; i < 5; i++) await run();
  const t0 = performance.now(); const N = 30;
  let res;
  for (let i = 0; i < N; i++) res = await run();
  console.log(name, ((performance.now() - t0) / N).toFixed(1), 'ms', JSON.stringify(res.records[0]?.toObject()).length, 'bytes');
  await s.close();
}
await d.close();
