/**
 * Overlap resolution (src/link/index.ts): the longest reading wins, then the type's priority, then the
 * earliest, then the order the spans came in. Checked against the plain comparator sort it replaced.
 */
import fc from 'fast-check';
import type { Span } from '../../src/doc';
import { resolveOverlaps, sortByStart } from '../../src/link';
import type { MentionType } from '../../src/types';

const TYPES: MentionType[] = ['document', 'organisation', 'person', 'title', 'region', 'slogan', 'metric'];
const PRIORITY: Record<MentionType, number> = { document: 7, organisation: 6, person: 5, title: 4, region: 3, slogan: 2, metric: 1 };

const span = (type: MentionType, start: number, end: number, reason = ''): Span => ({ type, start, end, text: '', reason, data: null });

/** The resolution as first written: a stable sort with a comparator, then one flag per position taken. */
function reference<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[b.type] - PRIORITY[a.type] || a.start - b.start);
  const taken = new Uint8Array(spans.reduce((m, s) => Math.max(m, s.end), 0));
  const kept: T[] = [];
  for (const s of sorted) {
    if (s.end <= s.start) continue;
    let free = true;
    for (let p = s.start; p < s.end && free; p++) if (taken[p]) free = false;
    if (!free) continue;
    taken.fill(1, s.start, s.end);
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

describe('resolveOverlaps', () => {
  test('the longest reading wins, then the priority of its type, then the earliest', () => {
    const longer = span('region', 0, 4);
    const shorter = span('organisation', 2, 5);
    expect(resolveOverlaps([shorter, longer])).toEqual([longer]);
    const person = span('person', 3, 6);
    const title = span('title', 4, 7);
    expect(resolveOverlaps([title, person])).toEqual([person]);
    const first = span('region', 10, 12);
    const second = span('region', 11, 13);
    expect(resolveOverlaps([second, first])).toEqual([first]);
  });

  test('of two equal readings the one that came first is kept', () => {
    const a = span('organisation', 5, 9, 'a');
    const b = span('organisation', 5, 9, 'b');
    expect(resolveOverlaps([a, b])[0]).toBe(a);
    expect(resolveOverlaps([b, a])[0]).toBe(b);
  });

  test('empty spans are dropped; what is kept comes in text order', () => {
    const kept = resolveOverlaps([span('metric', 40, 44), span('person', 3, 3), span('title', 70, 72), span('region', 0, 2), span('slogan', 33, 40)]);
    expect(kept.map((s) => s.start)).toEqual([0, 33, 40, 70]);
    expect(resolveOverlaps([])).toEqual([]);
  });

  test('the same spans, in the same order, as the comparator sort it replaced (random spans, fixed seed)', () => {
    const arbitrarySpan = fc
      .record({ type: fc.constantFrom(...TYPES), start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: -1, max: 12 }), reason: fc.string({ maxLength: 2 }) })
      .map((s) => span(s.type, s.start, s.start + s.length, s.reason));
    fc.assert(
      fc.property(fc.array(arbitrarySpan, { maxLength: 120 }), (list) => {
        // each span twice (a copy after the list): equal readings, where the input order decides
        const spans = [...list, ...list.map((s) => ({ ...s }))];
        const got = resolveOverlaps(spans);
        const want = reference(spans);
        expect(got.length).toBe(want.length);
        got.forEach((s, k) => expect(s).toBe(want[k]));
      }),
      { seed: 8, numRuns: 300 },
    );
  });

  test('a large document, then small ones, as the reference (the scratch arrays grow and are reused, not read stale)', () => {
    // 3000 spans over 20000 positions: more than the scratch arrays first hold
    const big: Span[] = [];
    for (let k = 0; k < 3000; k++) big.push(span(TYPES[k % 7], (k * 7919) % 20000, ((k * 7919) % 20000) + 1 + (k % 9)));
    const want = reference(big);
    const got = resolveOverlaps(big);
    expect(got.length).toBe(want.length);
    got.forEach((s, k) => expect(s).toBe(want[k]));
    // a smaller one after it: nothing of the first is taken or kept
    const small = [span('region', 0, 2), span('person', 1, 4), span('title', 5, 7)];
    expect(resolveOverlaps(small)).toEqual(reference(small));
    expect(resolveOverlaps(big).length).toBe(want.length);
  });

  test('past a million positions (scratch arrays made for it and not kept), then small documents again', () => {
    const huge = [span('person', 1_500_000, 1_500_003), span('title', 1_500_002, 1_500_004), span('region', 10, 12), span('organisation', 10, 14)];
    expect(resolveOverlaps(huge)).toEqual(reference(huge));
    const small = [span('region', 0, 2), span('person', 1, 4), span('title', 5, 7)];
    expect(resolveOverlaps(small)).toEqual(reference(small));
    expect(resolveOverlaps(huge)).toEqual(reference(huge));
  });
});

describe('sortByStart', () => {
  test('orders by start across buckets, equal starts in index order', () => {
    const starts = Int32Array.from([70, 3, 31, 32, 3, 0, 64, 31, 200]);
    const ks = Int32Array.from(starts, (_, k) => k);
    sortByStart(ks, starts, 201);
    expect([...ks]).toEqual([5, 1, 4, 2, 7, 3, 6, 0, 8]);
  });

  test('agrees with a stable comparator sort (random starts, fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 200 }), (list) => {
        const starts = Int32Array.from(list);
        const ks = Int32Array.from(list, (_, k) => k);
        sortByStart(ks, starts, 501);
        expect([...ks]).toEqual(list.map((_, k) => k).sort((a, b) => list[a] - list[b] || a - b));
      }),
      { seed: 8, numRuns: 200 },
    );
  });
});
