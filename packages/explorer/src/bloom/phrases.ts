// Bloom search phrases for the questions users ask of a news graph. Every value a user types reaches
// Cypher as a $parameter; names match the canonical name or any alias, ignoring case.
import { CLAIM_RELS, RELATION_PREDICATES } from '@kg/ontology';

export interface PhraseParam {
  /** Without the leading `$`. */
  name: string;
  /** Label and property Bloom offers values from while the user types. */
  suggestionLabel: string | null;
  suggestionProp: string | null;
}

export interface SearchPhrase {
  /** What the user types; each `$name` is a parameter. */
  text: string;
  description: string;
  cypher: string;
  params: PhraseParam[];
}

/** `v` is named `$param` by its canonical name or one of its aliases. */
export function nameMatches(v: string, param: string): string {
  return `(toLower(${v}.name) = toLower($${param}) OR any(alias IN coalesce(${v}.aliases, []) WHERE toLower(alias) = toLower($${param})))`;
}

const entityParam = (name: string): PhraseParam => ({ name, suggestionLabel: 'Entity', suggestionProp: 'name' });
const outletParam: PhraseParam = { name: 'outlet', suggestionLabel: 'Article', suggestionProp: 'source' };
/** A date typed as YYYY-MM-DD (Bloom passes every parameter as a string). */
const dateParam = (name: string): PhraseParam => ({ name, suggestionLabel: null, suggestionProp: null });

/**
 * The day a claim dates from: when it was said, else when `report` (a REPORTED_IN) or the claim was first
 * reported. Compared as YYYY-MM-DD text, so stored strings and Neo4j dates both work.
 */
export function claimDay(claim: string, report?: string): string {
  const parts = [`${claim}.saidAt`, ...(report ? [`${report}.date`] : []), `${claim}.date`];
  return `substring(toString(coalesce(${parts.join(', ')})), 0, 10)`;
}

/** `day` lies within $from … $to (inclusive); an empty bound is open. */
export function dayBetween(day: string): string {
  return `(coalesce($from, '') = '' OR ${day} >= $from) AND (coalesce($to, '') = '' OR ${day} <= $to)`;
}

/**
 * Relationship types a path between two actors may use. MENTIONS and REPORTED_IN are left out on purpose:
 * any two actors named in one article would be joined through the article, which says nothing.
 */
const PATH_TYPES = [...RELATION_PREDICATES, CLAIM_RELS.said, CLAIM_RELS.about].join('|');

export const SEARCH_PHRASES: readonly SearchPhrase[] = [
  {
    text: 'What did $speaker say about $entity',
    description: 'Claims a speaker made about an actor, place or topic, with the articles that report them',
    params: [entityParam('speaker'), entityParam('entity')],
    cypher: [
      'MATCH (speaker:Entity)-[said:SAID]->(claim:Claim)-[about:ABOUT]->(subject)',
      `WHERE ${nameMatches('speaker', 'speaker')}`,
      `  AND (subject:Entity OR subject:Topic) AND ${nameMatches('subject', 'entity')}`,
      'OPTIONAL MATCH (claim)-[reported:REPORTED_IN]->(article:Article)',
      'RETURN speaker, said, claim, about, subject, reported, article',
      'LIMIT 300',
    ].join('\n'),
  },
  {
    text: 'Who sanctioned $entity',
    description: 'Actors that imposed sanctions on the entity (facts the text negates are left out)',
    params: [entityParam('entity')],
    cypher: [
      'MATCH (sanctioner:Entity)-[sanctioned:SANCTIONED]->(target:Entity)',
      `WHERE ${nameMatches('target', 'entity')} AND NOT coalesce(sanctioned.negated, false)`,
      'RETURN sanctioner, sanctioned, target',
    ].join('\n'),
  },
  {
    text: 'Path from $a to $b',
    description: 'Shortest chains of relations and claims linking two actors (articles excluded)',
    params: [entityParam('a'), entityParam('b')],
    cypher: [
      'MATCH (origin:Entity), (destination:Entity)',
      `WHERE ${nameMatches('origin', 'a')} AND ${nameMatches('destination', 'b')} AND origin <> destination`,
      `MATCH path = allShortestPaths((origin)-[:${PATH_TYPES}*..6]-(destination))`,
      'RETURN path',
      'LIMIT 25',
    ].join('\n'),
  },
  {
    text: 'Claims reported by $outlet',
    description: 'Claims found in the articles of one outlet, with who made them',
    params: [outletParam],
    cypher: [
      'MATCH (claim:Claim)-[reported:REPORTED_IN]->(article:Article)',
      'WHERE toLower(article.source) = toLower($outlet)',
      'OPTIONAL MATCH (speaker:Entity)-[said:SAID]->(claim)',
      'RETURN claim, reported, article, speaker, said',
      'LIMIT 300',
    ].join('\n'),
  },
  {
    text: 'Claims between $from and $to',
    description: 'Claims made (or, when that is unknown, first reported) between two dates, YYYY-MM-DD, with who made them and where',
    params: [dateParam('from'), dateParam('to')],
    cypher: [
      'MATCH (speaker:Entity)-[said:SAID]->(claim:Claim)',
      `WHERE ${dayBetween(claimDay('claim'))}`,
      'OPTIONAL MATCH (claim)-[reported:REPORTED_IN]->(article:Article)',
      'RETURN speaker, said, claim, reported, article',
      'LIMIT 300',
    ].join('\n'),
  },
  {
    text: 'Claims reported by $outlet between $from and $to',
    description: "One outlet's reports of claims made (else reported) between two dates, YYYY-MM-DD",
    params: [outletParam, dateParam('from'), dateParam('to')],
    cypher: [
      'MATCH (claim:Claim)-[reported:REPORTED_IN]->(article:Article)',
      `WHERE toLower(article.source) = toLower($outlet) AND ${dayBetween(claimDay('claim', 'reported'))}`,
      'OPTIONAL MATCH (speaker:Entity)-[said:SAID]->(claim)',
      'RETURN claim, reported, article, speaker, said',
      'LIMIT 300',
    ].join('\n'),
  },
  {
    text: 'What did $speaker say between $from and $to',
    description: "A speaker's claims made (else reported) between two dates, YYYY-MM-DD, with the articles that carry them",
    params: [entityParam('speaker'), dateParam('from'), dateParam('to')],
    cypher: [
      'MATCH (speaker:Entity)-[said:SAID]->(claim:Claim)',
      `WHERE ${nameMatches('speaker', 'speaker')} AND ${dayBetween(claimDay('claim'))}`,
      'OPTIONAL MATCH (claim)-[reported:REPORTED_IN]->(article:Article)',
      'RETURN speaker, said, claim, reported, article',
      'LIMIT 300',
    ].join('\n'),
  },
  {
    text: 'What did $speaker say reported by $outlet',
    description: "A speaker's claims as one outlet carried them",
    params: [entityParam('speaker'), outletParam],
    cypher: [
      'MATCH (speaker:Entity)-[said:SAID]->(claim:Claim)-[reported:REPORTED_IN]->(article:Article)',
      `WHERE ${nameMatches('speaker', 'speaker')} AND toLower(article.source) = toLower($outlet)`,
      'RETURN speaker, said, claim, reported, article',
      'LIMIT 300',
    ].join('\n'),
  },
  {
    text: 'Claims about $entity',
    description: 'Everything said about an actor, place or topic, and who said it',
    params: [entityParam('entity')],
    cypher: [
      'MATCH (speaker:Entity)-[said:SAID]->(claim:Claim)-[about:ABOUT]->(subject)',
      `WHERE (subject:Entity OR subject:Topic) AND ${nameMatches('subject', 'entity')}`,
      'RETURN speaker, said, claim, about, subject',
      'LIMIT 300',
    ].join('\n'),
  },
  {
    text: 'Relations of $entity',
    description: 'Who the actor urged, sanctioned, met, visited, opposed, supported, criticized or worked with, both ways',
    params: [entityParam('entity')],
    cypher: [
      `MATCH (actor:Entity)-[relation:${RELATION_PREDICATES.join('|')}]-(other)`,
      `WHERE ${nameMatches('actor', 'entity')}`,
      'RETURN actor, relation, other',
      'LIMIT 300',
    ].join('\n'),
  },
  {
    text: 'Who met with $entity',
    description: 'Meetings and talks with the actor, in either direction',
    params: [entityParam('entity')],
    cypher: [
      'MATCH (other:Entity)-[met:MET_WITH]-(actor:Entity)',
      `WHERE ${nameMatches('actor', 'entity')} AND NOT coalesce(met.negated, false)`,
      'RETURN other, met, actor',
    ].join('\n'),
  },
];
