import type { Command } from 'commander';
import { connect } from '../connect.js';
import { CliError, NEO4J_EXIT } from '../exit.js';

/** `kg retract <id|path|url>`: removes an article's contribution to the graph. */
export function register(program: Command): void {
  program
    .command('retract')
    .description("remove an article (by id, path or url) and the facts only it supported")
    .argument('<ref>', 'article id, file path or url')
    .action(async (ref: string) => {
      const { store, driver } = await connect();
      try {
        const res = await store.retractArticle(driver, ref);
        if (res.ids.length === 0) {
          process.stderr.write(`kg: no article matches "${ref}"\n`);
          process.exitCode = 1;
          return;
        }
        process.stderr.write(
          `retracted ${res.ids.join(', ')}: ${res.claimsDeleted} claim(s), ${res.factsDeleted} fact(s), ${res.entitiesDeleted} entit(y/ies) deleted\n`,
        );
      } catch (err) {
        if (err instanceof store.Neo4jUnavailableError) throw new CliError(err.message, NEO4J_EXIT);
        throw err;
      } finally {
        await driver.close();
      }
    });
}
