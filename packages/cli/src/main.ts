#!/usr/bin/env node
// The `kg` command. Each sub-command lives in commands/<name>.ts and loads its heavy
// dependencies lazily, so `kg extract` does not pay for the GraphQL server.
import { Command } from 'commander';
import { loadEnv } from './env.js';
import { register as extract } from './commands/extract.js';
import { register as ingest } from './commands/ingest.js';
import { register as retract } from './commands/retract.js';
import { register as serve } from './commands/serve.js';
import { register as neo4j } from './commands/neo4j.js';
import { register as bloom } from './commands/bloom.js';
import { register as up } from './commands/up.js';

loadEnv();
const program = new Command('kg')
  .description('Knowledge graph of who said what in the news: extract, store in Neo4j, serve GraphQL')
  .showHelpAfterError();
for (const r of [extract, ingest, retract, serve, neo4j, bloom, up]) r(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`kg: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
});
