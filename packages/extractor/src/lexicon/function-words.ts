// Function words shared by the stages, and the words of a title phrase. General lexicon.
import { words } from './words.js';
import { TITLES, TITLE_MODIFIERS } from './roles.js';

/** Prepositions: a name right after one is not the subject of its clause. */
export const PREPS = words('of with from to on in by for against toward towards about at into between among over under after before than as');
/** Single words of titles and their modifiers ("Foreign", "Ministry", "senior"), for walking over a title phrase. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([...TITLES.flatMap((t) => t.split(/[\s-]+/)), ...TITLE_MODIFIERS]);
