import type { MentionType } from './types';
import { normalise, overlapsMarkup, toOriginalSpan, type Normalised } from './normalise';
import type { Segmentation, Token, WordTagger } from './segment';
import { StartMask, type StartTable } from './resources/start-table';

/** True when the code unit at `pos` is a CJK ideograph (Ext. A or the unified block): no string made. */
export function isHanAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return c >= 0x3400 && c <= 0x9fff;
}

/** The most ideographs a bracketed note after a post holds (主持工作, 挂职, 正厅级, 兼). */
const MAX_NOTE = 8;

/**
 * The length of a bracketed note of ideographs at `pos`, brackets included (副院长（主持工作）X,
 * 副县长（挂职）X); 0 when there is none.
 */
export function noteAt(text: string, pos: number): number {
  const open = text.charCodeAt(pos);
  const close = open === 0xff08 ? 0xff09 : open === 0x28 ? 0x29 : 0;
  if (close === 0) return 0;
  for (let i = pos + 1; i <= pos + 1 + MAX_NOTE && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === close) return i > pos + 1 ? i + 1 - pos : 0;
    if (c < 0x3400 || c > 0x9fff) return 0;
  }
  return 0;
}

/** A proposed mention, in working-copy offsets, with what the recogniser knew. */
export interface Span<D = unknown> {
  type: MentionType;
  start: number;
  end: number;
  text: string;
  reason: string;
  data: D;
}

/**
 * A span made by a constructor. The recognisers that propose many spans of one kind per document
 * (regions of the gazetteer, posts, persons, bodies) make them with `newSpan`, not with object
 * literals: V8 decides, for each literal in the code, whether to allocate its objects straight in
 * the old generation (allocation-site pretenuring), from how many outlive a young-generation GC. The
 * first documents are read while that generation is still small, so all of one document's spans
 * outlived one, and V8 allocated every later span of that literal in the old generation: garbage
 * there that only a full GC frees, and peak RSS grew with it (230-237 MB over ten passes of the
 * bench's 5 MB, against 202-209 MB with pretenuring off). Objects made by `new` are never pretenured.
 */
export class SpanObject<D> implements Span<D> {
  constructor(
    public type: MentionType,
    public start: number,
    public end: number,
    public text: string,
    public reason: string,
    public data: D,
  ) {}
}

/** A span (see SpanObject: made by a constructor, never pretenured by V8). */
export function newSpan<D>(type: MentionType, start: number, end: number, text: string, reason: string, data: D): Span<D> {
  return new SpanObject(type, start, end, text, reason, data);
}

/**
 * Pushes every item onto `out` in order. `out.push(...items)` passes the items as arguments, and a
 * big document's hundreds of thousands of spans overflow the call stack (a RangeError from extract).
 */
export function appendAll<T>(out: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) out.push(items[k]);
}

/** Index of the last span of `spans` (sorted by start) that starts before `pos`, else -1 (binary search). */
export function lastStartingBefore(spans: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The one object the stages share (as spaCy's Doc): the original text, the working copy with
 * its offset map, the tokens, the section of every position, and the spans proposed so far.
 */
export class Doc {
  readonly original: string;
  readonly norm: Normalised;
  readonly work: string;
  /** The segmentation: the words and where each starts (tokens are made from them on demand). */
  private words: string[] = [];
  private starts: Int32Array = new Int32Array(0);
  /** Tokens made so far, by index (all of them when the Doc was given Token objects). */
  private made: (Token | undefined)[] = [];
  /** What reads a word's tag (null: the tokens given to setTokens carry their own). */
  private tagger: WordTagger | null = null;
  /** 1 where a token starts, 2 where one ends, 3 both; index = working-copy position. */
  boundaries: Uint8Array;
  /** 1 + the index of the token covering each working-copy position, 0 between tokens (a new array needs no fill). */
  private tokenIndex: Int32Array;
  /** Section number of every line start: a heading line (#, ##) opens a new section. */
  private readonly sectionStarts: number[];
  spans: Span[] = [];
  /** Where the words of the recognisers' lists may start (made on the first scan, kept for the next). */
  private mask: StartMask | null = null;

  constructor(original: string) {
    this.original = original;
    this.norm = normalise(original);
    this.work = this.norm.work;
    this.boundaries = new Uint8Array(this.work.length + 1);
    this.tokenIndex = new Int32Array(0);
    this.sectionStarts = [0];
    // (a text without # has no heading: the regex, tried at every position, is skipped)
    const heading = /(^|\n)[ \t]*#{1,6}[ \t]/g;
    for (let m = this.work.includes('#') ? heading.exec(this.work) : null; m; m = heading.exec(this.work)) {
      const at = m.index + m[1].length;
      if (at > 0) this.sectionStarts.push(at);
    }
  }

  /** The tokens as objects with their tags (a tool or a test); the pipeline gives a Segmentation to setSegmentation. */
  setTokens(tokens: Token[]): void {
    const starts = new Int32Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) starts[k] = tokens[k].start;
    this.index({ words: tokens.map((t) => t.word), starts }, null);
    this.made = tokens.slice();
  }

  /** The segmentation of the working copy; `tagger` reads a word's tag the first time one is asked. */
  setSegmentation(segmentation: Segmentation, tagger: WordTagger): void {
    this.index(segmentation, tagger);
  }

  private index(segmentation: Segmentation, tagger: WordTagger | null): void {
    const { words, starts } = segmentation;
    this.words = words;
    this.starts = starts;
    this.tagger = tagger;
    // sized holes: a write far past an empty array's end would turn it into a dictionary
    this.made = new Array(words.length);
    const boundaries = this.boundaries;
    // (a new Doc's arrays are zeroed already: only a second segmentation clears them)
    if (this.tokenIndex.length) boundaries.fill(0);
    const index = new Int32Array(this.work.length + 1);
    // one pass; a loop rather than fill() per token (most tokens are one or two characters)
    for (let k = 0; k < words.length; k++) {
      const start = starts[k];
      const end = start + words[k].length;
      boundaries[start] |= 1;
      boundaries[end] |= 2;
      for (let p = start; p < end; p++) index[p] = k + 1;
    }
    boundaries[0] |= 1;
    boundaries[this.work.length] |= 2;
    this.tokenIndex = index;
  }

  /** How many tokens the segmentation has. */
  get tokenCount(): number {
    return this.words.length;
  }

  /** Token `k` (0 <= k < tokenCount), made on first request and kept. */
  token(k: number): Token {
    let t = this.made[k];
    if (t === undefined) {
      if (k < 0 || k >= this.words.length) throw new RangeError(`token ${k} outside 0..${this.words.length - 1}`);
      t = new DocToken(this, k, this.words[k], this.starts[k]);
      this.made[k] = t;
    }
    return t;
  }

  /** The word of token `k`, without making the token. */
  wordAt(k: number): string {
    return this.words[k];
  }

  /** Where token `k` starts, without making the token. */
  startOf(k: number): number {
    return this.starts[k];
  }

  /** Every token, in order (makes them all: for the few passes that read each one). */
  get tokens(): Token[] {
    const out: Token[] = new Array(this.words.length);
    for (let k = 0; k < out.length; k++) out[k] = this.token(k);
    return out;
  }

  /** jieba's tag of `word` as a word of its own ('x' when the dictionary does not have it as one word). */
  tagOfWord(word: string): string {
    return this.tagger ? this.tagger.tagOf(word) : 'x';
  }

  /** Reads the tag of word `k` (DocToken asks it once). */
  readTag(k: number): string {
    return this.tagger ? this.tagger.tagOf(this.words[k]) : 'x';
  }

  /** The index in `tokens` of the token covering position `pos`, -1 when none does. */
  tokenIndexAt(pos: number): number {
    return pos >= 0 && pos < this.tokenIndex.length ? this.tokenIndex[pos] - 1 : -1;
  }

  /** The end of the token that starts at `pos`, -1 when no token starts there. */
  tokenEndAt(pos: number): number {
    const k = pos >= 0 && pos < this.tokenIndex.length ? this.tokenIndex[pos] - 1 : -1;
    return k >= 0 && this.starts[k] === pos ? pos + this.words[k].length : -1;
  }

  /** The token that starts at `pos`, if one does. */
  tokenStartingAt(pos: number): Token | undefined {
    const k = this.tokenIndexAt(pos);
    return k >= 0 && this.starts[k] === pos ? this.token(k) : undefined;
  }

  /** The tokens that overlap [start, end), in order (a word cut by either edge included). */
  tokensOverlapping(start: number, end: number): Token[] {
    const out: Token[] = [];
    let k = -1;
    for (let p = Math.max(0, start); p < end && p < this.tokenIndex.length; p++) {
      if (this.tokenIndex[p] > 0) {
        k = this.tokenIndex[p] - 1;
        break;
      }
    }
    if (k < 0) return out;
    for (; k < this.words.length && this.starts[k] < end; k++) out.push(this.token(k));
    return out;
  }

  /**
   * Where a word of each list of `table` may start in the working copy: one pass for all the lists,
   * made on first use and kept (made again if the table gained a list since).
   */
  startMask(table: StartTable): StartMask {
    const m = this.mask;
    if (m !== null && m.table === table && m.version === table.version) return m;
    return (this.mask = new StartMask(this.work, table));
  }

  /** True when a token boundary falls at `pos` (a word starts or ends there). */
  isBoundary(pos: number): boolean {
    return pos <= 0 || pos >= this.work.length || this.boundaries[pos] !== 0;
  }

  /** True when a word of the segmentation starts at `pos` (共 of 局|共|破获, not of 公共). */
  startsWord(pos: number): boolean {
    return (this.boundaries[pos] & 1) !== 0;
  }

  sectionOf(pos: number): number {
    let lo = 0;
    let hi = this.sectionStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sectionStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** True when the span covers HTML markup blanked out of the working copy. */
  overlapsMarkup(start: number, end: number): boolean {
    return this.norm.markup.length > 0 && overlapsMarkup(this.norm, start, end);
  }

  toOriginal(start: number, end: number): [number, number] {
    return toOriginalSpan(this.norm, start, end);
  }
}

/** A token the Doc made on request: its tag is read through the Doc, once. */
class DocToken implements Token {
  readonly end: number;
  private tagged: string | undefined = undefined;
  constructor(
    private readonly doc: Doc,
    private readonly k: number,
    readonly word: string,
    readonly start: number,
  ) {
    this.end = start + word.length;
  }

  get tag(): string {
    return (this.tagged ??= this.doc.readTag(this.k));
  }
}
