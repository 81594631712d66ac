import { pairHash, PAIR_BITS } from './word-starts';

/** At most this many word lists share one table (one bit each of a byte). */
export const MAX_START_LISTS = 8;

/**
 * Where a word of each of several lists may start, for all the lists in one pass over a text.
 *
 * Why: the region, organisation, title and person recognisers each scanned the whole text with
 * their own WordStarts filter (three bit tests per position, per scan). Here the same three tests
 * are bytes with one bit per list: one pass computes, for every position, the lists a word of
 * which may start there (Doc.startMask), and each recogniser then skips through that mask, four
 * positions per read. The answers are those of a WordStarts built from the same list (the same
 * pair hash): yes may be wrong (two pairs sharing a hash), no never is; the trie confirms a yes.
 *
 * A recogniser registers its list under a key the first time it runs (`bitOf`); the table grows
 * with each list, and its `version` tells a Doc whose mask is older that it must be made again.
 */
export class StartTable {
  /** By first code unit: the lists with a longer word starting with it (low byte), with a word of that one unit (high byte). */
  private readonly first = new Uint16Array(65536);
  private readonly pairs = new Uint8Array(PAIR_BITS);
  private readonly keys: string[] = [];
  /** Bumped by every list added: a mask made before is out of date. */
  version = 0;

  /** The bit (0-7) of the list registered under `key`; `words` is read only on the first call for a key. */
  bitOf(key: string, words: () => Iterable<string>): number {
    const known = this.keys.indexOf(key);
    if (known >= 0) return known;
    if (this.keys.length === MAX_START_LISTS) throw new RangeError(`a StartTable holds at most ${MAX_START_LISTS} word lists (asked for "${key}")`);
    const b = this.keys.push(key) - 1;
    const bit = 1 << b;
    for (const word of words()) {
      if (!word) continue;
      const c = word.charCodeAt(0);
      if (word.length === 1) {
        this.first[c] |= bit << 8;
      } else {
        this.first[c] |= bit;
        this.pairs[pairHash(c, word.charCodeAt(1))] |= bit;
      }
    }
    this.version++;
    return b;
  }

  /** mask[i] = the bits of the lists a word of which may start at text[i], for every i < text.length. */
  fill(text: string, mask: Uint8Array): void {
    const { first, pairs } = this;
    const last = text.length - 1;
    if (last < 0) return;
    let c = text.charCodeAt(0);
    for (let i = 0; i < last; i++) {
      const d = text.charCodeAt(i + 1);
      const f = first[c];
      mask[i] = (f >>> 8) | (f & pairs[pairHash(c, d)]);
      c = d;
    }
    // the last unit: only a one-unit word starts there
    mask[last] = first[c] >>> 8;
  }
}

/**
 * A text's start mask (StartTable.fill), with the scan each recogniser makes of it. The bytes sit
 * on a buffer padded to whole 32-bit words (the padding is 0), so a scan reads four positions at once.
 */
export class StartMask {
  readonly bytes: Uint8Array;
  private readonly words: Uint32Array;
  /** The table's version when the mask was made. */
  readonly version: number;
  constructor(
    private readonly text: string,
    readonly table: StartTable,
  ) {
    this.version = table.version;
    const buffer = new ArrayBuffer((text.length + 4) & ~3);
    this.bytes = new Uint8Array(buffer);
    this.words = new Uint32Array(buffer);
    table.fill(text, this.bytes);
  }

  /** The first position at or after `from` where a word of list `bit` may start; the text's length when none. */
  next(bit: number, from: number): number {
    const len = this.text.length;
    let i = from < 0 ? 0 : from;
    if (i >= len) return len;
    const bytes = this.bytes;
    const one = 1 << bit;
    // up to a word boundary one byte at a time, then a word (four positions) at a time; the bytes
    // from the text's length on are 0, so a position found is always inside the text
    for (; (i & 3) !== 0; i++) if ((bytes[i] & one) !== 0) return i;
    const words = this.words;
    const four = one * 0x01010101;
    for (let k = i >>> 2; k < words.length; k++) {
      if ((words[k] & four) === 0) continue;
      for (let j = k << 2; ; j++) if ((bytes[j] & one) !== 0) return j;
    }
    return len;
  }
}
