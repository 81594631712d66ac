import { DictionaryError } from '../../errors';
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
  etc: string[];
  afterGapStop: Set<string>;
  before: string[];
  rejectBefore: string[];
  rejectAfter: CompiledPattern[];
  numbered: CompiledPattern[];
  /** Words that begin with a numeral but count nothing (一定, 一些, 十分): a quote starting with one is not numbered. */
  notNumbered: string[];
  notSloganPatterns: CompiledPattern[];
  notSlogans: Set<string>;
  headNouns: string[];
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
  const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
  return {
    after,
    afterWindow: file.afterWindow,
    afterWindowAfterEtc: file.afterWindowAfterEtc,
    etc: longestFirst(file.etc),
    afterGapStop: new Set(file.afterGapStop),
    before: longestFirst(file.before),
    rejectBefore: longestFirst(file.rejectBefore),
    rejectAfter: compile(file.rejectAfter, 'rejectAfter'),
    numbered: compile(file.numbered, 'numbered'),
    notNumbered: longestFirst(file.notNumbered),
    notSloganPatterns: compile(file.notSloganPatterns, 'notSloganPatterns'),
    notSlogans: new Set(file.notSlogans),
    headNouns: longestFirst(file.headNouns),
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
