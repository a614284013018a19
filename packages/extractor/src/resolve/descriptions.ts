// Descriptions ("the ministry", "the spokeswoman", "The minister said") and unnamed officials ("the
// Kremlin spokesman") pointed at the entity already named (or, for a person, named just after).
// Searches look at most LOOKAROUND mentions away, so the cost per mention is flat however long the article.
import { entityId } from '@kg/ontology';
import type { Analysis } from '../nlp.js';
import type { Mention } from '../mentions.js';
import { foldKey } from '../gazetteer.js';
import { DOC_HEADS, LEADER_TITLE } from '../lexicon/index.js';
import type { EntityTable } from './entity-table.js';
import type { MentionIndex } from './mention-index.js';
import { titleFits } from './title-fits.js';

const LOOKAROUND = 400;
const PREP_BEFORE = /^(?:of|with|to|from|by|for|in|on|at|and)$/;

interface DescCtx {
  an: Analysis;
  mentions: readonly Mention[];
  entOf: number[];
  table: EntityTable;
  ix: MentionIndex;
  indexOf: Map<Mention, number>;
  /** Mentions that are some person's affiliation ("Ukrainian" in "Ukrainian Foreign Minister X"). */
  affiliations: Set<Mention>;
}

const entOfM = (d: DescCtx, m: Mention | undefined): number => {
  const i = m ? d.indexOf.get(m) : undefined;
  return i === undefined ? -1 : d.entOf[i]!;
};

/** The person entity that is the grammatical subject of sentence si (its first actor outside a prepositional phrase). */
function subjectPersonOf(d: DescCtx, si: number): number {
  if (si < 0) return -1;
  const toks = d.an.tokens;
  for (let q = d.ix.firstOfSentence(si); q < d.mentions.length && d.mentions[q]!.sent === si; q++) {
    const o = d.mentions[q]!;
    if (o.possessive || PREP_BEFORE.test(toks[o.t0 - 1]?.l ?? '')) continue;
    if (o.type === 'Place' || o.kind === 'demonym') continue;
    if (o.affil && o.type === 'Person') return d.entOf[q]!;
    const e = d.entOf[q]!;
    if (e < 0 || d.affiliations.has(o)) continue;
    return d.table.entities[e]!.type === 'Person' ? e : -1;
  }
  return -1;
}

/** "The minister said ..." opening a sentence: the previous sentence's subject, when a title it had fits. */
function sentenceOpeningPerson(d: DescCtx, m: Mention, i: number, head: string): number {
  const toks = d.an.tokens;
  if (!(m.t0 === d.an.sentences[m.sent]?.t0 || toks[m.t0 - 1]?.v === '\n')) return -1;
  const prev = subjectPersonOf(d, m.sent - 1);
  if (prev < 0) return -1;
  for (let q = i - 1; q >= Math.max(0, i - LOOKAROUND); q--) {
    const o = d.mentions[q]!;
    if (d.entOf[q] === prev && o.title && titleFits(o.title, head)) return prev;
  }
  return -1;
}

function resolveDesc(d: DescCtx, m: Mention, i: number): number {
  const head = m.title ?? m.name;
  if (m.type === 'Person') {
    const opening = sentenceOpeningPerson(d, m, i, head);
    if (opening >= 0) return opening;
  }
  const headRe = m.type === 'Organization' ? new RegExp(`\\b${head}\\b`, 'i') : null;
  for (let q = i - 1; q >= Math.max(0, i - LOOKAROUND); q--) {
    const e = d.entOf[q]!;
    if (e < 0) continue;
    const o = d.mentions[q]!, ent = d.table.entities[e]!;
    if (headRe && ent.type === 'Organization' && o.kind !== 'desc' && (DOC_HEADS.has(head) || head === 'government' || headRe.test(ent.name))) return e;
    if (m.type === 'Person' && ent.type === 'Person' && o.title && titleFits(o.title, head)) return e;
  }
  // "his spokesman said ...": the spokesman may be named only later
  if (m.type !== 'Person') return -1;
  for (let q = i + 1; q < Math.min(d.mentions.length, i + LOOKAROUND); q++) {
    const o = d.mentions[q]!, e = d.entOf[q]!;
    if (e >= 0 && o.kind === 'name' && d.table.entities[e]!.type === 'Person' && o.title && titleFits(o.title, head)) return e;
  }
  return -1;
}

/** "the Kremlin spokesman": a person named in the article with that title and affiliation (definite only). */
function titledPerson(d: DescCtx, m: Mention, i: number): number | undefined {
  const aff = entOfM(d, m.affil);
  const det = d.an.tokens[(m.affil?.t0 ?? m.t0) - 1]?.l;
  if (aff < 0 || det !== 'the' || !m.title) return undefined;
  const fits = (o: Mention): boolean => {
    if (o.type !== 'Person' || o.kind !== 'name' || !o.title || entOfM(d, o.affil) !== aff) return false;
    const ot = o.title.toLowerCase();
    return titleFits(ot, m.title!) || (m.title === 'leader' && LEADER_TITLE.test(ot));
  };
  for (let q = i - 1; q >= Math.max(0, i - LOOKAROUND); q--) if (d.entOf[q]! >= 0 && fits(d.mentions[q]!)) return d.entOf[q]!;
  for (let q = i + 1; q < Math.min(d.mentions.length, i + LOOKAROUND); q++) if (d.entOf[q]! >= 0 && fits(d.mentions[q]!)) return d.entOf[q]!;
  return undefined;
}

/** Fills entOf (the stage's own array) for descriptions and unnamed officials. */
export function resolveDescriptions(an: Analysis, mentions: readonly Mention[], entOf: number[], table: EntityTable, ix: MentionIndex): void {
  const indexOf = new Map<Mention, number>();
  const affiliations = new Set<Mention>();
  mentions.forEach((m, i) => { indexOf.set(m, i); if (m.type === 'Person' && m.affil) affiliations.add(m.affil); });
  const d: DescCtx = { an, mentions, entOf, table, ix, indexOf, affiliations };
  mentions.forEach((m, i) => { if (m.kind === 'desc') entOf[i] = resolveDesc(d, m, i); });
  // a second pass: descriptions may point to descriptions resolved in the first
  mentions.forEach((m, i) => {
    if (m.kind === 'title-only') entOf[i] = titledPerson(d, m, i) ?? entOfM(d, m.affil);
    else if (m.kind === 'desc') entOf[i] = resolveDesc(d, m, i);
  });
  mentions.forEach((m, i) => {
    // "the Council" with no body of that kind named before: the body itself
    if (m.kind === 'desc' && m.type === 'Organization' && entOf[i]! < 0 && /^[A-Z]/.test(m.text)) {
      entOf[i] = table.add(`org|${foldKey(m.text)}`, 'Organization', m.text, entityId('Organization', m.text));
    }
  });
}

/** entOf of a mention object (-1 when it is not in the list or unresolved). */
export function entityOfMention(mentions: readonly Mention[], entOf: readonly number[]): (m: Mention | undefined) => number {
  const indexOf = new Map<Mention, number>();
  mentions.forEach((m, i) => indexOf.set(m, i));
  return (m) => { const i = m ? indexOf.get(m) : undefined; return i === undefined ? -1 : entOf[i]!; };
}
