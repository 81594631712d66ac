import type { Resources } from '../../resources';
import { WordStarts } from '../../resources/word-starts';

/**
 * Classes of characters the person recogniser tests at every candidate name, as bits of one
 * byte per UTF-16 code unit: one table read answers what were Set lookups of one-character
 * strings (`text[i]` allocates a string for every CJK character).
 */
export const PersonChar = {
  /** A single-character surname (王, 张 …). */
  surname: 1,
  /** The first character of a compound surname (欧阳, 司马 …). */
  compoundStart: 2,
  /** A character a given name does not contain (的, 了 …). */
  stop: 4,
  /** A function word after which a name may start a clause (据, 对 …). */
  clause: 8,
  /** The first character of an anonymising marker that makes a name no name (某, 先生 …). */
  anonymised: 16,
} as const;

export interface PersonTables {
  /** PersonChar bits of every code unit. */
  chars: Uint8Array;
  /**
   * The anonymising markers that count: 某 alone, or a marker of two or more characters
   * (老, 小 alone are ordinary given-name characters).
   */
  anonymised: string[];
  /** Where a word of the non-names may start: a candidate name is sliced to be looked up there only. */
  nonNameStarts: WordStarts;
  /** Where a cue (a credit, an occupation, a reporting verb) may start: see CueStarts. */
  cues: CueStarts;
}

/**
 * The pre-test of the one pass over every position of a document that looks for cues: the same
 * answer as a WordStarts of the cues (a cue may start here: its first code unit, and its first two
 * when it is longer), tested without a branch per step. A WordStarts branches on the first unit,
 * which lets a quarter of the positions of a news text through (记 者 民 警 说 …) in no order a
 * processor can predict; here the two tests are combined arithmetically and the one branch taken
 * is the rare "may start" (one position in twenty). It may say yes where no cue starts (a hash
 * collision), never no where one does: the tries confirm.
 */
export class CueStarts {
  /** Per code unit: 1 when a cue of two or more units starts with it, 2 when a one-unit cue is it. */
  private readonly first = new Uint8Array(65536);
  private readonly pairs = new Uint32Array(CUE_PAIR_BITS >>> 5);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!w) continue;
      const c = w.charCodeAt(0);
      if (w.length === 1) {
        this.first[c] |= 2;
        continue;
      }
      this.first[c] |= 1;
      const h = cuePairHash(c, w.charCodeAt(1));
      this.pairs[h >>> 5] |= 1 << (h & 31);
    }
  }

  /** The first position at or after `from` where a cue may start; -1 when there is none. */
  next(text: string, from: number): number {
    const first = this.first;
    const pairs = this.pairs;
    const n = text.length;
    if (from < 0) from = 0;
    let c = from < n ? text.charCodeAt(from) : 0;
    for (let i = from; i < n; i++) {
      // past the end the second unit is 0: no cue holds it, and a collision is only a false yes
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      const f = first[c];
      const h = cuePairHash(c, d);
      // f & 2: a one-unit cue; f & 1 and the pair's bit: a longer one may start
      if (((f >>> 1) | (f & (pairs[h >>> 5] >>> (h & 31)))) & 1) return i;
      c = d;
    }
    return -1;
  }
}

/** 2^15 bits (4 KB): a few hundred cue pairs set about one bit in a hundred. */
const CUE_PAIR_BITS = 1 << 15;

/** The two code units as one 32-bit key, spread by a multiplicative (Fibonacci) hash over 15 bits. */
function cuePairHash(a: number, b: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> 17;
}

/** Built on the first document an extractor reads, then kept as long as its resources live. */
const cache = new WeakMap<Resources, PersonTables>();

export function personTables(res: Resources): PersonTables {
  let tables = cache.get(res);
  if (!tables) {
    tables = buildPersonTables(res);
    cache.set(res, tables);
  }
  return tables;
}

function buildPersonTables(res: Resources): PersonTables {
  const ctx = res.personContext;
  const chars = new Uint8Array(65536);
  // a set of one-character strings: only its one-character members can ever equal text[i]
  const mark = (members: Iterable<string>, bit: number) => {
    for (const m of members) if (m.length === 1) chars[m.charCodeAt(0)] |= bit;
  };
  mark(res.surnames.single.keys(), PersonChar.surname);
  for (const s of res.surnames.compound) if (s.length) chars[s.charCodeAt(0)] |= PersonChar.compoundStart;
  mark(ctx.stopChars, PersonChar.stop);
  mark(ctx.clauseWords, PersonChar.clause);
  const anonymised = ctx.anonymised.filter((m) => m === '某' || m.length > 1);
  for (const m of anonymised) chars[m.charCodeAt(0)] |= PersonChar.anonymised;
    const cues = new CueStarts([...ctx.credits.surfaces(), ...ctx.occupations.surfaces(), ...ctx.verbs.surfaces()]);
  return { chars, anonymised, nonNameStarts: new WordStarts(ctx.nonNames), cues };
}
