// Place and organisation resources, compiled once: countries (names, alternative spellings,
// demonyms, capitals) from world-countries, plus a general lexicon of well-known international
// bodies and cities. Keys are folded surface forms (see foldKey).
import countries from 'world-countries';
import { foldName, type EntityType } from '@kg/ontology';

export interface GazEntry {
  type: EntityType;
  /** Canonical name. */
  name: string;
  /** For a demonym or capital: the country it points to. */
  country?: string;
  kind: 'country' | 'demonym' | 'capital' | 'place' | 'org';
}

/** Folded key: the shared name normaliser (foldName of @kg/ontology) without a leading "the". */
const FOLD_CACHE = new Map<string, string>();
export function foldKey(s: string): string {
  // memoised: the same short surfaces are folded again and again; bounded so memory stays flat
  let k = FOLD_CACHE.get(s);
  if (k === undefined) {
    k = foldRaw(s);
    if (FOLD_CACHE.size > 50000) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, k);
  }
  return k;
}
function foldRaw(s: string): string {
  return foldName(s).replace(/^the /, '');
}

// Common names that differ from world-countries' "common" name, or that news text uses.
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  'United States': ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America'],
  'United Kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  Russia: ['Russian Federation'],
  'South Korea': ['Republic of Korea', 'ROK'],
  'North Korea': ['DPRK', "Democratic People's Republic of Korea"],
  China: ["People's Republic of China", 'PRC', 'Chinese mainland', 'mainland China'],
  'DR Congo': ['Democratic Republic of the Congo', 'DRC'],
  'Czechia': ['Czech Republic'],
  Türkiye: ['Turkey'],
  Netherlands: ['Holland'],
  Iran: ['Islamic Republic of Iran'],
  Syria: ['Syrian Arab Republic'],
  Vietnam: ['Viet Nam'],
};
// Demonyms world-countries lacks or that mean a country in news prose.
const EXTRA_DEMONYMS: Record<string, string[]> = {
  'United States': ['U.S.', 'US'],
  'United Kingdom': ['British', 'UK'],
  'Netherlands': ['Dutch'],
  'Philippines': ['Philippine', 'Filipino'],
  'South Korea': ['South Korean'],
  'North Korea': ['North Korean'],
  Türkiye: ['Turkish'],
  // the short forms news text uses where world-countries has the long one ("Kazakhstani")
  Kazakhstan: ['Kazakh'], Uzbekistan: ['Uzbek'], Kyrgyzstan: ['Kyrgyz'], Tajikistan: ['Tajik'], Turkmenistan: ['Turkmen'],
  'United Arab Emirates': ['Emirati'], 'Saudi Arabia': ['Saudi'],
};
/** Capitals whose short form is what text uses ("Washington D.C." -> "Washington"). */
const CAPITAL_SHORT: Record<string, string> = { 'Washington D.C.': 'Washington' };
// Major non-capital cities and well-known places, typed Place.
const CITIES = `Shanghai Guangzhou Shenzhen Hong Kong Macao Macau Wuhan Chengdu Chongqing Tianjin Xi'an Hangzhou Nanjing
Urumqi Lhasa Xinjiang Tibet Inner Mongolia Hainan Fujian Guangdong Yunnan Taipei Kaohsiung New York Los Angeles San Francisco Chicago
Houston Boston Seattle Miami Honolulu Hawaii Alaska California Texas Florida Geneva Zurich Davos Munich Frankfurt Hamburg Milan
Barcelona Istanbul St. Petersburg Saint Petersburg Vladivostok Kaliningrad Crimea Donbas Donetsk Luhansk Kharkiv Odesa Mariupol
Osaka Kyoto Hiroshima Okinawa Busan Mumbai Kolkata Chennai Bangalore Karachi Lahore Dubai Jeddah Gaza West Bank Jerusalem
Tel Aviv Sydney Melbourne Toronto Vancouver Montreal Sao Paulo Rio de Janeiro Johannesburg Cape Town Lagos Bali Hiroshima Brussels
Strasbourg The Hague Vienna Minsk Kashmir Punjab Scotland Wales England Northern Ireland Quebec Bavaria Siberia`;
// Multi-word place names are also caught by head words in mentions.ts; these are single-word or fixed.
const CITY_LIST = CITIES.split(/\n/).join(' ');
const CITY_NAMES = ['Hong Kong', 'Inner Mongolia', 'New York', 'Los Angeles', 'San Francisco', 'St. Petersburg',
  'Saint Petersburg', 'Tel Aviv', 'West Bank', 'Sao Paulo', 'Rio de Janeiro', 'Cape Town', 'The Hague', 'Northern Ireland'];
function cityNames(): string[] {
  let rest = CITY_LIST;
  for (const n of CITY_NAMES) rest = rest.split(n).join(' ');
  return [...CITY_NAMES, ...rest.split(/\s+/).filter(Boolean)];
}

/** Well-known international and national bodies: canonical name and acronyms. */
export const KNOWN_ORGS: Array<[string, string[]]> = [
  ['United Nations', ['UN', 'U.N.']], ['UN Security Council', ['UNSC', 'Security Council']],
  ['UN General Assembly', ['UNGA']], ['World Health Organization', ['WHO']], ['World Health Assembly', ['WHA']],
  ['World Trade Organization', ['WTO']], ['International Monetary Fund', ['IMF']], ['World Bank', []],
  ['North Atlantic Treaty Organization', ['NATO']], ['European Union', ['EU', 'E.U.']],
  ['European Commission', []], ['European Parliament', []], ['European Council', []],
  ['Association of Southeast Asian Nations', ['ASEAN']], ['African Union', ['AU']],
  ['Shanghai Cooperation Organization', ['SCO']], ['Asia-Pacific Economic Cooperation', ['APEC']],
  ['Group of Seven', ['G7', 'G-7']], ['Group of 20', ['G20', 'G-20']], ['BRICS', []],
  ['Organization of the Petroleum Exporting Countries', ['OPEC']], ['International Atomic Energy Agency', ['IAEA']],
  ['Organization for Security and Co-operation in Europe', ['OSCE']], ['International Criminal Court', ['ICC']],
  ['International Court of Justice', ['ICJ']], ['Gulf Cooperation Council', ['GCC']], ['Arab League', []],
  ['Communist Party of China', ['CPC', 'Chinese Communist Party', 'CCP']], ['Hamas', []], ['Hezbollah', []],
  ['Taliban', []], ['Kremlin', []], ['Pentagon', ['U.S. Department of Defense', 'US Department of Defense']],
  ['White House', []], ['US State Department', ['State Department', 'Department of State', 'U.S. State Department', 'U.S. Department of State', 'US Department of State']],
  ['European Central Bank', ['ECB']], ['Federal Reserve', ['Fed']], ['Xinhua', ['Xinhua News Agency']],
  ['Reuters', []], ['Associated Press', ['AP']], ['Agence France-Presse', ['AFP']],
];

export interface Gazetteer {
  /** Folded surface form -> entry; multi-word keys included. */
  byKey: Map<string, GazEntry>;
  /** Longest number of words of any key (bounds the matcher). */
  maxWords: number;
  /** Country canonical name -> capital short form. */
  capitalOf: Map<string, string>;
  /** Country canonical name -> demonym. */
  demonymOf: Map<string, string>;
}

let gaz: Gazetteer | null = null;
export function getGazetteer(): Gazetteer {
  if (gaz) return gaz;
  const byKey = new Map<string, GazEntry>();
  const capitalOf = new Map<string, string>();
  const demonymOf = new Map<string, string>();
  const put = (surface: string, e: GazEntry, force = false) => {
    const k = foldKey(surface);
    if (!k || k.length < 2) return;
    if (force || !byKey.has(k)) byKey.set(k, e);
  };
  for (const c of countries) {
    const name = c.name.common;
    // Non-sovereign territories (Taiwan, Hong Kong, Puerto Rico) are places, not state actors.
    const type: EntityType = c.independent ? 'Country' : 'Place';
    const e: GazEntry = { type, name, kind: type === 'Country' ? 'country' : 'place' };
    put(name, e, true);
    put(c.name.official, e);
    for (const a of c.altSpellings) if (/^[A-Za-z][A-Za-z .'-]+$/.test(a) && a.length > 2 && !/^[A-Z]{2}$/.test(a)) put(a, e);
    const dem = c.demonyms?.eng?.m;
    if (dem && type === 'Country') { put(dem, { type, name, kind: 'demonym', country: name }); demonymOf.set(name, dem); }
    if (type === 'Country') {
      for (const cap of c.capital ?? []) {
        const short = CAPITAL_SHORT[cap] ?? cap;
        capitalOf.set(name, short);
        put(short, { type: 'Place', name: short, country: name, kind: 'capital' });
      }
    }
  }
  for (const [name, alts] of Object.entries(EXTRA_COUNTRY_NAMES)) {
    const base = byKey.get(foldKey(name));
    for (const a of alts) put(a, base ?? { type: 'Country', name, kind: 'country' }, true);
  }
  for (const [name, dems] of Object.entries(EXTRA_DEMONYMS)) {
    const base = byKey.get(foldKey(name));
    const cname = base?.name ?? name;
    for (const d of dems) {
      if (byKey.get(foldKey(d))?.kind === 'country') continue; // "US" stays the country itself
      put(d, { type: 'Country', name: cname, kind: 'demonym', country: cname }, true);
    }
  }
  for (const city of cityNames()) put(city, { type: 'Place', name: city, kind: 'place' });
  for (const [name, acr] of KNOWN_ORGS) {
    const e: GazEntry = { type: 'Organization', name, kind: 'org' };
    put(name, e, true);
    for (const a of acr) put(a, e, true);
  }
  let maxWords = 1;
  for (const k of byKey.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  gaz = { byKey, maxWords: Math.min(maxWords, 8), capitalOf, demonymOf };
  return gaz;
}
