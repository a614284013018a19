// Words that shape names: organisation and place heads, stop-lists, particles. General lexicon: nothing here is specific to any article.
import { words } from './words.js';

/** Head nouns that make a capitalised chunk an organisation. */
export const ORG_HEADS = words(`Ministry Department Office Council Committee Commission Bureau Assembly Organization
Organisation Party Parliament Congress Senate Court Bank Fund Union Agency Administration Authority Authorities
Association Institute Forum Corporation Company Inc Ltd University Academy Forces Army Navy Guard Service Cabinet
Nations Alliance Federation League Secretariat Presidency Embassy Consulate Mission Coalition Front Movement Tribunal
Police Board Directorate Foundation Center Centre Group Government Legislature Duma Knesset Bundestag Diet
Communist Conference Network Command Corps Institution Times Daily News Post Journal`);
/** Head nouns of geographic names (typed Place). */
export const PLACE_HEADS = words(`Shoal Reef Atoll Heights Corridor Peninsula Strait Straits Sea Ocean Island Islands Gulf Bay Province Region Mountains
River Valley Desert Canal Basin Coast Square Prefecture County State Territory Oblast Plateau Lake Archipelago
Continent Channel Highlands Republic`);
/** Capitalised words that never start or form a name by themselves. */
export const NAME_STOP = words(`The A An This That These Those It Its He She His Her They Their We Our I You If In On
At As Also Before After During Both While When Where What Why How But And Or So Then There Here Speaking Noting
Stressing According Commenting Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs
Ms Dr Mr. Mrs. Ms. Dr. Sir Madam To For From With By Of Under Over Since Until Among Against Amid Despite Without Within Such Some Any
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
/** Bodies that exist in every state: their country must come from context. */
export const NATIONAL_HEAD = /\b(?:Ministry|Department|Embassy|Consulate|Parliament|Cabinet|Government|Defense|Defence|Foreign|Office of the President|Presidency|Armed Forces|Army|Navy|Air Force|Police|Central Bank|Supreme Court)\b/;
/** Documents a body issues: "the statement said" is the body speaking (the attribution lexicon's list). */
export { DOC_NOUNS as DOC_HEADS } from './attribution.js';
/** Lower-case nouns that, after "the", stand for a body named before ("the ministry said"). */
export const DESC_ORG = words('ministry department office committee commission council agency bureau administration party statement announcement declaration communique readout embassy government');
/** Nouns after a country that mean the state itself: "the US side", "the German government". */
export const STATE_NOUNS = words('side government authorities administration leadership regime');
/** Capitalised adjectives and ordinals that may open a name ("Global Times", "Second Thomas Shoal"). */
export const LEAD_ADJ = words('Global First Second Third Fourth Fifth New Western Eastern Northern Southern');
/** Plural heads of a group of people before "of" ("Leaders of the ..."): the body, not a name. */
export const GROUP_HEADS = words('Leaders Ministers Members Heads Officials Representatives Delegates Delegations Envoys');
/** Honorifics written before a name ("Prince Faisal bin Farhan", "Sheikh Mohammed"): not part of the name. */
export const HONORIFICS = words('Prince Princess Sheikh Sheikha Emir Sultan Sir Dame Lord Lady');
/** Possessive determiners before a title ("his spokesman"). */
export const POSS_DET = words('his her its their');
/** Singular lemmas of unnamed speakers in the plural ("Observers said"): such a word opening a sentence is no name. */
export const SPEAKER_GROUP_LEMMAS = words(`observer analyst expert critic official diplomat protester resident witness source scholar
economist researcher lawmaker legislator activist commentator insider investor trader participant organizer
delegate academic scientist opponent supporter voter citizen netizen`);
/** Hyphenated capitalised compounds kept as one token besides hyphenated titles (regions, spellings). */
export const HYPHENATED_WORDS = words('indo-pacific asia-pacific co-operation');
/** Legal-form suffixes that end a company name ("Venn Holdings Ltd", "Keller GmbH"); matched without a final dot. */
export const COMPANY_SUFFIXES = words('Inc Incorporated Corp Corporation Co Ltd Limited LLC LLP LP PLC Plc GmbH AG SA SE NV BV SpA Pty KK Bhd Tbk AB ASA Oyj');
/** Legal forms written before a company name ("PT Sinar Makmur", "OAO ..."). */
export const COMPANY_PREFIXES = words('PT OAO PJSC JSC');
/** Industry heads that end a company name ("Meridian Biosystems", "Harlow Aerospace"). */
export const INDUSTRY_HEADS = words(`Holdings Aerospace Biosystems Biosciences Biotech Biotechnology Therapeutics Pharmaceuticals Pharma
Technologies Technology Systems Semiconductor Semiconductors Electronics Telecom Telecommunications Communications Networks
Software Labs Laboratories Motors Automotive Airlines Airways Petroleum Energy Mining Metals Steel Chemicals Materials
Industries Manufacturing Logistics Shipping Foods Beverages Brands Entertainment Robotics Dynamics Instruments
Bancorp Capital Partners Ventures Investments Securities Insurance Financial Realty Properties Resources Utilities`);
