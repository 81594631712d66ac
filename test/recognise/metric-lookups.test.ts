import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lastPeriodIn, lastPeriodInEnd, loadUnits, recogniseMetrics, unitsFromJSON, WordList } from '../../src/recognise/metric';

const UNITS_FILE = join(__dirname, '../../dicts/units.json');
const units = loadUnits(UNITS_FILE);
const rawUnits = (): Record<string, Record<string, unknown>> =>
  JSON.parse(readFileSync(UNITS_FILE, 'utf8')) as Record<string, Record<string, unknown>>;

describe('WordList', () => {
  const list = new WordList([{ text: '同比' }, { text: '同' }, { text: '比上年' }, { text: '𠀀x' }, { text: '' }]);

  test('at: the longest word written at a position', () => {
    expect(list.at('同比上升', 0)?.text).toBe('同比');
    expect(list.at('同时', 0)?.text).toBe('同');
    expect(list.at('较比上年', 1)?.text).toBe('比上年');
    expect(list.at('较比上', 1)).toBeNull();
    expect(list.at('上升', 0)).toBeNull();
  });

  test('at: accept passes over longer words', () => {
    expect(list.at('同比', 0, (w) => w.text.length === 1)?.text).toBe('同');
    expect(list.at('同比', 0, () => false)).toBeNull();
  });

  test('endingAt: the longest word written right before a position', () => {
    expect(list.endingAt('增长同比', 4)?.text).toBe('同比');
    expect(list.endingAt('与比上年', 4)?.text).toBe('比上年');
    expect(list.endingAt('与比上年', 4, (w) => w.text.length < 3)).toBeNull();
    expect(list.endingAt('较同', 2)?.text).toBe('同');
  });

  test('outside the text, or an empty text: null, never a throw', () => {
    for (const pos of [-1, 2, 3, 100, NaN]) expect(list.at('同比', pos)).toBeNull();
    for (const end of [-1, 0, 3, 100, NaN]) expect(list.endingAt('同比', end)).toBeNull();
    expect(list.at('', 0)).toBeNull();
    expect(list.endingAt('', 0)).toBeNull();
  });

  test('astral characters are matched by their code units', () => {
    expect(list.at('a𠀀x', 1)?.text).toBe('𠀀x');
    expect(list.endingAt('a𠀀x', 4)?.text).toBe('𠀀x');
    expect(list.at('a𠀀y', 1)).toBeNull();
    // a lone high surrogate of the same character starts no word
    expect(list.at('\ud840', 0)).toBeNull();
  });

  test('agrees with a plain scan on random text', () => {
    const words = ['约', '近', '超过', '超', '以上', '上', '余', '多', '左右'].map((text) => ({ text }));
    const wl = new WordList(words);
    const longest = words.slice().sort((a, b) => b.text.length - a.text.length);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'约近超过以上余多左右的x'.split('')), { maxLength: 20 }), fc.nat(22), (chars, pos) => {
        const text = chars.join('');
        const at = longest.find((w) => pos < text.length && text.startsWith(w.text, pos)) ?? null;
        const ending = longest.find((w) => pos > 0 && pos <= text.length && text.slice(0, pos).endsWith(w.text)) ?? null;
        return wl.at(text, pos) === at && wl.endingAt(text, pos) === ending;
      }),
      { numRuns: 1000 },
    );
  });
});

describe('period look-up', () => {
  /** Period words, range separators and the characters around them, as pieces of random texts (`extra` added). */
  const periodPieces = (extra = ''): string[] => {
    const data = rawUnits();
    return [
      ...Object.values(data.period).flat(),
      ...(data.rangeSeparators as unknown as string[]),
      ...('0123456789２０一二三四五六七八九十两〇零个月份日号年“”"，的' + extra).split(''),
    ] as string[];
  };

  test('every match of the period pattern contains a code unit of periodNeeds', () => {
    const { period, periodNeeds } = units.rules;
    const pieces = periodPieces();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        period.lastIndex = 0;
        for (let m = period.exec(text); m; m = period.exec(text)) {
          if (m[0].length === 0) return false;
          if (!Array.from(m[0]).some((c) => periodNeeds[c.charCodeAt(0)] === 1)) return false;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  /** The last match of a global exec over text.slice(from, to), as [start, end] in text (null: none). */
  const lastByExec = (period: RegExp, text: string, from: number, to: number): [number, number] | null => {
    const window = text.slice(from, to);
    let last: [number, number] | null = null;
    period.lastIndex = 0;
    for (let m = period.exec(window); m; m = period.exec(window)) {
      if (m[0].length === 0) period.lastIndex++;
      else last = [from + m.index, from + m.index + m[0].length];
    }
    return last;
  };
  const found = (text: string, from: number, to: number, rules = units.rules): [number, number] | null => {
    const start = lastPeriodIn(text, from, to, rules);
    return start < 0 ? null : [start, lastPeriodInEnd()];
  };

  test('lastPeriodIn finds the last match a global exec over the window finds', () => {
    const { period } = units.rules;
    const pieces = periodPieces('受理案件');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), fc.nat(40), fc.nat(40), (parts, a, b) => {
        const text = parts.join('');
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        expect(found(text, from, to)).toEqual(lastByExec(period, text, from, to));
      }),
      { numRuns: 5000 },
    );
  });

  test('lastPeriodIn: a match running past the window is read on the window', () => {
    // 2021年至2023年 cut after 至: the window reads 2021年; cut inside 2023: the window still ends on 2021年
    const text = '全市2021年至2023年受理';
    expect(found(text, 0, text.length)).toEqual([2, 13]);
    expect(found(text, 0, 8)).toEqual([2, 7]);
    expect(found(text, 0, 10)).toEqual([2, 7]);
    // a window that ends inside the only match, too short for any: none
    expect(found(text, 0, 4)).toBeNull();
    // matches resume after the one before: 今年 then 1至6月
    expect(found('今年1至6月全市', 0, 8)).toEqual([0, 6]);
  });

  test('an anchor with none of 年, 月, 五 still makes a period', () => {
    const data = rawUnits();
    (data.period.anchors as string[]).push('此时');
    const custom = unitsFromJSON(data);
    expect(custom.rules.periodNeeds['时'.charCodeAt(0)]).toBe(1);
    const [span] = recogniseMetrics('此时全市共有案件500件。', custom);
    expect(span.period).toBe('此时');
    // without it in the lexicon, no period
    expect(recogniseMetrics('此时全市共有案件500件。', units)[0].period).toBeNull();
  });

  test('a window without any of them has no period', () => {
    const [span] = recogniseMetrics('全市共有案件500件。', units);
    expect(span.period).toBeNull();
    expect(recogniseMetrics('目前全市共有案件500件。', units)[0].period).toBe('目前');
  });
});
