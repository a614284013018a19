#!/usr/bin/env node
// The `kg` command. Each sub-command lives in commands/<name>.ts and loads its heavy
// dependencies lazily, so `kg extract` does not pay for the GraphQL server.
import { readFileSync } from 'node:fs';
import { Command, type CommanderError } from 'commander';
import { loadEnv } from './env.js';
import { CliError } from './exit.js';
import { USAGE_EXIT } from './options.js';
import { register as extract } from './commands/extract.js';
import { register as ingest } from './commands/ingest.js';
import { register as retract } from './commands/retract.js';
import { register as serve } from './commands/serve.js';
import { register as neo4j } from './commands/neo4j.js';
import { register as bloom } from './commands/bloom.js';
import { register as up } from './commands/up.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Help and --version exit 0; every usage error (bad option value, unknown option or command) exits 2. */
function exitFor(err: CommanderError): never {
  process.exit(err.exitCode === 0 ? 0 : USAGE_EXIT);
}

loadEnv();
const program = new Command('kg')
  .description('Knowledge graph of who said what in the news: extract, store in Neo4j, serve GraphQL')
  .version(version, '-V, --version', 'print the version of kg')
  .showHelpAfterError('(kg <command> --help shows the options)')
  .exitOverride(exitFor);
for (const r of [extract, ingest, retract, serve, neo4j, bloom, up]) r(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`kg: ${err instanceof Error ? err.message : String(err)}\n`);
  const code = err instanceof CliError ? err.exitCode : 1;
  process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : code;
});
