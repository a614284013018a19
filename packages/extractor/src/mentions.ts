// The mention stage lives in ./mentions/ (passes in ./mentions/rules/, in order).
export * from './mentions/index.js';
