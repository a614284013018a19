// Words that shape names: organisation and place heads, stop-lists, particles. General lexicon: nothing here is specific to any article.
import { words } from './words.js';

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
