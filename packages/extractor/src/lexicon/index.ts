// The extractor's lexicon: general word lists, one file per family. Nothing here is specific to any article.
export * from './reporting.js';
export * from './roles.js';
export * from './names.js';
export * from './places.js';
export * from './given-names.js';
export * from './modality.js';
export * from './criticism.js';
export { words } from './words.js';
