/**
 * The metric recogniser: measured quantities (3518万元, 近600人, 27.46%, 28万余起) in a plain
 * string, with value in the base unit, approx, subject, change and period. Pure: the text and a
 * UnitLexicon in, spans out. Every word it knows comes from dicts/units.json (loadUnits); the
 * numeral grammar is in ./number.ts.
 *
 * Choices (see dicts/README.md, Units):
 * - a range (3至5年, 10%—15%, 5至10万元) is one span; value is the lower bound (scaled like the upper
 *   one when only the upper carries 万/亿), note 'range 3–5'.
 * - a ratio a:b (1:3, 1∶1.5) is kind 'other', unit 'ratio', value a/b, note 'ratio 1:3'; a:b that
 *   reads as a clock time (9:30) is not a ratio unless a cue word (比例, 比) is next to it.
 * - a fraction 三分之一 is kind 'other', unit 'fraction', value 1/3 (0.333…), note 'fraction 1/3';
 *   百分之三十 is 30 with unit '%' and 千分之五 is 5 with unit '‰' (kind 'percent').
 * - a vague amount (数百人, 几十家) has value null, approx 'about' and a note.
 */
import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import type { MetricKind, Approx, MetricChange } from '../../types';
import { DictionaryError } from '../../errors';
import { bundledValidators, builtValidated } from '../../resources/read';
import { charTable, type CharTable } from '../../resources/chars';
import { readNumberAt, mayStartNumberAt, smallNumeralAloneAt, isDigitChar, type NumberReading } from './number';

export { parseNumberAt, type ParsedNumber } from './number';

export interface UnitEntry {
  unit: string;
  kind: MetricKind;
  /** multiply the value by this to reach the base unit, e.g. 万元 → 10000 with base 元 */
  factor?: number;
  base?: string;
  /** the unit itself carries a qualifier: 个多月 is over */
  approx?: Approx;
  /** the unit counts only when one of these follows it: 30日内 (30日 alone is a date) */
  onlyBefore?: readonly string[];
}

/** A qualifier word (约, 余, 以上) as loaded from dicts/units.json. */
export interface Qualifier {
  text: string;
  approx: Approx;
  notAfter: readonly string[];
  /** the qualifier does not count when one of these follows it (内 of 8小时内外) */
  notBefore: readonly string[];
  chineseOnly: boolean;
  kinds: ReadonlySet<MetricKind> | null;
}

/**
 * A word list matched longest first at a position, or ending at one.
 *
 * Asked at every number and many times per figure (qualifiers, units, separators, subject words), and
 * most asks miss: the lists are keyed by UTF-16 code unit (no one-character string made) and a bit set
 * of the first / last code units answers a miss with one array read.
 */
export class WordList<T extends { text: string }> {
  private readonly byFirst = new Map<number, T[]>();
  private readonly byLast = new Map<number, T[]>();
  /** Bit c: some item starts (firstBits) or ends (lastBits) with code unit c. 8 KB each. */
  private readonly firstBits = new Uint32Array(2048);
  private readonly lastBits = new Uint32Array(2048);

  constructor(items: Iterable<T>) {
    for (const item of items) {
      if (!item.text) continue;
      const first = item.text.charCodeAt(0);
      const last = item.text.charCodeAt(item.text.length - 1);
      push(this.byFirst, first, item);
      push(this.byLast, last, item);
      this.firstBits[first >>> 5] |= 1 << (first & 31);
      this.lastBits[last >>> 5] |= 1 << (last & 31);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
    for (const list of this.byLast.values()) list.sort((a, b) => b.text.length - a.text.length);
  }

  /**
   * The longest item written at text[pos…] that `accept` allows. `accept` is given the text, the
   * position and `arg` (the callers pass module-level functions and their bounds as `arg`: a
   * closure made per call was most of what a figure's context allocated).
   */
  at<A = undefined>(text: string, pos: number, accept?: Accept<T, A>, arg?: A): T | null {
    if (!(pos >= 0 && pos < text.length)) return null;
    const c = text.charCodeAt(pos);
    if (((this.firstBits[c >>> 5] >>> (c & 31)) & 1) === 0) return null;
    const list = this.byFirst.get(c);
    if (!list) return null;
    for (const item of list) if (text.startsWith(item.text, pos) && (!accept || accept(item, text, pos, arg as A))) return item;
    return null;
  }

  /** The longest item written at text[…end) that `accept` (given the text, `end` and `arg`) allows. */
  endingAt<A = undefined>(text: string, end: number, accept?: Accept<T, A>, arg?: A): T | null {
    if (!(end > 0 && end <= text.length)) return null;
    const c = text.charCodeAt(end - 1);
    if (((this.lastBits[c >>> 5] >>> (c & 31)) & 1) === 0) return null;
    const list = this.byLast.get(c);
    if (!list) return null;
    for (const item of list) {
      const start = end - item.text.length;
      if (start >= 0 && text.startsWith(item.text, start) && (!accept || accept(item, text, end, arg as A))) return item;
    }
    return null;
  }
}

/** A test of a WordList item found at (or ending at) `pos` of `text`, with the caller's `arg`. */
type Accept<T, A> = (item: T, text: string, pos: number, arg: A) => boolean;

/** An item ending at `end` that starts at `start` or later (`start` as the arg). */
function startsFrom(item: Word, _text: string, end: number, start: number): boolean {
  return end - item.text.length >= start;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Word {
  text: string;
}
interface UnitWord extends Word {
  /** null for a notUnits word (年代, 周年): it blocks the shorter unit inside it. */
  entry: UnitEntry | null;
}
interface ScaleWord extends Word {
  factor: number;
}
interface DirectionWord extends Word {
  direction: MetricChange['direction'];
}

/** Everything loadUnits builds once from dicts/units.json. */
export interface MetricRules {
  unitWords: WordList<UnitWord>;
  scales: WordList<ScaleWord>;
  before: WordList<Qualifier>;
  afterNumber: WordList<Qualifier>;
  afterUnit: WordList<Qualifier>;
  ordinalMarkers: WordList<Word>;
  rangeSeparators: WordList<Word>;
  ratioSeparators: WordList<Word>;
  ratioCues: readonly string[];
  yearUnit: string;
  yearMin: number;
  yearMax: number;
  dateMarkers: WordList<Word>;
  dateComponentAfter: WordList<Word>;
  durationPeriodAfter: WordList<Word>;
  durationPeriodBefore: WordList<Word>;
  durationPeriodAtClauseStart: WordList<Word>;
  /** Global regex over a short window before the figure. */
  period: RegExp;
  /** The same pattern, sticky: tried at single positions of the text (see lastPeriodIn). */
  periodAt: RegExp;
  /** Code units a match of `period` can start with: the positions periodAt is tried at. */
  periodStarts: CharTable;
  /**
   * Every match of `period` contains one of these code units (年, 月, …): a window with none of them
   * has no period, and the regex (the costliest step of a figure's context) is not run over it.
   */
  periodNeeds: CharTable;
  changeBases: WordList<Word>;
  /** one-character words (较, 比, 与) read at single positions */
  basisOpeners: CharTable;
  basisMarkers: readonly string[];
  directions: WordList<DirectionWord>;
  changeFillers: WordList<Word>;
  /** 与2022年相比，…: words that close a clause that is only a basis */
  basisClosers: readonly string[];
  /** 同比分别上升12.3%和8.7%: words that make each figure that of a different one before */
  respectively: readonly string[];
  subjectSkip: WordList<Word>;
  subjectKeep: WordList<Word>;
  /** The longest kept word's length: how far after a stop word a kept word holding it may end. */
  subjectKeepMaxLength: number;
  subjectLead: WordList<Word>;
  /** Aspect particles a lead verb may carry (新建了大棚: 了), stripped with it. */
  subjectLeadAspect: WordList<Word>;
  subjectCutAfter: readonly string[];
  /** 共, 累计: the subject starts after the last of these that is a word of its own (needs word boundaries) */
  subjectCutAfterWord: WordList<Word>;
  subjectStop: WordList<Word>;
  conjunctions: ReadonlySet<string>;
  /** the longest conjunction's length: a longer gap between two figures is no conjunction (no slice made) */
  conjunctionMaxLength: number;
  subjectMaxLength: number;
  window: number;
  nounAfterKinds: ReadonlySet<MetricKind>;
  /** 80%以上的纠纷: the noun after this particle, for figures of these kinds with no subject before them */
  nounAfterParticle: { particle: string; kinds: ReadonlySet<MetricKind> } | null;
  /** punctuation as code-unit tables: read backwards over the window of every figure */
  clauseBreaks: CharTable;
  sentenceBreaks: CharTable;
  /** 六成 (six tenths, 60 %): the marker and the words that may follow it; null when the file has none. */
  tenths: { marker: string; after: WordList<Word> } | null;
}

export interface UnitLexicon {
  /** Where the lexicon came from (a file path, or 'units.json'). */
  readonly source: string;
  /** Every unit surface form and its entry. */
  readonly units: ReadonlyMap<string, UnitEntry>;
  readonly rules: MetricRules;
}

export interface MetricSpan {
  start: number;
  end: number;
  text: string;
  value: number | null;
  unit: string;
  kind: MetricKind;
  approx: Approx;
  subject: string | null;
  change: MetricChange | null;
  period: string | null;
  /** The upper bound of a range (3至5年 → 5), in the base unit; absent when the figure is no range. */
  upper?: number | null;
  note?: string;
  reason: string;
}

export interface MetricOptions {
  /** [start,end) ranges of the input where no metric may start (quoted slogans, 《》 titles): the caller computes them */
  exclude?: ReadonlyArray<readonly [number, number]>;
  /**
   * True where a word starts or ends (the segmenter's tokens). Used to cut the noun read after 的
   * (80%以上的纠纷在基层化解 → 纠纷); without it that noun is at most 4 characters long.
   */
  isWordBoundary?: (pos: number) => boolean;
}

/** The noun after 的 without word boundaries: at most this many characters. */
const PARTICLE_NOUN_MAX = 4;

// ---------------------------------------------------------------------------------------------
// Loading

interface QualifierJSON {
  text: string;
  approx: Approx;
  notAfter?: string[];
  notBefore?: string[];
  chineseOnly?: boolean;
  kinds?: MetricKind[];
}

interface UnitsJSON {
  units: UnitEntry[];
  notUnits: string[];
  scalesAfterQualifier: { text: string; factor: number }[];
  qualifiers: { before: QualifierJSON[]; afterNumber: QualifierJSON[]; afterUnit: QualifierJSON[] };
  ordinalMarkers: string[];
  rangeSeparators: string[];
  ratioSeparators: string[];
  ratioCues: string[];
  dates: {
    yearUnit: string;
    yearMin: number;
    yearMax: number;
    dateMarkers: string[];
    dateComponentAfter: string[];
    durationPeriodAfter: string[];
    durationPeriodBefore: string[];
    durationPeriodAtClauseStart: string[];
  };
  period: {
    prefixes: string[];
    anchors: string[];
    parts: string[];
    standalone: string[];
    suffixes: string[];
    /** words before N年 / N个月 that make a period: a recent one (近3年, 过去一年) or the first months of one (前10个月); 近 when absent */
    recent?: string[];
    /** what follows a five-year plan (十四五) to make it a period: 期间, 时期; no plan periods when absent */
    planSuffixes?: string[];
  };
  change: {
    bases: string[];
    basisOpeners: string[];
    basisMarkers: string[];
    up: string[];
    down: string[];
    fillers: string[];
    basisClosers?: string[];
    respectively?: string[];
  };
  subject: {
    skip: string[];
    keep: string[];
    lead: string[];
    leadAspect?: string[];
    cutAfter: string[];
    cutAfterWord?: string[];
    stopWords: string[];
    conjunctions: string[];
    maxLength: number;
    window: number;
    nounAfterKinds: MetricKind[];
    nounAfterParticle?: { particle: string; kinds: MetricKind[] };
  };
  punctuation: { clause: string; sentence: string };
  tenths?: { marker: string; after: string[] };
}

/** Checks `data` against schemas/dicts/units.schema.json, compiled at build time (scripts/build-validators.mjs). */
function validateUnits(data: unknown): ValidateFunction {
  const validator = bundledValidators().units.validate as ValidateFunction;
  validator(data);
  return validator;
}

/** Reads dicts/units.json, checks it against schemas/dicts/units.schema.json and builds the indexes. */
export function loadUnits(path: string): UnitLexicon {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new DictionaryError(path, null, err.code === 'ENOENT' ? 'dictionary file not found' : `cannot read: ${err.message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    throw new DictionaryError(path, at ? lineAt(text, Number(at[1])) : null, `bad JSON: ${message}`);
  }
  return build(data, path, text);
}

/** Builds a lexicon from already-parsed units.json data (tests, or a caller that read the file). */
export function unitsFromJSON(data: unknown, source = 'units.json'): UnitLexicon {
  return build(data, source, null);
}

function build(data: unknown, source: string, text: string | null): UnitLexicon {
  const fail = (pointer: string, reason: string): never => {
    throw new DictionaryError(source, text === null ? null : lineOfPointer(text, pointer), reason);
  };
  // (the text the build validated, as shipped, is not checked again: see resources/read.ts)
  if (text === null || !builtValidated('units', text)) {
    const validate = validateUnits(data);
    if (validate.errors && validate.errors.length) {
      const first = validate.errors[0];
      const where = first.instancePath || '/';
      fail(first.instancePath, `does not match units.schema.json: ${where} ${first.message ?? ''}`.trim());
    }
  }
  const d = data as UnitsJSON;

  const units = new Map<string, UnitEntry>();
  const unitWords: UnitWord[] = [];
  d.units.forEach((u, i) => {
    if (units.has(u.unit)) fail(`/units/${i}/unit`, `unit "${u.unit}" is listed twice`);
    const entry: UnitEntry = { unit: u.unit, kind: u.kind };
    if (u.factor !== undefined) entry.factor = u.factor;
    if (u.base !== undefined) entry.base = u.base;
    if (u.approx !== undefined) entry.approx = u.approx;
    if (u.onlyBefore !== undefined) entry.onlyBefore = u.onlyBefore.slice();
    units.set(u.unit, entry);
    unitWords.push({ text: u.unit, entry });
  });
  d.notUnits.forEach((w, i) => {
    if (units.has(w)) fail(`/notUnits/${i}`, `"${w}" is both a unit and a notUnits word`);
    unitWords.push({ text: w, entry: null });
  });
  if (d.dates.yearMin > d.dates.yearMax) fail('/dates/yearMin', 'yearMin is greater than yearMax');
  if (!units.has(d.dates.yearUnit)) fail('/dates/yearUnit', `yearUnit "${d.dates.yearUnit}" is not a unit`);

  const qualifiers = (list: QualifierJSON[]): WordList<Qualifier> =>
    new WordList(
      list.map((q) => ({
        text: q.text,
        approx: q.approx,
        notAfter: q.notAfter ?? [],
        notBefore: q.notBefore ?? [],
        chineseOnly: q.chineseOnly ?? false,
        kinds: q.kinds ? new Set(q.kinds) : null,
      })),
    );
  const words = (list: readonly string[]): WordList<Word> => new WordList(list.map((w) => ({ text: w })));

  const rules: MetricRules = {
    unitWords: new WordList(unitWords),
    scales: new WordList(d.scalesAfterQualifier.map((s) => ({ text: s.text, factor: s.factor }))),
    before: qualifiers(d.qualifiers.before),
    afterNumber: qualifiers(d.qualifiers.afterNumber),
    afterUnit: qualifiers(d.qualifiers.afterUnit),
    ordinalMarkers: words(d.ordinalMarkers),
    rangeSeparators: words(d.rangeSeparators),
    ratioSeparators: words(d.ratioSeparators),
    ratioCues: d.ratioCues.slice(),
    yearUnit: d.dates.yearUnit,
    yearMin: d.dates.yearMin,
    yearMax: d.dates.yearMax,
    dateMarkers: words(d.dates.dateMarkers),
    dateComponentAfter: words(d.dates.dateComponentAfter),
    durationPeriodAfter: words(d.dates.durationPeriodAfter),
    durationPeriodBefore: words(d.dates.durationPeriodBefore),
    durationPeriodAtClauseStart: words(d.dates.durationPeriodAtClauseStart),
    period: periodPattern(d.period, d.rangeSeparators),
    periodAt: periodPattern(d.period, d.rangeSeparators, 'y'),
    periodStarts: periodStarts(d.period),
    periodNeeds: periodNeeds(d.period),
    changeBases: words(d.change.bases),
    basisOpeners: singleUnits(d.change.basisOpeners),
    basisMarkers: d.change.basisMarkers.slice(),
    directions: new WordList<DirectionWord>([
      ...d.change.up.map((w) => ({ text: w, direction: 'up' as const })),
      ...d.change.down.map((w) => ({ text: w, direction: 'down' as const })),
    ]),
    changeFillers: words(d.change.fillers),
    basisClosers: (d.change.basisClosers ?? []).slice(),
    respectively: (d.change.respectively ?? []).slice(),
    subjectSkip: words(d.subject.skip),
    subjectKeep: words(d.subject.keep),
    subjectKeepMaxLength: Math.max(0, ...d.subject.keep.map((w) => w.length)),
    subjectLead: words(d.subject.lead),
    subjectLeadAspect: words(d.subject.leadAspect ?? []),
    subjectCutAfter: d.subject.cutAfter.slice(),
    subjectCutAfterWord: words(d.subject.cutAfterWord ?? []),
    subjectStop: words(d.subject.stopWords),
    conjunctions: new Set(d.subject.conjunctions),
    conjunctionMaxLength: Math.max(0, ...d.subject.conjunctions.map((w) => w.length)),
    subjectMaxLength: d.subject.maxLength,
    window: d.subject.window,
    nounAfterKinds: new Set(d.subject.nounAfterKinds),
    nounAfterParticle: d.subject.nounAfterParticle
      ? { particle: d.subject.nounAfterParticle.particle, kinds: new Set(d.subject.nounAfterParticle.kinds) }
      : null,
    clauseBreaks: singleUnits(Array.from(d.punctuation.clause)),
    sentenceBreaks: singleUnits(Array.from(d.punctuation.sentence)),
    tenths: d.tenths ? { marker: d.tenths.marker, after: words(d.tenths.after) } : null,
  };
  return { source, units, rules };
}

/**
 * The table of the words that are one UTF-16 code unit long: these sets are only ever asked about
 * the character at one position, which a longer word (or an astral character) can never be.
 */
function singleUnits(words: readonly string[]): CharTable {
  return charTable(words.filter((w) => w.length === 1));
}

/** True when some text[from…to) is in the table. */
function anyIn(table: CharTable, text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (table[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** True when text[pos] is in the table (false outside the text: charCodeAt gives NaN, the table undefined). */
function isIn(table: CharTable, text: string, pos: number): boolean {
  return table[text.charCodeAt(pos)] === 1;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\-]/g, '\\$&');
}

function alternation(list: readonly string[]): string {
  return list
    .slice()
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/**
 * 2023年以来, 今年4月, 去年底, 截至2023年底, 今年1至6月, 近3年来, 2021年至2023年, 2023年1月至9月,
 * 过去一年, “十四五”期间: compiled once per lexicon. A period is a point in time or two joined by a
 * range separator; a five-year plan (十四五) counts only with a suffix (期间, 时期, 以来).
 */
function periodPattern(p: UnitsJSON['period'], rangeSeparators: readonly string[], flags = 'g'): RegExp {
  const num = '(?:[0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})';
  const yearDigits = '(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})';
  const sep = `(?:${alternation(rangeSeparators)})`;
  const year = `(?:${yearDigits}年?${sep}${yearDigits}年|${yearDigits}年)`;
  const month = `${num}(?:${sep}${num})?月份?(?:${num}[日号])?`;
  const recent = `(?:${alternation(p.recent ?? ['近'])})${num}个?(?:年|月)`;
  const optional = (list: readonly string[]) => (list.length ? `(?:${alternation(list)})?` : '');
  const anchors = p.anchors.length ? `|${alternation(p.anchors)}` : '';
  const parts = p.parts.length ? `|${alternation(p.parts)}` : '';
  const standalone = p.standalone.length ? `|${alternation(p.standalone)}` : '';
  const point = `(?:(?:${year}|${recent}${anchors})(?:${month}${parts})?|${month}${standalone})`;
  // 3月1日至15日: the second point may be a bare day.
  const range = `${point}(?:${sep}(?:${point}|${num}[日号]))?`;
  const plan = `[“"]?十[一二三四五六七八九]五[”"]?(?:${alternation(p.planSuffixes ?? [])})`;
  const source = `${optional(p.prefixes)}(?:${range}${optional(p.suffixes)}${p.planSuffixes?.length ? `|${plan}` : ''})`;
  return new RegExp(source, flags);
}

/**
 * Code units a match of periodPattern can start with: a prefix's first, a year's or a number's digits,
 * a recent period's, an anchor's or a standalone word's first, and a plan's (“十…). Parts and suffixes
 * only follow one of those. An empty word (the schema forbids them) could let a match start anywhere:
 * then every code unit is in. Keep in step with periodPattern.
 */
function periodStarts(p: UnitsJSON['period']): CharTable {
  const words = [...p.prefixes, ...(p.recent ?? ['近']), ...p.anchors, ...p.standalone];
  if (words.some((w) => !w) || p.parts.some((w) => !w)) return new Uint8Array(65536).fill(1);
  const starts = new Set<number>();
  for (const ch of '0123456789０１２３４５６７８９〇零一二三四五六七八九十两“"') starts.add(ch.charCodeAt(0));
  for (const w of words) starts.add(w.charCodeAt(0));
  return charTable(starts);
}

/** End of the match lastPeriodIn found (set by each call that finds one). */
let lastPeriodEnd = -1;
/** End of the match the last call of lastPeriodIn found (for tests; -1 before any). */
export function lastPeriodInEnd(): number {
  return lastPeriodEnd;
}

/**
 * Start of the last match of the period pattern in text[from, to) (-1: none; its end in lastPeriodEnd),
 * the one a global exec over text.slice(from, to) ends on: matches are read left to right, each one
 * resuming after the one before. The sticky pattern is tried only where a match can start, and on
 * the text itself (no window copied, no match array made). A match found there that runs past `to`
 * is read again on the window, where it may be shorter or none: the pattern has no lookaround, so a
 * match that ends inside the window is the one the window gives.
 */
export function lastPeriodIn(text: string, from: number, to: number, rules: MetricRules, isWordBoundary: ((pos: number) => boolean) | null = null): number {
  const re = rules.periodAt;
  const starts = rules.periodStarts;
  let window: string | null = null;
  let found = -1;
  for (let p = from; p < to; ) {
    // (提前3个月, 之前两年: a period starts where a word does, not on the 前 of 提前)
    if (starts[text.charCodeAt(p)] !== 1 || (isWordBoundary && !isWordBoundary(p))) {
      p++;
      continue;
    }
    re.lastIndex = p;
    let end = re.test(text) ? re.lastIndex : -1;
    if (end > to) {
      window ??= text.slice(from, to);
      re.lastIndex = p - from;
      end = re.test(window) ? from + re.lastIndex : -1;
    }
    if (end <= p) {
      p++;
      continue;
    }
    found = p;
    lastPeriodEnd = end;
    p = end;
  }
  return found;
}

/**
 * Code units one of which every match of periodPattern contains. Each way a match can be made has a
 * required piece: a year or a recent period (近3年, 过去2个月) has 年 or 月, a month 月, a plan 十…五;
 * an anchor or a standalone word (目前, 一季度) is written whole, so one character of each will do
 * (one already in the set when it has one, so the set stays small). Prefixes, parts and suffixes
 * are optional and add nothing. Keep in step with periodPattern.
 */
function periodNeeds(p: UnitsJSON['period']): CharTable {
  const needs = new Set<number>(['年', '月', '五'].map((c) => c.charCodeAt(0)));
  for (const word of [...p.anchors, ...p.standalone]) {
    // (The schema forbids empty words; one would let a match be made of optional pieces only.)
    if (!word) return new Uint8Array(65536).fill(1);
    let has = false;
    for (let i = 0; i < word.length && !has; i++) has = needs.has(word.charCodeAt(i));
    if (!has) needs.add(word.charCodeAt(word.length - 1));
  }
  return charTable(needs);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line of the value a JSON pointer (/units/3/kind) names in JSON text; null when not found. */
function lineOfPointer(json: string, pointer: string): number | null {
  const path = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const n = json.length;
  let i = 0;
  const ws = () => {
    while (i < n && /\s/.test(json[i])) i++;
  };
  const skipString = () => {
    i++;
    while (i < n && json[i] !== '"') i += json[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipValue = () => {
    ws();
    const c = json[i];
    if (c === '"') return skipString();
    if (c === '{' || c === '[') {
      let depth = 0;
      while (i < n) {
        const ch = json[i];
        if (ch === '"') {
          skipString();
          continue;
        }
        if (ch === '{' || ch === '[') depth++;
        else if (ch === '}' || ch === ']') depth--;
        i++;
        if (depth === 0) return;
      }
      return;
    }
    while (i < n && !/[\s,}\]]/.test(json[i])) i++;
  };
  try {
    for (const key of path) {
      ws();
      if (json[i] === '{') {
        i++;
        for (;;) {
          ws();
          if (json[i] !== '"') return null;
          const keyStart = i;
          skipString();
          const name = JSON.parse(json.slice(keyStart, i)) as string;
          ws();
          i++; // the colon
          if (name === key) break;
          skipValue();
          ws();
          if (json[i] !== ',') return null;
          i++;
        }
      } else if (json[i] === '[') {
        i++;
        const wanted = Number(key);
        for (let index = 0; ; index++) {
          ws();
          if (json[i] === ']' || i >= n) return null;
          if (index === wanted) break;
          skipValue();
          ws();
          if (json[i] !== ',') return null;
          i++;
        }
      } else {
        return null;
      }
    }
    ws();
    return lineAt(json, i);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Recognising

const ASCII_ALNUM = /[0-9A-Za-z]/;
const LATIN = /[A-Za-z]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** HAN and LATIN by code unit, for the loops over a figure's window (no one-character strings). */
function isHanCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}
function isWordyCode(c: number): boolean {
  return isHanCode(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
/** ASCII_ALNUM, ARABIC_DIGIT and MINUS by code unit (-1 or NaN: no character, false). */
function isAsciiAlnumCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isLatinCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
/** True when one of `words` is written at text[pos…]. */
function startsWithAny(text: string, pos: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, pos)) return true;
  return false;
}
function isArabicDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}
function isMinusCode(c: number): boolean {
  return c === 0x2d /* - */ || c === 0xff0d /* － */ || c === 0x2212 /* − */;
}
const ARABIC_DIGIT = /[0-9０-９]/;
const CHINESE_LARGE = /[百千万亿佰仟萬億]/;
const MINUS = /[-－−]/;
/** Kinds a figure may be negative in (增长-3%, 利润-500万元); a count or a length never is. */
const SIGNED_KINDS: ReadonlySet<MetricKind> = new Set(['percent', 'money']);
const CHINESE_LARGE_OR_TEN = /[十拾百千万亿佰仟萬億]/;

/** A number with what follows it up to its unit: 28万余起, 400余条, 5000余万元. */
interface Quantity {
  reading: NumberReading;
  start: number;
  numberEnd: number;
  /** 余 / 多 between number and unit */
  middle: Qualifier | null;
  /** factor of a scale word after 余 / 多 (5000余万元), 1 when none */
  middleScale: number;
  unit: UnitEntry | null;
  /** a notUnits word follows (年代, 周年) */
  blocked: boolean;
  /** end of the unit, or of the number when there is none */
  end: number;
  /** value after 万/亿 and the middle scale, before the unit's factor */
  value: number | null;
}

function scaleBy(value: number | null, factor: number): number | null {
  if (value === null) return null;
  if (factor === 1) return value;
  const power = Math.log10(factor);
  const written = String(value);
  // Through the decimal string, so that 66917.65 × 10^4 stays exact.
  if (Number.isInteger(power) && !/e/i.test(written)) return Number(`${written}e${power}`);
  return value * factor;
}

function readQuantity(text: string, pos: number, rules: MetricRules): Quantity | null {
  const reading = readNumberAt(text, pos);
  return reading ? quantityOf(text, pos, reading, rules) : null;
}

/** The number read at text[pos] with what follows it up to its unit. */
function quantityOf(text: string, pos: number, reading: NumberReading, rules: MetricRules): Quantity {
  const numberEnd = pos + reading.length;
  const quantity: Quantity = {
    reading,
    start: pos,
    numberEnd,
    middle: null,
    middleScale: 1,
    unit: null,
    blocked: false,
    end: numberEnd,
    value: reading.value,
  };
  if (reading.system === 'fraction') return quantity;
  let k = numberEnd;
  const middle = rules.afterNumber.at(text, k);
  let middleScale = 1;
  if (middle) {
    k += middle.text.length;
    const scale = rules.scales.at(text, k);
    if (scale) {
      middleScale = scale.factor;
      k += scale.text.length;
    }
  }
  let word = rules.unitWords.at(text, k);
  if (!word && middle) {
    // 余 / 多 not followed by a unit: not a qualifier here.
    k = numberEnd;
    middleScale = 1;
    word = rules.unitWords.at(text, k);
    if (word) quantity.middle = null;
  } else if (middle) {
    quantity.middle = middle;
    quantity.middleScale = middleScale;
  }
  if (!word) return quantity;
  if (!word.entry) {
    quantity.blocked = true;
    quantity.end = k + word.text.length;
    return quantity;
  }
  // A Latin unit (km, kg) must not run on into more letters (5G, 3kgs).
  const unitEnd = k + word.text.length;
  if (isLatinCode(word.text.charCodeAt(word.text.length - 1)) && isAsciiAlnumCode(text.charCodeAt(unitEnd))) return quantity;
  if (word.entry.onlyBefore && !startsWithAny(text, unitEnd, word.entry.onlyBefore)) return quantity;
  quantity.unit = word.entry;
  quantity.end = unitEnd;
  quantity.value = scaleBy(reading.value, quantity.middleScale);
  return quantity;
}

/** Chinese numerals count only with 百/千/万/亿 in them (三项制度, 两级法院 are structure). */
function chineseAccepted(q: Quantity, qualified: boolean): boolean {
  const r = q.reading;
  if (r.system === 'vague') return CHINESE_LARGE_OR_TEN.test(r.note ?? '');
  if (r.system !== 'chinese') return true;
  const large = r.hasLargeUnit || q.middleScale > 1;
  if (!large) return false;
  // A bare 千 / 万 / 百万 (千家万户, 万人空巷) needs a qualifier: 近千起, 上万人, 百余人.
  if (r.bareScale && !qualified && !q.middle) return false;
  return true;
}

function isYear(q: Quantity, rules: MetricRules): boolean {
  const r = q.reading;
  if (!q.unit || q.unit.unit !== rules.yearUnit) return false;
  if (r.value === null || !r.isInteger || r.scale !== 1 || q.middle) return false;
  if (r.system === 'arabic' && r.integerDigits === 4 && r.value >= rules.yearMin && r.value <= rules.yearMax) return true;
  if (r.system === 'chinese' && !r.hasLargeUnit && r.value >= rules.yearMin && r.value <= rules.yearMax) return true;
  return false;
}

/** 23年9月, 2023年5月: N年 followed by a number and a date marker. */
function followedByDate(text: string, at: number, rules: MetricRules): boolean {
  const next = readNumberAt(text, at);
  return !!next && !!rules.dateMarkers.at(text, at + next.length);
}

interface Candidate {
  span: MetricSpan | null;
  /** where scanning resumes */
  next: number;
}

/**
 * The one Candidate that readCandidate returns, filled anew by each call: the scan reads it before
 * the next call (an object per number read, most of them no figure, was garbage).
 */
const candidateResult: Candidate = { span: null, next: 0 };
function candidateOf(span: MetricSpan | null, next: number): Candidate {
  candidateResult.span = span;
  candidateResult.next = next;
  return candidateResult;
}

function reasonFor(reading: NumberReading): string {
  switch (reading.system) {
    case 'chinese':
      return 'chinese-numeral+measure-word';
    case 'vague':
      return 'vague-numeral+measure-word';
    default:
      return 'number+unit';
  }
}

function formatValue(v: number | null): string {
  return v === null ? '?' : String(v);
}

/** True when `word` is written right before text[at]. */
function endsWithAt(text: string, at: number, word: string): boolean {
  return at - word.length >= 0 && text.startsWith(word, at - word.length);
}

/** The qualifier after a unit of this kind (以上, 左右, 内 after a duration), if one is written at text[at]. */
function tailAt(text: string, at: number, kind: MetricKind, rules: MetricRules): Qualifier | null {
  return rules.afterUnit.at(text, at, tailFits, kind);
}

/** A qualifier of this kind of unit, not followed by one of its notBefore words (内 of 8小时内外). */
function tailFits(w: Qualifier, text: string, at: number, kind: MetricKind): boolean {
  if (w.kinds && !w.kinds.has(kind)) return false;
  for (const n of w.notBefore) if (text.startsWith(n, at + w.text.length)) return false;
  return true;
}

/** A qualifier before the number (约, 近): a Chinese-only one before a Chinese numeral only, and not after one of its notAfter words. */
function prefixFits(w: Qualifier, text: string, pos: number, isChinese: boolean): boolean {
  if (w.chineseOnly && !isChinese) return false;
  for (const n of w.notAfter) if (endsWithAt(text, pos - w.text.length, n)) return false;
  return true;
}

function isClauseStart(text: string, at: number, rules: MetricRules): boolean {
  return at <= 0 || isIn(rules.clauseBreaks, text, at - 1);
}

/**
 * False when chineseAccepted must reject the figure whatever follows or precedes the number: a vague
 * amount without 十/百/千/万/亿, or a Chinese numeral without 百/千/万/亿 and no 余 / 多 after it (that
 * could bring a scale: 十余万人). Most numbers in a text are such (统一, 一些, 两级法院, 十二届), and
 * they are skipped before their unit, qualifiers and context are looked for.
 */
function mayBeAccepted(text: string, reading: NumberReading, numberEnd: number, rules: MetricRules): boolean {
  if (reading.system === 'vague') return CHINESE_LARGE_OR_TEN.test(reading.note ?? '');
  if (reading.system === 'chinese') return reading.hasLargeUnit || rules.afterNumber.at(text, numberEnd) !== null;
  return true;
}

function readCandidate(text: string, pos: number, rules: MetricRules, floor: number): Candidate {
  const reading = readNumberAt(text, pos);
  if (!reading) return candidateOf(null, pos + 1);
  const skipTo = Math.max(pos + reading.length, pos + 1);
  // Every test below until chineseAccepted skips the number: this one may answer first.
  if (!mayBeAccepted(text, reading, pos + reading.length, rules)) return candidateOf(null, skipTo);
  const q = quantityOf(text, pos, reading, rules);

  // Glued to a code or another number: G20, v2.0, ISO9001; and ordinals: 第3, 第二十届.
  const before = pos > 0 ? text.charCodeAt(pos - 1) : -1;
  if (isAsciiAlnumCode(before) || before === 0x2e /* . */ || before === 0xff0e /* ． */ || isArabicDigitCode(before)) return candidateOf(null, skipTo);
  // A-3, 0471-6661234: after a hyphen that follows a letter or digit, a number is part of a code.
  if (isMinusCode(before) && isAsciiAlnumCode(pos > 1 ? text.charCodeAt(pos - 2) : -1)) return candidateOf(null, skipTo);
  if (rules.ordinalMarkers.endingAt(text, pos)) return candidateOf(null, skipTo);
  // The month or day of a date: 2023年5月, 7月30日内 (but 3年5个月 is a duration).
  const component = rules.dateComponentAfter.endingAt(text, pos);
  if (component && isDigitChar(text[pos - component.text.length - 1]) && rules.dateMarkers.at(text, q.numberEnd)) return candidateOf(null, skipTo);
  if (reading.system === 'arabic' && (reading.leadingZero || reading.integerDigits > 15)) return candidateOf(null, skipTo);
  if (reading.value === null && reading.system !== 'vague') return candidateOf(null, skipTo);

  // 约, 近, 超过 … right before the number.
  const isChinese = reading.system === 'chinese' || reading.system === 'vague';
  let prefix = rules.before.endingAt(text, pos, prefixFits, isChinese);
  if (prefix && pos - prefix.text.length < floor) prefix = null;
  if (!chineseAccepted(q, prefix !== null)) return candidateOf(null, skipTo);

  if (reading.system === 'fraction') return fractionCandidate(text, q, prefix, rules, floor);

  let end = q.end;
  let unit = q.unit;
  let value = q.value;
  let note: string | undefined = reading.note;
  let reason = reasonFor(reading);
  let upper: Quantity | null = null;
  let upperValue: number | null | undefined;

  if (q.blocked) return candidateOf(null, q.end);

  // Ranges: 3至5年, 3年至5年, 10%—15%, 5至10万元, 2021—2025年 (years: not a metric).
  const sep = q.middle ? null : rules.rangeSeparators.at(text, q.end);
  if (sep) {
    const b = readQuantity(text, q.end + sep.text.length, rules);
    if (b && b.unit && !b.blocked && b.reading.system !== 'fraction' && chineseAccepted(b, true)) {
      const sameUnit = !unit || unit.unit === b.unit.unit || (unit.base ?? unit.unit) === (b.unit.base ?? b.unit.unit);
      if (sameUnit) {
        const lowerAsYear: Quantity = { ...q, unit: b.unit };
        if (isYear(lowerAsYear, rules) || isYear(b, rules)) return candidateOf(null, b.end);
        upper = b;
      }
    }
  }
  if (upper) {
    let lower = q.value;
    // 5至10万元: the lower bound is written without the 万 that the upper one carries.
    if (!unit && reading.scale === 1 && upper.reading.scale > 1 && lower !== null && upper.reading.value !== null) {
      if (lower <= upper.reading.value / upper.reading.scale) lower = scaleBy(lower, upper.reading.scale);
    }
    unit = upper.unit;
    value = lower;
    end = upper.end;
    upperValue = applyFactor(upper.value, unit);
    note = `range ${formatValue(applyFactor(lower, unit))}–${formatValue(upperValue)}`;
    reason = `range:${reason}`;
  }

  if (!unit) return ratioCandidate(text, q, prefix, rules, floor) ?? candidateOf(null, skipTo);
  // 几十年如一日, 数十年来: vague durations are idiom, not measurement.
  if (reading.system === 'vague' && unit.kind === 'duration') return candidateOf(null, end);

  // Dates and time references: 2023年, 23年9月, 80年代 (blocked above), 3年来, 前10个月, 近3年，…
  if (!upper && isYear(q, rules)) return candidateOf(null, q.end);
  if (unit.unit === rules.yearUnit && followedByDate(text, end, rules)) return candidateOf(null, end);
  if (unit.kind === 'duration') {
    const after = tailAt(text, end, 'duration', rules);
    if (!after && rules.durationPeriodAfter.at(text, end)) return candidateOf(null, end);
    // 前10个月 is a time; 接警后2分钟内 (a limit follows) is a measurement.
    if (!prefix && !after && rules.durationPeriodBefore.endingAt(text, pos)) return candidateOf(null, end);
    const opener = rules.durationPeriodAtClauseStart.endingAt(text, pos);
    if (opener && isClauseStart(text, pos - opener.text.length, rules)) return candidateOf(null, end);
  }

  // 9秒97, 1米85: digits right after the unit with no unit of their own are the figure's decimals as
  // spoken (9.97 s, 1.85 m), and 9秒 alone would be a wrong value: none is read (3小时20分钟, 12公里300米, a
  // second figure with its own unit, are two)
  if (isDigitChar(text[end])) {
    const next = readQuantity(text, end, rules);
    if (!next?.unit) return candidateOf(null, next ? next.end : end + 1);
  }

  const found: UnitEntry = unit;
  const tail = tailAt(text, end, found.kind, rules);
  if (tail) end += tail.text.length;

  const approx: Approx =
    prefix?.approx ?? q.middle?.approx ?? found.approx ?? tail?.approx ?? (reading.system === 'vague' ? 'about' : 'exact');
  // 增长-3%: a minus sign glued to the number, not after another number (2021-2023 is a range).
  const negative =
    !prefix && !upper && reading.system === 'arabic' && SIGNED_KINDS.has(found.kind) && pos - 1 >= floor && isMinusCode(text.charCodeAt(pos - 1)) &&
    !ASCII_ALNUM.test(text[pos - 2] ?? '') && !isDigitChar(text[pos - 2]) && !MINUS.test(text[pos - 2] ?? '');
  const start = prefix ? pos - prefix.text.length : negative ? pos - 1 : pos;
  const scaled = applyFactor(value, found);
  const span = makeSpan(text, start, end, {
    value: negative && scaled !== null ? -scaled : scaled,
    upper: upperValue,
    unit: found.base ?? found.unit,
    kind: found.kind,
    approx,
    note,
    reason,
  });
  return candidateOf(span, end);
}

function applyFactor(value: number | null, unit: UnitEntry | null): number | null {
  return unit?.factor !== undefined ? scaleBy(value, unit.factor) : value;
}

interface SpanFields {
  value: number | null;
  unit: string;
  kind: MetricKind;
  approx: Approx;
  /** undefined when the figure is no range */
  upper?: number | null;
  note?: string;
  reason: string;
}

/** A metric span, made by a constructor (see SpanObject in doc.ts: a statistical report proposes hundreds per document). */
class MetricMatch implements MetricSpan {
  declare start: number;
  declare end: number;
  declare text: string;
  declare value: number | null;
  declare unit: string;
  declare kind: MetricKind;
  declare approx: Approx;
  declare subject: string | null;
  declare change: MetricChange | null;
  declare period: string | null;
  declare upper?: number | null;
  declare note?: string;
  declare reason: string;
  constructor(start: number, end: number, text: string, value: number | null, unit: string, kind: MetricKind, approx: Approx, reason: string) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.value = value;
    this.unit = unit;
    this.kind = kind;
    this.approx = approx;
    this.subject = null;
    this.change = null;
    this.period = null;
    this.reason = reason;
  }
}

function makeSpan(text: string, start: number, end: number, f: SpanFields): MetricSpan {
  const value = f.value !== null && Number.isFinite(f.value) ? f.value : null;
  const span = new MetricMatch(start, end, text.slice(start, end), value, f.unit, f.kind, f.approx, f.reason);
  if (f.upper !== undefined) span.upper = f.upper !== null && Number.isFinite(f.upper) ? f.upper : null;
  if (f.note) span.note = f.note;
  return span;
}

/** 三分之一 (fraction), 百分之三十 (30 %), 千分之五 (5 ‰), with 以上 / 左右 after them. */
function fractionCandidate(text: string, q: Quantity, prefix: Qualifier | null, rules: MetricRules, floor: number): Candidate {
  const r = q.reading;
  const percent = r.denominator === 100 ? '%' : r.denominator === 1000 ? '‰' : null;
  const kind: MetricKind = percent ? 'percent' : 'other';
  let end = q.numberEnd;
  const tail = tailAt(text, end, kind, rules);
  if (tail) end += tail.text.length;
  const start = prefix ? q.start - prefix.text.length : q.start;
  if (start < floor) return candidateOf(null, end);
  const span = makeSpan(text, start, end, {
    value: percent ? (r.numerator ?? null) : r.value,
    unit: percent ?? 'fraction',
    kind,
    approx: prefix?.approx ?? tail?.approx ?? 'exact',
    note: percent ? undefined : r.note,
    reason: percent ? 'percent-fraction' : 'fraction',
  });
  return candidateOf(span, end);
}

/**
 * 六成, 近三成, 九成以上, 八成五 (tenths: 60 %, nearly 30 %, at least 90 %, 85 %), kind 'percent', with
 * the note 'tenths 6/10'. The numeral and the marker (dicts/units.json `tenths`) must make a word of
 * their own (七|成熟, 三五成群 and 一成不变 are not), with a qualifier before it (近, 超过), or after it
 * punctuation, the end of the text or one of the marker's `after` words (以上, 左右, 多, 的): 八成是他
 * (most likely) is no figure. Null when it is none.
 */
function tenthsCandidate(text: string, pos: number, rules: MetricRules, floor: number, isWordBoundary: ((pos: number) => boolean) | null): Candidate | null {
  const marker = rules.tenths!.marker;
  const first = readNumberAt(text, pos);
  if (!first || first.system !== 'chinese' || first.length !== 1 || first.value === null || first.value < 1 || first.value > 10) return null;
  // a numeral before it (三五成群) makes another word
  if (pos > 0 && readNumberAt(text, pos - 1)) return null;
  let end = pos + 1 + marker.length;
  const prefix = rules.before.endingAt(text, pos, prefixFits, true);
  const start = prefix && pos - prefix.text.length >= floor ? pos - prefix.text.length : pos;
  // (the segmenter may keep the qualifier in the word: 近三成)
  if (isWordBoundary && ((!isWordBoundary(pos) && !(start < pos && isWordBoundary(start))) || !isWordBoundary(end))) return null;
  let value = first.value * 10;
  // 八成五: the next tenth's digit, as a word of its own
  const next = first.value < 10 ? readNumberAt(text, end) : null;
  if (next && next.system === 'chinese' && next.length === 1 && next.value !== null && next.value >= 1 && next.value <= 9 && (!isWordBoundary || isWordBoundary(end + 1))) {
    value += next.value;
    end++;
  }
  const tail = tailAt(text, end, 'percent', rules) ?? rules.afterNumber.at(text, end);
  const closed = end >= text.length || !isHanCode(text.charCodeAt(end)) || rules.tenths!.after.at(text, end) !== null;
  if (start === pos && !tail && !closed) return null;
  const spanEnd = tail ? end + tail.text.length : end;
  const span = makeSpan(text, start, spanEnd, {
    value,
    unit: '%',
    kind: 'percent',
    approx: (start < pos ? prefix!.approx : null) ?? tail?.approx ?? 'exact',
    note: `tenths ${value / 10}/10`,
    reason: 'tenths',
  });
  return candidateOf(span, spanEnd);
}

/**
 * 1:3, 1∶1.5: a ratio, value a/b (kind 'other', unit 'ratio'). 9:30 reads as a clock time and is
 * skipped unless a cue word (比例, 比) stands next to it; 1:2:3 is skipped.
 */
function ratioCandidate(text: string, q: Quantity, prefix: Qualifier | null, rules: MetricRules, floor: number): Candidate | null {
  const a = q.reading;
  if (a.system !== 'arabic' || a.scale !== 1 || q.middle || a.value === null) return null;
  const sep = rules.ratioSeparators.at(text, q.numberEnd);
  if (!sep) return null;
  // The tail of 1:2:3 or of a clock time 10:30:15.
  const previous = rules.ratioSeparators.endingAt(text, q.start);
  if (previous && ARABIC_DIGIT.test(text[q.start - previous.text.length - 1] ?? '')) return null;
  const bStart = q.numberEnd + sep.text.length;
  const b = readNumberAt(text, bStart);
  if (!b || b.system !== 'arabic' || b.scale !== 1 || !b.value || (b.leadingZero && b.integerDigits > 2)) return null;
  const bEnd = bStart + b.length;
  if (rules.ratioSeparators.at(text, bEnd) && ARABIC_DIGIT.test(text[bEnd + 1] ?? '')) return candidateOf(null, bEnd);
  if (ASCII_ALNUM.test(text[bEnd] ?? '')) return null;
  const cue = rules.ratioCues.some(
    (c) => text.slice(Math.max(0, q.start - c.length - 2), q.start).includes(c) || text.startsWith(c, bEnd) || text.startsWith(`的${c}`, bEnd),
  );
  // 9:30 may be a clock time; 1比3 (a word as separator) never is.
  const clockLike = !HAN.test(sep.text) && a.isInteger && a.value <= 24 && b.integerDigits === 2 && b.isInteger && (b.value ?? 99) <= 59;
  if (clockLike && !cue) return candidateOf(null, bEnd);
  const start = prefix ? q.start - prefix.text.length : q.start;
  if (start < floor) return null;
  const span = makeSpan(text, start, bEnd, {
    value: a.value / b.value,
    unit: 'ratio',
    kind: 'other',
    approx: prefix?.approx ?? 'exact',
    note: `ratio ${a.value}:${b.value}`,
    reason: 'ratio',
  });
  return candidateOf(span, bEnd);
}

// ---------------------------------------------------------------------------------------------
// Context: subject, change, period

interface Context {
  subject: string | null;
  change: MetricChange | null;
  period: string | null;
  /** A direction (增长, 下降) stands right before the figure, with a basis or not. */
  directed: boolean;
}

function describe(
  text: string,
  span: MetricSpan,
  floor: number,
  rules: MetricRules,
  isWordBoundary: ((pos: number) => boolean) | null,
): Context {
  const w = rules.window;
  const figure = span.start;
  const windowStart = Math.max(floor, figure - w);
  let clauseStart = windowStart;
  for (let i = figure - 1; i >= windowStart; i--) {
    if (isIn(rules.clauseBreaks, text, i)) {
      clauseStart = i + 1;
      break;
    }
  }

  // change: 同比上升, 较去年同期下降了, 比上年增长
  let e = figure;
  e = stripEnd(text, clauseStart, e, rules.changeFillers);
  let change: MetricChange | null = null;
  let subjectEnd = figure;
  /** where the period is looked for, up to: before a change basis, wherever it is written */
  let periodLimit = figure;
  const direction = rules.directions.endingAt(text, e, startsFrom, clauseStart);
  if (direction) {
    const afterBasis = stripEnd(text, clauseStart, e - direction.text.length, rules.changeFillers);
    const basisStart = findBasis(text, clauseStart, afterBasis, rules);
    if (basisStart !== null) {
      change = { basis: text.slice(basisStart, afterBasis), direction: direction.direction };
      subjectEnd = basisStart;
      periodLimit = basisStart;
    } else {
      // (a direction of one character ends the subject when a filler follows it: 降至, 增至, 升到)
      if (direction.text.length > 1 || e < figure) subjectEnd = afterBasis;
      periodLimit = subjectEnd;
      // 与去年同期相比，刑事案件下降21.3%: the basis is the clause before.
      const previous = basisClauseBefore(text, clauseStart, floor, rules);
      if (previous) {
        change = { basis: text.slice(previous[0], previous[1]), direction: direction.direction };
        periodLimit = previous[0];
      }
    }
  } else {
    periodLimit = subjectEnd;
  }

  // period: the last time phrase in the sentence before the figure (and before a change basis).
  const sentenceFloor = Math.max(0, figure - 2 * w);
  let sentenceStart = sentenceFloor;
  for (let i = periodLimit - 1; i >= sentenceFloor; i--) {
    if (isIn(rules.sentenceBreaks, text, i)) {
      sentenceStart = i + 1;
      break;
    }
  }
  let period: string | null = null;
  let periodEnd = -1;
  if (periodLimit > sentenceStart && anyIn(rules.periodNeeds, text, sentenceStart, periodLimit)) {
    const periodStart = lastPeriodIn(text, sentenceStart, periodLimit, rules, isWordBoundary);
    if (periodStart >= 0) {
      periodEnd = lastPeriodEnd;
      period = text.slice(periodStart, periodEnd);
    }
  }

  // subject: the words before the figure, less the period, skip words, leads and anything before 的.
  let s = Math.max(clauseStart, periodEnd);
  let t = stripSkip(text, s, subjectEnd, rules);
  s = stripStart(text, s, t, rules.subjectLead, rules.subjectLeadAspect);
  // (a word of its own where the caller gives word boundaries: not the 的 of 标的额 or 目的地)
  for (const cut of rules.subjectCutAfter) {
    for (let at = t - cut.length; at >= s; at--) {
      if (text.startsWith(cut, at) && (!isWordBoundary || (isWordBoundary(at) && isWordBoundary(at + cut.length)))) {
        s = at + cut.length;
        break;
      }
    }
  }
  // 该行动共抓获犯罪嫌疑人, 全市法院累计受理: what was done in total, not who did it (the adverb a word
  // of its own: not the 共 of 公共, 共同, 中共)
  if (isWordBoundary) {
    const within = { limit: t, isWordBoundary };
    for (let at = t - 1; at > s; at--) {
      const w = rules.subjectCutAfterWord.at(text, at, isWordWithin, within);
      if (w) {
        // (普法宣讲活动共举办120场次: nothing but a lead verb after it, the words before are the subject)
        const after = stripStart(text, at + w.text.length, t, rules.subjectLead, rules.subjectLeadAspect);
        if (after < t) s = after;
        break;
      }
    }
  }
  // Nothing across a digit or a symbol: 12345热线受理群众诉求 → 热线受理群众诉求; a digit glued to a
  // Latin letter is part of a term (5G基站, H5页面).
  for (let at = t - 1; at >= s; at--) {
    if (!isTermCharAt(text, at)) {
      s = at + 1;
      break;
    }
  }
  s = stripStart(text, s, t, rules.subjectLead, rules.subjectLeadAspect);
  t = stripSkip(text, s, t, rules);
  // Too long: start after the last preposition or particle (…交警支队在全市设置测速点位 → 设置测速点位), not
  // one inside a kept word (…已从事调解工作 → 调解工作, not 事调解工作)
  if (t - s > rules.subjectMaxLength) {
    for (let at = t - 1; at > s; at--) {
      const stop = rules.subjectStop.at(text, at, endsBefore, t);
      if (stop && !keptAround(rules, text, at, stop.text.length)) {
        s = stripStart(text, at + stop.text.length, t, rules.subjectLead, rules.subjectLeadAspect);
        break;
      }
    }
  }
  let subject: string | null = text.slice(s, t).trim();
  if (!subject || subject.length > rules.subjectMaxLength || !isWordy(subject)) subject = null;
  else if (rules.subjectStop.at(subject, 0, isWhole) || rules.conjunctions.has(subject)) subject = null;

  // A weak subject gives way to the noun after the figure: at most one character (辖12个乡镇), one that
  // ends with a conjunction (律师和96名法律工作者: it names the figure before) or starts with a
  // preposition (在辖区20余家共建单位: a place).
  let weak = subject === null || subject.length === 1;
  if (subject && rules.conjunctions.has(subject[subject.length - 1])) {
    subject = subject.length > 2 ? subject.slice(0, -1) : null;
    weak = true;
  }
  if (subject && subject.length > 1 && rules.subjectStop.at(subject, 0, isOneUnit)) weak = true;
  // 街道已建成15个社区服务站, 走访了120户群众: a lead verb (or its aspect particle) ends the words before,
  // and its object is the noun after the figure
  if (subject && (rules.subjectLead.endingAt(subject, subject.length) || rules.subjectLeadAspect.endingAt(subject, subject.length))) weak = true;
  if (weak && rules.nounAfterKinds.has(span.kind)) subject = nounAfter(text, span.end, rules) ?? subject;
  // 80%以上的纠纷在基层化解, 按1:3的比例: the first word after 的.
  const particle = rules.nounAfterParticle;
  if (weak && particle && particle.kinds.has(span.kind) && text.startsWith(particle.particle, span.end)) {
    const from = span.end + particle.particle.length;
    let noun = nounAfter(text, from, rules);
    if (noun) {
      let cut = Math.min(noun.length, PARTICLE_NOUN_MAX);
      if (isWordBoundary) {
        cut = noun.length;
        for (let k = 2; k < noun.length; k++) {
          if (isWordBoundary(from + k)) {
            cut = k;
            break;
          }
        }
      }
      noun = noun.slice(0, cut);
    }
    subject = noun ?? subject;
  }
  return { subject, change, period, directed: direction !== null };
}

/** A word at `at` that ends before `limit` (the arg). */
function endsBefore(w: Word, _text: string, at: number, limit: number): boolean {
  return at + w.text.length < limit;
}
/** A word of its own at `at` (word boundaries at both its ends) that leaves a character before `limit`. */
function isWordWithin(w: Word, _text: string, at: number, arg: { limit: number; isWordBoundary: (pos: number) => boolean }): boolean {
  const end = at + w.text.length;
  return end < arg.limit && arg.isWordBoundary(at) && arg.isWordBoundary(end);
}
/** A word found at the start of `text` that is the whole of it. */
function isWhole(w: Word, text: string): boolean {
  return w.text.length === text.length;
}
function isOneUnit(w: Word): boolean {
  return w.text.length === 1;
}
/** A lead word at `s` that leaves nothing or at least two characters before `end` (the arg). */
function leavesWord(x: Word, _text: string, s: number, end: number): boolean {
  return s + x.text.length === end || s + x.text.length + 2 <= end;
}

/** Only Han characters and Latin letters: no digits, punctuation or stray symbols. */
function isWordy(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isTermCharAt(s, i)) return false;
  return true;
}

/** A character of a subject: an ideograph, a Latin letter, or a digit next to a Latin letter (5G, H5). */
function isTermCharAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (isWordyCode(c)) return true;
  return c >= 0x30 && c <= 0x39 && (isLatinCode(text.charCodeAt(at + 1)) || isLatinCode(text.charCodeAt(at - 1)));
}

function stripEnd(text: string, start: number, end: number, list: WordList<Word>): number {
  let e = end;
  for (;;) {
    const w = list.endingAt(text, e, startsFrom, start);
    if (!w) return e;
    e -= w.text.length;
  }
}

/** Skip words off the end of a subject, but not the end of a kept word (违法行为 keeps its 为). */
function stripSkip(text: string, start: number, end: number, rules: MetricRules): number {
  let e = end;
  for (;;) {
    const w = rules.subjectSkip.endingAt(text, e, startsFrom, start);
    if (!w) return e;
    // the longest kept word within bounds: if it is no longer than w, none is
    const kept = rules.subjectKeep.endingAt(text, e, startsFrom, start);
    if (kept && kept.text.length > w.text.length) return e;
    e -= w.text.length;
  }
}

/** True when a kept word (从事, 行为) holds the stop word text[at, at + length) and is longer than it. */
function keptAround(rules: MetricRules, text: string, at: number, length: number): boolean {
  for (let e = at + length; e <= Math.min(text.length, at + rules.subjectKeepMaxLength); e++) {
    const kept = rules.subjectKeep.endingAt(text, e);
    if (kept && kept.text.length > length && e - kept.text.length <= at) return true;
  }
  return false;
}

/** Lead words off the start of a subject, leaving nothing or at least two characters (派出所 is not 派出 + 所). */
function stripStart(text: string, start: number, end: number, list: WordList<Word>, aspect?: WordList<Word>): number {
  let s = start;
  for (;;) {
    const w = list.at(text, s, leavesWord, end);
    if (!w) return s;
    s += w.text.length;
    // 新建了大棚: the lead verb's aspect particle goes with it
    const a = aspect?.at(text, s, leavesWord, end);
    if (a) s += a.text.length;
  }
}

/**
 * Between two figures only a clause break and the change words of the second (，同比上升). Not with
 * 分别 (同比分别上升12.3%和8.7%: each figure is that of a different one before).
 */
function followsAsChange(text: string, from: number, to: number, rules: MetricRules): boolean {
  if (to - from < 2 || to - from > 16 || !isIn(rules.clauseBreaks, text, from) || isIn(rules.sentenceBreaks, text, from)) return false;
  const between = text.slice(from, to);
  if (rules.respectively.some((w) => between.includes(w))) return false;
  // (，较2020年提高3个百分点: a year in the basis)
  for (let i = from + 1; i < to; i++) if (isIn(rules.clauseBreaks, text, i) || !(isHanCode(text.charCodeAt(i)) || isAsciiDigit(text.charCodeAt(i)))) return false;
  return true;
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * A clause that is only a change basis, right before the figure's clause (与去年同期相比，…; 同比，…):
 * its [start, end) without the comma, or null.
 */
function basisClauseBefore(text: string, clauseStart: number, floor: number, rules: MetricRules): [number, number] | null {
  const end = clauseStart - 1;
  if (end <= floor || !isIn(rules.clauseBreaks, text, end) || isIn(rules.sentenceBreaks, text, end)) return null;
  let start = Math.max(floor, end - rules.window);
  for (let i = end - 1; i >= start; i--) {
    if (isIn(rules.clauseBreaks, text, i)) {
      start = i + 1;
      break;
    }
  }
  // the longest basis from `start` on: if it does not start at `start`, none does
  const listed = rules.changeBases.endingAt(text, end, startsFrom, start);
  if (listed && end - listed.text.length === start) return [start, end];
  // 与2022年相比: an opener at the clause start, a time marker, and 相比 / 相较 / 比较 at its end.
  if (end - start < 4 || end - start > 12 || !isIn(rules.basisOpeners, text, start)) return null;
  const clause = text.slice(start, end);
  if (!rules.basisClosers.some((c) => clause.endsWith(c)) || !rules.basisMarkers.some((m) => clause.includes(m))) return null;
  return [start, end];
}

/** Start of the basis before a change word: a listed one (同比, 较去年同期) or 较/比 + a time (较2022年). */
function findBasis(text: string, clauseStart: number, end: number, rules: MetricRules): number | null {
  const listed = rules.changeBases.endingAt(text, end, startsFrom, clauseStart);
  if (listed) return end - listed.text.length;
  const limit = Math.max(clauseStart, end - 10);
  for (let i = end - 2; i >= limit; i--) {
    if (!isIn(rules.basisOpeners, text, i)) continue;
    const basis = text.slice(i, end);
    if (rules.basisMarkers.some((m) => basis.includes(m))) return i;
    return null;
  }
  return null;
}

function nounAfter(text: string, from: number, rules: MetricRules): string | null {
  let j = from;
  const limit = Math.min(text.length, from + rules.subjectMaxLength);
  while (j < limit && isHanCode(text.charCodeAt(j)) && !mayStartNumberAt(text, j) && !rules.subjectStop.at(text, j)) j++;
  return j > from ? text.slice(from, j) : null;
}

// ---------------------------------------------------------------------------------------------

/**
 * The ranges where no figure may be: every valid range of `given` (arrays of two numbers or more, the
 * caller's) and the appositives after them, merged where they meet or overlap, in order, as pairs
 * (start, end) in one array of numbers: the figure scan binary-searches them. Read by index into two
 * lists of numbers: a filtered copy, a spread, tuples and for-of loops (this runs once per document,
 * mostly unoptimised, where for-of allocates per element) were garbage per document.
 */
function excludedRanges(text: string, given: ReadonlyArray<unknown> | undefined): number[] {
  const starts: number[] = [];
  const ends: number[] = [];
  if (Array.isArray(given)) {
    for (let k = 0; k < given.length; k++) {
      const r: unknown = given[k];
      if (Array.isArray(r) && r.length >= 2 && isRange(r as [number, number])) {
        starts.push(r[0]);
        ends.push(r[1]);
      }
    }
    for (let k = 0; k < given.length; k++) {
      const r: unknown = given[k];
      if (Array.isArray(r) && r.length >= 2) appositiveAfter(text, r[0], r[1], starts, ends);
    }
  }
  return mergeRanges(starts, ends);
}

/** The ranges [starts[k], ends[k]) (all valid) merged where they meet or overlap, in order, as pairs in one array. */
function mergeRanges(starts: number[], ends: number[]): number[] {
  const out: number[] = [];
  let inOrder = true;
  for (let k = 1; k < starts.length && inOrder; k++) if (starts[k] < starts[k - 1]) inOrder = false;
  // (the order among equal starts does not matter: the union is the same)
  const order = inOrder ? null : starts.map((_, k) => k).sort((a, b) => starts[a] - starts[b]);
  for (let j = 0; j < starts.length; j++) {
    const k = order ? order[j] : j;
    const last = out.length - 1;
    if (last > 0 && starts[k] <= out[last]) out[last] = Math.max(out[last], ends[k]);
    else out.push(starts[k], ends[k]);
  }
  return out;
}

function isRange(r: readonly [number, number]): boolean {
  return Array.isArray(r) && Number.isFinite(r[0]) && Number.isFinite(r[1]) && r[1] > r[0];
}

/** Character classes of appositivesAfter as code-unit tables. */
const CLOSING_QUOTE = charTable('”"’」』');
const APPOSITIVE_OPEN = charTable('（(');
const APPOSITIVE_CLOSE = charTable('）)');
const ENUMERATION = charTable('、和及与');
const NUMERAL = charTable('0123456789０１２３４５６７８９一二两三四五六七八九十百千万');

/** The code unit at an index as `text[i]` reads it: NaN where that is undefined (outside, or not an integer). */
function codeUnitAt(text: string, i: number): number {
  return Number.isInteger(i) ? text.charCodeAt(i) : NaN;
}

/** True when some code unit of `s` is in the table. */
function hasIn(table: CharTable, s: string): boolean {
  return anyIn(table, s, 0, s.length);
}

/**
 * “1+5+7”（即1个平台、5家成员单位及7项机制）: an appositive that spells out the parts of an excluded
 * numbered name counts its parts, it does not measure anything. The parenthetical (after the quote
 * and at most 4 Han characters of a head noun, with an enumeration inside) is excluded too: pushed
 * onto starts and ends. `start` and `end` are the caller's, as given (read as text.slice reads them).
 */
function appositiveAfter(text: string, start: number, end: number, starts: number[], ends: number[]): void {
  // (integer bounds inside the text, as the caller's are: tested in place, no copy of the range)
  const plain = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length;
  if (plain ? !anyIn(NUMERAL, text, start, end) : !hasIn(NUMERAL, text.slice(start, end))) return;
  let i = end;
  if (CLOSING_QUOTE[codeUnitAt(text, i)] === 1) i++;
  let head = 0;
  while (head < 4 && isHanCode(codeUnitAt(text, i)) && APPOSITIVE_OPEN[codeUnitAt(text, i)] !== 1) {
    i++;
    head++;
  }
  if (APPOSITIVE_OPEN[codeUnitAt(text, i)] !== 1) return;
  const limit = Math.min(text.length, i + 100);
  let close = -1;
  for (let j = i + 1; j < limit; j++) {
    if (isIn(APPOSITIVE_OPEN, text, j)) break;
    if (isIn(APPOSITIVE_CLOSE, text, j)) {
      close = j;
      break;
    }
  }
  if (close > i && anyIn(ENUMERATION, text, i + 1, close)) {
    starts.push(i);
    ends.push(close + 1);
  }
}

/** True when [start, end) meets an excluded range (binary search over the merged pairs). */
function isExcluded(ranges: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[2 * mid + 1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo < ranges.length && ranges[2 * lo] < end;
}

/**
 * Every metric in `text`, left to right, never overlapping. Linear in the text length: each number
 * is read once and the context is read from a bounded window. Never throws.
 */
export function recogniseMetrics(text: string, units: UnitLexicon, options: MetricOptions = {}): MetricSpan[] {
  if (typeof text !== 'string' || !text) return [];
  const rules = units.rules;
  const excluded = excludedRanges(text, options?.exclude);
  const isWordBoundary = typeof options?.isWordBoundary === 'function' ? options.isWordBoundary : null;
  const out: MetricSpan[] = [];
  let floor = 0;
  let i = 0;
  while (i < text.length) {
    if (!mayStartNumberAt(text, i)) {
      i++;
      continue;
    }
    // 一些, 统一, 十分: a Chinese numeral of one character and no large unit is a figure only with
    // a qualifier after it (十余人), as mayBeAccepted decides: answered here without a reading
    let tenths: Candidate | null = null;
    if (smallNumeralAloneAt(text, i) && !rules.afterNumber.at(text, i + 1)) {
      // 六成 (six tenths) is the one figure a lone small numeral makes
      tenths = rules.tenths && text.startsWith(rules.tenths.marker, i + 1) ? tenthsCandidate(text, i, rules, floor, isWordBoundary) : null;
      if (!tenths) {
        i++;
        continue;
      }
    }
    let candidate: Candidate;
    try {
      candidate = tenths ?? readCandidate(text, i, rules, floor);
    } catch {
      candidate = { span: null, next: i + 1 };
    }
    const span = candidate.span;
    if (span && !isExcluded(excluded, span.start, span.end)) {
      try {
        const previous = out[out.length - 1];
        const context = describe(text, span, floor, rules, isWordBoundary);
        span.subject = context.subject;
        span.change = context.change;
        span.period = context.period;
        // 同比分别上升12.3%和8.7%: a figure joined by 和 / 、 shares the one before's subject and change.
        if (
          previous &&
          previous.end === floor &&
          span.start - previous.end <= rules.conjunctionMaxLength &&
          rules.conjunctions.has(text.slice(previous.end, span.start))
        ) {
          span.subject = span.subject ?? previous.subject;
          span.change = span.change ?? previous.change;
          span.period = span.period ?? previous.period;
        }
        // 受理案件5600件，同比上升5%: a change with no subject of its own is that of the figure before; so
        // is a bare rise or fall (收入达到6.8万元，增长5.1%).
        if (previous && (span.change || context.directed) && span.subject === null && previous.subject && followsAsChange(text, previous.end, span.start, rules))
          span.subject = previous.subject;
      } catch {
        // context is best effort; the span itself stands
      }
      out.push(span);
      floor = span.end;
    }
    i = Math.max(candidate.next, i + 1);
  }
  return out;
}
