// Pulls labels, relationship types and parameters out of the search phrases' Cypher, so tests can check
// them against the ontology. Good enough for the patterns the phrases use (no string literals with colons).

export interface CypherParts {
  labels: Set<string>;
  relTypes: Set<string>;
  params: Set<string>;
}

export function cypherParts(cypher: string): CypherParts {
  const withoutStrings = cypher.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  const relTypes = new Set<string>();
  const rest = withoutStrings.replace(/\[([^\]]*)\]/g, (_m, inner: string) => {
    const typed = inner.match(/:\s*([A-Za-z_][\w|:\s]*)/);
    if (typed?.[1]) for (const t of typed[1].split(/[|:]/)) if (t.trim()) relTypes.add(t.trim());
    return '[]';
  });
  const labels = new Set<string>();
  for (const m of rest.matchAll(/[\w)]\s*((?::\s*`?[A-Za-z_]\w*`?)+)/g)) {
    for (const l of m[1]!.split(':')) if (l.trim()) labels.add(l.trim().replace(/`/g, ''));
  }
  const params = new Set([...withoutStrings.matchAll(/\$(\w+)/g)].map((m) => m[1]!));
  return { labels, relTypes, params };
}

/** `$names` in a phrase's display text, in order. */
export function textParams(text: string): string[] {
  return [...text.matchAll(/\$(\w+)/g)].map((m) => m[1]!);
}
