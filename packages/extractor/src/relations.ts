// Stage 5: relations from verb frames and nominalisations over resolved mentions, plus roles from
// titles/appositions and criticism read off claims. Each relation carries its sentence as evidence
// and negated/hedged flags from the words between subject and object.
import type { RelationPredicate } from '@kg/ontology';
import type { Analysis, Token } from './nlp.js';
import type { Resolved } from './resolve.js';
import type { RawClaim, Unit } from './claims.js';
import { CRITICISM_RE, HEDGE_RE, NEGATION_RE, TITLES, TITLE_MODIFIERS } from './lexicon/index.js';

const TITLE_WORDS = new Set([...TITLES.flatMap((t) => t.split(/[\s-]+/)), ...TITLE_MODIFIERS, 'visiting']);

export interface RawRelation {
  subject: number;
  predicate: RelationPredicate;
  object: number;
  start: number; // sentence offsets
  end: number;
  negated: boolean;
  hedged: boolean;
  title?: string;
}

const PREPS = new Set(['of', 'with', 'from', 'to', 'on', 'in', 'by', 'for', 'against', 'toward', 'towards', 'about', 'at', 'into', 'between', 'among', 'over', 'under', 'than', 'as', 'after', 'before']);
const DET = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'any', 'all', 'such', 'so-called', 'relevant', 'certain', 'visiting', 'upcoming']);

const AMBIGUOUS_NOUNS = new Set(['support', 'back', 'welcome', 'work', 'partner', 'call', 'calls', 'press']);
const VERB_FRAMES: Array<{ re: RegExp; pred: RelationPredicate; prep?: RegExp; nominal?: boolean }> = [
  { re: /^(?:met|meet|meets|meeting)$/, pred: 'MET_WITH' },
  { re: /^(?:talks|talked|discuss|discussed|discusses|discussing|meeting|met|meet|meets|phoned|called|spoke|speaks|speak|conversation|conversations)$/, pred: 'MET_WITH', prep: /^with$/ },
  { re: /^(?:visit|visits|visited|visiting|trip|tour|toured|travel|travels|traveled|travelled)$/, pred: 'VISITED' },
  { re: /^(?:oppose|opposes|opposed|opposing|reject|rejects|rejected|rejecting|refuse|refuses|refused|refusing)$/, pred: 'OPPOSED' },
  { re: /^(?:support|supports|supported|supporting|welcome|welcomes|welcomed|welcoming|back|backs|backed|backing|endorse|endorses|endorsed|praised|praises|praise|hailed|hails)$/, pred: 'SUPPORTED' },
  { re: /^(?:accuse|accuses|accused|accusing|blame|blames|blamed|blaming|condemn|condemns|condemned|condemning|criticize|criticizes|criticized|criticizing|criticise|criticises|criticised|criticising|denounce|denounces|denounced|slammed|slams|slam|rebuked|rebukes|lambasted)$/, pred: 'CRITICIZED' },
  { re: /^(?:cooperate|cooperates|cooperated|cooperating|cooperation|work|works|worked|working|partner|partnered|partnering|collaborate|collaborates|collaborated|collaborating|collaboration|coordinate|coordinates|coordinated|coordinating|coordination)$/, pred: 'COOPERATED_WITH', prep: /^with$/ },
  { re: /^(?:urge|urges|urged|urging|ask|asks|asked|asking|press|pressed|presses|pressing)$/, pred: 'URGED' },
  { re: /^(?:call|calls|called|calling)$/, pred: 'URGED', prep: /^on$/ },
  // "we stand with Ukraine": solidarity is support
  { re: /^(?:stand|stands|stood|standing)$/, pred: 'SUPPORTED', prep: /^(?:with|by)$/ },
  { re: /^(?:arrive|arrives|arrived|arriving)$/, pred: 'VISITED', prep: /^(?:in|at)$/ },
];

export function extractRelations(text: string, an: Analysis, r: Resolved, us: Unit[], claims: RawClaim[]): RawRelation[] {
  const toks = an.tokens;
  const out: RawRelation[] = [];
  const mentionAt = new Map<number, number>(); // t0 -> mention index
  const mentionEnd = new Map<number, number>(); // t1 -> mention index
  r.mentions.forEach((m, i) => {
    if (r.entOf[i]! < 0) return;
    if (!mentionAt.has(m.t0) || r.mentions[mentionAt.get(m.t0)!]!.t1 < m.t1) mentionAt.set(m.t0, i);
    if (!mentionEnd.has(m.t1) || r.mentions[mentionEnd.get(m.t1)!]!.t0 > m.t0) mentionEnd.set(m.t1, i);
  });
  const personOfAffil = new Map<object, number>();
  r.mentions.forEach((p, j) => { if (p.type === 'Person' && p.kind === 'name' && p.affil && r.entOf[j]! >= 0 && p.t0 <= p.affil.t1 + 4) personOfAffil.set(p.affil, j); });
  const ent = (i: number) => r.entities[r.entOf[i]!]!;
  const isActor = (i: number) => { const m = r.mentions[i]!; return m.kind !== 'demonym' && (ent(i).type !== 'Place'); };

  const claimsByUnit = new Map<number, RawClaim[]>();
  for (const c of claims) { const l = claimsByUnit.get(c.sentStart) ?? []; l.push(c); claimsByUnit.set(c.sentStart, l); }
  let prevPerson = -1; // subject person of the previous sentence ("His visit to Vietnam ...")
  for (const u of us) {
    const uClaims = claimsByUnit.get(u.start) ?? [];
    const claimAt = (k: number): RawClaim | undefined => uClaims.find((c) => k >= c.c0 && k < c.c1) ?? uClaims[0];
    let group: number[] | undefined; // speakers of a pair claim the current frame inherited ("Both leaders urged")
    const emit = (s: number, pred: RelationPredicate, o: number, from: number, to: number, extra: Partial<RawRelation> = {}) => {
      if (s < 0 || o < 0 || s === o) return;
      if (group?.includes(s) && group.length > 1) {
        const g = group;
        group = undefined;
        for (const x of g) emit(x, pred, o, from, to, extra);
        group = g;
        return;
      }
      const window = text.slice(toks[Math.max(u.t0, Math.min(from, to))]!.s, toks[Math.min(u.t1 - 1, Math.max(from, to))]!.e);
      out.push({
        subject: s, predicate: pred, object: o, start: u.start, end: u.end,
        negated: extra.negated ?? NEGATION_RE.test(window), hedged: extra.hedged ?? HEDGE_RE.test(window),
        ...(extra.title ? { title: extra.title } : {}),
      });
    };
    /** Subject of the verb at k: the nearest actor before it that is not inside a prepositional phrase. */
    const subjectBefore = (k: number, exclude = -1): { e: number; t: number } | null => {
      // a verb coordinated with an earlier one ("said China supports X and urged Y", "urged Iran to ... and
      // condemned Z") shares that verb's subject: actors after a verb are its objects, not the subject
      // "and later held talks with": the light verb before a nominal frame is the coordinated verb
      const light = /^(?:held|had|holds|hold)$/.test(toks[k - 1]?.l ?? '') ? k - 1 : k;
      let kq = light - 1;
      while (kq > u.t0 && /^(?:also|further|then|later|strongly|firmly)$/.test(toks[kq]!.l)) kq--;
      const coordinated = (toks[k]?.pos === 'VERB' || light < k) && ['and', 'but'].includes(toks[kq]?.l ?? '');
      for (let q = k - 1; q >= u.t0; q--) {
        const w = toks[q]!;
        if (['he', 'she', 'we', 'i', 'it', 'they'].includes(w.l)) {
          const c = claimAt(q);
          // "he"/"she" is a person: not a body that reports about him ("He met X, according to the ministry")
          const personal = w.l === 'he' || w.l === 'she';
          if (c && (w.l === 'we' || w.l === 'i' || q < c.c1) && !(personal && r.entities[c.speaker]!.type !== 'Person')) {
            if (c.speaker !== exclude) return { e: weCountry(c.speaker, w.l), t: q };
          } else if (personal && (!c || r.entities[c.speaker]!.type !== 'Person')) {
            const who = personSubject(q) ?? prevPerson;
            if (who >= 0 && who !== exclude) return { e: who, t: q };
          }
          continue;
        }
        const mi = mentionEnd.get(q + 1);
        if (mi === undefined) continue;
        const m = r.mentions[mi]!;
        if (!isActor(mi) || r.entOf[mi] === exclude) { q = m.t0; continue; }
        const pre = toks[m.t0 - 1]?.l ?? '';
        const pre2 = toks[m.t0 - 2]?.l ?? '';
        if (m.possessive || PREPS.has(pre) || (DET.has(pre) && PREPS.has(pre2))) { q = m.t0; continue; }
        if (coordinated) {
          // the object of the first verb, titles and affiliation included ("met Ukrainian Foreign Minister X")
          let st = m.t0;
          for (let n = 0; st - 1 > u.t0 && n < 6 && (TITLE_WORDS.has(toks[st - 1]!.l) || /^[A-Z]/.test(toks[st - 1]!.v)); n++) st--;
          const v0 = toks[st - 1];
          if (st < m.t0 && v0 && (v0.pos === 'VERB' || v0.pos === 'AUX') && st > u.t0 + 1) { q = st; continue; }
          const v = toks[m.t0 - 1 - (DET.has(pre) ? 1 : 0)];
          if (v && (v.pos === 'VERB' || v.pos === 'AUX') && m.t0 > u.t0 + 1) { q = m.t0; continue; }
        }
        return { e: r.entOf[mi]!, t: m.t0 };
      }
      return null;
    };
    const weCountry = (speaker: number, w: string) => {
      if (w !== 'we') return speaker;
      const role = r.roles.find((x) => x.person === speaker);
      const aff = role ? r.entities[role.affil]! : undefined;
      if (aff?.type === 'Country') return role!.affil;
      if (aff?.country) return r.entities.findIndex((e) => e.type === 'Country' && e.name === aff.country);
      return speaker;
    };
    /** First actor after k (skipping determiners and a few adjectives). */
    const objectAfter = (k: number, maxGap = 3, places = true): { e: number; t: number; i: number } | null => {
      for (let q = k, n = 0; q < u.t1 && n <= maxGap; q++, n++) {
        const mi = mentionAt.get(q);
        if (mi !== undefined) {
          const m = r.mentions[mi]!;
          // an affiliation before a titled person: "US Secretary of State Antony Blinken" -> the person
          const person = personOfAffil.get(m) ?? -1;
          if (person >= 0) return { e: r.entOf[person]!, t: r.mentions[person]!.t1, i: person };
          if (m.kind === 'demonym') { q = m.t1 - 1; continue; }
          if (!places && ent(mi).type === 'Place') return null;
          return { e: r.entOf[mi]!, t: m.t1, i: mi };
        }
        const w = toks[q]!;
        if (/^[,.;:"“”]$/.test(w.v)) return null;
        if (TITLE_WORDS.has(w.l)) n--; // titles do not count toward the gap
      }
      return null;
    };

    for (let k = u.t0; k < u.t1; k++) {
      const t = toks[k]!;
      for (const f of VERB_FRAMES) {
        if (!f.re.test(t.l)) continue;
        // "X and (his counterpart) Y met", "X and visiting Y held talks", "X and Y will discuss": a coordinated subject
        if (f.pred === 'MET_WITH' && /^(?:met|meet|talks|discuss|discussed)$/.test(t.l) && toks[k + 1]?.l !== 'with' && t.pos === 'VERB' || (t.l === 'talks' && toks[k - 1]?.l === 'held' && toks[k + 1]?.l !== 'with')) {
          group = undefined;
          const pair = coordinatedPair(k);
          if (pair) { emit(pair[0], 'MET_WITH', pair[1], pair[2], k); meetingPlace([pair[0], pair[1]], k + 1, k); break; }
        }
        let q = k + 1;
        if (f.prep && /ly$/.test(toks[q]?.l ?? '') && toks[q]!.pos === 'ADV') q++; // "cooperate closely with"
        if (f.prep && /^(?:today|yesterday|again|separately|briefly)$/.test(toks[q]?.l ?? '')) q++; // "spoke today with"
        if (f.prep && toks[q]?.l === 'by' && /^(?:phone|telephone|video|videolink)$/.test(toks[q + 1]?.l ?? '')) q += 2; // "spoke by phone with"
        if (f.prep) { if (!f.prep.test(toks[q]?.l ?? '')) continue; q++; }
        // nouns that are also verbs ("support for", "a visit") count as verbs only when tagged so
        if (AMBIGUOUS_NOUNS.has(t.l) && t.pos !== 'VERB') continue;
        const pred = f.pred;
        group = undefined;
        // "X and Y accused each other": both directions
        if (toks[q]?.l === 'each' && toks[q + 1]?.l === 'other' && pred !== 'VISITED') {
          const b2 = subjectBefore(k);
          const a2 = b2 && toks[b2.t - 1]?.l === 'and' ? mentionEnd.get(b2.t - 1) : undefined;
          if (b2 && a2 !== undefined && isActor(a2)) { emit(r.entOf[a2]!, pred, b2.e, b2.t, k); emit(b2.e, pred, r.entOf[a2]!, b2.t, k); }
          continue;
        }
        // "his visit to", "Seoul's cooperation with": the possessor is the subject of a nominal frame
        const poss = possessorBefore(k);
        if (pred === 'VISITED') {
          if (toks[q]?.l === 'to') q++;
          if (t.l === 'visiting') {
            // "meeting with visiting X in Beijing": X visited the place
            const person = objectAfter(q, 2, false);
            if (person && toks[person.t]?.l === 'in') {
              const place = objectAfter(person.t + 1, 1);
              if (place && ['Place', 'Country'].includes(r.entities[place.e]!.type)) emit(person.e, 'VISITED', place.e, k, place.t);
            }
            if (person) continue;
          }
          // "the visit of X to Y"
          if (toks[q]?.l === 'of') {
            const who = objectAfter(q + 1, 2, false);
            if (who && r.entities[who.e]!.type === 'Person' && toks[who.t]?.l === 'to') {
              const where = objectAfter(who.t + 1, 2);
              if (where && ['Place', 'Country'].includes(r.entities[where.e]!.type)) emit(who.e, pred, where.e, k, where.t);
            }
            continue;
          }
          const o = objectAfter(q, 2);
          if (!o || !['Place', 'Country'].includes(r.entities[o.e]!.type)) continue;
          const s = poss ?? subjectBefore(k, o.e);
          if (s) emit(s.e, pred, o.e, s.t, k);
          // "toured A, B and C"
          let last = o;
          while (s && (toks[last.t]?.v === ',' || toks[last.t]?.l === 'and')) {
            const nx = objectAfter(last.t + 1, 1);
            if (!nx || !['Place', 'Country'].includes(r.entities[nx.e]!.type)) break;
            emit(s.e, pred, nx.e, s.t, k);
            last = nx;
          }
          continue;
        }
        if (pred === 'MET_WITH' && /^(?:met|meet|meets)$/.test(t.l) && toks[q]?.l === 'with') q++;
        if (pred === 'MET_WITH' && t.l === 'meeting' && toks[q]?.l === 'between') {
          const a = objectAfter(q + 1, 2, false);
          if (a && toks[a.t]?.l === 'and') { const b = objectAfter(a.t + 1, 2, false); if (b) emit(a.e, pred, b.e, k, b.t); }
          continue;
        }
        if (pred === 'MET_WITH' && t.l === 'meeting' && !f.prep) continue;
        if (pred === 'URGED') {
          const o = objectAfter(q, 2, false);
          if (!o) continue;
          const objs = [o];
          while (toks[objs[objs.length - 1]!.t]?.l === 'and' || toks[objs[objs.length - 1]!.t]?.v === ',') { // "urged Rwanda and the DRC to"
            const nx = objectAfter(objs[objs.length - 1]!.t + 1, 2, false);
            if (!nx) break;
            objs.push(nx);
          }
          const end = objs[objs.length - 1]!.t;
          if (!(toks[end]?.l === 'to' || (toks[end]?.l === 'not' && toks[end + 1]?.l === 'to'))) continue;
          const s = subjectBefore(k, o.e) ?? inheritedSpeaker(k);
          if (s) for (const x of objs) emit(s.e, pred, x.e, s.t, k, { negated: false });
          continue;
        }
        if (pred === 'SUPPORTED' || pred === 'OPPOSED') {
          // "welcomed a decision by the World Health Assembly", "refusing Taiwan's participation"
          let o = objectAfter(q, 2);
          if (!o && pred === 'SUPPORTED') {
            for (let z = q; z < Math.min(u.t1, q + 5); z++) if (toks[z]!.l === 'by') { o = objectAfter(z + 1, 1); break; }
          }
          if (!o) continue;
          const s = subjectBefore(k, o.e) ?? inheritedSpeaker(k);
          if (s) emit(s.e, pred, o.e, s.t, k);
          continue;
        }
        const o = objectAfter(q, pred === 'COOPERATED_WITH' || pred === 'MET_WITH' ? 2 : 2, pred !== 'MET_WITH' ? pred !== 'CRITICIZED' : false);
        if (!o) continue;
        if (r.entities[o.e]!.type === 'Place') continue;
        const s = poss ?? subjectBefore(k, o.e) ?? inheritedSpeaker(k);
        if (s) emit(s.e, pred, o.e, s.t, k);
        if (s && pred === 'MET_WITH') meetingPlace([s.e, o.e], o.t, k);
        // "accused Washington and Seoul", "cooperate with Australia and the United States"
        let last = o;
        while (s && toks[last.t]?.l === 'and') {
          const nx = objectAfter(last.t + 1, 2, false);
          if (!nx || r.entities[nx.e]!.type === 'Place') break;
          emit(s.e, pred, nx.e, s.t, k);
          last = nx;
        }
      }
      // "expressed (deep) concern over X's launches", "voiced concern over cooperation between X and Y": a criticism
      if ((t.l === 'concern' || t.l === 'concerns') && ['over', 'about', 'at'].includes(toks[k + 1]?.l ?? '')) {
        let v = k - 1;
        while (v > u.t0 && /^(?:deep|grave|serious|strong|great|growing|its|their|his|her)$/.test(toks[v]!.l)) v--;
        if (/^(?:express\w*|voic\w*|rais\w*|reiterat\w*)$/.test(toks[v]!.l)) {
          group = undefined;
          const s = subjectBefore(v) ?? inheritedSpeaker(v);
          let between = false;
          for (let q = k + 2, n = 0; s && q < u.t1 && n < 8; q++, n++) {
            if (/^[,.;:"“”]$/.test(toks[q]!.v)) break;
            if (toks[q]!.l === 'between') between = true;
            const mi = mentionAt.get(q);
            if (mi === undefined || !isActor(mi)) continue;
            // the actor whose act is the concern: "X's launches", "between X and Y", "by X"
            if (r.mentions[mi]!.possessive || between || toks[q - 1]?.l === 'by') emit(s.e, 'CRITICIZED', r.entOf[mi]!, s.t, k);
            q = r.mentions[mi]!.t1 - 1;
          }
        }
      }
      // noun-phrase stances: "China's support for Russia", "pledged long-term support for Ukraine", "opposition to X"
      if ((t.l === 'support' || t.l === 'opposition') && t.pos !== 'VERB' && ['for', 'to'].includes(toks[k + 1]?.l ?? '')) {
        const o = objectAfter(k + 2, 2);
        if (o && r.entities[o.e]!.type !== 'Place') {
          group = undefined;
          let s = possessorBefore(k);
          if (!s) {
            // the subject of a stance verb governing the noun: "pledged (firm) support for", "voiced support for"
            for (let q = k - 1; q >= Math.max(u.t0, k - 4) && !s; q--) {
              if (/^(?:pledg\w*|voic\w*|express\w*|reiterat\w*|reaffirm\w*|offer\w*|declar\w*|show\w*|announc\w*|promis\w*|stress\w*|underlin\w*)$/.test(toks[q]!.l)) {
                s = subjectBefore(q, o.e) ?? inheritedSpeaker(q);
                break;
              }
              if (toks[q]!.pos === 'VERB' || /^[,.;:]$/.test(toks[q]!.v)) break;
            }
          }
          if (s) emit(s.e, t.l === 'support' ? 'SUPPORTED' : 'OPPOSED', o.e, s.t, k);
        }
      }
      // sanctions: "imposes sanctions on X", "lift sanctions against X", "U.S. sanctions on X", "restrictive measures against X"
      const restrictive = t.l === 'measures' && toks[k - 1]?.l === 'restrictive';
      if (t.l === 'sanctions' || t.l === 'sanction' || t.l === 'sanctioned' || t.l === 'sanctioning' || restrictive) {
        let q = k + 1;
        if (t.l === 'sanctions' || t.l === 'sanction' || restrictive) { if (!['on', 'against'].includes(toks[q]?.l ?? '')) continue; q++; }
        let o = objectAfter(q, t.l === 'sanctioned' ? 4 : 2, false);
        // "sanctioned 13 individuals and entities, including X"
        if (!o && t.l === 'sanctioned') {
          for (let z = q; z < Math.min(u.t1, q + 20) && !/^[.;]$/.test(toks[z]!.v); z++) if (toks[z]!.l === 'including') { o = objectAfter(z + 1, 3, false); break; }
        }
        if (!o) continue;
        // the agent: a nominal modifier ("U.S. sanctions"), the urged party ("urged X to lift"), the subject
        let s: { e: number; t: number } | null = null;
        let z = k - 1;
        while (z > u.t0 && /^(?:illegal|unilateral|new|fresh|further|economic|restrictive|and|,|its|the|any|all|such|those|these)$/.test(toks[z]!.l)) z--;
        const mod = mentionEnd.get(z + 1);
        if (mod !== undefined && isActor(mod)) s = { e: r.entOf[mod]!, t: r.mentions[mod]!.t0 };
        // "sanctions against X adopted by Y"
        if (!s && /^(?:adopted|imposed|announced|approved|agreed)$/.test(toks[o.t]?.l ?? '') && toks[o.t + 1]?.l === 'by') {
          const ag = objectAfter(o.t + 2, 1, false);
          if (ag) s = { e: ag.e, t: ag.t };
        }
        if (!s) s = urgedBefore(k);
        if (!s) s = administrationOf(k);
        const lifting = /\b(?:lift\w*|remov\w*|eas\w*|roll\w* back)\b/i.test(text.slice(toks[Math.max(u.t0, k - 5)]!.s, t.s));
        // "calls to ease sanctions against X": the clause subject is not the sanctioning party
        if (!s && !lifting) s = subjectBefore(k, o.e);
        if (s) emit(s.e, 'SANCTIONED', o.e, s.t, k, lifting ? { hedged: false, negated: false } : {});
      }
    }

    /** "A met B in <capital>": whoever holds a role in another state travelled there. */
    function meetingPlace(who: number[], at: number, k: number): void {
      if (toks[at]?.l !== 'in') return;
      const pi = mentionAt.get(at + 1);
      if (pi === undefined) return;
      const pm = r.mentions[pi]!;
      if (pm.kind !== 'capital' || ent(pi).type !== 'Place' || !pm.country) return;
      for (const e of who) {
        const role = r.roles.find((x) => x.person === e && !x.inferred);
        if (!role) continue;
        const aff = r.entities[role.affil]!;
        const home = aff.type === 'Country' ? aff.name : aff.country;
        if (home && home !== pm.country) emit(e, 'VISITED', r.entOf[pi]!, k, pm.t1);
      }
    }
    /** The two actors of a subject "A and (his Iranian counterpart) B" before the verb at k: [A, B, start]. */
    function coordinatedPair(k: number): [number, number, number] | null {
      const b = subjectBefore(k);
      if (!b) return null;
      let q = b.t - 1;
      for (let n = 0; q > u.t0 && n < 6 && toks[q]!.l !== 'and'; n++) {
        const dm = mentionEnd.get(q + 1);
        if (dm !== undefined && r.mentions[dm]!.kind === 'demonym') { q = r.mentions[dm]!.t0 - 1; continue; }
        if (!(TITLE_WORDS.has(toks[q]!.l) || DET.has(toks[q]!.l))) return null;
        q--;
      }
      if (toks[q]?.l !== 'and') return null;
      const a = mentionEnd.get(q);
      if (a === undefined || !isActor(a) || r.mentions[a]!.possessive) return null;
      const ea = r.entOf[a]!;
      const ta = r.entities[ea]!.type, tb = r.entities[b.e]!.type;
      if (ea === b.e || ta !== 'Person' || tb !== 'Person') return null; // states "discussing" a topic in reported speech are not a meeting
      const pa = toks[r.mentions[a]!.t0 - 1]?.l ?? '';
      if (PREPS.has(pa)) return null;
      return [ea, b.e, r.mentions[a]!.t0];
    }
    /** "X's (upcoming) visit to", "the secretary of state's trip to" */
    function possessorBefore(k: number): { e: number; t: number } | null {
      let q = k - 1;
      while (q > u.t0 && /^(?:upcoming|planned|first|official|state|recent|latest|two-day|three-day|historic|potential|military|economic|political|financial|growing|continued|long-term|strong|close|closer|unwavering|full|firm|phone|telephone)$/.test(toks[q]!.l)) q--;
      if (toks[q]?.v === "'s" || toks[q]?.v === '’s' || toks[q]?.v === "'") {
        const mi = mentionEnd.get(q);
        if (mi !== undefined && isActor(mi)) return { e: r.entOf[mi]!, t: r.mentions[mi]!.t0 };
      }
      // "his visit to", "her talks with": the person the sentence is about
      if ((toks[q]?.l === 'his' || toks[q]?.l === 'her') && !/^(?:support|opposition)$/.test(toks[k]!.l)) {
        const who = personSubject(q) ?? prevPerson;
        if (who >= 0) return { e: who, t: q };
      }
      if (toks[q]?.l === 'by') { const o = objectAfter(k + 1, 0); void o; }
      return null;
    }
    /** The person a possessive pronoun at q refers to: the subject of its sentence (before it, else after it). */
    function personSubject(q: number): number | null {
      const isPerson = (mi: number) => r.entOf[mi]! >= 0 && ent(mi).type === 'Person' && !r.mentions[mi]!.possessive;
      for (let z = u.t0; z < q; z++) {
        const mi = mentionAt.get(z);
        if (mi === undefined) continue;
        const pre = toks[z - 1]?.l ?? '';
        if (isPerson(mi) && !PREPS.has(pre) && !(toks[z - 1]?.pos === 'VERB')) return r.entOf[mi]!;
        z = r.mentions[mi]!.t1 - 1;
      }
      if (toks[u.t0]!.l.endsWith('ing')) { // "Speaking during his visit to X, Marcos said"
        for (let z = q; z < u.t1; z++) { const mi = mentionAt.get(z); if (mi !== undefined && isPerson(mi)) return r.entOf[mi]!; }
      }
      return null;
    }
    /** In "urged X to ... lift sanctions", the urged party is the agent. */
    function urgedBefore(k: number): { e: number; t: number } | null {
      for (let q = k - 1; q >= u.t0; q--) {
        if (/^(?:urge|urges|urged|urging|asked|ask|asks|asking|called)$/.test(toks[q]!.l)) {
          const o = objectAfter(q + 1 + (toks[q + 1]?.l === 'on' ? 1 : 0), 2, false);
          return o ? { e: o.e, t: o.t } : null;
        }
      }
      return null;
    }
    /** "his administration": the country the person serves. */
    function administrationOf(k: number): { e: number; t: number } | null {
      for (let q = k - 1; q > u.t0; q--) {
        if (/^(?:administration|government)$/.test(toks[q]!.l) && /^(?:his|her)$/.test(toks[q - 1]!.l)) {
          const c = claimAt(q);
          const who = c?.speaker;
          if (who === undefined) return null;
          const role = r.roles.find((x) => x.person === who && r.entities[x.affil]!.type === 'Country');
          return role ? { e: role.affil, t: q } : null;
        }
      }
      return null;
    }
    function inheritedSpeaker(k: number): { e: number; t: number } | null {
      const c = uClaims.find((x) => x.c0 > k - 3 && x.c0 <= k + 3) ?? uClaims.find((x) => k >= x.c0 && k < x.c1);
      if (c?.group) group = c.group;
      return c ? { e: c.speaker, t: k } : null;
    }
    const ps = personSubject(u.t1);
    if (ps !== null) prevPerson = ps;
  }

  // criticism read off claims: a claim blaming an actor other than the speaker and the speaker's side
  /** Index of the first mention starting at or after offset x (mentions are sorted by start). */
  const firstAt = (x: number): number => {
    let lo = 0, hi = r.mentions.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (r.mentions[mid]!.s < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const critRe = new RegExp(CRITICISM_RE.source, 'gi');
  for (const c of claims) {
    const side = new Set<number>([c.speaker]);
    for (const role of r.roles) if (role.person === c.speaker) { side.add(role.affil); const a = r.entities[role.affil]!; if (a.country) side.add(r.entities.findIndex((e) => e.type === 'Country' && e.name === a.country)); }
    const sp = r.entities[c.speaker]!;
    if (sp.country) side.add(r.entities.findIndex((e) => e.type === 'Country' && e.name === sp.country));
    const re = critRe;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(c.text))) {
      const at = c.start + m.index;
      let target = -1;
      let best = -1;
      const from = firstAt(c.start);
      r.mentions.slice(from).forEach((mm, i0) => {
        const i = i0 + from;
        const e = r.entOf[i]!;
        if (e < 0 || mm.s < c.start || mm.e > at || side.has(e) || mm.kind === 'demonym') return;
        if (!['Country', 'Organization', 'Person'].includes(r.entities[e]!.type)) return;
        if (mm.s > best) { best = mm.s; target = e; }
      });
      if (target < 0) {
        r.mentions.slice(firstAt(at)).forEach((mm, i0) => {
          const i = i0 + firstAt(at);
          const e = r.entOf[i]!;
          if (target >= 0 || e < 0 || mm.s < at || mm.e > c.end || side.has(e) || mm.kind === 'demonym') return;
          if (PREPS.has(toks[mm.t0 - 1]?.l ?? '') || PREPS.has(toks[mm.t0 - 2]?.l ?? '')) return;
          if (['Country', 'Organization'].includes(r.entities[e]!.type) && !mm.possessive) target = e;
        });
      }
      if (target >= 0) {
        out.push({ subject: c.speaker, predicate: 'CRITICIZED', object: target, start: c.sentStart, end: c.sentEnd, negated: false, hedged: false });
        break;
      }
    }
  }
  // roles
  for (const role of r.roles) {
    const m = r.mentions[role.mention]!;
    const u = us.find((x) => m.s >= x.start && m.e <= x.end);
    out.push({ subject: role.person, predicate: 'HOLDS_ROLE', object: role.affil, start: u?.start ?? m.s, end: u?.end ?? m.e, negated: false, hedged: false, title: role.title });
  }
  return out;
}
export type { Token };
