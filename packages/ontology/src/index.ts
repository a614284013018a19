export * from './extraction.js';
export * from './ids.js';
export * from './graph-model.js';
