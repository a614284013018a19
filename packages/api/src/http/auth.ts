import { timingSafeEqual } from 'node:crypto';
import type { ApiConfig } from '../config.js';

export const API_KEY_HEADER = 'x-api-key';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface Access {
  canRead: boolean;
  canWrite: boolean;
}

/**
 * Mutations need `apiKey` when one is configured; reads are open unless `readApiKey` is set,
 * in which case either key reads.
 */
export function accessFor(cfg: Pick<ApiConfig, 'apiKey' | 'readApiKey'>, header: string | string[] | undefined): Access {
  const key = Array.isArray(header) ? header[0] : header;
  const isWriteKey = !!cfg.apiKey && !!key && same(key, cfg.apiKey);
  const canWrite = cfg.apiKey ? isWriteKey : true;
  const canRead = cfg.readApiKey ? isWriteKey || (!!key && same(key, cfg.readApiKey)) : true;
  return { canRead, canWrite };
}
