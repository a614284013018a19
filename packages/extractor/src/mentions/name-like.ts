// Whether a run of capitalised tokens has the shape of a personal name.
import { NAME_PARTICLES, NAME_STOP, NON_NAME_HEADS, PLACE_HEADS } from '../lexicon/index.js';
import { gazLookup } from './gaz.js';
import { isOrgHead } from './heads.js';
import type { Ctx } from './types.js';

const REGNAL = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|Jr\.?|Sr\.?)$/;
// "Lin", "Ha-kyu", "MaryKay"/"McCarthy" (inner capital), initials, "O'Hara"/"D'Souza" (an elided particle)
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$|^(?:[A-Z]\.)+$|^\p{Lu}\p{Ll}+-\p{Lu}?\p{Ll}+$|^(?:Mc|Mac|De|Le|La|Di)?[A-Z][a-z]+[A-Z][a-z]+$|^[A-Z]['’]\p{Lu}\p{Ll}+$/u;

/** A person name: 1-4 capitalised word tokens that are not organisation/place words or stop words. */
export function nameLike(ctx: Ctx, a: number, b: number): boolean {
  const { toks, text } = ctx;
  if (b <= a || b - a > 6) return false;
  let words = 0;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (k > a && k < b - 1 && NAME_PARTICLES.has(t.v)) continue; // "bin", "da", "von"
    if (k > a && k === b - 1 && REGNAL.test(t.v)) continue; // "Mohammed VI", "Marcos Jr."
    if (!NAME_WORD.test(t.v)) return false;
    if (isOrgHead(toks, k, a, b) || PLACE_HEADS.has(t.v) || (NAME_STOP.has(t.v) && !(k === a && t.v === 'He' && b - a >= 2)) || NON_NAME_HEADS.has(t.v)) return false;
    words++;
  }
  if (words > 4) return false;
  const g = gazLookup(toks, a, b, text);
  return !g || g.kind === 'place';
}
