/**
 * Where a slogan name may start: a filter over the first two code units of the names, asked at
 * every position of a document before the lexicon trie and the document's own names. About one
 * character in four begins some name (中, 一, 国 …), but far fewer begin one together with the
 * character after it, and a position no name starts at costs one table read. The answer may be a
 * false yes (two pairs can share a bit), never a false no.
 */
export class NameStarts {
  /** Bit c: some name is the one code unit c. */
  private readonly singles: Uint32Array;
  /** Bit pairHash(c1, c2): some name starts with code units c1 c2. */
  private readonly pairs: Uint32Array;

  constructor(from?: NameStarts) {
    this.singles = from ? from.singles.slice() : new Uint32Array(2048);
    this.pairs = from ? from.pairs.slice() : new Uint32Array(2048);
  }

  /** Makes this filter a copy of `from` again (a working copy reused document after document). */
  copyFrom(from: NameStarts): void {
    this.singles.set(from.singles);
    this.pairs.set(from.pairs);
  }

  add(name: string): void {
    if (!name) return;
    const c1 = name.charCodeAt(0);
    if (name.length === 1) this.singles[c1 >>> 5] |= 1 << (c1 & 31);
    else {
      const h = pairHash(c1, name.charCodeAt(1));
      this.pairs[h >>> 5] |= 1 << (h & 31);
    }
  }

  /** False when no name starts at `pos` of `text`. */
  mayStartAt(text: string, pos: number): boolean {
    const c1 = text.charCodeAt(pos);
    if ((this.singles[c1 >>> 5] & (1 << (c1 & 31))) !== 0) return true;
    if (pos + 1 >= text.length) return false;
    const h = pairHash(c1, text.charCodeAt(pos + 1));
    return (this.pairs[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}

/** Two code units hashed to 16 bits (a multiplicative hash: CJK code units crowd one range). */
function pairHash(c1: number, c2: number): number {
  return Math.imul((c1 << 16) | c2, 0x9e3779b1) >>> 16;
}
