// Words around a speaker phrase and a reporting cue. General lexicon: nothing here is specific to any article.
import { words } from './words.js';

/** Adverbs, auxiliaries and time words that may stand between a speaker and the cue ("X also said"). */
export const BEFORE_CUE = words(`also further again repeatedly recently has have had then later earlier once previously
firmly strongly clearly publicly today yesterday on monday tuesday wednesday thursday friday saturday sunday morning
afternoon evening night last week separately however angrily bluntly explicitly specifically subsequently would will
was is did does not never reportedly openly pointedly sharply solemnly`);
/** Words that may open the adverbial tail after a final cue ("..., she said on Monday in Paris."). */
export const TAIL_START = words(`on in at to during while when after before via through ahead late earlier later today
yesterday monday tuesday wednesday thursday friday saturday sunday last this recently also again then from according
as told reporters`);
/** Pronouns that can name a speaker. */
export const SPEAKER_PRONOUNS = words('he she it they');
/** Words describing a speaking outlet or official: "state news agency MAP", "a government source". */
export const SOURCE_WORDS = words('state news agency official government media outlet newspaper broadcaster television radio wire a an senior administration');
/** Documents that speak for the body that issued them ("the statement said"). */
export const DOC_NOUNS = words('statement readout communique release report transcript announcement declaration');
/** Listeners after "told": "told reporters the measures were ..." (the content follows without "that"). */
export const AUDIENCE = words('reporters journalists lawmakers parliament legislators media press correspondents');
/** Descriptions of a company ("the company said"): the body named last, if it has a legal form or industry head. */
export const COMPANY_DESC = words('company firm');
/** Plural role nouns of a pair or group of speakers: "Both leaders urged", "the two ministers agreed". */
export const GROUP_NOUNS = words('leaders ministers presidents premiers diplomats officials heads chancellors counterparts');
/** Words that join a new clause after a comma ("..., she said, while he said ..."): an attribution ends there. */
export const CLAUSE_LINKS = words('and but while whereas although though');
/** Negation and auxiliaries between a coordinator and its verb: "but did not rule out". */
export const NEG_AUX = words("not did does do never n't");
/** Verbs (lemma) after "issued"-style participles in "a statement issued by X". */
export const ISSUED = words('issued released published');
/** Procedural answers at a press conference, which state nothing. */
export const PROCEDURAL_RE = /^(?:we have noted|i have noted|i(?:'d| would) (?:like to )?refer you|i have no (?:information|comment)|i(?:'m| am) not aware|thank you|please refer|i don't have)/i;
