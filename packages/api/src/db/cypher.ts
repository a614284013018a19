// A Cypher statement as the API runs it: a constant text plus its parameters.
// Texts are module constants; user input only ever travels in `params`.

export interface CypherQuery {
  /** Short stable name (the module that built it), used in logs, counts and snapshots. */
  name: string;
  text: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

export function cypher(name: string, text: string, params: Record<string, unknown> = {}): CypherQuery {
  return { name, text: text.trim(), params };
}
