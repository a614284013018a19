// Role facts (person, title, body or state) from titles and appositions. A role is held in a body or
// a state, never in a person or a place; a state title with no stated state is the home country's
// (marked inferred, so a stated role elsewhere wins).
import { entityId } from '@kg/ontology';
import type { Token } from '../nlp.js';
import type { Mention } from '../mentions.js';
import { STATE_TITLE } from '../lexicon/index.js';
import type { EntityTable } from './entity-table.js';
import { mentionAt, type MentionIndex } from './mention-index.js';
import type { RoleFact } from './types.js';

const PREP1 = /^(?:of|with|to|from|by|for|in|on|at|against|and|than)$/;
const PREP2 = /^(?:of|with|to|from|by|for|in|on|at|against)$/;

interface RoleCtx {
  toks: readonly Token[];
  mentions: readonly Mention[];
  entOf: readonly number[];
  table: EntityTable;
  ix: MentionIndex;
  home: string | null;
  entOfM: (m: Mention | undefined) => number;
}

const countryEntity = (c: RoleCtx, name: string): number => c.table.add(`country|${name}`, 'Country', name, entityId('Country', name));

/** "Australia imposed ..., Foreign Minister X said": the one state that is the subject of the person's sentence. */
function sentenceState(c: RoleCtx, m: Mention): number {
  const { toks, mentions, entOf } = c;
  let found = -1;
  const first = c.ix.firstOfSentence(m.sent);
  for (let q = first; q < mentions.length && mentions[q]!.sent === m.sent && mentions[q]!.t0 < m.t0; q++) {
    const o = mentions[q]!;
    if (o.type === 'Country' && o.kind === 'name' && !o.possessive && !PREP1.test(toks[o.t0 - 1]?.l ?? '') && !PREP2.test(toks[o.t0 - 2]?.l ?? '')) { found = q; break; }
  }
  if (found < 0 || entOf[found]! < 0) return -1;
  for (let z = first; z < mentions.length && mentions[z]!.sent === m.sent && mentions[z]!.t0 < m.t0; z++) {
    const o = mentions[z]!;
    if (z !== found && o.type === 'Country' && o.kind !== 'demonym' && entOf[z] !== entOf[found]) return -1;
  }
  return entOf[found]!;
}

function affiliationOf(c: RoleCtx, m: Mention, r: { title: string; affil: Mention | undefined }): { a: number; inferred: boolean } {
  const { toks } = c;
  let a = c.entOfM(r.affil);
  // "Secretary of State" with no country is the US office; "government spokesman" serves the home country
  if (a < 0 && /\bsecretary of state\b/i.test(r.title)) a = countryEntity(c, 'United States');
  if (a < 0 && r.affil?.kind === 'desc' && /^(?:government|administration|cabinet)$/.test(r.affil.name) && c.home) a = countryEntity(c, c.home);
  // "President X of Mexico": the state named right after the person
  if (a < 0 && toks[m.t1]?.l === 'of') {
    const at = toks[m.t1 + 1]?.l === 'the' ? m.t1 + 2 : m.t1 + 1;
    const q = mentionAt(c.ix.byT0, c.mentions, at, (o) => o.type === 'Country' && o.kind !== 'demonym');
    if (q >= 0 && c.entOf[q]! >= 0) a = c.entOf[q]!;
  }
  if (a < 0 && STATE_TITLE.test(r.title)) a = sentenceState(c, m);
  if (a < 0 && STATE_TITLE.test(r.title) && c.home) return { a: countryEntity(c, c.home), inferred: true };
  return { a, inferred: false };
}

export function roleFacts(c: RoleCtx): RoleFact[] {
  const roles: RoleFact[] = [];
  c.mentions.forEach((m, i) => {
    const p = c.entOf[i]!;
    if (m.type !== 'Person' || m.kind !== 'name' || p < 0) return;
    const list: Array<{ title: string; affil: Mention | undefined }> = [];
    if (m.title) list.push({ title: m.title, affil: m.affil });
    for (const r of m.roles ?? []) list.push(r);
    for (const r of list) {
      const { a, inferred } = affiliationOf(c, m, r);
      const at = a >= 0 ? c.table.entities[a]! : undefined;
      if (!at || a === p || at.type === 'Person' || at.type === 'Place') continue;
      roles.push({ person: p, title: r.title.replace(/\s+/g, ' ').trim(), affil: a, mention: i, inferred });
    }
  });
  return roles;
}
export type { RoleCtx };
