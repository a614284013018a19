import type { ExtractionError as ExtractionErrorShape } from '@kg/ontology';

/** Why an article could not be extracted; callers switch on `reason`. */
export type ExtractionErrorReason = 'empty' | 'binary' | 'too-large' | 'no-english' | 'internal';

/** A per-article failure: thrown by extractArticle, collected by extractCorpus. */
export class ExtractionError extends Error implements ExtractionErrorShape {
  readonly reason: ExtractionErrorReason;
  readonly path: string | null;
  constructor(reason: ExtractionErrorReason, message: string, path: string | null = null) {
    super(message);
    this.name = 'ExtractionError';
    this.reason = reason;
    this.path = path;
  }
  toJSON(): ExtractionErrorShape & { message: string } {
    return { path: this.path, reason: this.reason, message: this.message };
  }
}
