import type { MentionType } from './types';
import { normalise, overlapsMarkup, toOriginalSpan, type Normalised } from './normalise';
import type { Token } from './segment';

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
 * The one object the stages share (as spaCy's Doc): the original text, the working copy with
 * its offset map, the tokens, the section of every position, and the spans proposed so far.
 */
export class Doc {
  readonly original: string;
  readonly norm: Normalised;
  readonly work: string;
  tokens: Token[] = [];
  /** 1 where a token starts, 2 where one ends, 3 both; index = working-copy position. */
  boundaries: Uint8Array;
  /** Section number of every line start: a heading line (#, ##) opens a new section. */
  private readonly sectionStarts: number[];
  spans: Span[] = [];

  constructor(original: string) {
    this.original = original;
    this.norm = normalise(original);
    this.work = this.norm.work;
    this.boundaries = new Uint8Array(this.work.length + 1);
    this.sectionStarts = [0];
    const heading = /(^|\n)[ \t]*#{1,6}[ \t]/g;
    for (let m = heading.exec(this.work); m; m = heading.exec(this.work)) {
      const at = m.index + m[1].length;
      if (at > 0) this.sectionStarts.push(at);
    }
  }

  setTokens(tokens: Token[]): void {
    this.tokens = tokens;
    this.boundaries.fill(0);
    for (const t of tokens) {
      this.boundaries[t.start] |= 1;
      this.boundaries[t.end] |= 2;
    }
    this.boundaries[0] |= 1;
    this.boundaries[this.work.length] |= 2;
  }

  /** True when a token boundary falls at `pos` (a word starts or ends there). */
  isBoundary(pos: number): boolean {
    return pos <= 0 || pos >= this.work.length || this.boundaries[pos] !== 0;
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
