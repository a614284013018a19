// The mention passes over each sentence, in order (like graphql-js's specifiedRules). Later passes
// read what earlier ones found: titled names need the runs' candidates, descriptions skip tokens
// already covered, appositions attach roles to the persons found.
import { capitalisedRuns } from './capitalised-runs.js';
import { titledNames } from './titled-names.js';
import { descriptions } from './descriptions.js';
import { appositions } from './appositions.js';
import type { MentionRule } from './types.js';

export type { MentionRule } from './types.js';

export const MENTION_RULES: readonly MentionRule[] = [capitalisedRuns, titledNames, descriptions, appositions];
