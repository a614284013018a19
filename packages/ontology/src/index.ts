export * from './extraction.js';
export * from './ids.js';
export * from './graph-model.js';
export * from './names.js';
export * from './text-checks.js';
