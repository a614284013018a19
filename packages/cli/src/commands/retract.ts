import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('retract')
    .description('(not built yet)')
    .action(() => {
      throw new Error('kg retract is not built yet');
    });
}
