// Option parsers for every command: commander calls them while parsing, before any action runs,
// so a bad value stops the command before it opens a connection. The failure names the option
// (commander prefixes "option '--batch-size <n>' argument 'abc' is invalid.") and exits with 2.
import { InvalidArgumentError } from 'commander';

/** An integer in [min, max]; decimals, signs, units and blanks are refused. */
export function integer(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value: string) => {
    const v = value.trim();
    const n = Number(v);
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? `Expected an integer ≥ ${min}.` : `Expected an integer from ${min} to ${max}.`);
    }
    return n;
  };
}

/** A TCP port to listen on (0 picks a free one). */
export const port = integer(0, 65_535);

/** A host name or address to bind: no scheme, path or spaces. */
export function host(value: string): string {
  const v = value.trim();
  if (!v || /[\s/@]/.test(v) || v.includes('://')) throw new InvalidArgumentError('Expected a host name or IP address, like 127.0.0.1 or 0.0.0.0.');
  return v;
}

/** One of `values`. */
export function oneOf<T extends string>(values: readonly T[]): (value: string) => T {
  return (value: string) => {
    if (!(values as readonly string[]).includes(value)) throw new InvalidArgumentError(`Expected one of: ${values.join(', ')}.`);
    return value as T;
  };
}

/** Exit code for usage errors (bad option, unknown command), as most command-line tools use. */
export const USAGE_EXIT = 2;
