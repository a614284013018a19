// The one name normaliser: how names are compared wherever they are (gazetteer keys, cross-batch
// entity resolution). Case, accents, dots, apostrophes, hyphens and spacing are folded.

/** "Antony J. Blinken" -> "antony j blinken", "Côte d'Ivoire" -> "cote divoire", "Xi'an" -> "xian". */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
