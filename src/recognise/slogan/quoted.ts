import { charTable } from '../../resources/chars';
import type { Doc } from '../../doc';
import type { SloganEntry } from '../../resources/lexicons';
import type { SloganCues } from './cues';

/** A pair of quotation marks: `open` and `close` index the marks, `inner` is what they enclose. */
export interface Quote {
  open: number;
  close: number;
  inner: string;
}

/**
 * Quotes that follow each other (“A”“B”, “A”、“B”, ‘A’、学生‘B’) share the words before and after
 * them. A series is a range of the list of quotes it was read from (no array of its own).
 */
export interface QuoteSeries {
  /** The quotes the series was read from; the series is quotes[from, to). */
  quotes: Quote[];
  from: number;
  to: number;
  /** Text before the first member, up to a clause break. */
  before: string;
  /** Text after the last member, up to a clause break. */
  after: string;
}

export interface QuotedVerdict {
  reason: string;
  category: string | null;
}

const MARKS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '"': '"' };
const OPEN_MARKS = Object.keys(MARKS);
/** The closing mark of each opening mark, by code unit (reading `MARKS[text[i]]` would make a string per quote). */
const CLOSE_OF = new Map(OPEN_MARKS.map((m) => [m.charCodeAt(0), MARKS[m].charCodeAt(0)]));
/** Any opening mark: one regex scan of the text finds them all, faster than an indexOf pass per mark. */
const OPEN_MARK = new RegExp(`[${OPEN_MARKS.join('')}]`, 'g');
/**
 * The character classes read around and inside every quote, as tables by code unit (a regex
 * test on a one-character string allocates the string first).
 * WHITESPACE is what `\s` matches: the ECMAScript white space and line terminators.
 */
const WHITESPACE_CHARS =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
export const WHITESPACE = charTable(WHITESPACE_CHARS);
/** Punctuation that makes a quote speech or a sentence rather than a term. */
export const SENTENCE = charTable('，。！？；：,!?;:\n…');
/** What ends the clause before or after a quote. */
export const CLAUSE_BREAK = charTable('，。！？；：,!?;:\n“”‘’「」『』"（）()《》、' + WHITESPACE_CHARS);
/** A quote ending with a particle (的 了 吗 …) is speech or a phrase. */
export const FINAL_PARTICLE = charTable('的了吗呢吧啊');
const COLON = charTable('：:');
const CJK = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z]/;

/**
 * Every pair of quotation marks whose content fits on one line and is at most `maxLength` long.
 * Marks of different kinds may nest (“…‘…’…”): each pair is reported, outer and inner.
 */
export function findQuotes(text: string, maxLength: number): Quote[] {
  const quotes: Quote[] = [];
  // an ASCII " closes what it opened: the closing mark is not read as a new opening
  let closedAt = -1;
  // test(), not exec(): a global regex's test moves lastIndex past the (one-character) match
  // without making a match array and a string for every mark
  OPEN_MARK.lastIndex = 0;
  while (OPEN_MARK.test(text)) {
    const i = OPEN_MARK.lastIndex - 1;
    if (i <= closedAt) continue;
    const open = text.charCodeAt(i);
    const close = CLOSE_OF.get(open)!;
    let j = i + 1;
    for (; j < text.length && j - i - 1 <= maxLength; j++) {
      const c = text.charCodeAt(j);
      if (c === close || c === 0x0a || (c === open && open !== close)) break;
    }
    if (j >= text.length || text.charCodeAt(j) !== close || j - i - 1 > maxLength) continue;
    quotes.push({ open: i, close: j, inner: text.slice(i + 1, j) });
    if (open === close) closedAt = j;
  }
  return quotes;
}

/**
 * Groups quotes into series, and calls `visit` with each, in order: a quote belongs to the
 * previous one's series when only a short gap (、 和 及 …) separates them. Quotes inside another
 * quote (“…‘A’…”) form series among themselves, visited after the outer ones.
 * The series object is one per list, reused for each series: read it inside `visit` (a series
 * object and an array of members per series were most of the garbage of the quoted pass).
 */
export function forEachSeries(text: string, quotes: Quote[], cues: SloganCues, visit: (series: QuoteSeries) => void): void {
  // most texts nest no quotes: the list is then read as it is, not copied
  let firstNested = -1;
  let reach = -1;
  for (let k = 0; k < quotes.length && firstNested < 0; k++) {
    if (quotes[k].open < reach) firstNested = k;
    reach = Math.max(reach, quotes[k].close);
  }
  if (firstNested < 0) {
    seriesOf(text, quotes, cues, visit);
    return;
  }
  const outer = quotes.slice(0, firstNested);
  const nested: Quote[] = [];
  reach = -1;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k];
    if (k >= firstNested) (q.open < reach ? nested : outer).push(q);
    reach = Math.max(reach, q.close);
  }
  seriesOf(text, outer, cues, visit);
  forEachSeries(text, nested, cues, visit);
}

function seriesOf(text: string, quotes: Quote[], cues: SloganCues, visit: (series: QuoteSeries) => void): void {
  if (!quotes.length) return;
  const series: QuoteSeries = { quotes, from: 0, to: 0, before: '', after: '' };
  // the series being read is quotes[from, k)
  let from = 0;
  for (let k = 1; k <= quotes.length; k++) {
    if (k < quotes.length && cues.seriesGap.test(text.slice(quotes[k - 1].close + 1, quotes[k].open))) continue;
    series.from = from;
    series.to = k;
    series.before = clauseBefore(text, quotes[from].open);
    series.after = clauseAfter(text, quotes[k - 1].close + 1);
    visit(series);
    from = k;
  }
}

function clauseBefore(text: string, open: number): string {
  let k = open;
  while (k > 0 && open - k < 8 && !CLAUSE_BREAK[text.charCodeAt(k - 1)]) k--;
  return text.slice(k, open);
}

function clauseAfter(text: string, from: number): string {
  let k = from;
  while (k < text.length && k - from < 16 && !CLAUSE_BREAK[text.charCodeAt(k)]) k++;
  return text.slice(from, k);
}

/**
 * The cue word after a quote (“X”机制, “X”省级试点, “A”“B”等多个平台) and the category it gives.
 * Words between the quote and the cue must not make the quote a description (的, 这, 是 …).
 */
export function cueAfter(after: string, cues: SloganCues, adjacentOnly = false): { word: string; category: string | null } | null {
  let from = 0;
  let window = adjacentOnly ? 0 : cues.afterWindow;
  const etc = cues.etc.prefixOf(after);
  if (etc && !adjacentOnly) {
    from = etc.length;
    window = cues.afterWindowAfterEtc;
  }
  for (let k = from; k <= from + window && k < after.length; k++) {
    if (k > from && cues.afterGapStop[after.charCodeAt(k - 1)]) return null;
    const m = cues.after.longestAt(after, k);
    if (m) return m.values[0];
  }
  return null;
}

/**
 * True when the quoted span [start, end) (not empty) is one dictionary word of the segmenter
 * (牛鼻子, 会议室, 一刀切): a plain word. The token covering `start` comes from the document's
 * index (a binary search of the token list per quote read many scattered token objects); the
 * first token starting there is the one compared (an empty token would come before a word).
 */
export function isPlainWord(doc: Doc, start: number, end: number, keepTags: Set<string>): boolean {
  let k = doc.tokenIndexAt(start);
  if (k < 0 || doc.startOf(k) !== start) return false;
  while (k > 0 && doc.startOf(k - 1) === start) k--;
  // the Token (for its tag) only for a word that spans the quote
  return start + doc.wordAt(k).length === end && !keepTags.has(doc.token(k).tag);
}

/**
 * Decides whether a quoted term is a slogan (RECORDS.md): a lexicon formulation, a numbered
 * formulation, a parallel enumeration, a name (mixed-script brand, institutional head noun, cue
 * word after or a naming verb before), or a member of a series of names. Speech, sentences,
 * idioms, plain dictionary words, hotline numbers, measurements and criticised behaviour
 * (摒弃“…”) are not. Returns the rule that accepted it, or null.
 *
 * What the term's own text decides (termFacts) is read once per extractor and term; only what
 * the words around it and the segmentation decide is read at every quote. The rules are asked in
 * the order written here, so the first that decides wins as it always did.
 */
export function classifyQuoted(
  doc: Doc, quote: Quote, series: QuoteSeries, lexicon: Map<string, SloganEntry>, cues: SloganCues,
): QuotedVerdict | null {
  const facts = termFacts(quote.inner, lexicon, cues);
  if (facts.decided) return facts.verdict;
  const text = doc.work;
  if (colonBefore(text, quote.open)) return null; // 他说：“…”
  if (cues.rejectBefore.suffixOf(series.before)) return null;
  for (const p of cues.rejectAfter) if (p.re.test(series.after)) return null;

  // a number (2468) is one token too, but not a dictionary word
  const plain = !facts.alphanumeric && isPlainWord(doc, quote.open + 1, quote.close, cues.plainWordKeepTags);
  const cue = cueAfter(series.after, cues, plain);
  // a plain word is a name only right before a word that says what it names (“大比武”活动), not 服务 or 工作
  const namingCue = cue && (!plain || cue.category) ? cue : null;
  if (facts.numbered) return plain && !namingCue ? null : verdictOf(facts.numbered, cue?.category ?? null);
  if (facts.enumeration !== 'none')
    return facts.enumeration === 'singles' && !cue ? null : verdictOf('quoted-enumeration', cue?.category ?? null);
  if (facts.tooLong) return null;
  if (plain) return namingCue ? verdictOf('quoted+cue-after', namingCue.category) : null;
  if (facts.mixedScript) return verdictOf('quoted-mixed-script', 'programme');
  if (facts.headNoun) return verdictOf(facts.headNoun, cue?.category ?? 'programme');
  if (cue) return verdictOf('quoted+cue-after', cue.category);
  const namedBefore = !!cues.before.suffixOf(series.before);
  // “A”“B”等…: a listed series of names; two quoted remarks side by side are no list
  const listed = namedBefore || !!cues.etc.prefixOf(series.after);
  if (series.to - series.from > 1 && listed && facts.seriesLength) return verdictOf('quoted-series', null);
  if (facts.beforeLength && namedBefore) return verdictOf('quoted+cue-before', null);
  return null;
}

/** What a quoted term's own text says, whatever its context: the rules of classifyQuoted that read only the term. */
export interface TermFacts {
  /** True when the text alone decides: a lexicon formulation (`verdict`) or no slogan at all (null). */
  decided: boolean;
  verdict: QuotedVerdict | null;
  /** Holds an ASCII digit or letter: no dictionary word then (a number is one token too). */
  alphanumeric: boolean;
  /** The reason of the numbered shape it has (quoted-numbered-…), or null. */
  numbered: string | null;
  /** A parallel enumeration (一窗办理、一网通办): 'singles' when a part is one character (一、二、三), a slogan only before a cue word. */
  enumeration: 'none' | 'singles' | 'parts';
  /** Longer than a name is (cues.maxLength). */
  tooLong: boolean;
  /** Latin and CJK, three or more units: a brand. */
  mixedScript: boolean;
  /** The reason of the head noun it ends with (quoted-head-noun-…), at least two characters before it; or null. */
  headNoun: string | null;
  /** Long enough, and short enough, to be a member of a listed series. */
  seriesLength: boolean;
  /** Long enough to be a name after a naming verb. */
  beforeLength: boolean;
}

/**
 * The facts of each quoted term, per lexicon and cues (an extractor's), up to TERM_CACHE_SIZE
 * terms: a document quotes the same few hundred terms as the one before (the formulations of the
 * day), and the lexicon look-up, the two pattern unions, the affix and character tests were run
 * again at every quote. Past the bound the map starts anew, so a stream of distinct quotes costs
 * what it did, not memory.
 */
const TERM_CACHE_SIZE = 20_000;
const termCaches = new WeakMap<Map<string, SloganEntry>, WeakMap<SloganCues, Map<string, TermFacts>>>();

export function termFacts(inner: string, lexicon: Map<string, SloganEntry>, cues: SloganCues): TermFacts {
  let byCues = termCaches.get(lexicon);
  if (!byCues) termCaches.set(lexicon, (byCues = new WeakMap()));
  let cache = byCues.get(cues);
  if (!cache) byCues.set(cues, (cache = new Map()));
  let facts = cache.get(inner);
  if (facts === undefined) {
    facts = readTermFacts(inner, lexicon, cues);
    if (cache.size >= TERM_CACHE_SIZE) cache.clear();
    cache.set(inner, facts);
  }
  return facts;
}

/** The term-only rules of classifyQuoted, read for a term not seen before. */
function readTermFacts(inner: string, lexicon: Map<string, SloganEntry>, cues: SloganCues): TermFacts {
  const facts: TermFacts = {
    decided: true,
    verdict: null,
    alphanumeric: false,
    numbered: null,
    enumeration: 'none',
    tooLong: false,
    mixedScript: false,
    headNoun: null,
    seriesLength: false,
    beforeLength: false,
  };
  const known = lexicon.get(inner);
  if (known) {
    facts.verdict = verdictOf('quoted-lexicon', known.category);
    return facts;
  }
  const trimmed = inner.trim();
  if (trimmed.length < 2 || inner !== trimmed || hasAny(inner, SENTENCE)) return facts;
  if (cues.notSlogans.has(inner) || cues.notSloganPatterns.find(inner)) return facts;
  if (FINAL_PARTICLE[inner.charCodeAt(inner.length - 1)]) return facts;
  facts.decided = false;
  facts.alphanumeric = /[0-9A-Za-z]/.test(inner);
  const numbered = cues.notNumbered.prefixOf(inner) ? undefined : cues.numbered.find(inner);
  if (numbered) facts.numbered = reasonFor('quoted-numbered-', numbered.name);
  if (inner.includes('、') && isParallelEnumeration(inner, cues))
    facts.enumeration = shortestPart(inner) === 1 ? 'singles' : 'parts';
  facts.tooLong = inner.length > cues.maxLength;
  facts.mixedScript = LATIN.test(inner) && CJK.test(inner) && inner.length >= 3;
  const head = cues.headNouns.suffixOf(inner, inner.length - 2);
  if (head) facts.headNoun = reasonFor('quoted-head-noun-', head);
  facts.seriesLength = inner.length >= cues.minLength.series && inner.length <= cues.maxSeriesMemberLength;
  facts.beforeLength = inner.length >= cues.minLength.before;
  return facts;
}

/**
 * One verdict object per reason and category, shared by every quote it is given to (read only:
 * the recogniser copies its two fields); a verdict made per accepted quote was garbage.
 */
const verdicts = new Map<string, Map<string | null, QuotedVerdict>>();
function verdictOf(reason: string, category: string | null): QuotedVerdict {
  let byCategory = verdicts.get(reason);
  if (!byCategory) verdicts.set(reason, (byCategory = new Map()));
  let verdict = byCategory.get(category);
  if (!verdict) {
    verdict = Object.freeze({ reason, category });
    if (byCategory.size < 10_000) byCategory.set(category, verdict);
  }
  return verdict;
}

/** 一窗受理、一网通办、一次办好: two or more short parts of about the same length. */
function isParallelEnumeration(inner: string, cues: SloganCues): boolean {
  if (inner.length > cues.maxEnumerationLength) return false;
  // the parts between 、 marks, measured in place (no split arrays)
  let min = Infinity;
  let max = 0;
  let count = 0;
  for (let from = 0; ; ) {
    const mark = inner.indexOf('、', from);
    const end = mark < 0 ? inner.length : mark;
    const length = end - from;
    if (length === 0 || length > cues.maxEnumerationPart) return false;
    if (length < min) min = length;
    if (length > max) max = length;
    count++;
    if (mark < 0) break;
    from = mark + 1;
  }
  return count >= 2 && max - min <= cues.enumerationSpread;
}

/** The length of the shortest part between 、 marks (0 for an empty one). */
function shortestPart(inner: string): number {
  let min = Infinity;
  for (let from = 0; ; ) {
    const mark = inner.indexOf('、', from);
    const end = mark < 0 ? inner.length : mark;
    if (end - from < min) min = end - from;
    if (mark < 0) return min;
    from = mark + 1;
  }
}

/** The reason strings made from a prefix and a name, kept (a template string per quote was a new string each time). */
const reasons = new Map<string, Map<string, string>>();
function reasonFor(prefix: string, name: string): string {
  let byName = reasons.get(prefix);
  if (!byName) reasons.set(prefix, (byName = new Map()));
  let reason = byName.get(name);
  if (reason === undefined) {
    reason = prefix + name;
    if (byName.size < 10_000) byName.set(name, reason);
  }
  return reason;
}

/** True when some character of `s` is in `table`. */
function hasAny(s: string, table: Uint8Array): boolean {
  for (let k = 0; k < s.length; k++) if (table[s.charCodeAt(k)]) return true;
  return false;
}

/** A colon, then nothing but white space, in the two characters before `open` (他说：“…”). */
function colonBefore(text: string, open: number): boolean {
  if (open < 1) return false;
  const last = text.charCodeAt(open - 1);
  return COLON[last] === 1 || (open >= 2 && WHITESPACE[last] === 1 && COLON[text.charCodeAt(open - 2)] === 1);
}
