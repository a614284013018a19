/** A whitespace-separated word list as a Set. */
export const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
