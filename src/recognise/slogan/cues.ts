import { DictionaryError } from '../../errors';
import { charTable, type CharTable } from '../../resources/chars';
import { Trie } from '../../resources/trie';

/** dicts/slogan-cues.json as written (schemas/dicts/slogan-cues.schema.json). */
export interface SloganCuesFile {
  after: Record<string, string[]>;
  afterWindow: number;
  afterWindowAfterEtc: number;
  etc: string[];
  afterGapStop: string[];
  before: string[];
  rejectBefore: string[];
  rejectAfter: NamedPattern[];
  numbered: NamedPattern[];
  notNumbered: string[];
  notSloganPatterns: NamedPattern[];
  notSlogans: string[];
  headNouns: string[];
  plainWordKeepTags: string[];
  seriesGap: string;
  minLength: { series: number; before: number };
  maxSeriesMemberLength: number;
  maxLength: number;
  maxEnumerationLength: number;
  maxEnumerationPart: number;
  enumerationSpread: number;
}
interface NamedPattern {
  name: string;
  pattern: string;
}
export interface CompiledPattern {
  name: string;
  re: RegExp;
}

/** A cue word after a quote and the slogan category it implies (null: none). */
export interface AfterCue {
  word: string;
  category: string | null;
}

/** The cues compiled once per extractor: tries for the word lists, regular expressions for the shapes. */
export interface SloganCues {
  after: Trie<AfterCue>;
  afterWindow: number;
  afterWindowAfterEtc: number;
  etc: Affixes;
  /** The one-character gap stops, by code unit (a quote's gap is read one character at a time). */
  afterGapStop: CharTable;
  before: Affixes;
  rejectBefore: Affixes;
  rejectAfter: CompiledPattern[];
  numbered: Patterns;
  /** Words that begin with a numeral but count nothing (一定, 一些, 十分): a quote starting with one is not numbered. */
  notNumbered: Affixes;
  notSloganPatterns: Patterns;
  notSlogans: Set<string>;
  headNouns: Affixes;
  plainWordKeepTags: Set<string>;
  seriesGap: RegExp;
  minLength: { series: number; before: number };
  maxSeriesMemberLength: number;
  maxLength: number;
  maxEnumerationLength: number;
  maxEnumerationPart: number;
  enumerationSpread: number;
}

export function compileSloganCues(file: SloganCuesFile, source: string): SloganCues {
  const compile = (list: NamedPattern[], field: string): CompiledPattern[] =>
    list.map((p) => {
      try {
        return { name: p.name, re: new RegExp(p.pattern, 'u') };
      } catch (e) {
        throw new DictionaryError(source, null, `${field} "${p.name}": bad regular expression: ${(e as Error).message}`);
      }
    });
  const after = new Trie<AfterCue>();
  for (const [category, words] of Object.entries(file.after))
    for (const word of words) after.add(word, { word, category: category === 'other' ? null : category });
  let seriesGap: RegExp;
  try {
    seriesGap = new RegExp(file.seriesGap, 'u');
  } catch (e) {
    throw new DictionaryError(source, null, `seriesGap: bad regular expression: ${(e as Error).message}`);
  }
  return {
    after,
    afterWindow: file.afterWindow,
    afterWindowAfterEtc: file.afterWindowAfterEtc,
    etc: new Affixes(file.etc),
    // a longer stop never equals the one character it is compared with
    afterGapStop: charTable(file.afterGapStop.filter((w) => w.length === 1)),
    before: new Affixes(file.before),
    rejectBefore: new Affixes(file.rejectBefore),
    rejectAfter: compile(file.rejectAfter, 'rejectAfter'),
    numbered: new Patterns(compile(file.numbered, 'numbered')),
    notNumbered: new Affixes(file.notNumbered),
    notSloganPatterns: new Patterns(compile(file.notSloganPatterns, 'notSloganPatterns')),
    notSlogans: new Set(file.notSlogans),
    headNouns: new Affixes(file.headNouns),
    plainWordKeepTags: new Set(file.plainWordKeepTags),
    seriesGap,
    minLength: file.minLength,
    maxSeriesMemberLength: file.maxSeriesMemberLength,
    maxLength: file.maxLength,
    maxEnumerationLength: file.maxEnumerationLength,
    maxEnumerationPart: file.maxEnumerationPart,
    enumerationSpread: file.enumerationSpread,
  };
}

/**
 * Named patterns tried in order on every quote (most quotes match none). One regex, the patterns
 * as alternatives, first tells whether any matches: a single run instead of one per pattern. It
 * matches exactly where some pattern does; the patterns are then tried one by one only to name
 * the first. Patterns with backreferences (their group numbers would shift) get no union.
 */
export class Patterns {
  private readonly any: RegExp | null;

  constructor(readonly list: CompiledPattern[]) {
    this.any = unionOf(list);
  }

  /** The first pattern, in the file's order, that matches `s`. */
  find(s: string): CompiledPattern | undefined {
    if (this.any && !this.any.test(s)) return undefined;
    // a loop, not list.find(callback): a third of the quotes are numbered, a closure each
    for (const p of this.list) if (p.re.test(s)) return p;
    return undefined;
  }
}

function unionOf(list: CompiledPattern[]): RegExp | null {
  if (list.length < 2 || list.some((p) => /\\[1-9]|\\k</.test(p.re.source))) return null;
  try {
    return new RegExp(list.map((p) => `(?:${p.re.source})`).join('|'), 'u');
  } catch {
    // e.g. two patterns naming a group alike
    return null;
  }
}

const NONE: readonly string[] = [];

/**
 * A word list asked which of its words a string starts or ends with (等, 开展, 中心 …), once or
 * more per quote. The words are grouped by their first and by their last code unit, longest
 * first: a string whose first (last) character begins (ends) no word is answered by one table
 * read, and otherwise only the few words that share that character are compared.
 */
export class Affixes {
  /** Bit c: some word starts (firstBits) or ends (lastBits) with code unit c; 8 KB each. */
  private readonly firstBits = new Uint32Array(2048);
  private readonly lastBits = new Uint32Array(2048);
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    // longest first (the sort is stable: words of one length keep the file's order)
    const sorted = words.filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    for (const w of sorted) {
      const first = w.charCodeAt(0);
      const last = w.charCodeAt(w.length - 1);
      group(this.byFirst, first, w);
      group(this.byLast, last, w);
      this.firstBits[first >>> 5] |= 1 << (first & 31);
      this.lastBits[last >>> 5] |= 1 << (last & 31);
    }
  }

  /** The longest word that `s` starts with, or undefined. */
  prefixOf(s: string): string | undefined {
    if (!s.length) return undefined;
    const c = s.charCodeAt(0);
    if ((this.firstBits[c >>> 5] & (1 << (c & 31))) === 0) return undefined;
    for (const w of this.byFirst.get(c) ?? NONE) if (s.startsWith(w)) return w;
    return undefined;
  }

  /** The longest word, of at most `maxLength` code units, that `s` ends with; or undefined. (A bound, not a callback: no closure per quote.) */
  suffixOf(s: string, maxLength = Infinity): string | undefined {
    if (!s.length) return undefined;
    const c = s.charCodeAt(s.length - 1);
    if ((this.lastBits[c >>> 5] & (1 << (c & 31))) === 0) return undefined;
    for (const w of this.byLast.get(c) ?? NONE) if (w.length <= maxLength && s.endsWith(w)) return w;
    return undefined;
  }
}

function group(map: Map<number, string[]>, c: number, w: string): void {
  const list = map.get(c);
  if (list) list.push(w);
  else map.set(c, [w]);
}
