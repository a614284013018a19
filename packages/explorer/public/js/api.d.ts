// Types for api.js (browser module), so tests can import its GraphQL documents.
export declare const SEARCH: string;
export declare const NEIGHBORHOOD: string;
export declare const ENTITY_CLAIMS: string;
export declare const CLAIM: string;
export declare const CLAIM_SEARCH: string;
export declare const CLAIM_NODE: string;
export declare const SPEAKER_CLAIMS: string;
export declare const ARTICLE: string;
export declare const PATHS: string;
export declare const PING: string;
export declare class ApiError extends Error {
  kind: 'unreachable' | 'error';
  constructor(kind: 'unreachable' | 'error', message: string);
}
export declare function ping(): Promise<void>;
export declare function articleDate(a: { publishedAt?: string | null; dateline?: string | null } | null): string | null;
export declare function shortestPath(from: string, to: string, opts?: { maxHops?: number; predicates?: string[] | null }): Promise<unknown>;
export declare function graphql(query: string, variables: Record<string, unknown>): Promise<unknown>;
export declare function searchEntities(text: string, first?: number): Promise<unknown[]>;
export declare function searchClaims(text: string, first?: number): Promise<unknown>;
export declare function neighborhood(id: string, opts?: { depth?: number; limit?: number; claims?: number }): Promise<unknown>;
export declare function entityClaimPage(id: string, opts?: { about?: boolean; first?: number; after?: string | null; from?: string | null; to?: string | null }): Promise<unknown>;
export declare function speakerClaimPage(id: string, opts?: { spokespeople?: boolean; first?: number; after?: string | null }): Promise<unknown>;
export declare function allClaims(page: (first: number, after: string | null) => Promise<unknown>): Promise<unknown>;
export declare function claimById(id: string): Promise<unknown>;
export declare function claimNodes(ids: string[]): Promise<unknown[]>;
export declare function articleView(id: string): Promise<unknown>;
