import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, JVM_FLAGS, javaArgs, resolveOptions, REPO_ROOT } from '../src/launcher.js';
import { Neo4jLocalError } from '../src/errors.js';
import { join, resolve } from 'node:path';

describe('resolveOptions', () => {
  it('uses the documented defaults with an empty environment', () => {
    const o = resolveOptions({}, {});
    expect(o).toMatchObject({
      uri: 'bolt://127.0.0.1:7687',
      port: 7687,
      dataDir: DEFAULT_DATA_DIR,
      user: 'neo4j',
      password: 'knowledge-graph',
      heap: '1g',
      httpPort: 7474,
      logFile: join(DEFAULT_DATA_DIR, 'neo4j-local.log'),
    });
    expect(DEFAULT_DATA_DIR).toBe(join(REPO_ROOT, '.neo4j'));
  });

  it('reads the environment, options win over it', () => {
    const env = {
      NEO4J_URI: 'neo4j://localhost:7999',
      NEO4J_USER: 'alice',
      NEO4J_PASSWORD: 'secret-secret',
      NEO4J_HEAP: '2G',
      NEO4J_HTTP_PORT: 'off',
      NEO4J_DATA_DIR: 'tmp/data',
    };
    const o = resolveOptions({}, env);
    expect(o).toMatchObject({ uri: 'bolt://127.0.0.1:7999', user: 'alice', heap: '2g', httpPort: null });
    expect(o.dataDir).toBe(resolve(REPO_ROOT, 'tmp/data'));
    expect(resolveOptions({ heap: '256m', httpPort: 8000, dataDir: 'x' }, env)).toMatchObject({
      heap: '256m',
      httpPort: 8000,
      dataDir: resolve('x'),
    });
  });

  it('refuses remote hosts with an explanation', () => {
    const err = (() => {
      try {
        resolveOptions({ uri: 'bolt://neo4j.example.com:7687' }, {});
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(Neo4jLocalError);
    expect((err as Neo4jLocalError).code).toBe('REMOTE_URI');
    expect((err as Error).message).toMatch(/neo4j\.example\.com.*only manages a Neo4j on 127\.0\.0\.1/);
  });

  it('refuses bad settings early', () => {
    expect(() => resolveOptions({ password: 'short' }, {})).toThrow(/at least 8/);
    expect(() => resolveOptions({ uri: 'bolt+s://127.0.0.1' }, {})).toThrow(/plain Bolt/);
    expect(() => resolveOptions({ heap: 'big' }, {})).toThrow(/heap/);
    expect(() => resolveOptions({ uri: 'bolt://127.0.0.1:7474', httpPort: 7474 }, {})).toThrow(/share port/);
  });
});

describe('javaArgs', () => {
  it('passes heap, ports and settings, but never the password', () => {
    const o = resolveOptions(
      { uri: 'bolt://127.0.0.1:17687', heap: '512m', httpPort: null, password: 'do-not-show-me', settings: { 'db.transaction.timeout': '30s' } },
      {},
    );
    const args = javaArgs(o, '/x/launcher.jar');
    expect(args).toEqual(expect.arrayContaining(['-Xmx512m', '-Xms512m', ...JVM_FLAGS, '-jar', '/x/launcher.jar']));
    expect(args.join(' ')).toContain('--bolt-port 17687 --http-port 0');
    expect(args.join(' ')).toContain('--set db.transaction.timeout=30s');
    expect(args.join(' ')).not.toContain('do-not-show-me');
    expect(args.indexOf('-jar')).toBeGreaterThan(args.indexOf('-Xmx512m'));
    expect(args).not.toContain('-XX:TieredStopAtLevel=1');
    expect(javaArgs({ ...o, quickStart: true }, '/x/launcher.jar')).toContain('-XX:TieredStopAtLevel=1');
  });
});
