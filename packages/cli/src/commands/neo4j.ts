import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('neo4j')
    .description('(not built yet)')
    .action(() => {
      throw new Error('kg neo4j is not built yet');
    });
}
