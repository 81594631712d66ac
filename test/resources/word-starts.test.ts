import { WordStarts } from '../../src/resources/word-starts';

describe('WordStarts (pre-test of where a word may start)', () => {
  const words = ['记者', '本报记者', '民警', '说', '指出', '表示'];
  const starts = new WordStarts(words);

  it('never says no where a word starts (one-unit words and pairs)', () => {
    const text = '本报记者李明说，社区民警王强指出并表示…说';
    for (let i = 0; i < text.length; i++) {
      if (words.some((w) => text.startsWith(w, i))) expect(starts.mayStartAt(text, i)).toBe(true);
    }
    // every start of a word made of random code units, in a text of random code units around it
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 8;
    const random = Array.from({ length: 300 }, () => String.fromCharCode(0x4e00 + (rnd() % 3000), 0x4e00 + (rnd() % 3000)) + (rnd() % 2 ? '' : String.fromCharCode(rnd() % 65536)));
    const many = new WordStarts(random);
    for (const w of random) {
      const t = `前${w}后`;
      expect(many.mayStartAt(t, 1)).toBe(true);
    }
  });

  it('rejects positions where no word starts, and positions outside the text', () => {
    const text = '今天天气很好，我们去公园';
    for (let i = 0; i < text.length; i++) expect(starts.mayStartAt(text, i)).toBe(false);
    expect(starts.mayStartAt('记者', -1)).toBe(false);
    expect(starts.mayStartAt('记者', 2)).toBe(false);
  });

  it('tells a pair from its first character alone, and reads a one-unit word at the text end', () => {
    expect(starts.mayStartAt('记录', 0)).toBe(false);
    expect(starts.mayStartAt('记者', 0)).toBe(true);
    expect(starts.mayStartAt('他说', 1)).toBe(true);
    expect(starts.mayStartAt('民', 0)).toBe(false);
    expect(new WordStarts(['', '民']).mayStartAt('民', 0)).toBe(true);
  });
});
