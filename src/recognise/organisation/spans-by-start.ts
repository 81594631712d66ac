/**
 * Spans by start position, for a stage that asks at every position whether a span starts there
 * and walks the few that do. It keeps one array of the spans in
 * start order and an Int32Array that points at the first span of each start: the organisation
 * grammar builds it once per document over all regions, and a small array per start was most of
 * what building it allocated.
 */
export class SpansByStart<S extends { start: number }> {
  /** The spans in start order; those of one start keep the order they were given in. */
  readonly spans: readonly S[];
  /** 1 + the index in `spans` of the first span starting at a position; 0: none. */
  private readonly first: Int32Array;

  /** `size`: one past the last position asked (the document's length + 1). */
  constructor(size: number, spans: readonly S[]) {
    this.first = new Int32Array(Math.max(0, size));
    let sorted = true;
    for (let k = 1; k < spans.length && sorted; k++) sorted = spans[k - 1].start <= spans[k].start;
    // Array.prototype.sort is stable: spans of one start stay in their given order
    this.spans = sorted ? spans : spans.slice().sort((a, b) => a.start - b.start);
    for (let k = this.spans.length - 1; k >= 0; k--) {
      const pos = this.spans[k].start;
      if (pos < 0 || pos >= this.first.length) throw new RangeError(`position ${pos} outside 0..${this.first.length - 1}`);
      this.first[pos] = k + 1;
    }
  }

  has(pos: number): boolean {
    return pos >= 0 && pos < this.first.length && this.first[pos] !== 0;
  }

  /** The index in `spans` of the first span starting at `pos`, -1 when none does; the others of that start follow it. */
  firstAt(pos: number): number {
    return pos >= 0 && pos < this.first.length ? this.first[pos] - 1 : -1;
  }
}
