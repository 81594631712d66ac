/**
 * Numbers as Chinese news writes them: Arabic (half- or full-width, 1,234, 27.46), Chinese numerals
 * (六万六千九百一十七点六五, 两千, 十二), the two mixed (3.9万, 1.2亿, 1亿2000万), fractions
 * (三分之一, 百分之三十) and vague amounts (数百, 几十, 两三百). This is numeral grammar, not data:
 * what counts as a metric is decided by the recogniser (./index.ts) from dicts/units.json.
 */

export interface ParsedNumber {
  value: number | null;
  length: number;
  note?: string;
}

export type NumeralSystem = 'arabic' | 'chinese' | 'vague' | 'fraction';

/** What the recogniser needs to know about a number beyond its value. */
export interface NumberReading extends ParsedNumber {
  system: NumeralSystem;
  /** A Chinese numeral with 百, 千, 万 or 亿 in it, or any number with a scale word (3.9万). */
  hasLargeUnit: boolean;
  /** A Chinese numeral that starts with a bare 百/千/万/亿 (千, 百万): idiomatic (千家万户) unless qualified. */
  bareScale: boolean;
  /** Factor of a scale word written after Arabic digits or after the Chinese decimal (万 → 1e4); 1 when none. */
  scale: number;
  /** Arabic digits before the decimal point (for year and code tests); 0 for Chinese numerals. */
  integerDigits: number;
  /** Arabic digits starting with 0 and another digit (0471: an area code). */
  leadingZero: boolean;
  isInteger: boolean;
  /** For fractions: value = numerator / denominator. */
  numerator?: number;
  denominator?: number;
}

const CHINESE_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CHINESE_SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CHINESE_BIG_UNIT: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const VAGUE_MARK = new Set(['数', '几']);

/** Scale words after Arabic digits, longest first, with their power of ten. */
const ARABIC_SCALES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 12], ['千亿', 11], ['百亿', 10], ['千万', 7], ['百万', 6], ['亿', 8], ['万', 4], ['千', 3], ['百', 2],
];
/** 千 and 百 are not scales when they begin a unit or a fraction: 3千米, 5千克, 2百分点. */
const NOT_AFTER_SMALL_SCALE: Record<string, string> = { 千: '米克瓦', 百: '分' };

function arabicDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/** . or ．, by code unit (NaN past the end: no point). */
function isDecimalPointCode(c: number): boolean {
  return c === 0x2e || c === 0xff0e;
}

/** Per UTF-16 code unit: the Chinese digit's value, or -1 (a table read, not a property lookup by string). */
const DIGIT_BY_CODE = new Int8Array(65536).fill(-1);
for (const [ch, v] of Object.entries(CHINESE_DIGIT)) DIGIT_BY_CODE[ch.charCodeAt(0)] = v;
/** Per code unit: 1 for a Chinese unit (十 百 千 万 亿 …). */
const UNIT_BY_CODE = new Uint8Array(65536);
for (const ch of [...Object.keys(CHINESE_SMALL_UNIT), ...Object.keys(CHINESE_BIG_UNIT)]) UNIT_BY_CODE[ch.charCodeAt(0)] = 1;
/** Per code unit: 1 where a number may start (digits, Chinese numerals, 数 / 几). */
const START_BY_CODE = new Uint8Array(65536);
for (let c = 0x30; c <= 0x39; c++) START_BY_CODE[c] = 1;
for (let c = 0xff10; c <= 0xff19; c++) START_BY_CODE[c] = 1;
for (const ch of [...Object.keys(CHINESE_DIGIT), ...Object.keys(CHINESE_SMALL_UNIT), ...Object.keys(CHINESE_BIG_UNIT), ...VAGUE_MARK]) START_BY_CODE[ch.charCodeAt(0)] = 1;

/** Per code unit: the value of a Chinese small unit (十 10, 百 100, 千 1000), or 0. */
const SMALL_UNIT_BY_CODE = new Uint16Array(65536);
for (const [ch, v] of Object.entries(CHINESE_SMALL_UNIT)) SMALL_UNIT_BY_CODE[ch.charCodeAt(0)] = v;
/** Per code unit: the value of a Chinese big unit (万 1e4, 亿 1e8), or 0. */
const BIG_UNIT_BY_CODE = new Float64Array(65536);
for (const [ch, v] of Object.entries(CHINESE_BIG_UNIT)) BIG_UNIT_BY_CODE[ch.charCodeAt(0)] = v;
const VAGUE_CODE_SHU = '数'.charCodeAt(0);
const VAGUE_CODE_JI = '几'.charCodeAt(0);

/** The Chinese digit's value at text[pos], or -1 (also outside the text). */
function digitAt(text: string, pos: number): number {
  return pos >= 0 && pos < text.length ? DIGIT_BY_CODE[text.charCodeAt(pos)] : -1;
}

/** A Chinese unit (十 百 千 万 亿 …) at text[pos]; false outside the text. */
function unitAt(text: string, pos: number): boolean {
  return pos >= 0 && pos < text.length && UNIT_BY_CODE[text.charCodeAt(pos)] === 1;
}

function chineseDigit(ch: string | undefined): number {
  return ch === undefined || ch.length !== 1 ? -1 : DIGIT_BY_CODE[ch.charCodeAt(0)];
}

/** True when a number may start at `pos` (the recogniser's cheap pre-test, no string made). */
export function mayStartNumberAt(text: string, pos: number): boolean {
  return pos < text.length && START_BY_CODE[text.charCodeAt(pos)] === 1;
}

/** Per code unit: 1 for a Chinese digit (一 … 九, 两, 〇, 零) or 十 / 拾, a numeral that alone has no large unit. */
const SMALL_NUMERAL_BY_CODE = new Uint8Array(65536);
for (const ch of [...Object.keys(CHINESE_DIGIT), '十', '拾']) SMALL_NUMERAL_BY_CODE[ch.charCodeAt(0)] = 1;
const CODE_FEN = 0x5206; // 分 (of 分之)

/**
 * True when the number at `pos` is one Chinese numeral character alone (一, 二, 十 …): what
 * readNumberAt reads there is that character, a value of at most ten with no large unit, no
 * decimal (点), no vague tail (几) and no fraction (分之). A quarter of the positions where a number
 * may start in news text are such (一些, 统一, 十分); the recogniser answers them without a reading.
 */
export function smallNumeralAloneAt(text: string, pos: number): boolean {
  if (pos < 0 || pos >= text.length || SMALL_NUMERAL_BY_CODE[text.charCodeAt(pos)] !== 1) return false;
  if (pos + 1 >= text.length) return true;
  const next = text.charCodeAt(pos + 1);
  // a numeral, a unit, 数 / 几 or a digit after it would continue the number; 点 and 分(之) too
  return START_BY_CODE[next] === 0 && next !== CODE_DIAN && next !== CODE_FEN;
}

/** Arabic-or-Chinese digit test used to see whether a number is glued to another one. */
export function isDigitChar(ch: string | undefined): boolean {
  return ch !== undefined && (arabicDigit(ch.charCodeAt(0)) >= 0 || chineseDigit(ch) >= 0);
}

/** Exact decimal arithmetic through the string form: 66917.65 × 10^4 is 669176500, not …0.0000001. */
function decimalValue(intDigits: string, fracDigits: string, power: number): number {
  const mantissa = (intDigits + fracDigits).replace(/^0+(?=\d)/, '') || '0';
  return Number(`${mantissa}e${power - fracDigits.length}`);
}

/** First code units of ARABIC_SCALES (万 千 百 亿): after most numbers none follows, and no scale is tried. */
const SCALE_START_BY_CODE = new Uint8Array(65536);
for (const [word] of ARABIC_SCALES) SCALE_START_BY_CODE[word.charCodeAt(0)] = 1;

function matchArabicScale(text: string, pos: number): readonly [string, number] | null {
  if (pos >= text.length || SCALE_START_BY_CODE[text.charCodeAt(pos)] !== 1) return null;
  for (const scale of ARABIC_SCALES) {
    if (!text.startsWith(scale[0], pos)) continue;
    const blocked = NOT_AFTER_SMALL_SCALE[scale[0]];
    if (blocked && blocked.includes(text[pos + scale[0].length] ?? '')) continue;
    return scale;
  }
  return null;
}

/** 10^0 … 10^22: the powers of ten a double holds exactly (written as literals, not computed). */
const EXACT_POWERS_OF_TEN = [
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
/** Up to this many digits the digits read as one integer are exact (10^15 < 2^53). */
const EXACT_DIGITS = 15;

/** The digits (ASCII) of text[from…to), separators and points left out: the slow path's decimal string. */
function digitsOf(text: string, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const d = arabicDigit(text.charCodeAt(k));
    if (d >= 0) out += d;
  }
  return out;
}

/**
 * The value of digits × 10^power, `mantissa` being the integer the digits make and `fracCount` of
 * them after the point. While the mantissa is exact (at most 15 digits) and the power of ten is
 * exact (at most 22), one multiplication or division is correctly rounded, so it is the same double
 * as decimalValue's string parse (Clinger's fast path) without building strings; otherwise NaN (the
 * caller then parses the string).
 */
function scaledDigits(mantissa: number, digitCount: number, fracCount: number, power: number): number {
  const exponent = power - fracCount;
  if (digitCount <= EXACT_DIGITS && exponent >= -22 && exponent <= 22)
    return exponent >= 0 ? mantissa * EXACT_POWERS_OF_TEN[exponent] : mantissa / EXACT_POWERS_OF_TEN[-exponent];
  return NaN;
}

/**
 * Arabic digits at text[pos]: 3518, 1,234, 27.46, ２７．４６, 3.9万, 1亿2000万. Asked at every digit
 * of a document (dates, codes, figures), so the digits are summed as they are read and strings are
 * made only for a number too long to be exact.
 */
function readArabic(text: string, pos: number): NumberReading | null {
  let i = pos;
  let intCount = 0;
  let firstDigit = -1;
  let mantissa = 0;
  let group = 0;
  let grouped = false;
  for (;;) {
    const d = arabicDigit(text.charCodeAt(i));
    if (d >= 0) {
      if (intCount === 0) firstDigit = d;
      mantissa = mantissa * 10 + d;
      intCount++;
      group++;
      i++;
      continue;
    }
    // A thousands separator: 1,234 (first group of 1-3 digits, then groups of exactly 3).
    if (text.charCodeAt(i) === 0x2c /* , */ && (grouped ? group === 3 : group >= 1 && group <= 3)) {
      let k = 1;
      while (k <= 3 && arabicDigit(text.charCodeAt(i + k)) >= 0) k++;
      if (k === 4 && arabicDigit(text.charCodeAt(i + 4)) < 0) {
        grouped = true;
        group = 0;
        i++;
        continue;
      }
    }
    break;
  }
  if (intCount === 0) return null;
  const intEnd = i;
  let fracCount = 0;
  let fracZero = true;
  let fracStart = i;
  if (isDecimalPointCode(text.charCodeAt(i)) && arabicDigit(text.charCodeAt(i + 1)) >= 0) {
    i++;
    fracStart = i;
    for (let d = arabicDigit(text.charCodeAt(i)); d >= 0; d = arabicDigit(text.charCodeAt(++i))) {
      mantissa = mantissa * 10 + d;
      fracCount++;
      if (d !== 0) fracZero = false;
    }
  }
  const fracEnd = i;
  let power = 0;
  let value: number;
  const scale = matchArabicScale(text, i);
  if (scale) {
    power = scale[1];
    i += scale[0].length;
    value = arabicValue(text, pos, intEnd, fracStart, fracEnd, mantissa, intCount, fracCount, power);
    // 1亿2000万: the part after 亿 written in 万.
    if (scale[0] === '亿') {
      let j = i;
      let rest = '';
      while (arabicDigit(text.charCodeAt(j)) >= 0 && rest.length < 4) rest += arabicDigit(text.charCodeAt(j++));
      if (rest && text[j] === '万' && text[j + 1] !== '亿') {
        value += Number(rest) * 1e4;
        i = j + 1;
      }
    }
  } else {
    value = arabicValue(text, pos, intEnd, fracStart, fracEnd, mantissa, intCount, fracCount, 0);
  }
  const reading: NumberReading = {
    value: Number.isFinite(value) ? value : null,
    length: i - pos,
    system: 'arabic',
    hasLargeUnit: power > 0,
    bareScale: false,
    scale: 10 ** power,
    integerDigits: intCount,
    leadingZero: intCount > 1 && firstDigit === 0 && !grouped,
    isInteger: fracCount === 0 || fracZero,
  };
  if (reading.value === null) reading.note = 'out of range';
  return reading;
}

/**
 * The value of the digits text[pos, intEnd) . text[fracStart, fracEnd) × 10^power: the fast path
 * (`mantissa`, the integer all the digits make, `fracCount` of them after the point), else (NaN:
 * too many digits or too large a power) through the decimal string. A function, not closures
 * made per number: this runs at every digit of a document.
 */
function arabicValue(text: string, pos: number, intEnd: number, fracStart: number, fracEnd: number, mantissa: number, intCount: number, fracCount: number, power: number): number {
  const fast = scaledDigits(mantissa, intCount + fracCount, fracCount, power);
  return Number.isNaN(fast) ? decimalValue(digitsOf(text, pos, intEnd), digitsOf(text, fracStart, fracEnd), power) : fast;
}

function vagueReading(text: string, pos: number, end: number): NumberReading {
  const written = text.slice(pos, end);
  return {
    value: null,
    length: end - pos,
    note: `vague ${written}`,
    system: 'vague',
    hasLargeUnit: /[百千万亿佰仟萬億]/.test(written),
    bareScale: false,
    scale: 1,
    integerDigits: 0,
    leadingZero: false,
    isInteger: false,
  };
}

/** Runs of numeral characters and 几 after a vague start: 数十万, 几百, 两三百. */
function vagueEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length && (digitAt(text, j) >= 0 || unitAt(text, j) || text.charCodeAt(j) === VAGUE_CODE_JI)) j++;
  return j;
}

const CODE_DIAN = 0x70b9; // 点
const CODE_WAN = 0x4e07; // 万
const CODE_YI = 0x4ebf; // 亿

/**
 * A Chinese numeral at text[pos]. Read by code unit with tables (no one-character strings): it is
 * asked at every 一, 十, 两 of a document, and most of those are words (统一, 一些), not figures.
 */
function readChinese(text: string, pos: number): NumberReading | null {
  const firstCode = text.charCodeAt(pos);
  // 数百, 几十, 几万: vague amounts.
  if (firstCode === VAGUE_CODE_SHU || firstCode === VAGUE_CODE_JI) {
    if (!unitAt(text, pos + 1)) return null;
    return vagueReading(text, pos, vagueEnd(text, pos + 1));
  }
  // Digits with no unit between them: 二〇二三 is positional, 两三(百) is a vague pair.
  let run = 0;
  while (digitAt(text, pos + run) >= 0) run++;
  if (run >= 2) {
    const digits = Array.from(text.slice(pos, pos + run), (c) => CHINESE_DIGIT[c]);
    if (run === 2 && digits[1] === digits[0] + 1) return vagueReading(text, pos, vagueEnd(text, pos + 2));
    if (unitAt(text, pos + run)) return vagueReading(text, pos, vagueEnd(text, pos + run));
    if (run === 2 && !/[〇零]/.test(text.slice(pos, pos + 2))) {
      // 十一五-like pairs of unrelated digits are not one number: read the first only.
      run = 1;
    } else {
      const value = Number(digits.join(''));
      return {
        value: Number.isFinite(value) ? value : null,
        length: run,
        system: 'chinese',
        hasLargeUnit: false,
        bareScale: false,
        scale: 1,
        integerDigits: 0,
        leadingZero: false,
        isInteger: true,
      };
    }
  }

  let yi = 0;
  let wan = 0;
  let section = 0;
  let pending = -1; // a digit not yet multiplied by a unit
  let previousUnit = 0; // the unit right before `pending`, 0 after 零 (for 三千五 = 3500)
  let lastSmall = 0; // the last 十/百/千 in this section, units must fall
  let sawLarge = false;
  let sawBig = false;
  let sawAny = false;
  let i = pos;
  const firstSmall = SMALL_UNIT_BY_CODE[firstCode];
  const bareScale = firstSmall !== 0 ? firstSmall !== 10 : BIG_UNIT_BY_CODE[firstCode] !== 0;

  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const d = DIGIT_BY_CODE[code];
    if (d === 0) {
      if (pending >= 0) break;
      previousUnit = 0;
      sawAny = true;
      continue;
    }
    if (d > 0) {
      if (pending >= 0) break;
      pending = d;
      sawAny = true;
      continue;
    }
    const small = SMALL_UNIT_BY_CODE[code];
    if (small !== 0) {
      const unit = small;
      if (lastSmall !== 0 && unit >= lastSmall) break;
      section += (pending >= 0 ? pending : 1) * unit;
      pending = -1;
      previousUnit = unit;
      lastSmall = unit;
      if (unit >= 100) sawLarge = true;
      sawAny = true;
      continue;
    }
    const big = BIG_UNIT_BY_CODE[code];
    if (big !== 0) {
      const unit = big;
      if (unit === 1e4) {
        if (wan !== 0) break;
        const part = section + Math.max(pending, 0);
        wan = (part === 0 ? 1 : part) * 1e4;
      } else {
        if (yi !== 0) break;
        const part = wan + section + Math.max(pending, 0);
        yi = (part === 0 ? 1 : part) * 1e8;
        wan = 0;
      }
      section = 0;
      pending = -1;
      previousUnit = unit;
      lastSmall = 0;
      sawLarge = true;
      sawBig = true;
      sawAny = true;
      continue;
    }
    break;
  }
  if (!sawAny || i === pos) return null;
  // A trailing 零 (一千零 then a non-numeral) is not part of the number.
  while (i - 1 > pos && pending < 0 && digitAt(text, i - 1) === 0) i--;
  let tail = 0;
  if (pending >= 0) tail = previousUnit >= 100 ? (pending * previousUnit) / 10 : pending;
  const integer = yi + wan + section + tail;

  // 六万六千九百一十七点六五, 三点五万
  let fracDigits = '';
  let end = i;
  let scalePower = 0;
  // (code units compared: text[end] would make a string of the character after every numeral)
  if (text.charCodeAt(end) === CODE_DIAN && digitAt(text, end + 1) >= 0) {
    let j = end + 1;
    while (digitAt(text, j) >= 0) fracDigits += digitAt(text, j++);
    end = j;
    const after = text.charCodeAt(end);
    if (!sawBig && (after === CODE_WAN || after === CODE_YI)) {
      scalePower = after === CODE_WAN ? 4 : 8;
      end++;
    }
  }
  // 二十几, 十几: vague.
  if (text.charCodeAt(end) === VAGUE_CODE_JI && !fracDigits) return vagueReading(text, pos, vagueEnd(text, end));
  const value = fracDigits ? decimalValue(String(integer), fracDigits, scalePower) : integer;
  return {
    value,
    length: end - pos,
    system: 'chinese',
    hasLargeUnit: sawLarge || scalePower > 0,
    bareScale,
    scale: 10 ** scalePower,
    integerDigits: 0,
    leadingZero: false,
    isInteger: fracDigits === '' || /^0*$/.test(fracDigits),
  };
}

function readPlain(text: string, pos: number): NumberReading | null {
  const code = text.charCodeAt(pos);
  if (arabicDigit(code) >= 0) return readArabic(text, pos);
  return readChinese(text, pos);
}

/**
 * The number that starts at text[pos], with what the recogniser needs to judge it.
 * Fractions: 三分之一 → 1/3 with numerator 1 and denominator 3; 百分之三十 → 0.3 (30/100).
 */
export function readNumberAt(text: string, pos: number): NumberReading | null {
  if (pos < 0 || pos >= text.length || !mayStartNumberAt(text, pos)) return null;
  const base = readPlain(text, pos);
  if (!base) return null;
  const after = pos + base.length;
  if (base.value !== null && base.system !== 'vague' && text.startsWith('分之', after)) {
    const top = readPlain(text, after + 2);
    if (top && top.value !== null && top.system !== 'vague' && base.value !== 0) {
      return {
        value: top.value / base.value,
        length: after + 2 + top.length - pos,
        note: `fraction ${top.value}/${base.value}`,
        system: 'fraction',
        hasLargeUnit: false,
        bareScale: false,
        scale: 1,
        integerDigits: 0,
        leadingZero: false,
        isInteger: false,
        numerator: top.value,
        denominator: base.value,
      };
    }
  }
  return base;
}

/** Parse the number that starts at text[pos]; null when no number starts there. */
export function parseNumberAt(text: string, pos: number): ParsedNumber | null {
  const reading = readNumberAt(text, pos);
  if (!reading) return null;
  const parsed: ParsedNumber = { value: reading.value, length: reading.length };
  if (reading.note) parsed.note = reading.note;
  return parsed;
}
