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

