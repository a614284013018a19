import type { Driver } from 'neo4j-driver';
import type { RequestHandler } from 'express';

/** GET /healthz: 200 when Neo4j answers within `timeoutMs`, 503 otherwise (never the driver's message). */
export function healthHandler(driver: Driver, timeoutMs = 3000): RequestHandler {
  return async (_req, res) => {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      });
      const info = await Promise.race([driver.getServerInfo(), timeout]);
      res.status(200).json({ status: 'ok', neo4j: { reachable: true, version: info.agent ?? null, latencyMs: Date.now() - started } });
    } catch {
      res.status(503).json({ status: 'unavailable', neo4j: { reachable: false, latencyMs: Date.now() - started } });
    } finally {
      clearTimeout(timer);
    }
  };
}
