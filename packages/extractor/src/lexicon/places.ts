// Words that locate a place or make a name a place. General lexicon: nothing here is specific to any article.
import { words } from './words.js';

/** Prepositions before a capital that locate it ("in Beijing", "near Kyiv"). */
export const LOC_PREPOSITIONS = words('in to at from into near outside across around via toward towards through');
/** Verbs (lemmas) whose object capital is a place visited ("visited Paris", "arrived in"). */
export const LOC_VERBS = words('visit reach arrive leave tour');
/** Lemmas of motion: "to"/"from" locate a capital only after one ("trip to Kyiv", "flew in from Seoul"). */
export const MOTION_LEMMAS = words(`visit visitor trip tour travel journey fly flee go come return head move arrive depart
drive sail way road route flight relocate transfer deport expel evacuate back stop stopover leg mile km kilometer`);
/** Capitals that, when they act, stand for an international body rather than their country. */
export const SEAT_OF: ReadonlyMap<string, string> = new Map([['Brussels', 'European Union']]);
/** Lower-case nouns after a name that make it a region ("North Kivu province"). */
export const PLACE_NOUNS = words('province region city district county prefecture oblast governorate state island port town village');
/** Words before an unknown name that make it a place ("around Goma", "travel to Perth"); verbs as lemmas. */
export const PLACE_PREPOSITIONS = words('in to at near around outside toward towards into');
export const PLACE_VERBS = words('visit');
