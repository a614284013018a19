// The entities of one article under construction: one per key, in order of first creation. Local to
// a single resolveArticle call (never shared between articles).
import type { EntityType } from '@kg/ontology';
import type { ArticleEntity } from './types.js';

export class EntityTable {
  readonly entities: ArticleEntity[] = [];
  private readonly byKey = new Map<string, number>();
  /** Index of the entity under `key`, created with the given type, name and id if new. */
  add(key: string, type: EntityType, name: string, id: string): number {
    let ix = this.byKey.get(key);
    if (ix === undefined) {
      ix = this.entities.length;
      this.entities.push({ id, type, name, aliases: new Set(), mentions: [], titles: new Set() });
      this.byKey.set(key, ix);
    }
    return ix;
  }
}
