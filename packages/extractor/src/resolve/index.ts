// Stage: in-article resolution. Mentions are grouped into entities (full names absorb surnames,
// acronyms join the body they abbreviate, national bodies get their country), descriptions point to
// the entity already named, and capitals are told apart: a place where something happens, or the
// country when it acts ("Washington said"). Steps, in order:
//   copy mentions -> home country -> capitals -> national bodies -> type candidates (./rules)
//   -> group into entities -> descriptions -> entity attributes -> roles
// The mention stage's result is never changed: this stage works on its own copies.
import type { Analysis } from '../nlp.js';
import type { Mention, MentionResult } from '../mentions.js';
import { homeCountryOf } from './home-country.js';
import { typeCapitals } from './capitals.js';
import { assignNationalBodies } from './national-bodies.js';
import { candidateContext, typeCandidates } from './candidates.js';
import { copyMentions, indexMentions } from './mention-index.js';
import { EntityTable } from './entity-table.js';
import { groupNamed } from './group.js';
import { entityOfMention, resolveDescriptions } from './descriptions.js';
import { roleFacts } from './roles.js';
import type { ArticleEntity, Resolved } from './types.js';
import { givenNameGender } from '../lexicon/index.js';

export type { ArticleEntity, Resolved, ResolveInput, RoleFact } from './types.js';
export { initials, orgCoreKey } from './keys.js';
export { DOC_HEADS } from '../lexicon/index.js';

const byOffset = (x: Mention, y: Mention): number => x.s - y.s || y.e - x.e;

/** Aliases, gender, titles and type confidence of each entity from its mentions. */
function addAttributes(mentions: readonly Mention[], entOf: readonly number[], entities: ArticleEntity[]): void {
  mentions.forEach((m, i) => {
    const e = entOf[i]!;
    if (e < 0) return;
    const ent = entities[e]!;
    ent.mentions.push(i);
    if (m.alias) ent.aliases.add(m.kind === 'name' && m.type === 'Organization' && m.country ? m.text.replace(/^the\s+/i, '') : m.text.replace(/^The /, 'the '));
    if (m.gender && ent.type === 'Person' && m.kind === 'name') ent.gender = m.gender;
    if (m.title && m.kind === 'name') ent.titles.add(m.title.toLowerCase());
    if (m.kind === 'name' && m.type === ent.type) ent.typeConfidence = Math.max(ent.typeConfidence ?? 0, m.typeConfidence ?? 1);
  });
  // the usual gender of the given name opening a person's full name (a hint, kept apart from stated gender)
  for (const ent of entities) {
    if (ent.type !== 'Person') continue;
    const w = ent.name.split(' ');
    const g = w.length >= 2 ? givenNameGender(w[0]!) : undefined;
    if (g) ent.nameGender = g;
  }
}

export function resolveArticle(text: string, an: Analysis, mr: MentionResult, datelinePlace: string | null): Resolved {
  const toks = an.tokens;
  const own = copyMentions(mr.mentions).sort(byOffset);
  const homeCountry = homeCountryOf(own, datelinePlace);
  typeCapitals(toks, own);
  const ix0 = indexMentions(own);
  assignNationalBodies(toks, own, ix0, homeCountry);
  const typed = typeCandidates(candidateContext(text, toks, own, ix0, mr.candidates), mr.candidates);
  const mentions = [...own];
  for (const m of typed) mentions.push(m);
  mentions.sort(byOffset);
  const ix = indexMentions(mentions);
  const table = new EntityTable();
  const entOf = groupNamed(mentions, table);
  resolveDescriptions(an, mentions, entOf, table, ix);
  const entOfM = entityOfMention(mentions, entOf);
  const roles = roleFacts({ toks, mentions, entOf, table, ix, home: homeCountry, entOfM });
  addAttributes(mentions, entOf, table.entities);
  return { mentions, entities: table.entities, entOf, roles, homeCountry };
}
