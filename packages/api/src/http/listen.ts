// Binding the port, with failures said in one line the operator can act on.
import type http from 'node:http';

export class ListenError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ListenError';
  }
}

function describe(err: NodeJS.ErrnoException, port: number, host: string): ListenError {
  const where = `${host}:${port}`;
  const code = err.code ?? 'UNKNOWN';
  if (code === 'EADDRINUSE') return new ListenError(code, `port ${port} is already in use on ${host} (choose another with --port or PORT)`);
  if (code === 'EACCES') return new ListenError(code, `not allowed to listen on ${where} (ports below 1024 need privileges)`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new ListenError(code, `cannot listen on ${where}: no such local address (check --host or KG_HOST)`);
  }
  return new ListenError(code, `cannot listen on ${where}: ${err.message}`);
}

export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => reject(describe(err, port, host));
    server.once('error', onError);
    try {
      server.listen(port, host, () => {
        server.off('error', onError);
        resolve();
      });
    } catch (err) {
      // Out-of-range ports throw synchronously (RangeError).
      server.off('error', onError);
      reject(new ListenError('EINVAL', `cannot listen on ${host}:${port}: ${err instanceof Error ? err.message : String(err)}`));
    }
  });
}
