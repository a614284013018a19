// Quality floor: the extractor scored with the shared scorer on the development set (the seeds,
// gold in ../shared/eval) and on our own held-out sets. Fails when a change loses quality anywhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../src/index.js';

interface Prf { f1: number }
interface Scores { entities: Prf; claims: Prf; relations: Prf }
interface Scorer {
  score(gold: unknown, pred: unknown): Scores;
  parseDocs(text: string, where?: string): unknown;
}

const repo = resolve(import.meta.dirname, '../../..');
const scorerPath = resolve(repo, '../shared/eval/score.mjs');

function extractFolder(dir: string, rel: string): unknown {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const docs = files.map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), meta: { path: `${rel}/${f}` } }));
  return extractCorpus(docs).extraction;
}

const SETS = [
  // [name, articles folder, gold file, floors: entities, claims, relations]
  ['seeds (development set)', resolve(repo, 'seeds'), resolve(repo, '../shared/eval/gold-seeds.json'), [0.9, 0.8, 0.65]],
  ['held-out 1', resolve(import.meta.dirname, 'heldout'), resolve(import.meta.dirname, 'heldout/gold.json'), [0.85, 0.8, 0.6]],
  ['held-out 2', resolve(import.meta.dirname, 'heldout2'), resolve(import.meta.dirname, 'heldout2/gold.json'), [0.85, 0.8, 0.6]],
  ['held-out 3', resolve(import.meta.dirname, 'heldout3'), resolve(import.meta.dirname, 'heldout3/gold.json'), [0.85, 0.8, 0.6]],
] as const;

describe.skipIf(!existsSync(scorerPath))('extraction quality against gold', () => {
  it.each(SETS)('%s stays above its floor', async (_name, dir, goldFile, [fe, fc, fr]) => {
    const scorer = (await import(scorerPath)) as Scorer;
    const gold = scorer.parseDocs(readFileSync(goldFile, 'utf8'), basename(goldFile));
    const pred = scorer.parseDocs(JSON.stringify(extractFolder(dir, basename(dir))), 'prediction');
    const s = scorer.score(gold, pred);
    expect(s.entities.f1).toBeGreaterThanOrEqual(fe);
    expect(s.claims.f1).toBeGreaterThanOrEqual(fc);
    expect(s.relations.f1).toBeGreaterThanOrEqual(fr);
  });
});
