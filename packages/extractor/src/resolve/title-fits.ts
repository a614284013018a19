// Whether a description's head noun fits a title a person was given.

/** "the spokeswoman" fits "foreign ministry spokeswoman"; "the top diplomat" fits a foreign minister. */
export function titleFits(title: string, head: string): boolean {
  const ot = title.toLowerCase();
  if (ot === head || ot.endsWith(` ${head}`) || ot.startsWith(`${head} `) || (/^spokes/.test(head) && /spokes/.test(ot))) return true;
  // "the envoy" for a "special envoy for X affairs"
  if (/^(?:envoy|ambassador|minister|secretary|president|premier|chancellor)$/.test(head) && new RegExp(`\\b${head}\\b`).test(ot)) return true;
  return /^(?:top|chief|senior) diplomat$/.test(head) && /\b(?:foreign (?:minister|secretary)|secretary of state|minister (?:of|for) foreign affairs)\b/.test(ot);
}
