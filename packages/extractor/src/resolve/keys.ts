// Keys under which organisation names are the same body.
import { foldKey, getGazetteer } from '../gazetteer.js';

/** Initials of the capitalised words: "World Health Organization" -> "WHO". */
export function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
}

/** Normalised key of an organisation core: "Ministry of Foreign Affairs" == "Foreign Ministry". */
export function orgCoreKey(core: string): string {
  let c = core.replace(/^the\s+/i, '');
  const m = /^(Ministry|Department) of (?:the )?(.+)$/.exec(c);
  if (m && !/ of /.test(m[2]!)) c = `${m[2]} ${m[1]}`;
  c = c.replace(/\bForeign Affairs (Ministry|Department)\b/, 'Foreign $1').replace(/\bDefence\b/, 'Defense');
  return foldKey(c);
}

/** Known acronyms inside a name spelled out: "WHO Secretariat" -> "World Health Organization Secretariat". */
export function expandAcronyms(name: string): string {
  const gaz = getGazetteer();
  return name.replace(/\b[A-Z]{2,6}\b/g, (a) => {
    const g = gaz.byKey.get(foldKey(a));
    return g && g.kind === 'org' ? g.name : a;
  });
}

/** Short prefix of a country for a national body's caption: "US", "UK", or the demonym. */
export const countryPrefix = (country: string): string =>
  country === 'United States' ? 'US' : country === 'United Kingdom' ? 'UK' : getGazetteer().demonymOf.get(country) ?? country;
