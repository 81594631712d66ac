import { WordStarts } from '../../src/resources/word-starts';
import { randomWords, seeded } from '../support/random';

describe('WordStarts (pre-test of where a word may start)', () => {
  const words = ['记者', '本报记者', '民警', '说', '指出', '表示'];
  const starts = new WordStarts(words);

  it('never says no where a word starts (one-unit words and pairs)', () => {
    const text = '本报记者李明说，社区民警王强指出并表示…说';
    for (let i = 0; i < text.length; i++) {
      if (words.some((w) => text.startsWith(w, i))) expect(starts.mayStartAt(text, i)).toBe(true);
    }
    // every start of a word made of random code units, in a text of random code units around it
    const random = randomWords(300, 7);
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

describe('WordStarts over organ names, with astral words', () => {
  const words = ['公安局', '市委', '中共', '局', '𠀀𠀁'];
  const f = new WordStarts(words);

  it('says yes wherever a word starts, and at single-unit words at the last position', () => {
    const text = '在市委和公安局与中共，局𠀀𠀁';
    for (const w of words) for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + 1)) expect(f.mayStartAt(text, p)).toBe(true);
    expect(f.mayStartAt('某局', 1)).toBe(true);
  });

  it('says no for a first character alone, other first characters, the text end and out-of-range positions', () => {
    expect(f.mayStartAt('市场', 0)).toBe(false);
    expect(f.mayStartAt('在市', 1)).toBe(false);
    expect(f.mayStartAt('在区委', 1)).toBe(false);
    expect(f.mayStartAt('市委', 2)).toBe(false);
    expect(f.mayStartAt('市委', -1)).toBe(false);
    expect(f.mayStartAt('', 0)).toBe(false);
    expect(new WordStarts().mayStartAt('市委', 0)).toBe(false);
  });

  it('never says no where a word of a long list starts (hashed pairs only add false yeses)', () => {
    const many: string[] = [];
    for (let a = 0x4e00; a < 0x4e00 + 300; a++) for (let b = 0x5e00; b < 0x5e00 + 40; b += 3) many.push(String.fromCharCode(a, b, 0x53bf));
    const big = new WordStarts(many);
    for (const w of many) expect(big.mayStartAt(`x${w}`, 1)).toBe(true);
    let yes = 0;
    for (let a = 0x7000; a < 0x7000 + 300; a++) if (big.mayStartAt(String.fromCharCode(a, 0x5e00), 0)) yes++;
    expect(yes).toBe(0);
  });
});

describe('WordStarts.nextStart', () => {
  const starts = new WordStarts(['记者', '本报记者', '民警', '说', '指出', '表示']);

  it('nextStart: the positions mayStartAt lets through, in order, from any position', () => {
    const every = (f: WordStarts, text: string): number[] => {
      const out: number[] = [];
      for (let i = 0; i < text.length; i++) if (f.mayStartAt(text, i)) out.push(i);
      return out;
    };
    const walk = (f: WordStarts, text: string): number[] => {
      const out: number[] = [];
      for (let i = f.nextStart(text, 0); i < text.length; i = f.nextStart(text, i + 1)) out.push(i);
      return out;
    };
    for (const text of ['本报记者李明说，社区民警王强指出并表示…说', '今天天气很好', '记者', '记', '说', '', '民警民警说说']) {
      expect(walk(starts, text)).toEqual(every(starts, text));
    }
    expect(walk(starts, '本报记者李明说')).toEqual([0, 2, 6]);
    // a pair's first unit at the text's end is no start; a one-unit word there is
    expect(starts.nextStart('今天记', 0)).toBe(3);
    expect(starts.nextStart('今天说', 0)).toBe(2);
    // from before the text, and from past its end
    expect(starts.nextStart('记者', -5)).toBe(0);
    expect(starts.nextStart('记者', 2)).toBe(2);
    expect(starts.nextStart('记者', 9)).toBe(2);
    // random words in random text: the same positions as asking everywhere
    const rnd = seeded(11);
    const unit = () => String.fromCharCode(0x4e00 + (rnd() % 400));
    const words = Array.from({ length: 60 }, () => (rnd() % 4 ? unit() + unit() : unit()));
    const f = new WordStarts(words);
    const text = Array.from({ length: 3000 }, unit).join('');
    const found = walk(f, text);
    expect(found.length).toBeGreaterThan(10);
    expect(found).toEqual(every(f, text));
  });
});
