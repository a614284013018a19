// Sentence templates of the news-shaped corpus: what is said (claim clauses), how it is attributed
// (quotes in several conventions, reported speech, statements by organisations) and who does what to
// whom (the relation verbs news uses, and others the extractor does not model). Written for this project.
import { pick, type Rand, type World } from './world.js';

/** Who a sentence is about, already phrased for this mention (full name first, surname or pronoun after). */
export interface Mention { ref: string; pronoun: string; full: string }

const OPENERS = ['we are ready to', 'the government will', 'both sides must', 'the country needs to', 'our partners should', 'we intend to',
  'nobody should', 'the company plans to', 'regulators have decided to', 'it would be a mistake to', 'we cannot afford to', 'they have promised to',
  'the board is expected to', 'the coalition wants to', 'investors are waiting to'];
const ACTIONS = ['expand cooperation on', 'review its policy on', 'set clear targets for', 'speed up talks on', 'invest more in', 'reduce barriers to',
  'protect jobs linked to', 'publish new rules for', 'share responsibility for', 'seek a fair deal on', 'cut spending on', 'end the dispute over',
  'reconsider the plan for', 'raise taxes on', 'suspend the programme for', 'challenge the ruling on'];
const TAILS = ['before the end of the year', 'without further delay', 'in line with international law', 'through dialogue rather than pressure',
  'with the support of regional partners', 'as soon as conditions allow', 'while protecting ordinary families', 'under the new framework',
  'despite the objections of the opposition', 'if the figures allow it', 'by the next election', 'over the next five years'];
const AREAS = ['pension reform', 'port tariffs', 'grain exports', 'climate finance', 'border security', 'vaccine supply', 'digital taxes',
  'water rights', 'steel quotas', 'housing costs', 'fishing rights', 'rail links', 'public debt', 'energy prices', 'data protection',
  'farm subsidies', 'wage talks', 'mining licences', 'refugee policy', 'interest rates'];
const REPORT_VERBS = ['said', 'told reporters', 'warned', 'argued', 'insisted', 'acknowledged', 'added', 'noted', 'claimed', 'predicted'];
const QUOTE_TAGS = ['said', 'said on Tuesday', 'told reporters', 'said in a statement', 'wrote on social media', 'told a news conference', 'added'];

/** A topic: a policy area, or a vocabulary noun phrase for the long tail. */
export function topic(r: Rand, w: World): string {
  return r() < 0.6 ? pick(r, AREAS) : `${pick(r, w.adjectives)} ${pick(r, w.nouns)} ${pick(r, ['rules', 'prices', 'policy', 'contracts', 'plans', 'standards'])}`;
}

/** One claim clause, lower case, no final stop. */
export function clause(r: Rand, w: World): string {
  if (r() < 0.25) return `the ${pick(r, w.nouns)} ${pick(r, ['will', 'could', 'must not', 'should'])} ${pick(r, w.verbs)} ${topic(r, w)} ${pick(r, TAILS)}`;
  return `${pick(r, OPENERS)} ${pick(r, ACTIONS)} ${topic(r, w)} ${pick(r, TAILS)}`;
}

const up = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A direct or reported statement by `m`, in one of the conventions of wire and newspaper copy. */
export function statement(r: Rand, w: World, m: Mention, outlet: string): string {
  const q = up(clause(r, w));
  const q2 = up(clause(r, w));
  switch (Math.floor(r() * 13)) {
    case 0: return `"${q}," ${m.ref} ${pick(r, QUOTE_TAGS)}.`;
    case 1: return `"${q}," said ${m.ref}.`;
    case 2: return `${m.ref} said: "${q}."`;
    case 3: return `“${q},” ${m.ref} told ${outlet}.`;
    case 4: return `‘${q},’ ${m.ref} said.`;
    case 5: return `"${q}," ${m.ref} said. "${q2}."`;
    case 6: return `"${q}," ${m.ref} said, adding that ${clause(r, w)}.`;
    case 7: return `According to ${m.ref}, ${clause(r, w)}.`;
    case 8: return `${m.ref} ${pick(r, REPORT_VERBS)} that ${clause(r, w)}.`;
    case 9: return `${m.pronoun} ${pick(r, REPORT_VERBS)} ${clause(r, w)}.`;
    case 10: return `${m.ref} called the proposal "${pick(r, ['a step backwards', 'long overdue', 'a serious mistake', 'an important first step', 'unworkable'])}".`;
    case 11: return `${m.ref} denied that ${clause(r, w)}.`;
    default: return `"${q}" ${m.ref} ${pick(r, REPORT_VERBS)} in an interview.`;
  }
}

/** Who did what to whom: `a` and `b` are phrased mentions of people, organisations or countries. */
export function action(r: Rand, w: World, a: string, b: string, place: string): string {
  const t = topic(r, w);
  switch (Math.floor(r() * 14)) {
    case 0: return `${a} met with ${b} in ${place} to discuss ${t}.`;
    case 1: return `${a} urged ${b} to ${pick(r, ACTIONS)} ${t}.`;
    case 2: return `${a} criticized ${b} for its handling of ${t}.`;
    case 3: return `${a} imposed sanctions on ${b} over ${t}.`;
    case 4: return `${a} backed ${b} in the dispute over ${t}.`;
    case 5: return `${a} opposed the plan by ${b} to change ${t}.`;
    case 6: return `${a} and ${b} agreed to cooperate on ${t}.`;
    case 7: return `${a} visited ${place} last week for talks on ${t}.`;
    case 8: return `${a} accused ${b} of ignoring the agreement on ${t}.`;
    case 9: return `${a} signed a deal with ${b} on ${t}.`;
    case 10: return `${a} sued ${b} over ${t}, court filings show.`;
    case 11: return `${a} supported the call by ${b} for new talks on ${t}.`;
    case 12: return `${a} condemned ${b} after the collapse of talks on ${t}.`;
    default: return `${a} will host ${b} in ${place} next month.`;
  }
}

/** Background without a speaker: figures, context, the kind of sentence that fills most of a story. */
export function background(r: Rand, w: World, orgName: string, countryName: string): string {
  const n = 2 + Math.floor(r() * 97);
  switch (Math.floor(r() * 8)) {
    case 0: return `The ${pick(r, w.nouns)} sector employs about ${n * 1000} people in ${countryName}, according to official figures.`;
    case 1: return `${orgName} did not respond to a request for comment.`;
    case 2: return `Prices rose ${n / 10} percent in the year to ${pick(r, ['March', 'June', 'September', 'December'])}, the statistics office said.`;
    case 3: return `The ${topic(r, w)} have been a point of friction for more than ${Math.ceil(n / 10)} years.`;
    case 4: return `Shares of ${orgName} fell ${n / 10} percent in early trading.`;
    case 5: return `The talks are due to resume on ${pick(r, ['Monday', 'Wednesday', 'Friday'])}, officials said.`;
    case 6: return `About ${n * 100} people attended the rally in the capital, police said.`;
    default: return `The ${pick(r, w.adjectives)} ${pick(r, w.nouns)} was first proposed in ${1990 + Math.floor(n / 3)}.`;
  }
}
