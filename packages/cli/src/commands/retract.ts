import type { Command } from 'commander';

/** `kg retract <id|path|url>`: removes an article's contribution to the graph. */
export function register(program: Command): void {
  program
    .command('retract')
    .description("remove an article (by id, path or url) and the facts only it supported")
    .argument('<ref>', 'article id, file path or url')
    .action(async (ref: string) => {
      const store = await import('@kg/store');
      const driver = store.openDriver(store.readNeo4jConfig());
      try {
        await store.assertReachable(driver);
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
        if (err instanceof store.Neo4jUnavailableError) {
          process.stderr.write(`kg: ${err.message}\n`);
          process.exitCode = 2;
          return;
        }
        throw err;
      } finally {
        await driver.close();
      }
    });
}
