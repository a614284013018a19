import type { Ctx } from '../types.js';

/**
 * A mention pass over one sentence. Passes run in the order of ./index.ts; each appends to the
 * sentence's working state (ctx.out, ctx.names, ctx.candidates) and may read what earlier passes found.
 */
export type MentionRule = (ctx: Ctx) => void;
