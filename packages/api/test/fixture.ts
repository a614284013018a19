// A small hand-written extraction (ontology JSON) the integration tests store with @kg/store's writer.
// Expectations in the tests are computed from this data, never from extractor output.
import type { Extraction } from '@kg/ontology';

export const ids = {
  alice: 'person:alice-ames',
  bob: 'person:bob-brown',
  carol: 'person:carol-chen',
  freedonia: 'country:freedonia',
  sylvania: 'country:sylvania',
  ministry: 'organization:freedonia-foreign-ministry',
  bali: 'place:bali',
  trade: 'topic:trade',
  a1: 'fixture-article-1',
  a2: 'fixture-article-2',
  a3: 'fixture-article-3',
} as const;

const ev = (articleId: string, sentence: string, start = 0, extra: { negated?: boolean; hedged?: boolean } = {}) => ({
  articleId,
  sentence,
  start,
  end: start + sentence.length,
  ...extra,
});

export const fixture: Extraction = {
  articles: [
    { id: ids.a1, title: 'Talks in Bali', source: 'Outlet A', publishedAt: '2023-01-10', path: 'fixture/a1.txt' },
    { id: ids.a2, title: 'Sanctions row', source: 'Outlet B', publishedAt: '2023-02-15', path: 'fixture/a2.txt' },
    { id: ids.a3, title: 'Ministers meet', source: 'Outlet C', publishedAt: '2023-03-20', path: 'fixture/a3.txt' },
  ],
  entities: [
    { id: ids.alice, type: 'Person', name: 'Alice Ames', aliases: ['Alice Ames', 'Ames', 'Minister Ames'], mentionedIn: [ids.a1, ids.a2, ids.a3] },
    { id: ids.bob, type: 'Person', name: 'Bob Brown', aliases: ['Bob Brown', 'Brown'], mentionedIn: [ids.a2, ids.a3] },
    { id: ids.carol, type: 'Person', name: 'Carol Chen', aliases: ['Carol Chen'], mentionedIn: [ids.a3] },
    { id: ids.freedonia, type: 'Country', name: 'Freedonia', aliases: ['Freedonia', 'the Freedonian side'], mentionedIn: [ids.a1, ids.a2, ids.a3] },
    { id: ids.sylvania, type: 'Country', name: 'Sylvania', aliases: ['Sylvania'], mentionedIn: [ids.a1, ids.a2, ids.a3] },
    { id: ids.ministry, type: 'Organization', name: 'Freedonia Foreign Ministry', aliases: ['Foreign Ministry'], mentionedIn: [ids.a1] },
    { id: ids.bali, type: 'Place', name: 'Bali', aliases: ['Bali'], mentionedIn: [ids.a3] },
  ],
  topics: [{ id: ids.trade, name: 'trade' }],
  claims: [
    {
      id: 'fixture-claim-lift',
      speaker: ids.alice,
      text: 'Sylvania should lift the sanctions on Bob Brown immediately',
      kind: 'indirect',
      about: [ids.sylvania, ids.bob],
      articles: [ids.a1, ids.a2],
      cue: 'said',
      evidence: [
        ev(ids.a1, 'Ames said Sylvania should lift the sanctions on Bob Brown immediately.', 100),
        ev(ids.a2, 'Sylvania should lift the sanctions on Bob Brown immediately, Ames said.', 40),
      ],
    },
    {
      id: 'fixture-claim-oppose',
      speaker: ids.alice,
      text: 'Freedonia firmly opposes any unilateral sanctions',
      kind: 'direct',
      about: [ids.sylvania],
      articles: [ids.a2],
      cue: 'said',
      evidence: [ev(ids.a2, '"Freedonia firmly opposes any unilateral sanctions," Ames said.', 200)],
    },
    {
      id: 'fixture-claim-productive',
      speaker: ids.bob,
      text: 'The meeting with Alice Ames was productive',
      kind: 'direct',
      about: [ids.alice],
      articles: [ids.a3],
      cue: 'told',
      evidence: [ev(ids.a3, '"The meeting with Alice Ames was productive," Brown told reporters.', 10)],
    },
    {
      id: 'fixture-claim-track',
      speaker: ids.freedonia,
      text: 'Relations with Sylvania must return to the right track',
      kind: 'indirect',
      about: [ids.sylvania],
      articles: [ids.a1],
      cue: 'urged',
      evidence: [ev(ids.a1, 'Freedonia urged that relations with Sylvania must return to the right track.', 300)],
    },
    {
      id: 'fixture-claim-trade',
      speaker: ids.sylvania,
      text: 'Trade negotiations will resume next month',
      kind: 'indirect',
      about: [ids.trade],
      articles: [ids.a3],
      cue: 'said',
      evidence: [ev(ids.a3, 'Sylvania said trade negotiations will resume next month.', 400)],
    },
  ],
  relations: [
    { subject: ids.alice, predicate: 'HOLDS_ROLE', object: ids.ministry, title: 'spokesperson', negated: false, hedged: false,
      evidence: [ev(ids.a1, 'Foreign Ministry spokesperson Alice Ames spoke on Monday.', 0)] },
    { subject: ids.freedonia, predicate: 'URGED', object: ids.sylvania, negated: false, hedged: false,
      evidence: [ev(ids.a1, 'Freedonia urged Sylvania to return to talks.', 50), ev(ids.a2, 'Freedonia again urged Sylvania to act.', 10)] },
    { subject: ids.sylvania, predicate: 'SANCTIONED', object: ids.bob, negated: false, hedged: false,
      evidence: [ev(ids.a2, 'Sylvania imposed sanctions on Bob Brown last year.', 90)] },
    { subject: ids.alice, predicate: 'MET_WITH', object: ids.bob, negated: false, hedged: false,
      evidence: [ev(ids.a3, 'Ames met with Brown in Bali.', 0)] },
    { subject: ids.bob, predicate: 'VISITED', object: ids.bali, negated: false, hedged: false,
      evidence: [ev(ids.a3, 'Brown travelled to Bali for the talks.', 30)] },
    { subject: ids.sylvania, predicate: 'MET_WITH', object: ids.freedonia, negated: true, hedged: false,
      evidence: [ev(ids.a3, 'Sylvania did not meet Freedonia this month.', 60, { negated: true })] },
    { subject: ids.carol, predicate: 'CRITICIZED', object: ids.bob, negated: false, hedged: true,
      evidence: [ev(ids.a3, 'Chen is considering criticising Brown.', 120, { hedged: true })] },
    { subject: ids.sylvania, predicate: 'SUPPORTED', object: ids.trade, negated: false, hedged: false,
      evidence: [ev(ids.a3, 'Sylvania backs more trade.', 500)] },
  ],
};

/** Publication date of a fixture article. */
export const dateOf = (articleId: string): string =>
  fixture.articles.find((a) => a.id === articleId)?.publishedAt ?? '';

/** Earliest report date of a fixture claim (what the store writes as Claim.date). */
export const claimDate = (claimId: string): string => {
  const c = fixture.claims.find((x) => x.id === claimId)!;
  return c.articles.map(dateOf).sort()[0]!;
};
