// Invented claims written beside the seeds for the explorer's browser tests: one spokesperson, twelve
// statements, three articles from two outlets on three dates — enough to exercise the outlet filter, the time
// slider, "Show all" and a ministry's spokesperson. Nothing here comes from a real corpus.
import type { Extraction } from '@kg/ontology';

export const FIXTURE_SPEAKER = 'Ann Speaker';
export const FIXTURE_MINISTRY = 'Examplia Ministry';
export const OUTLET_ONE = 'Outlet One';
export const OUTLET_TWO = 'Outlet Two';

const A = 'f1f1f1f1f1f1f1f1';
const B = 'f2f2f2f2f2f2f2f2';
const C = 'f3f3f3f3f3f3f3f3';
const DATE: Record<string, string> = { [A]: '2024-03-01', [B]: '2024-03-05', [C]: '2024-04-10' };

// Distinct statements (different objects), so no corroboration rule may merge two of them.
const STATEMENTS = [
  'Otherland must return to the negotiating table',
  'the harbour tariffs on Examplian grain are unfair',
  'the fishing quota dispute can be settled by experts',
  'Examplia will open two new consulates next year',
  'the railway treaty protects farmers in the north',
  'the border museum exhibition is a gift of friendship',
  'Otherland owes an apology for the satellite incident',
  'student exchanges should double within five years',
  'the river dam report contains serious errors',
  'Examplia welcomes the mountain rescue volunteers',
  'the copper export ban will be reviewed in spring',
  'the ministry rejects claims about the lighthouse',
];
// Statement 0 is carried by both outlets; the others by one article each.
const ARTICLES_OF = (i: number): string[] => (i === 0 ? [A, B] : i <= 4 ? [A] : i <= 8 ? [B] : [C]);

export const FIXTURE: Extraction = {
  articles: [
    { id: A, title: 'Examplia sets out its positions', source: OUTLET_ONE, publishedAt: DATE[A]!, path: 'fixture/a.txt' },
    { id: B, title: 'Ministry briefing on Otherland', source: OUTLET_TWO, publishedAt: DATE[B]!, path: 'fixture/b.txt' },
    { id: C, title: 'Spring questions for the ministry', source: OUTLET_TWO, publishedAt: DATE[C]!, path: 'fixture/c.txt' },
  ],
  entities: [
    { id: 'person:ann-speaker', type: 'Person', name: FIXTURE_SPEAKER, aliases: [], mentionedIn: [A, B, C] },
    { id: 'organization:examplia-ministry', type: 'Organization', name: FIXTURE_MINISTRY, aliases: [], mentionedIn: [A, B, C] },
    { id: 'country:otherland', type: 'Country', name: 'Otherland', aliases: [], mentionedIn: [A, B, C] },
  ],
  claims: STATEMENTS.map((text, i) => {
    const articles = ARTICLES_OF(i);
    const sentence = `${FIXTURE_SPEAKER} said ${text}.`;
    return {
      id: `claim-fixture-${String(i).padStart(2, '0')}`,
      speaker: 'person:ann-speaker',
      text,
      kind: 'indirect' as const,
      about: ['country:otherland'],
      articles,
      sentence,
      start: FIXTURE_SPEAKER.length + 6,
      end: sentence.length - 1,
      date: DATE[articles[0]!]!,
    };
  }),
  relations: [
    {
      subject: 'person:ann-speaker',
      predicate: 'HOLDS_ROLE',
      object: 'organization:examplia-ministry',
      evidence: [{ articleId: A, sentence: `Ministry spokesperson ${FIXTURE_SPEAKER} spoke.`, start: 0, end: 40 }],
      negated: false,
      hedged: false,
      title: 'spokesperson',
    },
  ],
};
