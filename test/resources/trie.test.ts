import { Trie } from '../../src/resources/trie';

describe('Trie (packed on first query)', () => {
  const build = () => {
    const t = new Trie<string>();
    t.add('中国', 'a');
    t.add('中国共产党', 'b');
    t.add('中国人民银行', 'c');
    t.add('中', 'd');
    t.add('中国', 'e');
    return t;
  };

  it('gives every surface starting at a position, shortest first, with all its values', () => {
    const t = build();
    const text = '在中国共产党领导下';
    expect(t.matchesAt(text, 1).map((m) => [text.slice(1, m.end), m.values])).toEqual([
      ['中', ['d']],
      ['中国', ['a', 'e']],
      ['中国共产党', ['b']],
    ]);
    expect(t.matchesAt(text, 0)).toEqual([]);
    expect(t.matchesAt(text, 99)).toEqual([]);
  });

  it('longestAt stops at the text end and at a missing child', () => {
    const t = build();
    expect(t.longestAt('中国人民', 0)).toEqual({ end: 2, values: ['a', 'e'] });
    expect(t.longestAt('中国人民银行行长', 0)?.end).toBe(6);
    expect(t.longestAt('国', 0)).toBeNull();
  });

  it('hasMatchAt needs a whole surface, not a prefix of one', () => {
    const t = build();
    t.add('人民法院', 'g');
    expect(t.hasMatchAt('人民法院', 0)).toBe(true);
    expect(t.hasMatchAt('人民群众', 0)).toBe(false);
    expect(t.hasMatchAt('人民', 0)).toBe(false);
    expect(t.hasMatchAt('中', 0)).toBe(true);
    expect(t.hasMatchAt('中', 1)).toBe(false);
  });

  it('get finds exact surfaces only', () => {
    const t = build();
    expect(t.get('中国共产党')).toEqual(['b']);
    expect(t.get('中国共产')).toBeUndefined();
    expect(t.get('')).toBeUndefined();
    expect(t.size).toBe(4);
  });

  it('takes new surfaces after it was queried (and keeps the old ones)', () => {
    const t = build();
    expect(t.get('中央')).toBeUndefined();
    t.add('中央', 'f');
    t.add('中国', 'g');
    expect(t.get('中央')).toEqual(['f']);
    expect(t.get('中国')).toEqual(['a', 'e', 'g']);
    expect(t.longestAt('中国共产党员', 0)?.values).toEqual(['b']);
    expect(t.size).toBe(5);
  });

  it('finds a child among many (the sorted run is searched) and astral characters', () => {
    const t = new Trie<number>();
    const chars = [...'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'];
    chars.forEach((c, k) => t.add(`省${c}县`, k));
    t.add('𠀀𠀁', 99);
    for (const [k, c] of chars.entries()) expect(t.longestAt(`在省${c}县`, 1)).toEqual({ end: 4, values: [k] });
    expect(t.longestAt('省天县', 0)).toBeNull();
    expect(t.matchesAt('x𠀀𠀁y', 1)).toEqual([{ end: 5, values: [99] }]);
    expect(t.startsAt('x省', 1)).toBe(true);
    expect(t.startsAt('x县', 1)).toBe(false);
  });

  it('lists every surface once, before and after packing, astral characters whole', () => {
    const t = build();
    t.add('𠀀𠀁', 'f');
    expect(t.surfaces()).toEqual(['中', '中国', '中国人民银行', '中国共产党', '𠀀𠀁']);
    t.longestAt('中国', 0);
    t.add('乙', 'g');
    expect(t.surfaces()).toEqual(['中', '中国', '中国人民银行', '中国共产党', '乙', '𠀀𠀁']);
    expect(new Trie<number>().surfaces()).toEqual([]);
  });
});

test('Trie.ofWords: each word is its own value; empty words are skipped', () => {
  const t = Trie.ofWords(['协会', '研究会', '']);
  expect(t.longestAt('市律师协会成立', 3)?.values).toEqual(['协会']);
  expect(t.longestAt('法学研究会', 2)?.values).toEqual(['研究会']);
  expect(t.longestAt('协', 0)).toBeNull();
});

test("the root's children are found by the whole code unit, whatever its high byte (the two-level root table)", () => {
  // first units in several 256-unit blocks, two of them in one block (一 U+4E00, 丐 U+4E10), at a block's
  // first and last unit (U+4E00, U+9FFF, U+0100, U+00FF), a surrogate (𠀀) and full-width （ U+FF08
  const words = ['一国', '丐帮', '鿿x', 'Āb', 'ÿc', '𠀀字', '（注）', 'A'];
  const t = Trie.ofWords(words);
  for (const w of words) {
    expect(t.longestAt(w + '。', 0)).toEqual({ end: w.length, values: [w] });
    expect(t.startsAt(w, 0)).toBe(true);
  }
  // the same high byte, another low byte; the same low byte, another high byte: no child
  for (const miss of ['丁国', '乀帮', '龀x', 'ā b', 'þc', '）注', 'B', '\u0000', '\uffff']) {
    expect(t.startsAt(miss, 0)).toBe(false);
    expect(t.longestAt(miss, 0)).toBeNull();
  }
  // 𠀁 shares 𠀀's first unit (its high surrogate) and not its second
  expect(t.startsAt('𠀁字', 0)).toBe(true);
  expect(t.longestAt('𠀁字', 0)).toBeNull();
  // a word added after the first query (the trie is packed again)
  t.add('北京', '北京');
  expect(t.longestAt('北京市', 0)).toEqual({ end: 2, values: ['北京'] });
  expect(t.longestAt('一国两制', 0)?.values).toEqual(['一国']);
  expect(t.surfaces().sort()).toEqual([...words, '北京'].sort());
});
