/**
 * A set of UTF-16 code units as a 64 KB table: the recognisers test characters at every position
 * of a document, and a table read is several times cheaper than a Set lookup.
 */
export type CharTable = Uint8Array;

/** The table of the given characters (or code units); for a string, its first code unit. */
export function charTable(chars: Iterable<string | number>): CharTable {
  const table = new Uint8Array(65536);
  for (const c of chars) {
    const code = typeof c === 'number' ? c : c.charCodeAt(0);
    if (code >= 0 && code < 65536) table[code] = 1;
  }
  return table;
}

/**
 * Every position of `text` holding one of `chars` (single code units), in order. Found with
 * `indexOf`, which the engine runs much faster than a loop over the text in JavaScript: for the
 * rare characters a recogniser starts from (镇 乡 道 木, 《), the scan is most of its cost.
 */
export function positionsOf(text: string, chars: readonly string[], from = 0): number[] {
  const out: number[] = [];
  for (const c of chars) for (let p = text.indexOf(c, from); p >= 0; p = text.indexOf(c, p + 1)) out.push(p);
  if (chars.length > 1) out.sort((a, b) => a - b);
  return out;
}
