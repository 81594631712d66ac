import { lastStartingBefore } from '../doc';

/**
 * Spans by start position, for a stage that asks at some positions whether a span starts there
 * and walks the few that do. It keeps one array of the spans in start order and finds a start from
 * where the last question left off: the organisation grammar asks at increasing positions, and at
 * positions a little ahead of them (after a region), so an answer is most often a step or two away.
 * Shared by the recognisers: the organisation grammar (regions by start) and the region stage's
 * reader of road names (the regions near a road community's name).
 * (An index by position, an Int32Array of the document's length made for every document, cost
 * more to make and to bring into the cache than all the questions.)
 */
export class SpansByStart<S extends { start: number }> {
  /** The spans in start order; those of one start keep the order they were given in. */
  readonly spans: readonly S[];
  /** One past the last position asked (the document's length + 1). */
  private readonly size: number;
  /** Where the last search ended: the first span that does not start before the position last asked. */
  private cursor = 0;

  /** `size`: one past the last position asked (the document's length + 1). */
  constructor(size: number, spans: readonly S[]) {
    this.size = Math.max(0, size);
    let sorted = true;
    for (let k = 1; k < spans.length && sorted; k++) sorted = spans[k - 1].start <= spans[k].start;
    // Array.prototype.sort is stable: spans of one start stay in their given order
    this.spans = sorted ? spans : spans.slice().sort((a, b) => a.start - b.start);
    for (const s of this.spans) {
      if (s.start < 0 || s.start >= this.size) throw new RangeError(`position ${s.start} outside 0..${this.size - 1}`);
    }
  }

  has(pos: number): boolean {
    return this.firstAt(pos) >= 0;
  }

  /** The index in `spans` of the first span starting at `pos`, -1 when none does; the others of that start follow it. */
  firstAt(pos: number): number {
    if (pos < 0 || pos >= this.size) return -1;
    const spans = this.spans;
    let k = this.cursor;
    // a few steps from the last answer, else a binary search
    let steps = 0;
    while (k < spans.length && spans[k].start < pos && steps++ < STEPS) k++;
    while (k > 0 && spans[k - 1].start >= pos && steps++ < STEPS) k--;
    if (steps > STEPS) k = firstNotBefore(spans, pos);
    this.cursor = k;
    return k < spans.length && spans[k].start === pos ? k : -1;
  }
}

/** Steps walked from the last answer before a binary search. */
const STEPS = 8;

/** The index of the first span that does not start before `pos` (spans.length when all do). */
function firstNotBefore(spans: readonly { start: number }[], pos: number): number {
  return lastStartingBefore(spans, pos) + 1;
}
