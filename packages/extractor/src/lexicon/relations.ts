// Relation words by lemma (wink-nlp's `token.lemma`): the verbs and nominals that state a relation,
// with the predicate, the direction and the argument frame each takes, and the small word families
// the relation patterns read. General lexicon: nothing here is specific to any article. No inflections:
// "met", "meets", "meeting" (verb) are all `meet`.
import type { RelationPredicate } from '@kg/ontology';
import { words } from './words.js';

/**
 * How a relation word takes its arguments:
 * - `prep`: the object follows this preposition ("talks with X", "called on X", "arrived in X");
 *   absent: the object follows the word directly ("met X", "visited X", "his visit to X");
 * - `direction`: `active` when the subject is the actor ("X criticised Y"); `passive` for a participle
 *   whose grammatical subject undergoes the act and whose actor follows the preposition
 *   ("Y was criticised by X");
 * - `verbOnly`: a word that is also a common noun counts only when tagged as a verb ("support for" is
 *   not "supported"; "a call with" is not "called").
 */
export interface RelationWord {
  lemma: string;
  predicate: RelationPredicate;
  prep?: readonly string[];
  direction: 'active' | 'passive';
  verbOnly?: boolean;
}

type Opts = Partial<Pick<RelationWord, 'prep' | 'verbOnly' | 'direction'>>;
const each = (predicate: RelationPredicate, lemmas: string, o: Opts = {}): RelationWord[] =>
  lemmas.trim().split(/\s+/).map((lemma) => ({ lemma, predicate, direction: 'active', ...o }));
const WITH = ['with'];

/** Relation words, in the order the patterns try them. */
export const RELATION_WORDS: readonly RelationWord[] = [
  ...each('MET_WITH', 'meet'),
  ...each('MET_WITH', 'talk discuss meeting meet phone speak conversation', { prep: WITH }),
  ...each('MET_WITH', 'call', { prep: WITH, verbOnly: true }),
  // "a meeting between A and B": both arguments follow
  ...each('MET_WITH', 'meeting talk', { prep: ['between'] }),
  ...each('VISITED', 'visit trip tour travel'),
  ...each('OPPOSED', 'oppose reject refuse'),
  ...each('SUPPORTED', 'endorse praise hail'),
  ...each('SUPPORTED', 'support welcome back', { verbOnly: true }),
  ...each('CRITICIZED', 'accuse blame condemn criticize denounce slam rebuke lambast'),
  ...each('COOPERATED_WITH', 'cooperate cooperation collaborate collaboration coordinate coordination', { prep: WITH }),
  ...each('COOPERATED_WITH', 'work partner', { prep: WITH, verbOnly: true }),
  ...each('URGED', 'urge ask'),
  ...each('URGED', 'press', { verbOnly: true }),
  ...each('URGED', 'call', { prep: ['on'], verbOnly: true }),
  // "we stand with Ukraine": solidarity is support
  ...each('SUPPORTED', 'stand', { prep: ['with', 'by'] }),
  ...each('VISITED', 'arrive', { prep: ['in', 'at'] }),
  // passive voice: "Y was criticised by X", "Y, backed by X," (the actor follows "by")
  ...each('MET_WITH', 'meet', { prep: ['by'], direction: 'passive' }),
  ...each('VISITED', 'visit', { prep: ['by'], direction: 'passive' }),
  ...each('OPPOSED', 'oppose reject', { prep: ['by'], direction: 'passive' }),
  ...each('SUPPORTED', 'endorse praise hail support welcome back', { prep: ['by'], direction: 'passive' }),
  ...each('CRITICIZED', 'accuse blame condemn criticize denounce slam rebuke lambast', { prep: ['by'], direction: 'passive' }),
];

/**
 * Idioms: a relation word that, with these words, states no relation. `particle`: the word right after the
 * relation word ("backed down", "hails from"); `afterObject`: a word just after its object ("ready to meet
 * X halfway" is a compromise, not a meeting).
 */
export const RELATION_IDIOMS: ReadonlyArray<{ lemma: string; particle?: ReadonlySet<string>; afterObject?: ReadonlySet<string> }> = [
  { lemma: 'meet', afterObject: words('halfway half-way') },
  { lemma: 'back', particle: words('down off away out') },
  { lemma: 'hail', particle: words('from') },
  { lemma: 'press', particle: words('ahead on') },
  { lemma: 'stand', particle: words('down aside') },
];

/** Meeting verbs that take a coordinated subject without "with" ("X and Y met", "... discussed"). */
export const PAIR_MEETING_LEMMAS = words('meet talk discuss');
/** Light verbs before a relation nominal ("held talks with", "had a meeting with"). */
export const LIGHT_VERB_LEMMAS = words('hold have');
/** Adverbs between "and" and a coordinated verb ("and later held talks"). */
export const COORDINATED_ADVERBS = words('also further then later strongly firmly');
/** Adverbs and channels between a relation word and its preposition ("spoke today with", "spoke by phone with"). */
export const FRAME_ADVERBS = words('today yesterday again separately briefly');
export const CHANNELS = words('phone telephone video videolink');
/** Subject pronouns that stand for a speaker or the person a sentence is about. */
export const SUBJECT_PRONOUNS = words('he she we i it they');
/** Premodifiers of a titled argument that are no title ("met visiting Foreign Minister X"). */
export const TITLE_PREMODIFIERS = words('visiting');
/** Determiners and premodifiers before an argument ("the so-called", "visiting"). */
export const ARGUMENT_DETERMINERS = words('the a an its their his her any all such so-called relevant certain visiting upcoming');
/** Premodifiers between a possessor and its relation nominal ("X's upcoming state visit", "his phone call"). */
export const NOMINAL_MODIFIERS = words(`upcoming planned first official state recent latest two-day three-day historic
potential military economic political financial growing continued long-term strong close closer unwavering full firm
phone telephone`);

/** Stance nouns: "X's support for Y", "opposition to Y" (lemma -> predicate). */
export const STANCE_NOUNS: ReadonlyMap<string, RelationPredicate> = new Map([['support', 'SUPPORTED'], ['opposition', 'OPPOSED']]);
/** Verbs that voice a stance noun: "pledged support for", "voiced opposition to". */
export const STANCE_VERB_LEMMAS = words('pledge voice express reiterate reaffirm offer declare show announce promise stress underline');
/** Verbs that voice concern ("expressed deep concern over X's launches" is a criticism of X). */
export const CONCERN_VERB_LEMMAS = words('express voice raise reiterate');
export const CONCERN_NOUN = 'concern';
/** Words between a concern verb and "concern". */
export const CONCERN_INTENSIFIERS = words('deep grave serious strong great growing its their his her');
/** Prepositions after "concern" that name its cause. */
export const CONCERN_PREPS = words('over about at');

/** Sanctions: the lemma of the noun and verb, and "restrictive measures". */
export const SANCTION_LEMMA = 'sanction';
export const SANCTION_NOUN_PREPS = words('on against');
/** Words between a sanctioning actor and "sanctions" ("U.S. unilateral economic sanctions"). */
export const SANCTION_MODIFIERS = words('illegal unilateral new fresh further economic restrictive and , its the any all such those these');
/** Verbs of a sanction's agent after its target ("sanctions against X imposed by Y"). */
export const SANCTION_AGENT_LEMMAS = words('adopt impose announce approve agree');
/** Verbs that end sanctions: the sanctions exist ("urged X to lift sanctions on Y": X sanctioned Y). */
export const SANCTION_LIFT_LEMMAS = words('lift remove ease');
/** Nouns for a person's government ("his administration"): the state the speaker serves. */
export const ADMINISTRATION_NOUNS = words('administration government');
/** Phrasal verbs that end sanctions, as lemma sequences. */
export const SANCTION_LIFT_PHRASES: ReadonlyArray<readonly string[]> = [['roll', 'back']];
