import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { openDriver } from '@kg/store';
const req = createRequire(import.meta.resolve('@neo4j/graphql'));
const { graphql } = req('graphql');
const driver = openDriver({ uri: 'bolt://127.0.0.1:17687', user: 'neo4j', password: 'api-dev-pass1' });
const ngQ = `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name said(limit: 20, sort: [{ date: DESC }, { id: ASC }]) { id text date outletCount outlets
      reportedIn(limit: 10, sort: [{ publishedAt: ASC }, { id: ASC }]) { id title source publishedAt } } } }`;
const neo = new Neo4jGraphQL({ typeDefs: readFileSync('neo4j-graphql/typeDefs.graphql', 'utf8'), driver, debug: true });
const schema = await neo.getSchema();
await graphql({ schema, source: ngQ, variableValues: { id: 'person:omar-brandt' }, contextValue: {} });
await driver.close();
