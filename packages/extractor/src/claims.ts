// The claims stage lives in claims/; this path stays for modules that import it from here.
export * from './claims/index.js';
