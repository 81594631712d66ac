import { SpansByStart } from '../../src/recognise/spans-by-start';

const at = <S extends { start: number }>(idx: SpansByStart<S>, pos: number): S[] => {
  const out: S[] = [];
  for (let k = idx.firstAt(pos); k >= 0 && k < idx.spans.length && idx.spans[k].start === pos; k++) out.push(idx.spans[k]);
  return out;
};

describe('SpansByStart', () => {
  it('groups spans by start, keeping the given order among spans of one start, when the input is not sorted', () => {
    const spans = [{ start: 3, id: 'a' }, { start: 1, id: 'b' }, { start: 3, id: 'c' }, { start: 0, id: 'd' }, { start: 1, id: 'e' }];
    const idx = new SpansByStart(6, spans);
    expect(at(idx, 3).map((s) => s.id)).toEqual(['a', 'c']);
    expect(at(idx, 1).map((s) => s.id)).toEqual(['b', 'e']);
    expect(at(idx, 0).map((s) => s.id)).toEqual(['d']);
    expect(at(idx, 2)).toEqual([]);
    expect(idx.has(3)).toBe(true);
    expect(idx.has(2)).toBe(false);
    // the input itself is not reordered
    expect(spans.map((s) => s.id).join('')).toBe('abcde');
  });

  it('uses sorted input as it is', () => {
    const spans = [{ start: 0 }, { start: 0 }, { start: 4 }];
    const idx = new SpansByStart(5, spans);
    expect(idx.spans).toBe(spans);
    expect(at(idx, 0)).toHaveLength(2);
    expect(at(idx, 4)).toHaveLength(1);
  });

  it('answers positions outside the index as empty, and refuses a span outside it', () => {
    const idx = new SpansByStart(3, [{ start: 2 }]);
    expect(idx.has(-1)).toBe(false);
    expect(idx.has(3)).toBe(false);
    expect(idx.firstAt(-1)).toBe(-1);
    expect(idx.firstAt(99)).toBe(-1);
    expect(() => new SpansByStart(2, [{ start: 2 }])).toThrow(RangeError);
    expect(new SpansByStart(0, []).has(0)).toBe(false);
  });

  it('answers in any order, near the last answer or far from it', () => {
    const spans = Array.from({ length: 200 }, (_, k) => ({ start: 3 * Math.floor(k / 2), id: k }));
    const idx = new SpansByStart(400, spans);
    const expected = (pos: number) => spans.filter((s) => s.start === pos).map((s) => s.id);
    // increasing, then back a little, then jumps both ways (binary search), then every position at random
    const order = [0, 1, 3, 6, 4, 3, 297, 2, 150, 151, 153, 9, 399, 298, 297];
    let seed = 5;
    for (let k = 0; k < 300; k++) order.push((seed = (seed * 1103515245 + 12345) >>> 0) % 400);
    for (const pos of order) {
      expect(at(idx, pos).map((s) => s.id)).toEqual(expected(pos));
      expect(idx.has(pos)).toBe(expected(pos).length > 0);
    }
  });
});

