// General lexicons, compiled once into Sets/Maps/RegExps. Nothing here is specific to any article.

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

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

/** Head nouns that make a capitalised chunk an organisation. */
export const ORG_HEADS = words(`Ministry Department Office Council Committee Commission Bureau Assembly Organization
Organisation Party Parliament Congress Senate Court Bank Fund Union Agency Administration Authority Authorities
Association Institute Forum Corporation Company Inc Ltd University Academy Forces Army Navy Guard Service Cabinet
Nations Alliance Federation League Secretariat Presidency Embassy Consulate Mission Coalition Front Movement Tribunal
Police Board Directorate Foundation Center Centre Group Government Legislature Duma Knesset Bundestag Diet Assembly
Communist Conference Network Agency Command Corps Institution Times Daily News Post Journal`);
/** Head nouns of geographic names (typed Place). */
export const PLACE_HEADS = words(`Shoal Reef Atoll Heights Corridor Peninsula Strait Straits Sea Ocean Island Islands Gulf Bay Province Region Mountains
River Valley Desert Canal Basin Coast Square Prefecture County State Territory Oblast Plateau Lake Archipelago
Continent Channel Highlands Republic`);
/** Capitalised words that never start or form a name by themselves. */
export const NAME_STOP = words(`The A An This That These Those It Its He She His Her They Their We Our I You If In On
At As Also Before After During Both While When Where What Why How But And Or So Then There Here Speaking Noting
Stressing According Commenting Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs
Ms Dr Sir Madam To For From With By Of Under Over Since Until Among Against Amid Despite Without Within Such Some Any
All Each Every No Not Yes One Two Three Four Five Six Seven Eight Nine Ten First Second Third New Year Day Week
However Meanwhile Moreover Furthermore Still Yet Yesterday Today Tomorrow Last Next Earlier Later Western Eastern
Northern Southern Global Internet Senior Separately Additionally Asked Previously Currently Instead Finally
Overall Similarly Likewise Elsewhere Nonetheless Nevertheless Accordingly Indeed Notably Specifically Background Related`);
/** Lower-case particles inside personal names: "Mohammed bin Salman", "Lula da Silva", "Ursula von der Leyen". */
export const NAME_PARTICLES = words('bin bint ibn al el da de do dos das di del della van von der den le la du');
/** Heads of named documents, events and processes: such capitalised chunks are never persons. */
export const NON_NAME_HEADS = words(`Declaration Treaty Agreement Accord Accords Convention Charter Protocol Initiative Plan Act Summit
Process Deal Pact Statement Dialogue Program Programme Strategy Doctrine Resolution Communique Framework Games Cup Expo Day War`);
/** All-capital words that are not organisations. */
export const ACRONYM_STOP = words(`AI GDP LNG CEO COVID UAV WMD ID TV PM AM UTC GMT EST OK NGO NGOs ICBM SLBM IT PR HIV AIDS EU US UK UN`);
/** Adjectives of generic organs ("General Committee", "Plenary Session"): such bodies are not entities alone. */
export const GENERIC_ORGAN = words('General Standing Executive Central Plenary Special Permanent Joint Main Select Organizing Preparatory Steering Session Committee Council Commission Assembly Bureau Office Board Group');

/** Function words allowed inside organisation names between capitalised words. */
export const ORG_CONNECTORS = words('of the for and de');

/** Hedging cues (lower case, may be multi-word, matched on word boundaries). */
export const HEDGES = [
  'considering', 'consider', 'considers', 'may', 'might', 'could', 'upcoming', 'planned', 'committed to',
  'plans', 'plan to', 'planning', 'potential', 'possibly', 'expected to', 'is expected', 'are expected',
  'scheduled', 'ready to', 'willing to', 'looks forward', 'look forward', 'looking forward', 'hope', 'hopes',
  'intends', 'intend', 'proposed', 'prospective', 'likely', 'reportedly', 'should', 'aims to', 'seeks to', 'about to',
  'set to', 'is to', 'are to', 'if ', 'unless', 'ahead of',
];
// "will"/"would"/"shall" mark a plan ("will visit"), but not an ongoing relation ("will continue to work with").
export const HEDGE_RE = new RegExp(`\\b(?:${HEDGES.map((h) => h.trim().replace(/ /g, '\\s+')).join('|')}|(?:will|would|shall)(?!\\s+(?:continue|remain|keep|always|still)\\b))\\b`, 'i');
export const NEGATION_RE = /\b(?:not|never|no longer|n't|refused to|refuses to|declined to|declines to|failed to|fails to|without)\b|n't\b/i;

/** Words that, said about an actor in a claim, make the claim a criticism of that actor. */
export const CRITICISM_RE = /\b(?:interfer\w*|suppress\w*|contain(?:s|ed|ing)?\b|hurt(?:s|ing)?|harm(?:s|ed|ing)?|undermin\w*|erroneous|hyp(?:e|es|ed|ing)\b|smear\w*|bull(?:y|ies|ying|ied)|hegemon\w*|provocat\w*|provok\w*|violat\w*|disregard\w*|egregious|deflect\w*|shift(?:ing)? the blame|accus\w*|irresponsible|hostile|reckless|destabili[sz]\w*|dangerous|biased|hypocri\w*|coerc\w*|bully\w*|aggress\w*|illegal\w*|unilateral sanctions|(?:tool|instrument|source) of confrontation|bloc confrontation|arrogan\w*|prejudic\w*|lies|fake|slander\w*|malicious|sabotag\w*|blind eye|gang(?:s|ed|ing)? up|double standards?|cold war mentality)\b/i;
