export { bloomPerspective, BLOOM_EXPORT_VERSION, CATEGORY_ICONS, HIDDEN_RELATIONSHIP_TYPES } from './perspective.js';
export { SEARCH_PHRASES, nameMatches, type SearchPhrase, type PhraseParam } from './phrases.js';
export { ALL_LABELS, ALL_REL_TYPES, NODE_PROPERTIES, RELATIONSHIP_PROPERTIES } from './schema.js';
