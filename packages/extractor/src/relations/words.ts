// Word sets of the relation patterns (moved to the lexicon in the next step).
import type { RelationPredicate } from '@kg/ontology';
import { PREPS, TITLE_WORDS as LEXICON_TITLE_WORDS } from '../lexicon/function-words.js';

export { PREPS };
/** Words of a title phrase before a named argument, "visiting" included ("met visiting Foreign Minister X"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([...LEXICON_TITLE_WORDS, 'visiting']);
export const DET = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'any', 'all', 'such', 'so-called', 'relevant', 'certain', 'visiting', 'upcoming']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'we', 'i', 'it', 'they']);
export const COORDINATED_ADVERBS = new Set(['also', 'further', 'then', 'later', 'strongly', 'firmly']);
export const LIGHT_VERBS = new Set(['held', 'had', 'holds', 'hold']);
export const NOMINAL_MODIFIERS = new Set('upcoming planned first official state recent latest two-day three-day historic potential military economic political financial growing continued long-term strong close closer unwavering full firm phone telephone'.split(' '));

export const AMBIGUOUS_NOUNS = new Set(['support', 'back', 'welcome', 'work', 'partner', 'call', 'calls', 'press']);
export interface VerbFrame { re: RegExp; pred: RelationPredicate; prep?: RegExp }
export const VERB_FRAMES: VerbFrame[] = [
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
