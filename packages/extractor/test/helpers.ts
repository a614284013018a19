import { extractArticle, runStages, STAGE_ORDER, type StageName, type StageOutputs } from '../src/index.js';
import type { Extraction } from '@kg/ontology';

/** Extract a small text and return it with helpers keyed by names. */
export function run(text: string): Extraction & { names: string[]; rel: (s: string, p: string, o: string) => boolean } {
  const ex = extractArticle(text);
  const byId = new Map(ex.entities.map((e) => [e.id, e]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  return {
    ...ex,
    names: ex.entities.map((e) => e.name),
    rel: (s, p, o) => ex.relations.some((r) => name(r.subject) === s && r.predicate === p && name(r.object) === o),
  };
}

/** The name of the entity that speaks the claim whose text matches `text`. */
export function speakerName(ex: Extraction, text: RegExp): string | undefined {
  const c = ex.claims.find((x) => text.test(x.text));
  return ex.entities.find((e) => e.id === c?.speaker)?.name;
}

/**
 * Runs the pipeline up to the named stage and shows that stage's input (the previous stage's output,
 * or the text for the first) and its output, so a test can look at one stage's hand-off.
 */
export function stage<S extends StageName>(name: S, text: string): { input: unknown; output: StageOutputs[S]; all: Partial<StageOutputs> } {
  const all = runStages(text, {}, name);
  const i = STAGE_ORDER.indexOf(name);
  const input = i === 0 ? text : all[STAGE_ORDER[i - 1]!];
  return { input, output: all[name] as StageOutputs[S], all };
}

/** The mentions found in `text`, as "type:kind:text" strings (stage `mentions`). */
export function mentionsOf(text: string): string[] {
  return stage('mentions', text).output.mentions.map((m) => `${m.type}:${m.kind}:${m.text}`);
}

/** The entities resolved in `text` as "Type:name" strings, with their type confidence (stage `resolve`). */
export function entitiesOf(text: string): Array<{ key: string; typeConfidence: number | undefined; gender: string | undefined; nameGender: string | undefined }> {
  return stage('resolve', text).output.entities.map((e) => ({ key: `${e.type}:${e.name}`, typeConfidence: e.typeConfidence, gender: e.gender, nameGender: e.nameGender }));
}

/** The name of the entity with this id. */
export const nameOf = (ex: Extraction, id: string | undefined): string | undefined => ex.entities.find((e) => e.id === id)?.name;
/** The speakers of every claim whose text matches `text`, sorted. */
export const speakersOf = (ex: Extraction, text: RegExp): Array<string | undefined> =>
  ex.claims.filter((c) => text.test(c.text)).map((c) => nameOf(ex, c.speaker)).sort();
