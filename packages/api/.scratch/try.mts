import neo4j from 'neo4j-driver';
import { neighborhood } from '/work/main/packages/api/src/cypher/neighborhood.ts';
const d = neo4j.driver('bolt://127.0.0.1:17687', neo4j.auth.basic('neo4j', 'api-dev-pass1'));
const q = neighborhood('person:bob-brown', 1, 50, ['MET_WITH','SANCTIONED','VISITED','CRITICIZED','URGED','HOLDS_ROLE','SUPPORTED','OPPOSED','COOPERATED_WITH'], 2);
try { const {toDriverParams} = await import('/work/main/packages/api/src/db/runner.ts'); const r = await d.executeQuery(q.text, toDriverParams(q.params)); console.log(JSON.stringify(r.records.map(x=>x.toObject()), null, 1).slice(0, 3000)); } catch (e) { console.log(e.message); }
await d.close();
