/**
 * The look-ups the slogan recogniser runs at every quote: the word lists asked for a prefix or a
 * suffix, and the character tables that stand for regular expressions on one character.
 */
import fc from 'fast-check';
import { Doc } from '../../src/doc';
import { Affixes, Patterns } from '../../src/recognise/slogan/cues';
import { WordStarts } from '../../src/resources/word-starts';
import { recogniseSlogans, sortPairs } from '../../src/recognise/slogan';
import { createExtractor } from '../../src';
import type { Resources } from '../../src/resources';
import { tokenize, type Segmenter, type WordTagger } from '../../src/segment';
import { CLAUSE_BREAK, FINAL_PARTICLE, isPlainWord, SENTENCE, termFacts, WHITESPACE } from '../../src/recognise/slogan/quoted';
import type { Token } from '../../src/segment';

describe('Affixes', () => {
  const words = new Affixes(['等', '开展', '中心', '服务中心', '心', '展']);

  test('prefixOf gives the longest word a string starts with', () => {
    expect(words.prefixOf('等多个平台')).toBe('等');
    expect(words.prefixOf('开展活动')).toBe('开展');
    expect(words.prefixOf('中心')).toBe('中心');
    expect(words.prefixOf('中')).toBeUndefined();
    expect(words.prefixOf('活动')).toBeUndefined();
    expect(words.prefixOf('')).toBeUndefined();
  });

  test('suffixOf gives the longest word a string ends with, among those of at most `maxLength` units', () => {
    expect(words.suffixOf('便民服务中心')).toBe('服务中心');
    expect(words.suffixOf('指挥中心')).toBe('中心');
    expect(words.suffixOf('爱心')).toBe('心');
    expect(words.suffixOf('全面开展')).toBe('开展');
    expect(words.suffixOf('便民服务中心', 3)).toBe('中心');
    expect(words.suffixOf('便民服务中心', 4)).toBe('服务中心');
    expect(words.suffixOf('服务中心', 0)).toBeUndefined();
    expect(words.suffixOf('爱心', 1)).toBe('心');
    expect(words.suffixOf('活动')).toBeUndefined();
    expect(words.suffixOf('')).toBeUndefined();
  });

  test('words of one length keep their order, and empty words are ignored', () => {
    const list = new Affixes(['', '甲乙', '丙乙', '乙']);
    expect(list.suffixOf('丙乙', 2)).toBe('丙乙');
    expect(list.suffixOf('甲乙')).toBe('甲乙');
    expect(list.prefixOf('')).toBeUndefined();
  });
});

describe('character tables', () => {
  // the regular expressions the tables replace, tested on every UTF-16 code unit
  const cases: [string, Uint8Array, RegExp][] = [
    ['WHITESPACE', WHITESPACE, /\s/u],
    ['SENTENCE', SENTENCE, /[，。！？；：,!?;:\n…]/u],
    ['CLAUSE_BREAK', CLAUSE_BREAK, /[，。！？；：,!?;:\n\s“”‘’「」『』"（）()《》、]/u],
    ['FINAL_PARTICLE', FINAL_PARTICLE, /[的了吗呢吧啊]/u],
  ];
  test.each(cases)('%s holds exactly the code units its regex matches', (_name, table, re) => {
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) if ((table[c] === 1) !== re.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('isPlainWord', () => {
  // the words of `text` cut at the given lengths; spaces are left out, as a segmenter may skip them
  const docOf = (text: string, words: [string, string][]): Doc => {
    const doc = new Doc(text);
    const tokens: Token[] = [];
    let at = 0;
    for (const [word, tag] of words) {
      const start = text.indexOf(word, at);
      tokens.push({ word, tag, start, end: start + word.length });
      at = start + word.length;
    }
    doc.setTokens(tokens);
    return doc;
  };

  test('is true only for a span that is exactly one token, of a tag not kept', () => {
    const doc = docOf('抓住“牛鼻子” “ABC”', [['抓住', 'v'], ['“', 'x'], ['牛鼻子', 'n'], ['”', 'x'], ['“', 'x'], ['ABC', 'eng'], ['”', 'x']]);
    const keep = new Set(['x', 'eng']);
    expect(isPlainWord(doc, 3, 6, keep)).toBe(true);
    expect(isPlainWord(doc, 3, 5, keep)).toBe(false);
    expect(isPlainWord(doc, 4, 6, keep)).toBe(false);
    expect(isPlainWord(doc, 2, 6, keep)).toBe(false);
    expect(isPlainWord(doc, 9, 12, keep)).toBe(false);
    expect(isPlainWord(doc, 9, 12, new Set())).toBe(true);
    // position 7 (the space) is in no token
    expect(isPlainWord(doc, 7, 9, keep)).toBe(false);
  });

  test('agrees with a search of the token list for any cut of a text', () => {
    const reference = (tokens: Token[], start: number, end: number): boolean => {
      const t = tokens.find((x) => x.start >= start);
      return !!t && t.start === start && t.end === end && t.tag !== 'x';
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.constantFrom('n', 'x')), { maxLength: 12 }), (cuts) => {
        let text = '';
        const tokens: Token[] = [];
        for (const [length, gap, tag] of cuts) {
          if (gap) text += ' ';
          const word = '字'.repeat(length);
          tokens.push({ word, tag, start: text.length, end: text.length + length });
          text += word;
        }
        const doc = new Doc(text);
        doc.setTokens(tokens);
        for (let start = 0; start < text.length; start++)
          for (let end = start + 1; end <= text.length; end++)
            expect(isPlainWord(doc, start, end, new Set(['x']))).toBe(reference(tokens, start, end));
      }),
    );
  });
});

describe('WordStarts as the slogan scan uses it (a working copy per document)', () => {
  test('says yes wherever a name starts, and no at the other positions of a short text', () => {
    const starts = new WordStarts();
    for (const name of ['放管服', '枫桥经验', '两卡', 'N']) starts.add(name);
    const text = '深化放管服改革，坚持两卡和N个枫树';
    const yes = [...text].map((_, i) => starts.mayStartAt(text, i));
    expect(yes.map((y, i) => (y ? i : -1)).filter((i) => i >= 0)).toEqual([2, 10, 13]);
    expect(starts.mayStartAt('枫', 0)).toBe(false);
    expect(starts.mayStartAt(text, text.length)).toBe(false);
  });

  test('copyFrom makes a working copy the list again, dropping the names added to it', () => {
    const lexicon = new WordStarts();
    lexicon.add('放管服');
    const working = new WordStarts(lexicon);
    working.add('一网通办');
    working.add('N');
    working.copyFrom(lexicon);
    expect(working.mayStartAt('一网通办', 0)).toBe(false);
    expect(working.mayStartAt('N个', 0)).toBe(false);
    expect(working.mayStartAt('放管服', 0)).toBe(true);
  });

  test('a copy adds names without changing the list it was made from', () => {
    const lexicon = new WordStarts();
    lexicon.add('放管服');
    const doc = new WordStarts(lexicon);
    doc.add('一网通办');
    expect(doc.mayStartAt('一网通办', 0)).toBe(true);
    expect(doc.mayStartAt('放管服', 0)).toBe(true);
    expect(lexicon.mayStartAt('一网通办', 0)).toBe(false);
  });

  test('never says no where a name starts', () => {
    const chars = fc.constantFrom(...'一二两三中国人民放管服网格+1N');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: chars, minLength: 1, maxLength: 4 }), { maxLength: 20 }), fc.string({ unit: chars, maxLength: 30 }), (names, text) => {
        const starts = new WordStarts();
        for (const name of names) starts.add(name);
        for (let i = 0; i < text.length; i++) if (names.some((n) => text.startsWith(n, i))) expect(starts.mayStartAt(text, i)).toBe(true);
      }),
    );
  });
});

describe('Patterns', () => {
  const named = (patterns: string[]) => new Patterns(patterns.map((p, k) => ({ name: `p${k}`, re: new RegExp(p, 'u') })));

  test('find names the first pattern in order that matches, anchored or not', () => {
    const list = named(['^[0-9]{2,}$', '效应$', '^[一二三]', '[一二三].{1,3}[一二三]']);
    expect(list.find('2468')?.name).toBe('p0');
    expect(list.find('鲶鱼效应')?.name).toBe('p1');
    expect(list.find('三个一')?.name).toBe('p2');
    expect(list.find('我的一个二')?.name).toBe('p3');
    expect(list.find('枫桥经验')).toBeUndefined();
  });

  test('patterns with backreferences are still tried one by one', () => {
    const list = named(['^(.)\\1$', '^(.)x\\1$']);
    expect(list.find('好好')?.name).toBe('p0');
    expect(list.find('好x好')?.name).toBe('p1');
    expect(list.find('好坏')).toBeUndefined();
  });

  test('the union answers as the patterns one by one would, on any string', () => {
    const sources = ['^(?!(?:19|20)[0-9]{2}$)[0-9]{2,}[A-Z]?$', '^[^+＋]+(?:[+＋][^+＋]+)+$', '^(?:[一二三]+|双(?=..))[^、，]+$', '[一二][^、一二]{1,3}[一二]', '式$'];
    const list = named(sources);
    const res = sources.map((p) => new RegExp(p, 'u'));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'一二三双、，+＋式19A0'), maxLength: 8 }), (s) => {
        const k = res.findIndex((re) => re.test(s));
        expect(list.find(s)?.name).toBe(k < 0 ? undefined : `p${k}`);
      }),
    );
  });
});

describe('sortPairs', () => {
  test('sorts (start, end) pairs of a flat array by start, keeping each pair together', () => {
    const pairs = [10, 12, 3, 9, 4, 6, 20, 25, 0, 1];
    sortPairs(pairs);
    expect(pairs).toEqual([0, 1, 3, 9, 4, 6, 10, 12, 20, 25]);
    const empty: number[] = [];
    sortPairs(empty);
    expect(empty).toEqual([]);
  });

  test('gives the order of a stable sort of the pairs by start', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 1000 }))), (tuples) => {
        const flat = tuples.flat();
        sortPairs(flat);
        const expected = [...tuples].sort((a, b) => a[0] - b[0]).flat();
        expect(flat).toEqual(expected);
      }),
    );
  });
});

describe('the lexicon scan filter (one working copy per extractor, reset per document and mode)', () => {
  const ex = createExtractor() as unknown as { resources: Resources; segmenter: Segmenter; tagger: WordTagger };
  const mentions = (text: string, lexicon: 'core' | 'all') => {
    const doc = new Doc(text);
    doc.setTokens(tokenize(ex.segmenter, doc.work, ex.tagger));
    return recogniseSlogans(doc, ex.resources, { lexicon }).map((s) => `${s.text}:${s.reason}`);
  };

  test('core finds the `anywhere` entries and the recurrences of quoted ones; all finds every entry; alternating modes on one resources set', () => {
    const plain = '该县深入推进扫黑除恶，全面推行河长制，深化放管服改革。';
    const quoted = '该县深入推进“扫黑除恶”常态化。扫黑除恶工作纳入考核。';
    for (let round = 0; round < 2; round++) {
      expect(mentions(plain, 'core')).toEqual(['放管服:slogan-lexicon']);
      expect(mentions(plain, 'all')).toEqual(['扫黑除恶:slogan-lexicon', '河长制:slogan-lexicon', '放管服:slogan-lexicon']);
      expect(mentions(quoted, 'core')).toEqual(['扫黑除恶:quoted-lexicon', '扫黑除恶:quoted-recurrence']);
      // the names quoted in the previous document are not left in the filter
      expect(mentions(plain, 'core')).toEqual(['放管服:slogan-lexicon']);
    }
  });
});

describe('termFacts: what a quoted term says by itself, read once per extractor and term', () => {
  const ex = createExtractor() as unknown as { resources: Resources };
  const { slogans, sloganCues } = ex.resources;

  test('a lexicon formulation is decided by its text; a sentence is decided against; a short name is left to its context', () => {
    const lexiconTerm = termFacts('高质量发展', slogans, sloganCues);
    expect(lexiconTerm.decided).toBe(true);
    expect(lexiconTerm.verdict?.reason).toBe('quoted-lexicon');
    const sentence = termFacts('我们一定要把工作做好。', slogans, sloganCues);
    expect(sentence).toMatchObject({ decided: true, verdict: null });
    const open = termFacts('清风行动', slogans, sloganCues);
    expect(open.decided).toBe(false);
    expect(open.tooLong).toBe(false);
  });

  test('the same term gives the same facts object; past the bound the cache starts anew and still answers right', () => {
    const first = termFacts('清廉机关', slogans, sloganCues);
    expect(termFacts('清廉机关', slogans, sloganCues)).toBe(first);
    // more distinct terms than the cache holds
    for (let k = 0; k < 20_500; k++) termFacts(`专项${k}行动`, slogans, sloganCues);
    const again = termFacts('清廉机关', slogans, sloganCues);
    expect(again).toEqual(first);
    expect(termFacts('高质量发展', slogans, sloganCues).verdict?.reason).toBe('quoted-lexicon');
  });

  test('another extractor with another lexicon has facts of its own', () => {
    const all = createExtractor({ sloganLexicon: 'all' }) as unknown as { resources: Resources };
    expect(all.resources.slogans).not.toBe(slogans);
    expect(termFacts('清廉机关', all.resources.slogans, all.resources.sloganCues)).not.toBe(termFacts('清廉机关', slogans, sloganCues));
  });
});
