import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printApiSchema } from '../src/schema/build.js';

describe('schema.graphql', () => {
  it('matches the schema built from the code (run `pnpm --filter @kg/api print-schema` after changing types)', async () => {
    const committed = await readFile(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printApiSchema());
  });

  it('follows the ontology: Entity interface and its four types, claims, relations, evidence', async () => {
    const sdl = await printApiSchema();
    expect(sdl).toMatch(/interface Entity \{/);
    for (const t of ['Person', 'Organization', 'Country', 'Place']) expect(sdl).toMatch(new RegExp(`type ${t} implements Entity \\{`));
    for (const t of ['Claim', 'Article', 'Relation', 'Evidence', 'Topic']) expect(sdl).toMatch(new RegExp(`type ${t} \\{`));
    for (const p of ['HOLDS_ROLE', 'URGED', 'SANCTIONED', 'MET_WITH', 'VISITED', 'OPPOSED', 'SUPPORTED', 'CRITICIZED', 'COOPERATED_WITH']) {
      expect(sdl).toContain(`  ${p}\n`);
    }
  });
});
