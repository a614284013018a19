// The entities a user's reference names, as a Cypher fragment for statements that filter by an entity
// given by id, name or alias: the entity with that id, else every entity whose name or alias it is
// (case-insensitive; the full-text index narrows the candidates). With `$<p>Spokespeople`, also the
// people holding a spokesperson role for one of them (HOLDS_ROLE, not negated, whose title names a
// spokesperson): what a ministry said includes what its spokespeople said.
// `p` is a constant chosen by the statement's own text; the values travel as parameters.
import { normaliseName } from '@kg/ontology';

/** `CALL () { … RETURN [ids] AS <out> }`: [] when `$<p>` is null. Extra ids (topics) come from `$<p>`. */
export const refIds = (p: string, out: string): string => `CALL () {
  OPTIONAL MATCH (e:Entity {id: $${p}})
  CALL (e) {
    WITH e WHERE e IS NULL AND $${p} IS NOT NULL
    CALL db.index.fulltext.queryNodes('entityNames', $${p}Phrase) YIELD node
    WITH node WHERE toLower(node.name) = $${p}Name OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $${p}Name)
    RETURN collect(node) AS named
  }
  WITH CASE WHEN e IS NULL THEN named ELSE [e] END AS es
  CALL (es) {
    UNWIND es AS x
    OPTIONAL MATCH (sp:Person)-[h:HOLDS_ROLE]->(x)
    WHERE $${p}Spokespeople AND NOT coalesce(h.negated, false) AND toLower(coalesce(h.title, '')) CONTAINS 'spokes'
    RETURN collect(DISTINCT sp.id) AS spokes
  }
  RETURN CASE WHEN $${p} IS NULL THEN [] ELSE [x IN es | x.id] + spokes + [$${p}] END AS ${out}
}`;

/** The parameters of refIds(p) for a reference (or null: no filter). */
export function refParams(p: string, ref: string | null | undefined, spokespeople = false): Record<string, unknown> {
  const name = ref == null ? null : normaliseName(ref);
  return {
    [p]: ref ?? null,
    [`${p}Name`]: name,
    [`${p}Phrase`]: name === null ? null : `"${name.replace(/["\\]/g, ' ')}"`,
    [`${p}Spokespeople`]: spokespeople,
  };
}
