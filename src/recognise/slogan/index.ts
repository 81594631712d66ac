import { newSpan, type Doc, type Span } from '../../doc';
import type { Resources } from '../../resources';
import type { SloganEntry } from '../../resources/lexicons';
import { classifyQuoted, findQuotes, forEachSeries } from './quoted';
import { expansionAfter } from './expansion';
import { WordStarts } from '../../resources/word-starts';

export interface SloganData {
  name: string;
  /** The parts the text spells out (“X”（即…）), else the lexicon's official parts, else []. */
  expansion: string[];
  /** The lexicon's category, or the one the cue word gives (“X”机制 → mechanism), or null. */
  category: string | null;
  quoted: boolean;
}
export type SloganSpan = Span<SloganData>;

/** A slogan span's data, made by a constructor (see SpanObject in doc.ts). */
class SloganMatchData implements SloganData {
  constructor(
    public name: string,
    public expansion: string[],
    public category: string | null,
    public quoted: boolean,
  ) {}
}

export interface SloganOptions {
  /**
   * Which lexicon entries count wherever they occur: 'core' (RECORDS.md: the entries marked
   * `anywhere`, the core formulations and user slogans; the others only when quoted) or 'all'.
   */
  lexicon: 'core' | 'all';
}

/** The longest name of the slogan lexicon, per lexicon (a bound on what formulationAcrossQuote reads). */
const longestName = new WeakMap<Map<string, SloganEntry>, number>();

/**
 * The lexicon formulation that a quoted term and the word after its closing mark make together
 * (“八五”普法 → 八五普法, when the quoted 八五 is no slogan alone), or null. The rest must end on a
 * word edge (“八五”普法工作, not a formulation cut inside a word).
 */
function formulationAcrossQuote(doc: Doc, res: Resources, inner: string, after: number): SloganEntry | null {
  const text = doc.work;
  let max = longestName.get(res.slogans);
  if (max === undefined) longestName.set(res.slogans, (max = Math.max(0, ...[...res.slogans.keys()].map((k) => k.length))));
  if (!res.sloganTrie.mayStartAt(inner, 0) || after >= text.length) return null;
  const m = res.sloganTrie.longestAt(inner + text.slice(after, after + max - inner.length), 0);
  if (!m || m.end <= inner.length || !doc.isBoundary(after + m.end - inner.length)) return null;
  return m.values[0];
}

/** The expansion of a name with none (shared: expansions are read, never changed in place). */
const NO_PARTS: string[] = [];

/**
 * Slogans (RECORDS.md): quoted terms that the rules in ./quoted accept; the lexicon's
 * formulations that count wherever they occur; the unquoted recurrences of a quoted slogan in
 * the same document. One SloganData per name, shared by all its spans.
 */
export function recogniseSlogans(doc: Doc, res: Resources, options: SloganOptions = { lexicon: 'core' }): SloganSpan[] {
  const text = doc.work;
  const cues = res.sloganCues;
  const byName = new Map<string, SloganData>();
  const dataFor = (name: string, quoted: boolean, category: string | null, known: SloganEntry | undefined): SloganData => {
    let d = byName.get(name);
    if (!d) {
      d = new SloganMatchData(name, known?.expansion ?? NO_PARTS, known?.category ?? category, quoted);
      byName.set(name, d);
    }
    if (quoted) d.quoted = true;
    d.category ??= category;
    return d;
  };
  const written = new Map<string, string[]>();
  const out: SloganSpan[] = [];

  // 1. quoted terms
  // the quoted spans [open, close + 1), as pairs in one array of numbers (no tuple per quote)
  const covered: number[] = [];
  forEachSeries(text, findQuotes(text, cues.maxEnumerationLength), cues, (series) => {
    for (let k = series.from; k < series.to; k++) {
      const q = series.quotes[k];
      const verdict = classifyQuoted(doc, q, series, res.slogans, cues);
      if (!verdict) {
        // “八五”普法: the quotes cover the first part of a lexicon formulation
        const entry = formulationAcrossQuote(doc, res, q.inner, q.close + 1);
        if (entry) {
          out.push(newSpan('slogan', q.open + 1, q.close, q.inner, 'quoted-lexicon-part', dataFor(entry.name, true, entry.category, entry)));
          covered.push(q.open, q.close + 1);
        }
        continue;
      }
      const data = dataFor(q.inner, true, verdict.category, res.slogans.get(q.inner));
      const parts = expansionAfter(text, q.close + 1, q.inner);
      if (parts.length && !written.has(q.inner)) written.set(q.inner, parts);
      out.push(newSpan('slogan', q.open + 1, q.close, q.inner, verdict.reason, data));
      covered.push(q.open, q.close + 1);
    }
  });
  // the document's own expansion wins over the lexicon's
  for (const [name, parts] of written) byName.get(name)!.expansion = parts;

  // 2. lexicon formulations that count anywhere, and recurrences of the quoted slogans
  const recurrences = recurrencesOf(byName);
  const starts = namesStartsFor(res, options.lexicon);
  for (const d of byName.values()) starts.add(d.name);
  sortPairs(covered);
  const first = starts.first;
  const filter = starts.working;
  const trie = res.sloganTrie;
  // the spans this scan finds, in order of start (merged with the quoted ones at the end)
  const found: SloganSpan[] = [];
  const n = text.length;
  let c = 0;
  let i = 0;
  while (i < n) {
    // the quoted spans are read already: skip the one that holds i
    while (c < covered.length && covered[c + 1] <= i) c += 2;
    if (c < covered.length && covered[c] <= i) {
      i = covered[c + 1];
      continue;
    }
    // up to the next quoted span, only a position where some name may start can begin a match:
    // its first code unit starts a name (a bit; a tenth of the positions pass, so the branch is
    // mostly not taken), and then its first two units (the filter's pair bits)
    const stop = c < covered.length ? covered[c] : n;
    for (; i < stop; i++) {
      const u = text.charCodeAt(i);
      if ((first[u >>> 5] & (1 << (u & 31))) !== 0 && filter.mayStartAt(text, i)) break;
    }
    if (i >= stop) continue;
    // the best match so far as three locals (an object per candidate position was garbage)
    let bestEnd = -1;
    let bestData: SloganData | null = null;
    let bestReason = '';
    for (const m of trie.matchesAt(text, i)) {
      const entry = m.values[0];
      if (entry.scope !== 'anywhere' && options.lexicon !== 'all' && !byName.has(entry.name)) continue;
      if (entry.scope !== 'anywhere' && !wordAt(doc, i, m.end)) continue;
      bestEnd = m.end;
      bestData = dataFor(entry.name, false, null, entry);
      bestReason = byName.get(entry.name)?.quoted ? 'quoted-recurrence' : 'slogan-lexicon';
    }
    const rec = recurrenceAt(recurrences, text, i);
    if (rec && (!bestData || i + rec.name.length > bestEnd) && wordAt(doc, i, i + rec.name.length)) {
      bestEnd = i + rec.name.length;
      bestData = rec;
      bestReason = 'quoted-recurrence';
    }
    if (!bestData) {
      i++;
      continue;
    }
    found.push(newSpan('slogan', i, bestEnd, text.slice(i, bestEnd), bestReason, bestData));
    i = bestEnd;
  }
  return mergeByStart(out, found);
}

/**
 * The quoted spans (`quoted`: the outer quotes in order, then the few nested ones) and the
 * scan's (`found`: in order) as one list by start. No two spans start at one position (a quote's
 * span starts inside the marks the scan skips, and no two quotes open at one mark), so this is
 * the order a sort gives; the quoted list is put in order in place (an insertion sort: nearly in
 * order already), and the two are merged, rather than sorting the whole with a callback.
 */
export function mergeByStart<S extends Span<unknown>>(quoted: S[], found: S[]): S[] {
  for (let k = 1; k < quoted.length; k++) {
    const span = quoted[k];
    let at = k;
    for (; at > 0 && quoted[at - 1].start > span.start; at--) quoted[at] = quoted[at - 1];
    quoted[at] = span;
  }
  if (!found.length) return quoted;
  if (!quoted.length) return found;
  const out: S[] = new Array<S>(quoted.length + found.length);
  let a = 0;
  let b = 0;
  for (let k = 0; k < out.length; k++) out[k] = b >= found.length || (a < quoted.length && quoted[a].start < found[b].start) ? quoted[a++] : found[b++];
  return out;
}

/**
 * Sorts the pairs (start, end) of a flat array by start, in place. An insertion sort: the pairs
 * come nearly in order (the outer quotes in order, then the few nested ones), and Array sort
 * would allocate its work space. Stable, as the sort it replaces.
 */
export function sortPairs(pairs: number[]): void {
  for (let k = 2; k < pairs.length; k += 2) {
    const start = pairs[k];
    const end = pairs[k + 1];
    let at = k;
    for (; at > 0 && pairs[at - 2] > start; at -= 2) {
      pairs[at] = pairs[at - 2];
      pairs[at + 1] = pairs[at - 1];
    }
    pairs[at] = start;
    pairs[at + 1] = end;
  }
}

/**
 * Where the lexicon's names that count start, made once per extractor (its resources), and a
 * working copy to which a document adds its quoted names: reset for each document rather than
 * allocated (the scan is synchronous, one document at a time).
 * With the 'core' lexicon, an entry not marked `anywhere` counts only where its name is quoted in
 * the document, and the quoted names are added to the copy: the base filter holds the `anywhere`
 * entries only (a few dozen names of some four hundred). It lets a quarter of the positions
 * through to the trie that the whole lexicon did, and rejects more of them at the first character.
 */
class NamesStarts {
  private readonly anywhere = new WordStarts();
  private readonly all = new WordStarts();
  /** A bit per code unit that starts a name of `anywhere` (of `all`): 8 KB each. */
  private readonly anywhereFirst = new Uint32Array(65536 >>> 5);
  private readonly allFirst = new Uint32Array(65536 >>> 5);
  /** The working copies. */
  readonly working = new WordStarts();
  /**
   * The working filter's first code units as bits of their own: the scan tests them first, with
   * a branch that is seldom taken (a tenth of the positions of a news text), and asks the whole
   * filter only there. For the few dozen names that count anywhere this is cheaper than the
   * filter's own scan (nextStart), which is made for lists whose first units are common.
   */
  readonly first = new Uint32Array(65536 >>> 5);

  constructor(res: Resources) {
    for (const entry of res.slogans.values()) {
      addName(this.all, this.allFirst, entry.name);
      if (entry.scope === 'anywhere') addName(this.anywhere, this.anywhereFirst, entry.name);
    }
  }

  /** Makes the working copies the lexicon's names again. */
  reset(lexicon: SloganOptions['lexicon']): void {
    this.working.copyFrom(lexicon === 'all' ? this.all : this.anywhere);
    this.first.set(lexicon === 'all' ? this.allFirst : this.anywhereFirst);
  }

  /** Adds a name to the working copies. */
  add(name: string): void {
    addName(this.working, this.first, name);
  }
}

function addName(starts: WordStarts, first: Uint32Array, name: string): void {
  if (!name) return;
  starts.add(name);
  const u = name.charCodeAt(0);
  first[u >>> 5] |= 1 << (u & 31);
}

const startsOf = new WeakMap<Resources, NamesStarts>();
function namesStartsFor(res: Resources, lexicon: SloganOptions['lexicon']): NamesStarts {
  let starts = startsOf.get(res);
  if (!starts) startsOf.set(res, (starts = new NamesStarts(res)));
  starts.reset(lexicon);
  return starts;
}

/**
 * The document's quoted names by first code unit, each list longest first: the few names a
 * document quotes, looked up where the word-start filter lets a position through (grouped once
 * per document; sorting a list at every name added, and a bit set per document, cost more).
 */
function recurrencesOf(byName: Map<string, SloganData>): Map<number, SloganData[]> {
  recurrenceFirst.fill(0);
  const byFirst = new Map<number, SloganData[]>();
  for (const d of byName.values()) {
    if (!d.name) continue;
    const c = d.name.charCodeAt(0);
    recurrenceFirst[c >>> 5] |= 1 << (c & 31);
    const list = byFirst.get(c);
    if (!list) {
      byFirst.set(c, [d]);
      continue;
    }
    // insertion after every name at least as long (stable: names of one length keep the order
    // they were quoted in); the lists are short, and Array sort allocates its work space per call
    let at = list.length;
    list.push(d);
    for (; at > 0 && list[at - 1].name.length < d.name.length; at--) list[at] = list[at - 1];
    list[at] = d;
  }
  return byFirst;
}

/**
 * A bit per first code unit of the document's quoted names (8 KB, reused: the scan is synchronous,
 * one document at a time, and recurrencesOf clears it for each).
 */
const recurrenceFirst = new Uint32Array(65536 >>> 5);

/** The longest quoted name written at text[pos…], or null. */
function recurrenceAt(byFirst: Map<number, SloganData[]>, text: string, pos: number): SloganData | null {
  if (pos >= text.length || byFirst.size === 0) return null;
  const c = text.charCodeAt(pos);
  // most positions the scan asks about may start a lexicon name, not a quoted one: a bit, not a Map lookup
  if ((recurrenceFirst[c >>> 5] & (1 << (c & 31))) === 0) return null;
  const list = byFirst.get(c);
  if (list) for (const d of list) if (text.startsWith(d.name, pos)) return d;
  return null;
}

/** A short name found unquoted must be a word of its own: 两卡 not inside 两卡片, 五大 not inside 五大洲. */
function wordAt(doc: Doc, start: number, end: number): boolean {
  if (end - start > 2) return true;
  return doc.isBoundary(start) && doc.isBoundary(end);
}
