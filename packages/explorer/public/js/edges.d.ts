// Types for edges.js (browser module), for its unit tests.
export interface Member { id: string; type: string; source: string; target: string; negated?: boolean; hedged?: boolean; evidenceCount?: number; date?: string | null; evidence?: unknown[] }
export declare function pairKey(a: string, b: string): string;
export declare function memberKey(e: Member): string;
export declare function verbOf(e: Member): string;
export declare function sortMembers<T extends Member>(members: T[]): T[];
export declare function summarise(members: Member[]): { type: string; from: string; to: string; relId: string; negated: boolean; hedged: boolean; evidenceCount: number; evidence: unknown[]; date: string | null; count: number; caption: string };
