/**
 * The look-ups the slogan recogniser runs at every quote: the word lists asked for a prefix or a
 * suffix, and the character tables that stand for regular expressions on one character.
 */
import { Affixes } from '../../src/recognise/slogan/cues';
import { CLAUSE_BREAK, FINAL_PARTICLE, SENTENCE, WHITESPACE } from '../../src/recognise/slogan/quoted';

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

  test('suffixOf gives the longest word a string ends with, among those `accept` allows', () => {
    expect(words.suffixOf('便民服务中心')).toBe('服务中心');
    expect(words.suffixOf('指挥中心')).toBe('中心');
    expect(words.suffixOf('爱心')).toBe('心');
    expect(words.suffixOf('全面开展')).toBe('开展');
    expect(words.suffixOf('便民服务中心', (w) => w.length < 4)).toBe('中心');
    expect(words.suffixOf('服务中心', () => false)).toBeUndefined();
    expect(words.suffixOf('活动')).toBeUndefined();
    expect(words.suffixOf('')).toBeUndefined();
  });

  test('words of one length keep their order, and empty words are ignored', () => {
    const list = new Affixes(['', '甲乙', '丙乙', '乙']);
    expect(list.suffixOf('丙乙', (w) => w.length === 2)).toBe('丙乙');
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
