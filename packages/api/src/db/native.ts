import neo4j from 'neo4j-driver';

/**
 * Neo4j values to plain JS: Integers to numbers, temporal values to ISO strings.
 * Done once per row so resolvers only see JSON-like data.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toNative);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toNative(v);
  return out;
}
