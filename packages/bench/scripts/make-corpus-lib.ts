// Synthetic news articles for benchmarks, recombined from sentence templates and word lists written for
// this project (licence-clean: no text from seeds/ or elsewhere). Deterministic for a given seed, so a
// benchmark corpus can be regenerated exactly. People and ministries are invented; countries and cities
// are real names so the extractor's gazetteer resolves them as it would in real news.

/** mulberry32: a tiny seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['France', 'Germany', 'Brazil', 'Japan', 'Kenya', 'Canada', 'India', 'Mexico', 'Norway', 'Egypt', 'Chile', 'Vietnam', 'Poland', 'Ghana', 'Peru', 'Indonesia', 'Turkey', 'Spain', 'Argentina', 'Thailand'];
const CITIES = ['Geneva', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Cairo', 'Warsaw', 'Accra', 'Madrid', 'Jakarta'];
const FIRST = ['Elena', 'Marcus', 'Amara', 'Tomas', 'Ingrid', 'Rafael', 'Yuki', 'Kwame', 'Lucia', 'Anders', 'Priya', 'Omar', 'Sofia', 'Daniel', 'Mei', 'Victor'];
const LAST = ['Marsh', 'Okafor', 'Lindqvist', 'Tanaka', 'Ferreira', 'Novak', 'Mensah', 'Duarte', 'Halvorsen', 'Rao', 'Kowalski', 'Castillo', 'Nguyen', 'Brandt', 'Sato', 'Moreau'];
const TITLES = ['Foreign Minister', 'Trade Minister', 'Defense Minister', 'Prime Minister', 'President'];
const TOPICS = ['fishing rights', 'rare earth exports', 'climate finance', 'border security', 'grain shipments', 'vaccine production', 'port access', 'digital trade', 'water sharing', 'energy transition'];
const ACTIONS = ['resume negotiations on {topic}', 'lift restrictions on {topic}', 'share data on {topic}', 'respect earlier agreements on {topic}', 'open its market for {topic}'];
// Claims are composed from four parts, so most statements are distinct (as in real news) …
const OPENERS = ['{country} is ready to', 'the government will', 'both sides must', 'the region needs to', 'partners should', 'the ministry intends to', 'negotiators hope to', 'the cabinet has decided to'];
const VERBS = ['expand cooperation on', 'review its policy on', 'set clear targets for', 'speed up talks on', 'invest more in', 'reduce barriers to', 'protect jobs linked to', 'publish new rules for', 'share responsibility for', 'seek a fair deal on'];
const TAILS = ['before the end of the year', 'without further delay', 'in line with international law', 'through dialogue rather than pressure', 'with the support of regional partners', 'as soon as conditions allow', 'while protecting ordinary families', 'under the new framework agreement'];
// … while each official also has a signature line that several outlets repeat (corroboration).
const SIGNATURES = [
  'unilateral measures on {topic} will only harm ordinary people',
  'dialogue remains the only way to settle differences over {topic}',
  'any decision on {topic} should follow international law',
  'the agreement on {topic} marks an important step for the region',
];
const REASONS = ['delaying the talks', 'ignoring the agreement', 'raising tariffs', 'blocking the shipments'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const OUTLETS = ['Global Wire', 'Daily Ledger', 'Harbor Times', 'Continental Post', 'Morning Dispatch'];

export interface SyntheticArticle {
  name: string;
  title: string;
  source: string;
  publishedAt: string;
  text: string;
}

export function makeArticle(index: number, seed = 1): SyntheticArticle {
  const r = rng(seed * 1_000_003 + index);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const person = (): { name: string; title: string; country: string; signature: string } => {
    // A person keeps one country and title across the corpus, as real officials do.
    const i = Math.floor(r() * FIRST.length * 4);
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    const signature = SIGNATURES[i % SIGNATURES.length]!.replace('{topic}', TOPICS[i % TOPICS.length]!);
    return { name, title: TITLES[i % TITLES.length]!, country: COUNTRIES[(i * 3) % COUNTRIES.length]!, signature };
  };
  const fill = (t: string, country: string): string => t.replace('{topic}', pick(TOPICS)).replace('{country}', country);
  const claim = (country: string): string => `${pick(OPENERS).replace('{country}', country)} ${pick(VERBS)} ${pick(TOPICS)} ${pick(TAILS)}`;
  const a = person();
  let b = person();
  if (b.name === a.name) b = person();
  const c1 = a.country;
  const c2 = b.country === c1 ? pick(COUNTRIES.filter((c) => c !== c1)) : b.country;
  const topic = pick(TOPICS);
  const day = pick(DAYS);
  const month = 1 + Math.floor(r() * 12);
  const dom = 1 + Math.floor(r() * 28);
  const date = `2024-${String(month).padStart(2, '0')}-${String(dom).padStart(2, '0')}`;
  const city = pick(CITIES);
  const source = pick(OUTLETS);
  const title = `${c1} urges ${c2} to act on ${topic}`;
  const sentences = [
    `${city.toUpperCase()}, ${MONTHS[month - 1]} ${dom} (${source}) -- ${c1} urged ${c2} to ${fill(pick(ACTIONS), c1)}, ${a.title} ${a.name} said on ${day}.`,
    `${a.name} said that ${claim(c1)}.`,
    `"${(r() < 0.3 ? a.signature : claim(c1)).replace(/^./, (x) => x.toUpperCase())}," ${a.name} told reporters in ${city}.`,
    `${a.name} met with ${b.title} ${b.name} of ${c2} in ${city} to discuss ${topic}.`,
    `${b.name} said ${claim(c2)}.`,
    r() < 0.5 ? `${c1} imposed sanctions on ${c2} last year over ${pick(TOPICS)}.` : `${c1} and ${c2} agreed to cooperate on ${pick(TOPICS)}.`,
    `${b.name} criticized ${c1} for ${pick(REASONS)}.`,
    `${a.name} will visit ${pick(COUNTRIES.filter((c) => c !== c1))} next month, the ministry said.`,
    `Officials from both sides described the meeting as frank and constructive, and said further rounds of talks on ${topic} were planned for later this year.`,
    `Analysts said the outcome would depend on whether the two governments could agree on a timetable for ${topic}.`,
  ];
  const body = sentences.join(' ');
  return { name: `${String(index).padStart(6, '0')}.txt`, title, source, publishedAt: date, text: `${title}\n\n${body}\n` };
}
