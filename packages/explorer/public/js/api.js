// The page's only data source: the GraphQL API at POST /graphql. All queries live here, so adapting to
// the schema means editing this file only (test/queries.test.ts validates them against schema.graphql).

export const SEARCH = `query ExplorerSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    edges { node { id name type aliases } }
  }
}`;

export const NEIGHBORHOOD = `query ExplorerNeighborhood($id: ID!, $depth: Int!, $limit: Int!, $claims: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit, claims: $claims) {
    nodes { id type labels caption }
    edges { id source target type negated hedged evidenceCount }
    truncated
  }
}`;

const CLAIM_FIELDS = `
  id text kind date outletCount outlets
  reportedIn(first: 20) {
    edges { text node { id title source publishedAt } evidence { sentence start end } }
  }`;

export const ENTITY_CLAIMS = `query ExplorerEntityClaims($id: ID!, $first: Int) {
  entity(id: $id) {
    id name type aliases
    claims(first: $first) { edges { node { ${CLAIM_FIELDS} } } }
    claimsAbout(first: $first) { edges { node { ${CLAIM_FIELDS} speaker { id name } } } }
  }
}`;

export const CLAIM = `query ExplorerClaim($id: ID!) {
  claim(id: $id) { ${CLAIM_FIELDS} speaker { id name } }
}`;

/** Runs a query; throws with the server's message when the response carries errors. */
export async function graphql(query, variables) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`GraphQL request failed: HTTP ${res.status}`);
  }
  if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!res.ok) throw new Error(`GraphQL request failed: HTTP ${res.status}`);
  return body.data;
}

const nodesOf = (connection) => (connection && connection.edges ? connection.edges.map((e) => e.node) : []);

/** A claim with its reports flattened: outlets, and one evidence entry per reporting article. */
function flattenClaim(c) {
  const reports = c.reportedIn && c.reportedIn.edges ? c.reportedIn.edges : [];
  return {
    ...c,
    reports: reports.map((r) => ({ article: r.node, text: r.text, sentence: r.evidence ? r.evidence.sentence : null })),
  };
}

export async function searchEntities(text, first = 10) {
  const data = await graphql(SEARCH, { text, first });
  return nodesOf(data.search);
}

/** The entity's surroundings: nodes (entities and its latest claims) and edges. */
export async function neighborhood(id, { depth = 1, limit = 40, claims = 8 } = {}) {
  const data = await graphql(NEIGHBORHOOD, { id, depth, limit, claims });
  const hood = data.neighborhood || { nodes: [], edges: [], truncated: false };
  return { ...hood, nodes: hood.nodes.map((n) => ({ ...n, name: n.caption })) };
}

/** The entity with what it said and what others said about it. */
export async function entityClaims(id, first = 30) {
  const data = await graphql(ENTITY_CLAIMS, { id, first });
  if (!data.entity) return null;
  return {
    ...data.entity,
    claims: nodesOf(data.entity.claims).map(flattenClaim),
    claimsAbout: nodesOf(data.entity.claimsAbout).map(flattenClaim),
  };
}

export async function claimById(id) {
  const data = await graphql(CLAIM, { id });
  return data.claim ? flattenClaim(data.claim) : null;
}
