// Stage 3: in-article resolution. Mentions are grouped into entities (full names absorb surnames,
// acronyms join the body they abbreviate, national bodies get their country), descriptions point to
// the entity already named, and capitals are told apart: a place where something happens, or the
// country when it acts ("Washington said").
import { entityId, type EntityType } from '@kg/ontology';
import type { Analysis, Token } from './nlp.js';
import type { Mention, MentionResult } from './mentions.js';
import { foldKey, getGazetteer } from './gazetteer.js';
import { ACRONYM_STOP, NON_NAME_HEADS, cueLemma, isCueLemma, TITLE_MODIFIERS, WEAK_TITLES } from './lexicon/index.js';
import { titleAt } from './mentions.js';

export interface ArticleEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  /** Mention indices. */
  mentions: number[];
  /** For organisations: the country they belong to. */
  country?: string;
  gender?: 'f' | 'm';
  /** Titles seen for a person (lower case), for "the spokeswoman"-style descriptions. */
  titles: Set<string>;
}
export interface RoleFact {
  person: number;
  title: string;
  affil: number; // entity index
  mention: number;
  inferred: boolean;
}
export interface Resolved {
  mentions: Mention[];
  entities: ArticleEntity[];
  /** mention index -> entity index (-1 when unresolved). */
  entOf: number[];
  roles: RoleFact[];
  homeCountry: string | null;
}

/** Plural nouns of unnamed speakers, capitalised when they open a sentence. */
const SPEAKER_GROUPS = /^(?:Observers|Analysts|Experts|Critics|Officials|Diplomats|Protesters|Residents|Witnesses|Sources|Scholars|Economists|Researchers|Lawmakers|Legislators|Activists|Commentators|Insiders|Investors|Traders|Participants|Organi[sz]ers|Delegates|Academics|Scientists|Observers|Opponents|Supporters|Voters|Citizens|Netizens)$/;
/** "to"/"from" locate a capital only after a word of motion ("trip to Kyiv", "flew in from Seoul"); otherwise the
 * capital is a party to a transfer or an exchange ("weapons to Kyiv", "a message from Ottawa") and acts. */
const MOTION_RE = /^(?:visit\w*|trip|trips|tour\w*|travel\w*|journey|flew|fly|flies|flying|fled|went|go|goes|going|gone|came|come|comes|coming|return\w*|head\w*|move\w*|moved|arriv\w*|depart\w*|drove|driven|sailed|way|road|route|flight|flights|relocat\w*|transfer(?:red)?|deport\w*|expelled|evacuat\w*|back|stop|stops|stopover|leg|miles|km|kilometres|kilometers)$/;
const LOC_PREP = new Set(['in', 'to', 'at', 'from', 'into', 'near', 'visit', 'visited', 'visiting', 'visits', 'outside', 'across', 'around', 'via', 'toward', 'towards', 'reach', 'reached', 'arrive', 'arrived', 'left', 'leave', 'through', 'toured', 'touring', 'tour', 'tours']);
/** Bodies that exist in every state: their country must come from context. */
const NATIONAL_HEAD = /\b(?:Ministry|Department|Embassy|Consulate|Parliament|Cabinet|Government|Defense|Defence|Foreign|Office of the President|Presidency|Armed Forces|Army|Navy|Air Force|Police|Central Bank|Supreme Court)\b/;
/** Titles that name a state office: without an affiliation they belong to the article's home country. */
const STATE_TITLE = /\b(?:president|premier|prime minister|minister|secretary|chancellor|ambassador|diplomat|vice president|state councilor|king|queen)\b/i;

/** Documents a body issues: "the statement said" is the body speaking. */
export const DOC_HEADS = new Set(['statement', 'announcement', 'declaration', 'communique', 'readout']);
/** Titles of a head of state or government: what "the X leader" refers to. */
const LEADER_TITLE = /\b(?:president|prime minister|premier|chancellor|king|queen|emperor|leader)$/;
/** Capitals that, when they act, stand for an international body rather than their country. */
const SEAT_OF: Record<string, string> = { Brussels: 'European Union' };
/** Lower-case nouns after a name that make it a region ("North Kivu province"). */
const PLACE_NOUNS = new Set(['province', 'region', 'city', 'district', 'county', 'prefecture', 'oblast', 'governorate', 'state', 'island', 'port', 'town', 'village']);
const PLACE_PREP = new Set(['in', 'to', 'at', 'near', 'around', 'outside', 'toward', 'towards', 'into', 'visit', 'visited', 'visiting', 'visits']);

export function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
}

/** Normalised key of an organisation core: "Ministry of Foreign Affairs" == "Foreign Ministry". */
export function orgCoreKey(core: string): string {
  let c = core.replace(/^the\s+/i, '');
  const m = /^(Ministry|Department) of (?:the )?(.+)$/.exec(c);
  if (m && !/ of /.test(m[2]!)) c = `${m[2]} ${m[1]}`;
  c = c.replace(/\bForeign Affairs (Ministry|Department)\b/, 'Foreign $1').replace(/\bDefence\b/, 'Defense');
  return foldKey(c);
}

function expandAcronyms(name: string): string {
  const gaz = getGazetteer();
  return name.replace(/\b[A-Z]{2,6}\b/g, (a) => {
    const g = gaz.byKey.get(foldKey(a));
    return g && g.kind === 'org' ? g.name : a;
  });
}

const countryPrefix = (country: string): string =>
  country === 'United States' ? 'US' : country === 'United Kingdom' ? 'UK' : getGazetteer().demonymOf.get(country) ?? country;

export function resolveArticle(text: string, an: Analysis, mr: MentionResult, datelinePlace: string | null): Resolved {
  const toks = an.tokens;
  const mentions = mr.mentions.slice();
  mentions.sort((x, y) => x.s - y.s || y.e - x.e);
  const gaz = getGazetteer();

  // Home country: the dateline's capital, else the most mentioned country.
  let homeCountry: string | null = null;
  if (datelinePlace) {
    const g = gaz.byKey.get(foldKey(datelinePlace));
    homeCountry = g?.kind === 'capital' ? g.country! : g?.type === 'Country' ? g.name : null;
  }
  if (!homeCountry) {
    const counts = new Map<string, number>();
    for (const m of mentions) {
      const c = m.type === 'Country' ? m.country ?? m.name : m.type === 'Organization' ? m.country : undefined;
      if (c) counts.set(c, (counts.get(c) ?? 0) + (m.type === 'Organization' ? 3 : 1));
    }
    let best = 0;
    for (const [c, n] of counts) if (n > best) { best = n; homeCountry = c; }
  }

  // Capitals: a place when located ("in Beijing"), the country when it acts.
  const locatedEnd = new Map<number, boolean>();
  for (const m of mentions) {
    if (m.kind !== 'capital') continue;
    const prev = toks[m.t0 - 1]?.l ?? '';
    const next = toks[m.t1];
    let motion = true;
    if (prev === 'to' || prev === 'from') {
      motion = false;
      for (let q = m.t0 - 2; q >= Math.max(0, m.t0 - 9) && !motion; q--) {
        if (/^[.;:"“”]$/.test(toks[q]!.v)) break;
        motion = MOTION_RE.test(toks[q]!.l);
      }
    }
    // "toured Kyiv, Warsaw and Paris": a capital listed after a located one is located too
    const listed = (prev === ',' || prev === 'and') && locatedEnd.has(m.t0 - 1);
    const located = (LOC_PREP.has(prev) && motion) || (next?.v === ',' && gaz.byKey.get(foldKey(toks[m.t1 + 1]?.v ?? ''))?.type === 'Country')
      || prev === 'of' || listed;
    if (located) locatedEnd.set(m.t1, true);
    if (!located) {
      // a seat of an international body stands for the body ("Brussels" for the EU)
      const body = SEAT_OF[m.name];
      if (body) { m.type = 'Organization'; m.kind = 'name'; m.name = body; delete m.country; continue; }
      m.type = 'Country'; m.name = m.country!;
    }
  }

  // National bodies named without their country: take it from a sibling mention, else the home country.
  const coreCountry = new Map<string, string>();
  for (const m of mentions) if (m.type === 'Organization' && m.kind === 'name' && m.country) coreCountry.set(orgCoreKey(m.name), m.country);
  for (const m of mentions) {
    if (m.type !== 'Organization' || m.kind !== 'name' || m.country) continue;
    if (gaz.byKey.get(foldKey(m.name))?.kind === 'org') continue;
    if (!NATIONAL_HEAD.test(m.name) || / of (?!the )[A-Z]/.test(m.name.replace(/^(Ministry|Department) of/, ''))) continue;
    // "China's Foreign Ministry"
    const poss = toks[m.t0 - 1]?.v === "'s" || toks[m.t0 - 1]?.v === '’s' ? mentions.find((x) => x.t1 === m.t0 - 1 && x.type === 'Country') : undefined;
    const c = poss ? poss.country ?? poss.name : coreCountry.get(orgCoreKey(m.name)) ?? homeCountry;
    if (c) m.country = c;
  }

  // Name candidates: surnames of persons named in full, acronyms of named bodies, people who speak.
  const persons = mentions.filter((m) => m.type === 'Person' && m.kind === 'name');
  const fullNames = persons.filter((m) => m.name.includes(' '));
  const orgs = mentions.filter((m) => m.type === 'Organization' && m.kind === 'name');
  const isCueAt = (k: number): boolean => {
    for (let q = k; q < Math.min(k + 3, toks.length); q++) {
      if (isCueLemma(cueLemma(toks[q]!.lemma, toks[q]!.l))) return true;
      if (!/^(also|further|then|again|later|has|have|had|was|is|on|,)$/.test(toks[q]!.l)) return false;
    }
    return false;
  };
  const acronymOf = new Map<string, Mention>();
  for (const c of mr.candidates) {
    const words = c.text.split(/\s+/);
    if (words.length === 1 && /^[A-Z][A-Z0-9]{1,7}$/.test(c.text)) {
      // "China's Ministry of Commerce (MOFCOM)": an acronym in brackets right after a body names that body
      const bracketed = toks[c.t0 - 1]?.v === '(' ? orgs.find((o) => o.t1 === c.t0 - 1) : acronymOf.get(c.text);
      if (bracketed) acronymOf.set(c.text, bracketed);
      const org = bracketed ?? orgs.find((o) => initials(o.name) === c.text || initials(expandAcronyms(o.name)) === c.text);
      if (org) mentions.push({ ...c, type: 'Organization', kind: 'name', name: org.name, alias: true, ...(org.country ? { country: org.country } : {}) });
      // an unknown acronym in running text names a body ("MONUSCO", "the M23", "KCNA")
      else if (!ACRONYM_STOP.has(c.text) && !/^(?:[IVX]+|COP\d+|[A-Z]\d)$/.test(c.text)) mentions.push({ ...c, type: 'Organization', kind: 'name', name: c.text, alias: true });
      continue;
    }
    // a surname, or a two-word surname of a longer name ("López Obrador")
    const full = fullNames.find((p) => { const w = p.name.split(' '); return p.name === c.text || (words.length === 1 && (w[0] === c.text || w[w.length - 1] === c.text)) || (words.length === 2 && w.length >= 3 && w.slice(-2).join(' ') === c.text); });
    if (full) { mentions.push({ ...c, type: 'Person', kind: 'name', name: c.text, alias: true }); continue; }
    const pos = toks.slice(c.t0, c.t1).every((t: Token) => t.pos === 'PROPN');
    const unknown = !gaz.byKey.has(foldKey(c.text));
    if (!unknown) continue;
    if (words.some((w) => NON_NAME_HEADS.has(w))) continue;
    const prev = toks[c.t0 - 1]?.l ?? '';
    // "North Kivu province", "around Goma", "travel to Perth": a place
    if (PLACE_NOUNS.has(toks[c.t1]?.l ?? '') || (PLACE_PREP.has(prev) && words.length <= 2 && !isCueAt(c.t1) && !/^[A-Z]\.$/.test(words[0]!))) {
      mentions.push({ ...c, type: 'Place', kind: 'name', name: c.text, alias: true });
      continue;
    }
    if (words.length > 4 || !pos) continue;
    // a plural noun of people opening a sentence is no name ("Observers said ...")
    if (words.length === 1 && SPEAKER_GROUPS.test(c.text)) continue;
    // "the special envoy for X affairs, Li Hui, said": a name set off after a title phrase
    let afterTitle: { title: string; affil?: Mention } | null = null;
    if (words.length >= 2 && toks[c.t0 - 1]?.v === ',' && toks[c.t1]?.v === ',') {
      for (let ts = Math.max(0, c.t0 - 8); ts < c.t0 - 1 && !afterTitle; ts++) {
        if (!titleAt(toks, ts, c.t0 - 1) || toks.slice(ts, c.t0 - 1).some((x) => /^[.;:"“”,]$/.test(x.v))) continue;
        // "China's special envoy for X affairs, NAME,": the possessor is the affiliation
        const affil = /^['’]s$/.test(toks[ts - 1]?.v ?? '') ? mentions.find((o) => o.t1 === ts - 1 && (o.type === 'Country' || o.type === 'Organization') && o.kind !== 'desc') : undefined;
        afterTitle = { title: text.slice(toks[ts]!.s, toks[c.t0 - 2]!.e).toLowerCase(), ...(affil ? { affil } : {}) };
      }
    }
    // a person: followed by a reporting verb, an apposition (", the sister of"), or after a weak title ("leader Kim")
    const apposition = toks[c.t1]?.v === ',' && ['a', 'an', 'the'].includes(toks[c.t1 + 1]?.l ?? '');
    const weakTitle = WEAK_TITLES.has(prev) || TITLE_MODIFIERS.has(prev) || (prev !== '' && titleAt(toks, c.t0 - 1, c.t0) === 1);
    if (afterTitle) {
      mentions.push({ ...c, type: 'Person', kind: 'name', name: c.text, alias: true, title: afterTitle.title, ...(afterTitle.affil ? { affil: afterTitle.affil } : {}) });
    } else if ((isCueAt(c.t1) && (words.length >= 2 || toks[c.t0 - 1]?.v !== '.')) || (words.length >= 2 && (apposition || weakTitle))) {
      mentions.push({ ...c, type: 'Person', kind: 'name', name: c.text, alias: true });
    }
  }
  mentions.sort((x, y) => x.s - y.s || y.e - x.e);

  // Group into entities.
  const entities: ArticleEntity[] = [];
  const byKey = new Map<string, number>();
  const entOf = new Array<number>(mentions.length).fill(-1);
  const add = (key: string, type: EntityType, name: string, id: string): number => {
    let ix = byKey.get(key);
    if (ix === undefined) {
      ix = entities.length;
      entities.push({ id, type, name, aliases: new Set(), mentions: [], titles: new Set() });
      byKey.set(key, ix);
    }
    return ix;
  };
  // full-name persons first, so surnames can join them
  const personKey = new Map<string, number>();
  // a two-word name that ends a longer one ("López Obrador" of "Andrés Manuel López Obrador") is that person
  const longSuffix = new Map<string, string>();
  for (const m of mentions) {
    const w = m.type === 'Person' && m.kind === 'name' ? m.name.split(' ') : [];
    if (w.length >= 3) longSuffix.set(w.slice(-2).join(' '), m.name);
  }
  mentions.forEach((m, i) => {
    if (m.type !== 'Person' || m.kind !== 'name' || !m.name.includes(' ')) return;
    const name = longSuffix.get(m.name) ?? m.name;
    const ix = add(`person|${name}`, 'Person', name, entityId('Person', name));
    entOf[i] = ix;
    const w = m.name.split(' ');
    personKey.set(w[0]!, ix);
    personKey.set(w[w.length - 1]!, ix);
    if (w.length >= 3) personKey.set(w.slice(-2).join(' '), ix);
  });
  mentions.forEach((m, i) => {
    if (entOf[i]! >= 0 || m.kind === 'desc' || m.kind === 'title-only') return;
    let ix: number;
    if (m.type === 'Person') {
      ix = personKey.get(m.name) ?? add(`person|${m.name}`, 'Person', m.name, entityId('Person', m.name));
    } else if (m.type === 'Organization') {
      const expanded = expandAcronyms(m.name);
      const known = gaz.byKey.get(foldKey(m.country && !gaz.byKey.has(foldKey(m.name)) ? m.text : m.name));
      if (known?.kind === 'org') {
        ix = add(`org|${foldKey(known.name)}`, 'Organization', known.name, entityId('Organization', known.name));
      } else if (m.country) {
        const core = m.name;
        ix = add(`org|${m.country}|${orgCoreKey(expanded)}`, 'Organization', `${countryPrefix(m.country)} ${core}`,
          entityId('Organization', `${core} of ${m.country}`));
        entities[ix]!.country = m.country;
      } else {
        ix = add(`org|${orgCoreKey(expanded)}`, 'Organization', expanded === m.name ? m.name : expanded, entityId('Organization', expanded));
      }
    } else if (m.type === 'Country') {
      const name = m.country ?? m.name;
      ix = add(`country|${name}`, 'Country', name, entityId('Country', name));
    } else {
      ix = add(`place|${m.name}`, 'Place', m.name, entityId('Place', m.name));
    }
    entOf[i] = ix;
  });
  const indexOf = new Map<Mention, number>();
  mentions.forEach((m, i) => indexOf.set(m, i));
  const entOfM = (m: Mention | undefined): number => (m && indexOf.has(m) ? entOf[indexOf.get(m)!]! : -1);
  // descriptions and unnamed officials
  mentions.forEach((m, i) => {
    if (m.kind === 'desc') entOf[i] = resolveDesc(m, i);
  });
  mentions.forEach((m, i) => {
    if (m.kind === 'title-only') { entOf[i] = titledPerson(m, i) ?? entOfM(m.affil); return; }
    if (m.kind !== 'desc') return;
    entOf[i] = resolveDesc(m, i);
  });
  mentions.forEach((m, i) => {
    // "the Council" with no body of that kind named before: the body itself
    if (m.kind === 'desc' && m.type === 'Organization' && entOf[i]! < 0 && /^[A-Z]/.test(m.text)) {
      entOf[i] = add(`org|${foldKey(m.text)}`, 'Organization', m.text, entityId('Organization', m.text));
    }
  });
  /** "the Kremlin spokesman", "The Japanese leader": a definite description of a person named in the article
   * with that title and affiliation (an indefinite "a MOFCOM spokesperson" stays an unnamed official). */
  function titledPerson(m: Mention, i: number): number | undefined {
    const aff = entOfM(m.affil);
    const det = toks[(m.affil?.t0 ?? m.t0) - 1]?.l;
    if (aff < 0 || det !== 'the' || !m.title) return undefined;
    const fits = (o: Mention): boolean => {
      if (o.type !== 'Person' || o.kind !== 'name' || !o.title || entOfM(o.affil) !== aff) return false;
      const ot = o.title.toLowerCase();
      return titleFits(ot, m.title!) || (m.title === 'leader' && LEADER_TITLE.test(ot));
    };
    for (let q = i - 1; q >= 0; q--) if (entOf[q]! >= 0 && fits(mentions[q]!)) return entOf[q]!;
    for (let q = i + 1; q < mentions.length; q++) if (entOf[q]! >= 0 && fits(mentions[q]!)) return entOf[q]!;
    return undefined;
  }
  function resolveDesc(m: Mention, i: number): number {
    const head = m.title ?? m.name;
    // "The minister said ..." opening a sentence: the person the previous sentence was about, when the title fits
    // (before the nearest person with that title, who may be a counterpart named in passing)
    if (m.type === 'Person' && (m.t0 === an.sentences[m.sent]?.t0 || toks[m.t0 - 1]?.v === '\n')) {
      const prev = subjectPersonOf(m.sent - 1);
      if (prev >= 0 && mentions.some((o, q) => q < i && entOf[q] === prev && o.title && titleFits(o.title, head))) return prev;
    }
    for (let q = i - 1; q >= 0; q--) {
      const e = entOf[q]!;
      const o = mentions[q]!;
      if (e < 0) continue;
      const ent = entities[e]!;
      if (m.type === 'Organization' && ent.type === 'Organization' && o.kind !== 'desc') {
        if (DOC_HEADS.has(head) || head === 'government' || new RegExp(`\\b${head}\\b`, 'i').test(ent.name)) return e;
      }
      if (m.type === 'Person' && ent.type === 'Person' && o.title && titleFits(o.title, head)) return e;
    }
    // "his spokesman said ...": the spokesman may be named only later
    if (m.type === 'Person') {
      for (let q = i + 1; q < mentions.length; q++) {
        const o = mentions[q]!, e = entOf[q]!;
        if (e >= 0 && o.kind === 'name' && entities[e]!.type === 'Person' && o.title && titleFits(o.title, head)) return e;
      }
    }
    return -1;
  }
  /** The person entity that is the grammatical subject of sentence si (its first actor outside a prepositional phrase). */
  function subjectPersonOf(si: number): number {
    if (si < 0) return -1;
    // mentions are sorted by offset, so by sentence: binary search for the sentence's first one
    let lo = 0, hi = mentions.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid]!.sent < si) lo = mid + 1; else hi = mid; }
    for (let q = lo; q < mentions.length && mentions[q]!.sent === si; q++) {
      const o = mentions[q]!;
      if (o.possessive || /^(?:of|with|to|from|by|for|in|on|at|and)$/.test(toks[o.t0 - 1]?.l ?? '')) continue;
      if (o.type === 'Place' || o.kind === 'demonym') continue;
      if (o.affil && o.type === 'Person') return entOf[q]!;
      const e = entOf[q]!;
      if (e < 0) continue;
      // "Ukrainian Foreign Minister X": an affiliation before its titled person is not the subject
      if (mentions.some((p) => p.type === 'Person' && p.affil === o)) continue;
      return entities[e]!.type === 'Person' ? e : -1;
    }
    return -1;
  }
  // aliases, gender, titles
  mentions.forEach((m, i) => {
    const e = entOf[i]!;
    if (e < 0) return;
    const ent = entities[e]!;
    ent.mentions.push(i);
    if (m.alias) ent.aliases.add(m.kind === 'name' && m.type === 'Organization' && m.country ? m.text.replace(/^the\s+/i, '') : m.text.replace(/^The /, 'the '));
    if (m.gender && ent.type === 'Person' && m.kind === 'name') ent.gender = m.gender;
    if (m.title && m.kind === 'name') ent.titles.add(m.title.toLowerCase());
  });
  // roles
  const roles: RoleFact[] = [];
  mentions.forEach((m, i) => {
    const p = entOf[i]!;
    if (m.type !== 'Person' || m.kind !== 'name' || p < 0) return;
    const list: Array<{ title: string; affil: Mention | undefined }> = [];
    if (m.title) list.push({ title: m.title, affil: m.affil });
    for (const r of m.roles ?? []) list.push(r);
    for (const r of list) {
      let a = entOfM(r.affil);
      let inferred = false;
      // "Secretary of State" with no country is the US office; "government spokesman" serves the home country
      if (a < 0 && /\bsecretary of state\b/i.test(r.title)) a = add('country|United States', 'Country', 'United States', entityId('Country', 'United States'));
      if (a < 0 && r.affil?.kind === 'desc' && /^(?:government|administration|cabinet)$/.test(r.affil.name) && homeCountry) {
        a = add(`country|${homeCountry}`, 'Country', homeCountry, entityId('Country', homeCountry));
      }
      // "President X of Mexico": the state named right after the person
      if (a < 0 && toks[m.t1]?.l === 'of') {
        const at = toks[m.t1 + 1]?.l === 'the' ? m.t1 + 2 : m.t1 + 1;
        const q = mentions.findIndex((o) => o.t0 === at && o.type === 'Country' && o.kind !== 'demonym');
        if (q >= 0 && entOf[q]! >= 0) a = entOf[q]!;
      }
      // "Australia imposed ..., Foreign Minister X said": the state that is the subject of the person's sentence
      if (a < 0 && STATE_TITLE.test(r.title)) {
        const q = mentions.findIndex((o) => o.sent === m.sent && o.t0 < m.t0 && o.type === 'Country' && o.kind === 'name' && !o.possessive
          && !/^(?:of|with|to|from|by|for|in|on|at|against|and|than)$/.test(toks[o.t0 - 1]?.l ?? '') && !/^(?:of|with|to|from|by|for|in|on|at|against)$/.test(toks[o.t0 - 2]?.l ?? ''));
        if (q >= 0 && entOf[q]! >= 0 && mentions.every((o, z) => z === q || o.sent !== m.sent || o.t0 >= m.t0 || o.type !== 'Country' || o.kind === 'demonym' || entOf[z] === entOf[q])) a = entOf[q]!;
      }
      if (a < 0 && STATE_TITLE.test(r.title) && homeCountry) {
        a = add(`country|${homeCountry}`, 'Country', homeCountry, entityId('Country', homeCountry));
        inferred = true;
      }
      // a role is held in a body or a state, never in a person or a place ("the spokesman for the secretary-general")
      if (a < 0 || a === p || entities[a]!.type === 'Person' || entities[a]!.type === 'Place') continue;
      roles.push({ person: p, title: cleanTitle(r.title), affil: a, mention: i, inferred });
    }
  });
  return { mentions, entities, entOf, roles, homeCountry };
}

function titleFits(title: string, head: string): boolean {
  const ot = title.toLowerCase();
  if (ot === head || ot.endsWith(` ${head}`) || ot.startsWith(`${head} `) || (/^spokes/.test(head) && /spokes/.test(ot))) return true;
  // "the envoy" for a "special envoy for X"; "the top diplomat" for a foreign minister or secretary of state
  if (/^(?:envoy|ambassador|minister|secretary|president|premier|chancellor)$/.test(head) && new RegExp(`\\b${head}\\b`).test(ot)) return true;
  return /^(?:top|chief|senior) diplomat$/.test(head) && /\b(?:foreign (?:minister|secretary)|secretary of state|minister (?:of|for) foreign affairs)\b/.test(ot);
}

function cleanTitle(t: string): string {
  const s = t.replace(/\s+/g, ' ').trim();
  return /^[a-z]/.test(s) ? s : s;
}
