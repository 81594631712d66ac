/**
 * Where a word of a list may start: a pre-test for scans that would otherwise walk a trie at
 * every position of a text.
 *
 * Why: a trie's root table answers "some word starts with this character" in one read, but the
 * words start with very common characters (市 省 中 国 人 法 主 …): the first character lets 40%
 * of the positions of a news text through to a region walk, while a region starts at 2% of them.
 * The first two code units sort them out. Tested as bits: one per code unit for the first unit
 * (8 KB), one for the words of a single unit (8 KB), and a hashed bit set of the first two units
 * (16 KB): small enough to stay in the processor's cache, where a trie's 256 KB root table does not.
 *
 * It may say yes where no word starts (two pairs sharing a hash bit), never no where one does:
 * the caller confirms a yes with the trie.
 */
export class WordStarts {
  private readonly first: Uint32Array;
  private readonly single: Uint32Array;
  private readonly pairs: Uint32Array;

  /** `words`: the list; or another filter to copy (a copy takes more words without changing it). */
  constructor(words: Iterable<string> | WordStarts = []) {
    if (words instanceof WordStarts) {
      this.first = words.first.slice();
      this.single = words.single.slice();
      this.pairs = words.pairs.slice();
      return;
    }
    this.first = new Uint32Array(65536 >>> 5);
    this.single = new Uint32Array(65536 >>> 5);
    this.pairs = new Uint32Array(PAIR_BITS >>> 5);
    for (const w of words) this.add(w);
  }

  /** Makes this filter a copy of `from` again (a working copy reused document after document). */
  copyFrom(from: WordStarts): void {
    this.first.set(from.first);
    this.single.set(from.single);
    this.pairs.set(from.pairs);
  }

  add(word: string): void {
    if (!word) return;
    const c = word.charCodeAt(0);
    this.first[c >>> 5] |= 1 << (c & 31);
    if (word.length === 1) {
      this.single[c >>> 5] |= 1 << (c & 31);
      return;
    }
    const h = pairHash(c, word.charCodeAt(1));
    this.pairs[h >>> 5] |= 1 << (h & 31);
  }

  /** False when no word of the list starts at `pos` (true: one may). */
  mayStartAt(text: string, pos: number): boolean {
    if (pos < 0 || pos >= text.length) return false;
    const c = text.charCodeAt(pos);
    const bit = 1 << (c & 31);
    if ((this.first[c >>> 5] & bit) === 0) return false;
    if ((this.single[c >>> 5] & bit) !== 0) return true;
    // (asking charCodeAt past the end, for its NaN, made every call slower)
    if (pos + 1 >= text.length) return false;
    const h = pairHash(c, text.charCodeAt(pos + 1));
    return (this.pairs[h >>> 5] & (1 << (h & 31))) !== 0;
  }

  /**
   * The first position at or after `from` where a word may start (as mayStartAt says), the text's
   * length when there is none. For a scan that asks at most positions and finds few: `for (let i =
   * f.nextStart(text, 0); i < text.length; i = f.nextStart(text, i + 1))`. The loop holds the tables
   * and the next code unit in locals and reads each unit once, where asking mayStartAt at every
   * position reads each three times (a third of a scan's time in the region and organisation passes).
   *
   * The three tests are combined arithmetically, with one branch per position: "a word may start
   * here" is rare, but "its first unit starts a word" is not (a quarter of the positions of a news
   * text), and branching on it was mispredicted often enough to dominate the scan.
   */
  nextStart(text: string, from: number): number {
    const first = this.first;
    const single = this.single;
    const pairs = this.pairs;
    const len = text.length;
    let i = from < 0 ? 0 : from;
    if (i >= len) return len;
    let c = text.charCodeAt(i);
    const last = len - 1;
    for (; i < last; i++) {
      const d = text.charCodeAt(i + 1);
      const shift = c & 31;
      const h = pairHash(c, d);
      if (((single[c >>> 5] >>> shift) | ((first[c >>> 5] >>> shift) & (pairs[h >>> 5] >>> (h & 31)))) & 1) return i;
      c = d;
    }
    // the last unit: only a one-unit word starts there (as mayStartAt says)
    return i === last && ((single[c >>> 5] >>> (c & 31)) & 1) === 1 ? i : len;
  }
}

/** 2^17 bits: with the ten thousand pairs of the gazetteer, about one bit in thirteen is set. */
export const PAIR_BITS = 1 << 17;

/** The two code units as one 32-bit key, spread by a multiplicative (Fibonacci) hash over 17 bits. */
export function pairHash(a: number, b: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> 15;
}
