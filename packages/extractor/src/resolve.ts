// The resolve stage lives in ./resolve/ (one module per step, typing rules in ./resolve/rules/).
export * from './resolve/index.js';
