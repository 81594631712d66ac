import { StartFilter } from '../../src/resources/start-filter';

describe('StartFilter (may a word of a list start here)', () => {
  const words = ['公安局', '市委', '中共', '局', '𠀀𠀁'];
  const f = new StartFilter(words);

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
    expect(new StartFilter().mayStartAt('市委', 0)).toBe(false);
  });

  it('never says no where a word of a long list starts (hashed pairs only add false yeses)', () => {
    const many: string[] = [];
    for (let a = 0x4e00; a < 0x4e00 + 300; a++) for (let b = 0x5e00; b < 0x5e00 + 40; b += 3) many.push(String.fromCharCode(a, b, 0x53bf));
    const big = new StartFilter(many);
    for (const w of many) expect(big.mayStartAt(`x${w}`, 1)).toBe(true);
    let yes = 0;
    for (let a = 0x7000; a < 0x7000 + 300; a++) if (big.mayStartAt(String.fromCharCode(a, 0x5e00), 0)) yes++;
    expect(yes).toBe(0);
  });
});
