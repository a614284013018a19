// The article's home country: the dateline's capital, else the most mentioned country (bodies count
// three times). Unaffiliated state titles ("the minister") belong to it.
import type { Mention } from '../mentions.js';
import { foldKey, getGazetteer } from '../gazetteer.js';

export function homeCountryOf(mentions: readonly Mention[], datelinePlace: string | null): string | null {
  if (datelinePlace) {
    const g = getGazetteer().byKey.get(foldKey(datelinePlace));
    const c = g?.kind === 'capital' ? g.country! : g?.type === 'Country' ? g.name : null;
    if (c) return c;
  }
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const c = m.type === 'Country' ? m.country ?? m.name : m.type === 'Organization' ? m.country : undefined;
    if (c) counts.set(c, (counts.get(c) ?? 0) + (m.type === 'Organization' ? 3 : 1));
  }
  let best = 0, home: string | null = null;
  for (const [c, n] of counts) if (n > best) { best = n; home = c; }
  return home;
}
