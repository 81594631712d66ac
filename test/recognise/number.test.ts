import fc from 'fast-check';
import { parseNumberAt, readNumberAt, smallNumeralAloneAt } from '../../src/recognise/metric/number';

describe('parseNumberAt', () => {
  // [text, position, value, length]
  const cases: Array<[string, number, number, number]> = [
    ['五万八千二百三十六点四七', 0, 58236.47, 12],
    ['两千', 0, 2000, 2],
    ['十二', 0, 12, 2],
    ['3.9万', 0, 39000, 4],
    ['1.2亿', 0, 120000000, 4],
    ['58236.47万', 0, 582364700, 9],
    ['3518万元', 0, 35180000, 5],
    ['二十八万余', 0, 280000, 4],
    ['共受理1,234件', 3, 1234, 5],
    ['１２,３４５,６７８人', 0, 12345678, 10],
    ['２７．４６％', 0, 27.46, 5],
    ['27.46%', 0, 27.46, 5],
    ['一万零五百', 0, 10500, 5],
    ['十万八千', 0, 108000, 4],
    ['三千五', 0, 3500, 3],
    ['两万三', 0, 23000, 3],
    ['一百二十', 0, 120, 4],
    ['一亿二千万', 0, 120000000, 5],
    ['三点五万', 0, 35000, 4],
    ['1亿2000万元', 0, 120000000, 7],
    ['二〇二三年', 0, 2023, 4],
    ['千', 0, 1000, 1],
    ['百万', 0, 1000000, 2],
    ['3千米', 0, 3, 1],
    ['2百分点', 0, 2, 1],
    ['0.5', 0, 0.5, 3],
    ['1,23', 0, 1, 1],
  ];
  test.each(cases)('%s at %d → %d', (text, pos, value, length) => {
    const parsed = parseNumberAt(text, pos);
    expect(parsed).not.toBeNull();
    expect(parsed!.value).toBe(value);
    expect(parsed!.length).toBe(length);
  });

  test('fractions: 三分之一, 百分之三十, 3分之2', () => {
    expect(parseNumberAt('三分之一', 0)!.value).toBeCloseTo(1 / 3, 12);
    expect(parseNumberAt('三分之一', 0)!.length).toBe(4);
    expect(parseNumberAt('三分之一', 0)!.note).toBe('fraction 1/3');
    const percent = readNumberAt('百分之三十五点五', 0)!;
    expect(percent.numerator).toBe(35.5);
    expect(percent.denominator).toBe(100);
    expect(percent.length).toBe(8);
    expect(parseNumberAt('3分之2', 0)!.value).toBeCloseTo(2 / 3, 12);
  });

  test.each([
    ['数百', 2],
    ['几十', 2],
    ['数十万', 3],
    ['十几', 2],
    ['二十几万', 4],
    ['两三百', 3],
  ])('vague %s → null with a note', (text, length) => {
    const parsed = parseNumberAt(text, 0)!;
    expect(parsed.value).toBeNull();
    expect(parsed.length).toBe(length);
    expect(parsed.note).toBe(`vague ${text}`);
  });

  test.each([
    ['受理案件', 0],
    ['数字', 0],
    ['几个', 0],
    ['', 0],
    ['123', 5],
    ['abc', -1],
  ])('no number in %s at %d', (text, pos) => {
    expect(parseNumberAt(text, pos)).toBeNull();
  });

  test('reads what the recogniser needs', () => {
    const bare = readNumberAt('千家万户', 0)!;
    expect(bare.bareScale).toBe(true);
    expect(bare.hasLargeUnit).toBe(true);
    const small = readNumberAt('三项制度', 0)!;
    expect(small.hasLargeUnit).toBe(false);
    const code = readNumberAt('0471', 0)!;
    expect(code.leadingZero).toBe(true);
    expect(readNumberAt('2023年', 0)!.integerDigits).toBe(4);
  });

  test('a long run of digits is read once and stays finite or null', () => {
    const digits = '9'.repeat(100_000);
    const parsed = parseNumberAt(digits, 0)!;
    expect(parsed.length).toBe(100_000);
    expect(parsed.value).toBeNull();
    expect(parsed.note).toBe('out of range');
  });

  test('Arabic values are the decimal string read as a double, exact digits or not', () => {
    const scales: Array<[string, number]> = [['', 0], ['万', 4], ['亿', 8], ['千万', 7], ['万亿', 12]];
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9][0-9]{0,21}$/),
        fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
        fc.constantFrom(...scales),
        (int, frac, [word, power]) => {
          const text = `${int}${frac === undefined ? '' : `.${frac}`}${word}人`;
          const reading = readNumberAt(text, 0)!;
          const expected = Number(`${int}${frac ?? ''}e${power - (frac ?? '').length}`);
          return reading.value === expected && reading.length === text.length - 1 && reading.integerDigits === int.length;
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('Arabic readings: integer, leading zero and grouping flags', () => {
    expect(readNumberAt('3.00万', 0)).toMatchObject({ value: 30000, isInteger: true, scale: 1e4, hasLargeUnit: true });
    expect(readNumberAt('3.05', 0)).toMatchObject({ value: 3.05, isInteger: false });
    expect(readNumberAt('０４７１', 0)).toMatchObject({ value: 471, leadingZero: true, integerDigits: 4 });
    // a grouped number is no code
    expect(readNumberAt('0,471', 0)).toMatchObject({ value: 471, leadingZero: false, integerDigits: 4 });
    expect(readNumberAt('012,345', 0)).toMatchObject({ value: 12345, leadingZero: false, length: 7 });
    expect(readNumberAt('1,234,567.5亿', 0)).toMatchObject({ value: 123456750000000, leadingZero: false, integerDigits: 7 });
    // too many digits to be exact: read through the decimal string
    expect(readNumberAt('12345678901234567.25', 0)).toMatchObject({ value: 12345678901234568, integerDigits: 17, isInteger: false });
  });
});

describe('smallNumeralAloneAt (one Chinese numeral character, read without a reading)', () => {
  it('agrees with readNumberAt wherever it says yes, and says no where the number goes on', () => {
    const text = '一些统一十分两个零下九三五十三点五二十几三分之一一万十万一百二〇二三年三';
    let yes = 0;
    for (let i = 0; i < text.length; i++) {
      if (!smallNumeralAloneAt(text, i)) continue;
      yes++;
      const r = readNumberAt(text, i);
      expect(r).not.toBeNull();
      expect(r!.length).toBe(1);
      expect(r!.system).toBe('chinese');
      expect(r!.hasLargeUnit).toBe(false);
    }
    expect(yes).toBeGreaterThan(3);
    for (const [t, at] of [['三点五', 0], ['二十几', 1], ['三分之一', 0], ['一万', 0], ['十万', 0], ['一百', 0], ['九三', 0], ['些', 0]] as const)
      expect(smallNumeralAloneAt(t, at)).toBe(false);
    expect(smallNumeralAloneAt('统一', 1)).toBe(true);
    expect(smallNumeralAloneAt('一', 5)).toBe(false);
  });
});

describe('smallNumeralAloneAt on any text of numerals and their neighbours', () => {
  it('says yes only where readNumberAt reads one character of no large unit', () => {
    const alphabet = [...'一二两三十拾零〇百千万亿点分之几数些人个年余多5.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        for (let i = 0; i < text.length; i++) {
          if (!smallNumeralAloneAt(text, i)) continue;
          const r = readNumberAt(text, i);
          expect(r !== null && r.length === 1 && r.system === 'chinese' && !r.hasLargeUnit).toBe(true);
        }
      }),
    );
  });
});
