// The discourse state the claims stage carries from unit to unit: who spoke last, which person the
// previous sentence was about, which body speaks for a group. One immutable value, passed along.
import type { Learnt, Unit } from './types.js';

export interface Discourse {
  /** Units seen so far (the index of the current one once it is entered). */
  unitNo: number;
  /** Last person and organisation that spoke; the body "it" means. */
  person: number;
  org: number;
  itOrg: number;
  /** The body of the unnamed official quoted before ("The official said"). */
  official: number;
  /** The body a group of officials spoke for ("ministers from X", then "the ministers"). */
  collective: number;
  /** Last speaker, whether quoted directly, and in which paragraph. */
  last: number;
  lastDirect: boolean;
  lastPara: number;
  /** The person the last sentence was about, and that sentence's unit. */
  subjPerson: number;
  subjUnit: number;
  /** Persons mentioned so far, in order, and the next mention to look at. */
  persons: readonly number[];
  mentionPtr: number;
  /** A pair that spoke together ("Both leaders"), and where. */
  group: readonly number[];
  groupUnit: number;
  /** Paragraphs that opened a quotation and left it open, waiting for their speaker. */
  pendingOpen: readonly Unit[];
  /** The paragraph of the current answer in a question-and-answer transcript. */
  answerPara: number;
}

export const initialDiscourse: Discourse = {
  unitNo: -1, person: -1, org: -1, itOrg: -1, official: -1, collective: -1, last: -1, lastDirect: false, lastPara: -1,
  subjPerson: -1, subjUnit: -1, persons: [], mentionPtr: 0, group: [], groupUnit: -1, pendingOpen: [], answerPara: -1,
};

/** The discourse with learnt facts applied. */
export const learn = (d: Discourse, l: Learnt | undefined): Discourse => (l && (l.official !== undefined || l.collective !== undefined) ? { ...d, ...l } : d);

/** The last two distinct persons mentioned before the current unit. */
export function lastPair(d: Discourse): number[] | null {
  const out: number[] = [];
  for (let i = d.persons.length - 1; i >= 0 && out.length < 2; i--) if (!out.includes(d.persons[i]!)) out.push(d.persons[i]!);
  return out.length === 2 ? out.reverse() : null;
}
