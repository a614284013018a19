// The page's only data source: the GraphQL API at POST /graphql. All queries live here, so adapting to
// the schema means editing this file only (test/queries.test.ts validates them against schema.graphql).

export const SEARCH = `query ExplorerSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    edges { node { id name type aliases } }
  }
}`;

export const NEIGHBORHOOD = `query ExplorerNeighborhood($id: ID!, $depth: Int!, $limit: Int!, $claims: Int!) {
  neighborhood(id: $id, depth: $depth, limit: $limit, claims: $claims) {
    nodes { id type labels caption date }
    edges {
      id source target type negated hedged evidenceCount date
      evidenceSentences { sentence article { title name source publishedAt dateline } }
    }
    truncated
  }
}`;

export const PATHS = `query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int!, $predicates: [Predicate!]) {
  paths(from: $from, to: $to, maxHops: $maxHops, predicates: $predicates, first: 1) {
    totalCount
    edges { node {
      length
      nodes { id name type labels aliases }
      steps {
        forward
        from { id }
        to { id }
        relation {
          id predicate negated hedged evidenceCount
          evidence(first: 10) { edges { node { sentence article { title name source publishedAt dateline } } } }
        }
      }
    } }
  }
}`;

export const PING = `query ExplorerPing { __typename }`;

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

/** An error for the page to show: `kind` says whether the API was unreachable or answered with errors. */
export class ApiError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

// In-flight requests, mirrored on <body data-busy> so tests (and styles) can tell when the page is idle.
let inFlight = 0;
function track(delta) {
  inFlight += delta;
  document.body.dataset.busy = String(inFlight);
}

/** Runs a query; throws an ApiError with the server's message when the response carries errors. */
export async function graphql(query, variables) {
  track(1);
  try {
    let res;
    try {
      res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    } catch {
      throw new ApiError('unreachable', 'The API cannot be reached (network error). Is the server running?');
    }
    let body;
    try {
      body = await res.json();
    } catch {
      throw new ApiError(res.ok ? 'error' : 'unreachable', `The API answered HTTP ${res.status} without a GraphQL response.`);
    }
    if (body.errors && body.errors.length) throw new ApiError('error', `The API returned an error: ${body.errors.map((e) => e.message).join('; ')}`);
    if (!res.ok) throw new ApiError('error', `The API answered HTTP ${res.status}.`);
    return body.data;
  } finally {
    track(-1);
  }
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

/** Cheap round trip: does the API answer? */
export async function ping() {
  await graphql(PING, {});
}

/** Evidence sentences in the page's shape: sentence plus the article it comes from. */
const evidenceOf = (list) => (list || []).map((e) => ({ sentence: e.sentence, article: e.article || null }));

/** An article's date as the API dates facts: published, else the dateline's. */
export const articleDate = (a) => (a && (a.publishedAt || a.dateline) ? String(a.publishedAt || a.dateline).slice(0, 10) : null);

/** The entity's surroundings: nodes (entities and its latest claims) and edges. */
export async function neighborhood(id, { depth = 1, limit = 40, claims = 8 } = {}) {
  const data = await graphql(NEIGHBORHOOD, { id, depth, limit, claims });
  const hood = data.neighborhood || { nodes: [], edges: [], truncated: false };
  return {
    ...hood,
    nodes: hood.nodes.map((n) => ({ ...n, name: n.caption })),
    edges: hood.edges.map(({ evidenceSentences, ...e }) => ({ ...e, evidence: evidenceOf(evidenceSentences) })),
  };
}

/**
 * The shortest path from `from` to `to` (null when none within `maxHops`), as graph nodes and edges shaped
 * like the neighbourhood's. A fact's date is the earliest date among the evidence fetched (first 10).
 */
export async function shortestPath(from, to, { maxHops = 4, predicates = null } = {}) {
  const data = await graphql(PATHS, { from, to, maxHops, predicates });
  const path = nodesOf(data.paths)[0];
  if (!path) return null;
  const edges = path.steps.map((s) => {
    const r = s.relation;
    const evidence = evidenceOf(nodesOf(r.evidence));
    const dates = evidence.map((x) => articleDate(x.article)).filter(Boolean).sort();
    return {
      id: r.id,
      source: s.forward ? s.from.id : s.to.id,
      target: s.forward ? s.to.id : s.from.id,
      type: r.predicate,
      negated: r.negated,
      hedged: r.hedged,
      evidenceCount: r.evidenceCount,
      date: dates[0] || null,
      evidence: evidence.slice(0, 3),
    };
  });
  return { length: path.length, nodes: path.nodes, edges, total: data.paths.totalCount };
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
