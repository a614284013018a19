// The `kg` command as users run it (a child process): bad options stop it before any connection,
// Neo4j failures are named (unreachable vs. refused credentials), `kg serve` ends on a busy port and
// logs why it stops, and a bad JSON line is reported with its line number from a file or stdin.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDriver, readNeo4jConfig } from '@kg/store';

const ROOT = resolve(import.meta.dirname, '../../..');
const MAIN = join(ROOT, 'packages/cli/src/main.ts');
const UNREACHABLE = { NEO4J_URI: 'bolt://127.0.0.1:1' };
const dirs: string[] = [];
/** An ingest loads the extractor's model first: slow on a busy machine, so it gets room (not a speed check). */
const INGEST_MS = 240_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `kg args…`; `onStdout` may act on the running process (e.g. send it a signal). */
function kg(args: string[], opts: { env?: Record<string, string>; stdin?: string; onStdout?: (text: string, kill: (s: NodeJS.Signals) => void) => void; killAfterMs?: number } = {}): Promise<Run> {
  return new Promise((done) => {
    // One node process (tsx as a loader, not its wrapper CLI), so signals reach the command itself.
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // A command that does not end by itself is killed, and shows up as signal SIGKILL.
    const guard = setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs ?? 90_000);
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      opts.onStdout?.(stdout, (s) => child.kill(s));
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      done({ code, signal, stdout, stderr });
    });
    child.stdin.end(opts.stdin ?? '');
  });
}

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  dirs.push(d);
  return d;
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('options are checked before anything connects', () => {
  const cases: [string[], RegExp][] = [
    [['ingest', '--max-bytes', 'abc', 'x'], /--max-bytes/],
    [['ingest', '--retry-seconds', 'abc', 'x'], /--retry-seconds/],
    [['ingest', '--batch-size', 'abc', 'x'], /--batch-size/],
    [['ingest', '--workers', 'abc', 'x'], /--workers/],
    [['extract', '--max-bytes', 'abc', 'x'], /--max-bytes/],
    [['serve', '--port', 'abc'], /--port/],
    [['serve', '--port', '70000'], /--port/],
    [['up', '--port', '-1'], /--port/],
  ];
  for (const [args, option] of cases) {
    it(`kg ${args.join(' ')} exits 2 naming the option`, async () => {
      const r = await kg(args, { env: UNREACHABLE });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(option);
      expect(r.stderr).toMatch(/invalid/);
      expect(r.stderr).not.toMatch(/not reachable|authentication/);
    });
  }

  it('a bad setting in the environment stops kg serve with the variable named', async () => {
    const r = await kg(['serve'], { env: { ...UNREACHABLE, KG_MAX_DEPTH: 'deep' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/KG_MAX_DEPTH/);
  });

  it('kg --version prints the version', async () => {
    const r = await kg(['--version']);
    expect(r.code).toBe(0);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };
    expect(r.stdout.trim()).toBe(version);
  });
});

describe('Neo4j failures are named', () => {
  it('an unreachable server: exit 2, "not reachable"', async () => {
    const r = await kg(['retract', 'nothing'], { env: UNREACHABLE });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not reachable/);
  });

  it('a wrong password: exit 2, an authentication failure, not "not reachable"', async () => {
    const r = await kg(['retract', 'nothing'], { env: { NEO4J_PASSWORD: `wrong-${randomBytes(4).toString('hex')}` } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/authentication failed/);
    expect(r.stderr).toMatch(/NEO4J_PASSWORD/);
    expect(r.stderr).not.toMatch(/not reachable/);
  });
});

describe('kg serve', () => {
  it('on a busy port: exits 1 with a clear line, and the process ends (the driver is closed)', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const busy = (blocker.address() as net.AddressInfo).port;
    try {
      const r = await kg(['serve', '--port', String(busy), '--host', '127.0.0.1']);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`port ${busy} is already in use`));
    } finally {
      blocker.close();
    }
  });

  it('on an address that is not local: exits 1 with a clear line', async () => {
    const r = await kg(['serve', '--port', '0', '--host', '203.0.113.7']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot listen on 203\.0\.113\.7/);
  });

  it('logs why it stops when it gets a signal, and exits 0', async () => {
    let sent = false;
    const r = await kg(['serve', '--port', '0', '--host', '127.0.0.1'], {
      onStdout: (text, kill) => {
        if (!sent && text.includes('GraphQL API at')) {
          sent = true;
          kill('SIGTERM');
        }
      },
    });
    expect(sent).toBe(true);
    expect({ code: r.code, signal: r.signal, stderr: r.stderr }).toMatchObject({ code: 0, signal: null });
    expect(r.stderr).toMatch(/stopping: received SIGTERM/);
    expect(r.stderr).toMatch(/stopped/);
  });
});

describe('a bad JSON line is reported with its line number', () => {
  const tag = randomBytes(5).toString('hex');
  const article = (n: number) =>
    JSON.stringify({
      title: `Line test ${tag} ${n}`,
      text: `Officials in the capital said on Tuesday that the trade talks would resume next week, according to a statement released by the ministry. Report ${tag} number ${n}.`,
    });
  const lines = `${article(1)}\n{"text": "unterminated\n${article(3)}\n`;

  async function storedTitles(): Promise<string[]> {
    const driver = openDriver(readNeo4jConfig());
    try {
      const res = await driver.executeQuery('MATCH (a:Article) WHERE a.title STARTS WITH $p RETURN a.title AS t ORDER BY t', { p: `Line test ${tag}` });
      return res.records.map((r) => r.get('t') as string);
    } finally {
      await driver.close();
    }
  }

  it('from standard input: exit 1, "<stdin>:2", the good lines stored', async () => {
    const r = await kg(['ingest', '-', '--workers', '0', '--progress', 'log'], { stdin: lines, killAfterMs: INGEST_MS });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/<stdin>:2: invalid JSON/);
    expect(await storedTitles()).toEqual([`Line test ${tag} 1`, `Line test ${tag} 3`]);
  }, INGEST_MS + 30_000);

  it('from a file: exit 1, "<file>:2"', async () => {
    const file = join(tempDir(), 'set.jsonl');
    writeFileSync(file, lines);
    const r = await kg(['ingest', file, '--workers', '0', '--progress', 'log'], { killAfterMs: INGEST_MS });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/set\.jsonl:2: invalid JSON/);
  }, INGEST_MS + 30_000);
});
