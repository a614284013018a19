// Reporting verbs and the frames they take. General lexicon: nothing here is specific to any article.
import { words } from './words.js';

/** Reporting verbs (all inflections listed, lower case) that introduce a claim. */
export const CUE_VERBS = words(`
say says said saying tell tells told telling add adds added adding stress stresses stressed stressing
note notes noted noting warn warns warned warning ask asks asked asking urge urges urged urging
reiterate reiterates reiterated reiterating state states stated stating declare declares declared declaring
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising underline underlines
underlined underlining underscore underscores underscored underscoring explain explains explained explaining
insist insists insisted insisting argue argues argued arguing claim claims claimed claiming mention mentions
mentioned mentioning announce announces announced announcing affirm affirms affirmed affirming reaffirm
reaffirms reaffirmed reaffirming acknowledge acknowledges acknowledged acknowledging admit admits admitted
admitting observe observes observed observing remark remarks remarked remarking suggest suggests suggested
suggesting caution cautions cautioned cautioning vow vows vowed vowing pledge pledges pledged pledging
promise promises promised promising demand demands demanded demanding write writes wrote writing
tweet tweets tweeted tweeting post posted comment comments commented reply replies replied replying
respond responds responded answer answers answered confirm confirms confirmed confirming deny denies denied
denying predict predicts predicted predicting recall recalls recalled recalling highlight highlights
highlighted highlighting concede conceded conceding agree agreed believe believes believed contend contended
maintain maintains maintained point pointed pointing hope hopes hoped expressed accuse accuses accused accusing
dismiss dismisses dismissed dismissing welcome welcomes welcomed welcoming raise raises raised raising
call calls called calling reply stressed assert asserts asserted asserting report reports reported
describe describes described describing voice voices voiced express expresses rule rules ruled ruling`);
/** Cue verbs that take their content as a direct object noun phrase (no "that" needed). */
export const OBJECT_CUES = words(`welcome welcomes welcomed welcoming dismiss dismisses dismissed dismissing
raise raises raised raising express expresses expressed voice voices voiced reaffirm reaffirms reaffirmed
reiterate reiterates reiterated describe describes described describing`);
/** "express"/"voice" only count with these objects ("expressed concern over"). */
export const EXPRESS_OBJECTS = words(`concern concerns regret support opposition hope dissatisfaction condolences
gratitude appreciation disappointment readiness willingness commitment`);
/** Object cues that need an "as" complement ("described X as Y"). */
export const AS_CUES = words('describe describes described describing');
/** "raise" only counts with these objects ("raised concerns"). */
export const RAISE_OBJECTS = words('concern concerns objection objections question questions doubts');
/** Cue verbs that take "OBJ to VP" (urge frame); the claim text is "OBJ to VP". */
export const URGE_VERBS = words('urge urges urged urging ask asks asked asking press presses pressed pressing demand demands demanded demanding');
/** Phrasal urge cues: first word -> second word. */
export const URGE_PHRASAL = new Map([['call', 'on'], ['calls', 'on'], ['called', 'on'], ['calling', 'on']]);
/** Verbs that may begin a leading participle clause carrying a claim ("Noting that ..., X said"). */
export const LEADING_PARTICIPLES = words(`noting stressing emphasizing emphasising saying adding pointing reiterating
warning insisting arguing underlining underscoring highlighting acknowledging recalling`);
/** Verbs that are cues only when followed by "that", a quote or a colon (they also have other senses). */
export const THAT_ONLY_CUES = words(`mention mentions mentioned mentioning maintain maintains maintained
believe believes believed hope hopes hoped note notes noted point pointed pointing agree agreed claim claims
claimed recall recalls recalled expressed post posted highlight highlights highlighted highlighting
observe observes observed suggest suggests suggested promise promises promised comment comments commented
report reports reported`);
