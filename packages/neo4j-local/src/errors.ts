// One error type with a stable code, so the CLI and tests can tell the failure modes apart.

export type Neo4jLocalErrorCode =
  | 'JAVA_MISSING'
  | 'MAVEN_MISSING'
  | 'BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'CRASHED'
  | 'START_TIMEOUT'
  | 'REMOTE_URI'
  | 'RUNNING_ON_OTHER_PORT'
  | 'BAD_CONFIG'
  | 'STOP_FAILED'
  | 'AUTH_REFUSED';

export class Neo4jLocalError extends Error {
  constructor(
    readonly code: Neo4jLocalErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'Neo4jLocalError';
  }
}
