import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleId } from '@kg/ontology';
import { blankInvisibles } from '../src/clean.js';
import { ExtractionError, extractArticle, extractCorpus } from '../src/index.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const texts = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ f, text: readFileSync(join(fixtures, f), 'utf8') }));

function wellFormed(text: string, ex: ReturnType<typeof extractArticle>): void {
  const ids = new Set(ex.entities.map((e) => e.id));
  for (const c of ex.claims) {
    expect(ids.has(c.speaker)).toBe(true);
    expect(c.start! >= 0 && c.end! <= text.length && c.start! <= c.end!).toBe(true);
    // the offsets span the claim; a split quotation's text joins its parts without the attribution between them
    const slice = blankInvisibles(text).slice(c.start!, c.end!);
    if (slice !== c.text) {
      let at = 0;
      for (const w of c.text.split(/\s+/)) { const i = slice.indexOf(w.replace(/[.]$/, ''), at); expect(i, `${w} in ${slice}`).toBeGreaterThanOrEqual(0); at = i + 1; }
      expect(slice.startsWith(c.text.split(/\s+/)[0]!)).toBe(true);
    }
  }
  for (const r of ex.relations) {
    expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
    for (const ev of r.evidence) expect(ev.start >= 0 && ev.end <= text.length && ev.start <= ev.end).toBe(true);
  }
}

describe('extractArticle', () => {
  it('extracts the fixtures with valid offsets and the article id', () => {
    for (const { f, text } of texts) {
      const ex = extractArticle(text, { path: f });
      expect(ex.articles[0]!.id).toBe(articleId(text));
      expect(ex.articles[0]!.path).toBe(f);
      expect(ex.claims.length).toBeGreaterThan(1);
      wellFormed(text, ex);
    }
  });

  it('lets caller metadata win over guesses', () => {
    const { text } = texts[0]!;
    const ex = extractArticle(text, { title: 'Given', source: 'Given Wire', publishedAt: '2020-01-01', url: 'https://x.test/a' });
    expect(ex.articles[0]).toMatchObject({ title: 'Given', source: 'Given Wire', publishedAt: '2020-01-01', url: 'https://x.test/a' });
  });

  it('reads a Russian briefing: speaker, roles, talks, urging', () => {
    const ex = extractArticle(texts.find((t) => t.f.startsWith('russia'))!.text);
    const rel = (s: string, p: string, o: string) => ex.relations.some((r) => r.subject === s && r.predicate === p && r.object === o);
    expect(rel('person:maria-zakharova', 'HOLDS_ROLE', 'organization:foreign-ministry-of-russia')).toBe(true);
    expect(rel('person:sergei-lavrov', 'MET_WITH', 'person:hakan-fidan')).toBe(true);
    expect(rel('person:maria-zakharova', 'URGED', 'country:germany')).toBe(true);
    expect(ex.articles[0]!.source).toBe('TASS');
  });

  it('rejects bad input with a typed error', () => {
    const reason = (t: string) => { try { extractArticle(t); return 'ok'; } catch (e) { return e instanceof ExtractionError ? e.reason : 'crash'; } };
    expect(reason('')).toBe('empty');
    expect(reason('   \n ')).toBe('empty');
    expect(reason('\u0000\u0001\u0002binary\u0003\u0004'.repeat(200))).toBe('binary');
    expect(reason('这是一个中文句子。'.repeat(50))).toBe('no-english');
  });

  it('rejects a 20 MB text quickly', () => {
    const big = 'The minister said the talks went well. '.repeat(520_000);
    const t0 = Date.now();
    expect(() => extractArticle(big)).toThrow(ExtractionError);
    expect(Date.now() - t0).toBeLessThan(2000);
    // a configurable limit lets it through
    const ex = extractArticle(`Minister Ali Khan said that the plan works. ${big.slice(0, 300_000)}`, {}, { maxBytes: 400_000 });
    expect(ex.claims.length).toBeGreaterThan(0);
  });

  it('returns well-formed output on random text', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('"', '“', '”', ' said ', ' the ', 'President ', 'Mao Ning', 'China', ', adding that ', '.\n', '\u0000', '😀', 'U.S.', 'Foreign Ministry'),
      fc.string({ minLength: 200, maxLength: 400 }).map((s) => s.replace(/\s/g, 'x')),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = `The minister said that ${parts.join('')} and the envoy added "it works.`;
      try {
        wellFormed(text, extractArticle(text));
      } catch (e) {
        if (!(e instanceof ExtractionError)) throw e;
      }
    }), { numRuns: 150 });
  });

  it('quotes claims with control characters blanked, at the offsets of the original text', () => {
    const text = 'Chinese Foreign Ministry spokesperson Mao Ning said on Monday that the border\u0000 must stay open to trade.';
    const ex = extractArticle(text);
    expect(ex.claims.length).toBeGreaterThan(0);
    for (const c of ex.claims) {
      expect(c.text).not.toContain('\u0000');
      expect(c.text).toBe(blankInvisibles(text).slice(c.start!, c.end!));
    }
  });
});

describe('extractCorpus', () => {
  it('merges entities across articles and reports per-article errors', () => {
    const { extraction, errors } = extractCorpus([
      { text: 'US Secretary of State Marco Rubio said on Monday that the talks were useful.', meta: { path: 'a.txt' } },
      { text: 'Rubio said that Washington will keep talking with Caracas.', meta: { path: 'b.txt' } },
      { text: '', meta: { path: 'empty.txt' } },
    ]);
    expect(errors.map((e) => [e.path, e.reason])).toEqual([['empty.txt', 'empty']]);
    const rubio = extraction.entities.filter((e) => e.type === 'Person');
    expect(rubio).toHaveLength(1);
    expect(rubio[0]!.aliases).toEqual(expect.arrayContaining(['Marco Rubio', 'Rubio']));
    expect(rubio[0]!.mentionedIn).toHaveLength(2);
    expect(extraction.claims.every((c) => c.speaker === rubio[0]!.id)).toBe(true);
    expect(extraction.articles.map((a) => a.path)).toEqual(['a.txt', 'b.txt']);
  });
});
