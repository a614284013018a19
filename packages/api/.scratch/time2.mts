import neo4j from 'neo4j-driver';
import { entityClaims } from '../src/cypher/entity-claims.ts';
import { nodesById } from '../src/cypher/nodes-by-id.ts';
import { toDriverParams } from '../src/db/runner.ts';
const d = neo4j.driver('bolt://127.0.0.1:17687', neo4j.auth.basic('neo4j', 'api-dev-pass1'), { disableLosslessIntegers: true });
const theirs = { text: `CYPHER 5 MATCH (this:Entity)
WHERE this.id = $param0
CALL (this) {
  MATCH (this)-[this0:SAID]->(this1:Claim)
  WITH DISTINCT this1
  CALL (this1) {
    MATCH (this1)-[this2:REPORTED_IN]->(this3:Article)
    WITH DISTINCT this3
    WITH this3 { .id, .title, .source, .publishedAt } AS this3
    ORDER BY this3.publishedAt ASC, this3.id ASC
    LIMIT $param1
    RETURN collect(this3) AS var4
  }
  WITH this1 { .id, .text, .date, .outletCount, .outlets, reportedIn: var4 } AS this1
  ORDER BY this1.date DESC, this1.id ASC
  LIMIT $param2
  RETURN collect(this1) AS var5
}
RETURN this { .id, .name, said: var5 } AS this`, params: { param0: 'person:omar-brandt', param1: neo4j.int(10), param2: neo4j.int(20) } };
const ours = entityClaims(['person:omar-brandt'], {}, { skip: 0, limit: 20 }, { reports: true });
const oursNode = nodesById(['person:omar-brandt']);
const run = (text: string, params: any) => { const s = d.session({ defaultAccessMode: 'READ' }); return s.executeRead((tx) => tx.run(text, params)).finally(() => s.close()); };
const variants: Record<string, () => Promise<unknown>> = {
  theirs: () => run(theirs.text, theirs.params),
  oursClaims: () => run(ours.text, toDriverParams(ours.params)),
  oursBoth: () => Promise.all([run(ours.text, toDriverParams(ours.params)), run(oursNode.text, toDriverParams(oursNode.params))]),
  trivial: () => run('RETURN 1', {}),
};
for (const f of Object.values(variants)) for (let i = 0; i < 10; i++) await f();
const totals: Record<string, number> = {};
for (let round = 0; round < 5; round++) for (const [k, f] of Object.entries(variants)) {
  const t0 = performance.now(); for (let i = 0; i < 10; i++) await f(); totals[k] = (totals[k] ?? 0) + (performance.now() - t0) / 50;
}
console.log(Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v.toFixed(1) + ' ms'])));
await d.close();
