/**
 * Where a word of a list may start: a pre-test for scans that would otherwise ask a trie at
 * every position of a text. One bit per pair of first two code units (hashed into 32 K bits,
 * 4 KB) and one bit per one-unit word (8 KB): both stay in the first-level cache, where a trie's
 * 256 KB root table does not, and a pair rejects far more positions than a first character
 * alone (人, 法, 主 start many words of a text, few of them cues). It answers "maybe" for some
 * positions where no word starts (hash collisions), never "no" where one does: the caller still
 * asks the trie.
 */
export class WordStarts {
  private readonly pairs = new Uint32Array(1 << (PAIR_BITS - 5));
  private readonly singles = new Uint32Array(65536 >>> 5);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    if (!word) return;
    if (word.length === 1) {
      const c = word.charCodeAt(0);
      this.singles[c >>> 5] |= 1 << (c & 31);
    } else {
      const h = pairHash(word.charCodeAt(0), word.charCodeAt(1));
      this.pairs[h >>> 5] |= 1 << (h & 31);
    }
  }

  /** False when no word of the list starts at `pos`. */
  mayStartAt(text: string, pos: number): boolean {
    if (pos < 0 || pos >= text.length) return false;
    const c = text.charCodeAt(pos);
    if ((this.singles[c >>> 5] & (1 << (c & 31))) !== 0) return true;
    // the last unit pairs with 0 (asking charCodeAt past the end, for its NaN, made every call slower)
    const h = pairHash(c, pos + 1 < text.length ? text.charCodeAt(pos + 1) : 0);
    return (this.pairs[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}

const PAIR_BITS = 15;

/** Fibonacci hashing of the two code units: the top PAIR_BITS bits of their product with 2^32/φ. */
function pairHash(a: number, b: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);
}
