import { describe, expect, it } from 'vitest';
import { isLoopbackUri } from '../src/neo4j-target.js';

describe('isLoopbackUri', () => {
  it('accepts loopback Bolt URIs in every scheme', () => {
    expect(isLoopbackUri('bolt://127.0.0.1:7687')).toBe(true);
    expect(isLoopbackUri('neo4j://localhost:7687')).toBe(true);
    expect(isLoopbackUri('bolt://[::1]:7687')).toBe(true);
  });
  it('rejects remote servers and garbage', () => {
    expect(isLoopbackUri('neo4j+s://abcd.databases.neo4j.io')).toBe(false);
    expect(isLoopbackUri('bolt://10.0.0.5:7687')).toBe(false);
    expect(isLoopbackUri('not a uri')).toBe(false);
  });
});
