// Types for api.js (browser module), so tests can import its GraphQL documents.
export declare const SEARCH: string;
export declare const NEIGHBORHOOD: string;
export declare const ENTITY_CLAIMS: string;
export declare const CLAIM: string;
export declare function graphql(query: string, variables: Record<string, unknown>): Promise<unknown>;
export declare function searchEntities(text: string, first?: number): Promise<unknown[]>;
export declare function neighborhood(id: string, opts?: { depth?: number; limit?: number; claims?: number }): Promise<unknown>;
export declare function entityClaims(id: string, first?: number): Promise<unknown>;
export declare function claimById(id: string): Promise<unknown>;
