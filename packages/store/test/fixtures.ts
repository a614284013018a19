// Hand-written extractions for store tests (invented text, not from seeds/).
import { articleId, type Extraction } from '@kg/ontology';

export const TEXT_A = 'Ruritania urged Freedonia to resume talks. Minister Anna Berg said the border must stay open to trade.';
export const TEXT_B = 'Freedonia rejected the call. Anna Berg, the Ruritanian minister, said the border should stay open to all trade.';
export const TEXT_C = 'Officials met in Geneva. Ruritania and Freedonia held talks on the border.';

export const A = articleId(TEXT_A);
export const B = articleId(TEXT_B);
export const C = articleId(TEXT_C);

const ents = {
  ruritania: { id: 'country:ruritania', type: 'Country' as const, name: 'Ruritania', aliases: ['Ruritania'] },
  freedonia: { id: 'country:freedonia', type: 'Country' as const, name: 'Freedonia', aliases: ['Freedonia'] },
  berg: { id: 'person:anna-berg', type: 'Person' as const, name: 'Anna Berg', aliases: ['Anna Berg', 'Berg'] },
  geneva: { id: 'place:geneva', type: 'Place' as const, name: 'Geneva', aliases: ['Geneva'] },
};

export function extractionA(): Extraction {
  return {
    articles: [{ id: A, title: 'Ruritania urges talks', source: 'Daily Planet', publishedAt: '2024-03-01', path: '/tmp/a.txt' }],
    entities: [
      { ...ents.ruritania, mentionedIn: [A] },
      { ...ents.freedonia, mentionedIn: [A] },
      { ...ents.berg, aliases: ['Anna Berg'], mentionedIn: [A] },
    ],
    claims: [
      {
        id: 'claim-a1', speaker: ents.berg.id, text: 'the border must stay open to trade', kind: 'indirect',
        about: [], articles: [A], cue: 'said', start: 65, end: 99, sentence: 'Minister Anna Berg said the border must stay open to trade.',
      },
    ],
    relations: [
      {
        subject: ents.ruritania.id, predicate: 'URGED', object: ents.freedonia.id, negated: false, hedged: false,
        evidence: [{ articleId: A, sentence: 'Ruritania urged Freedonia to resume talks.', start: 0, end: 42 }],
      },
      {
        subject: ents.berg.id, predicate: 'HOLDS_ROLE', object: ents.ruritania.id, negated: false, hedged: false, title: 'minister',
        evidence: [{ articleId: A, sentence: 'Minister Anna Berg said the border must stay open to trade.', start: 43, end: 102 }],
      },
    ],
  };
}

export function extractionB(): Extraction {
  return {
    articles: [{ id: B, title: 'Freedonia says no', source: 'Morning Star', publishedAt: '2024-03-02', path: '/tmp/b.txt', url: 'https://example.org/b' }],
    entities: [
      { ...ents.ruritania, aliases: ['Ruritanian'], mentionedIn: [B] },
      { ...ents.freedonia, mentionedIn: [B] },
      { ...ents.berg, mentionedIn: [B] },
    ],
    claims: [
      {
        id: 'claim-b1', speaker: ents.berg.id, text: 'the border should stay open to all trade', kind: 'indirect',
        about: [ents.freedonia.id], articles: [B], cue: 'said', start: 67, end: 107, sentence: 'Anna Berg, the Ruritanian minister, said the border should stay open to all trade.',
      },
    ],
    relations: [
      {
        subject: ents.freedonia.id, predicate: 'OPPOSED', object: ents.ruritania.id, negated: false, hedged: false,
        evidence: [{ articleId: B, sentence: 'Freedonia rejected the call.', start: 0, end: 28 }],
      },
      {
        subject: ents.berg.id, predicate: 'HOLDS_ROLE', object: ents.ruritania.id, negated: false, hedged: false, title: 'minister',
        evidence: [{ articleId: B, sentence: 'Anna Berg, the Ruritanian minister, said the border should stay open to all trade.', start: 29, end: 111 }],
      },
    ],
  };
}

export function extractionC(): Extraction {
  return {
    articles: [{ id: C, title: null, source: 'Daily Planet', publishedAt: null, path: '/tmp/c.txt' }],
    entities: [
      { ...ents.ruritania, mentionedIn: [C] },
      { ...ents.freedonia, mentionedIn: [C] },
      { ...ents.geneva, mentionedIn: [C] },
    ],
    claims: [],
    relations: [
      {
        // Stored once whichever way round it is written (symmetric).
        subject: ents.freedonia.id, predicate: 'MET_WITH', object: ents.ruritania.id, negated: false, hedged: false,
        evidence: [{ articleId: C, sentence: 'Ruritania and Freedonia held talks on the border.', start: 26, end: 75 }],
      },
    ],
  };
}

/** Several extractions as one (what extractCorpus would return). */
export function merge(...xs: Extraction[]): Extraction {
  return {
    articles: xs.flatMap((x) => x.articles),
    entities: xs.flatMap((x) => x.entities),
    claims: xs.flatMap((x) => x.claims),
    relations: xs.flatMap((x) => x.relations),
  };
}
