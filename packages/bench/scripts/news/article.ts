// One news-shaped article: a dateline lead, then paragraphs of statements, actions and background until
// the article reaches a length drawn from the distribution of wire and newspaper stories.
import { action, background, statement, topic, type Mention } from './sentences.js';
import { makeWorld, pick, rng, type Person, type Rand, type World } from './world.js';

export interface SyntheticArticle {
  name: string;
  title: string;
  source: string;
  publishedAt: string;
  url: string;
  text: string;
}

const OUTLETS = ['Global Wire', 'Daily Ledger', 'Harbor Times', 'Continental Post', 'Morning Dispatch', 'Evening Standard Review', 'Capital Courier',
  'Northern Herald', 'Pacific Observer', 'Metro Tribune', 'Financial Chronicle', 'Valley Gazette', 'Coastal Record', 'World Report Agency',
  'Union Journal', 'Plains Examiner', 'Island Mail', 'Mountain Sentinel', 'Riverside Bulletin', 'Central News Service'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/**
 * Characters of body text: log-normal around 4 KB (most stories 2–8 KB), 4 % long features and
 * documents of 30–60 KB, and some short briefs.
 */
export function articleLength(r: Rand): number {
  if (r() < 0.04) return 30_000 + Math.floor(r() * 30_000);
  const normal = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  return Math.max(900, Math.min(20_000, Math.round(4000 * Math.exp(0.42 * normal))));
}

/** Phrases people as news does: full name with role on first mention, surname or pronoun after. */
function mentions(r: Rand, w: World): (p: Person) => Mention {
  const introduced = new Set<Person>();
  return (p) => {
    if (introduced.has(p)) return { ref: p.last, pronoun: p.pronoun, full: p.name };
    introduced.add(p);
    const org = w.orgs[p.org]!;
    const country = w.countries[p.country]!;
    const ref = pick(r, [
      `${p.name}, the ${p.role} of ${org.name},`,
      `${org.name} ${p.role} ${p.name}`,
      `${country.demonym} ${p.role} ${p.name}`,
      p.name,
    ]);
    return { ref, pronoun: p.pronoun, full: p.name };
  };
}

const up = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
// A ref ending in a comma (an appositive) must not be followed by another comma or a stop.
const tidy = (s: string): string => up(s.replace(/,([,.:])/g, '$1'));

// The world is built once per seed (about 0.3 s) and reused for every article of the corpus.
const worlds = new Map<number, World>();
export function worldFor(seed: number): World {
  let w = worlds.get(seed);
  if (!w) worlds.set(seed, (w = makeWorld(seed)));
  return w;
}

export function makeArticle(index: number, seed = 1): SyntheticArticle {
  const w = worldFor(seed);
  const r = rng(seed * 1_000_003 + index);
  const target = articleLength(r);
  const castSize = Math.min(30, 2 + Math.floor(target / 1200));
  const people = Array.from({ length: castSize }, () => w.people[w.person(r)]!);
  const orgs = Array.from({ length: 1 + Math.floor(castSize / 3) }, () => w.orgs[w.org(r)]!);
  const countries = Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, w.countries));
  const place = r() < 0.5 ? countries[0]!.capital : pick(r, w.cities);
  const outlet = pick(r, OUTLETS);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const date = `${2022 + Math.floor(r() * 4)}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const mention = mentions(r, w);
  // Actors of actions: people (as mentioned so far), organisations and countries.
  const actor = (): string => {
    const k = r();
    if (k < 0.45) return mention(pick(r, people)).ref.replace(/,$/, '');
    if (k < 0.75) return pick(r, orgs).name;
    return pick(r, countries).name;
  };
  const pair = (): [string, string] => {
    const a = actor();
    let b = actor();
    for (let k = 0; k < 3 && b === a; k++) b = actor();
    return [a, b];
  };
  const lead = `${place.toUpperCase()}, ${MONTHS[month]} ${day} (${outlet}) -- ${tidy(action(r, w, ...pair(), place))}`;
  const paragraphs = [lead];
  let length = lead.length;
  while (length < target) {
    const sentences: string[] = [];
    for (let s = 1 + Math.floor(r() * 3); s > 0; s--) {
      const k = r();
      if (k < 0.45) sentences.push(tidy(statement(r, w, mention(pick(r, people)), outlet)));
      else if (k < 0.7) sentences.push(tidy(action(r, w, ...pair(), pick(r, [place, ...countries.map((c) => c.name)]))));
      else sentences.push(background(r, w, pick(r, orgs).name, pick(r, countries).name));
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    length += p.length + 2;
  }
  const title = up(`${people[0]!.last} ${pick(r, ['urges', 'warns', 'defends', 'rejects', 'backs'])} ${countries[1]!.name} on ${topic(r, w)}`);
  const name = `${String(index).padStart(6, '0')}.txt`;
  return { name, title, source: outlet, publishedAt: date, url: `https://news.example/${seed}/${index}`, text: `${title}\n\n${paragraphs.join('\n\n')}\n` };
}
