// Exit codes the commands share: 1 when some input failed or a command failed, 2 for usage
// errors and for a Neo4j that cannot be used (unreachable or refusing the credentials).

/** A failure already explained in one line: main prints `kg: <message>` and exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const NEO4J_EXIT = 2;
