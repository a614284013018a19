import { createHash } from 'node:crypto';
import type { EntityType } from './extraction.js';

/** Lower-case ASCII slug: "Mao Ning" -> "mao-ning", "Côte d'Ivoire" -> "cote-divoire". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Stable entity id: `person:mao-ning`. */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

/** Text normalised for identity: Unicode NFC, NBSP as space, runs of white space folded, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A name as looked up: Unicode NFC, runs of white space folded, trimmed, lower case. The one name
 * normaliser: the store keys entity names and aliases with it, the API normalises the name asked for.
 */
export function normaliseName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Short hex digest used for ids. */
export function digest(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex').slice(0, 16);
}

/** An article's id: a hash of its normalised text, so the same text always gets the same id. */
export function articleId(text: string): string {
  return digest(normaliseText(text));
}
