// The relation patterns, in the order they run (like graphql-js's specifiedRules). Each reads one
// sentence scope and returns what it recognises; add a pattern by adding a file and a line here.
import type { RelationRule } from '../types.js';
import { metTogether } from './met-together.js';
import { subjectVerbObject } from './subject-verb-object.js';
import { visit } from './visit.js';
import { urged } from './urged.js';
import { supportOppose } from './support-oppose.js';
import { eachOther } from './each-other.js';
import { passive } from './passive.js';
import { concernOver } from './concern-over.js';
import { stanceNoun } from './stance-noun.js';
import { sanctioned } from './sanctioned.js';
import { criticismFromClaim } from './criticism-from-claim.js';
import { holdsRole } from './holds-role.js';

export const relationRules: readonly RelationRule[] = [
  metTogether,
  subjectVerbObject,
  visit,
  urged,
  supportOppose,
  eachOther,
  passive,
  concernOver,
  stanceNoun,
  sanctioned,
  criticismFromClaim,
  holdsRole,
];
