// Titles and roles of people. General lexicon: nothing here is specific to any article.
import { words } from './words.js';

/** Titles and roles, lower case, longest first when matched; multi-word allowed. */
export const TITLES = `secretary of state|secretary-general|secretary general|foreign minister|defense minister|defence minister|
prime minister|deputy prime minister|vice president|vice-president|vice premier|vice-premier|vice chairman|vice foreign minister|deputy foreign minister|
assistant foreign minister|state councilor|state councillor|defense secretary|defence secretary|foreign secretary|
home secretary|treasury secretary|commerce secretary|commerce minister|trade minister|finance minister|economy minister|
interior minister|justice minister|health minister|energy minister|national security adviser|national security advisor|
press secretary|chief of staff|head of state|permanent representative|special envoy|senior diplomat|top diplomat|
chief executive|foreign affairs minister|minister of foreign affairs|minister for foreign affairs|spokesperson|spokeswoman|
spokesman|high representative|crown prince|deputy secretary of state|deputy secretary|external affairs minister|
under secretary|foreign affairs secretary|counterpart|president|premier|chancellor|minister|secretary|ambassador|envoy|diplomat|senator|congressman|congresswoman|
representative|governor|mayor|director|director-general|chairman|chairwoman|chair|chief|commissioner|general|admiral|
king|queen|emperor|prince|pope|leader|lawmaker|legislator|official|member|head|deputy|adviser|advisor|counselor|
councillor|speaker|justice|judge|prosecutor|attorney general|ceo|founder|source|commander|researcher|research fellow|analyst`
  .replace(/\n/g, '').split('|').map((t) => t.trim()).filter(Boolean);
/** Title words that mean a woman / a man (pronoun agreement). */
export const FEMALE_TITLES = words('spokeswoman chairwoman congresswoman queen');
export const MALE_TITLES = words('spokesman chairman congressman king emperor prince pope');
/** Titles that are too generic to stand for a person alone ("the official said" is fine, "member" is not). */
export const WEAK_TITLES = words('member head deputy chief official leader general justice speaker chair representative counterpart source');
/** Modifiers allowed before a title: "senior Chinese diplomat", "former President". */
export const TITLE_MODIFIERS = words('senior former acting deputy vice top chief assistant interim outgoing incoming then');
/** Titles that name a state office: without an affiliation they belong to the article's home country. */
export const STATE_TITLE = /\b(?:president|premier|prime minister|minister|secretary|chancellor|ambassador|diplomat|vice president|state councilor|king|queen)\b/i;
/** Titles of a head of state or government: what "the X leader" refers to. */
export const LEADER_TITLE = /\b(?:president|prime minister|premier|chancellor|king|queen|emperor|leader)$/;
/** Prepositions joining a title to its body in an apposition ("a spokesman for the X", "director of the Y"). */
export const TITLE_PREPOSITIONS = words('of for at to in');
/** Courtesy titles before a surname and the gender they state ("Mr. Okafor", "Ms. Lindqvist"); without a final dot, lower case. */
export const COURTESY_TITLES: ReadonlyMap<string, 'f' | 'm' | undefined> = new Map<string, 'f' | 'm' | undefined>([
  ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['dr', undefined], ['prof', undefined],
]);
