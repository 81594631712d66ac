/**
 * The two jieba engines behind the Segmenter interface, token offsets, and that the
 * pipeline gives the same records whichever engine segments.
 */
import { createExtractor, validateExtraction, type Extraction, type Extractor } from '../src';
import { OptionsError } from '../src/errors';
import { createSegmenter, segment, tokenize, type Segmenter } from '../src/segment';

const SENTENCE = '湖北高院党组书记、院长王志强指出，全年执行到位金额3518万元，要持续深化“放管服”改革。';
const ENUMERATION = '宁波市委常委、市委政法委书记、市委全面依法治市委员会办公室主任李明远主持召开会议，研究部署平安宁波建设。';

let rust: Segmenter;
let node: Segmenter;
let byDefault: Extractor;
let byNodejieba: Extractor;
beforeAll(() => {
  rust = createSegmenter('@node-rs/jieba');
  node = createSegmenter('nodejieba');
  byDefault = createExtractor();
  byNodejieba = createExtractor({ segmenter: 'nodejieba' });
});

describe.each([
  ['@node-rs/jieba', () => rust],
  ['nodejieba', () => node],
])('%s', (engine, seg) => {
  test('reports its engine name', () => {
    expect(seg().engine).toBe(engine);
  });

  test('cut covers the sentence, in order, in more than one word', () => {
    const words = seg().cut(SENTENCE);
    expect(words.length).toBeGreaterThan(5);
    expect(words.join('')).toBe(SENTENCE);
    expect(words.every((w) => w.length > 0)).toBe(true);
    expect(words).toContain('改革');
  });

  test('tag gives a word and a tag for every piece', () => {
    const tagged = seg().tag(SENTENCE);
    expect(tagged.map((t) => t.word).join('')).toBe(SENTENCE);
    for (const t of tagged) expect(typeof t.tag).toBe('string');
  });

  test('tokenize offsets are consistent: text.slice(start, end) === word, contiguous, covering the text', () => {
    for (const text of [SENTENCE, ENUMERATION, '  全市  共办理案件１２３件\n\n第二段 ', '']) {
      const tokens = tokenize(seg(), text);
      let pos = 0;
      for (const t of tokens) {
        expect(text.slice(t.start, t.end)).toBe(t.word);
        expect(t.end - t.start).toBe(t.word.length);
        expect(t.start).toBeGreaterThanOrEqual(pos);
        pos = t.end;
      }
      // every non-space character is inside some token
      const covered = new Uint8Array(text.length);
      for (const t of tokens) covered.fill(1, t.start, t.end);
      for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) expect({ i, ch: text[i], covered: covered[i] }).toEqual({ i, ch: text[i], covered: 1 });
    }
  });

  test('segment: the words and their starts, in one piece or many, as tokenize gives them', () => {
    const text = '全市法院共审结案件１２３件。\n\n第二段：市委书记王明主持会议，强调要深化改革。'.repeat(20);
    const whole = segment(seg(), text);
    expect(whole.words.length).toBe(whole.starts.length);
    const pieces = segment(seg(), text, 64);
    expect(pieces.words).toEqual(whole.words);
    expect([...pieces.starts]).toEqual([...whole.starts]);
    whole.words.forEach((w, k) => expect(text.slice(whole.starts[k], whole.starts[k] + w.length)).toBe(w));
    expect(tokenize(seg(), text).map((t) => [t.word, t.start])).toEqual(whole.words.map((w, k) => [w, whole.starts[k]]));
    expect(segment(seg(), '')).toEqual({ words: [], starts: new Int32Array(0) });
  });

  test('tokenize keeps exact offsets when an engine drops or moves words (the careful path)', () => {
    const fake = (words: (text: string) => string[]): Segmenter => ({ engine: '@node-rs/jieba', cut: words, tag: () => [], loadDictionary: () => undefined });
    const text = '市委 书记王明主持';
    // drops the space: lengths do not add up
    const dropped = tokenize(fake(() => ['市委', '书记', '王明', '主持']), text);
    expect(dropped.map((t) => [t.word, t.start, t.end])).toEqual([['市委', 0, 2], ['书记', 3, 5], ['王明', 5, 7], ['主持', 7, 9]]);
    // same total length, but a word that is not where the last one ended (and one that is nowhere)
    const moved = tokenize(fake(() => ['市委', ' ', '王明', '书记', '主持']), text);
    for (const t of moved) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(moved.map((t) => t.word)).toEqual(['市委', ' ', '王明', '主持']);
    const same = tokenize(fake(() => ['市委', ' ', '书记', '王明', '主持']), text);
    expect(same.map((t) => t.start)).toEqual([0, 2, 3, 5, 7]);
  });

  test('tokens read lazily give the tags a whole-text tag gives', () => {
    for (const text of [SENTENCE, ENUMERATION, '巴图孟和在乌兰哈达苏木走访牧民，了解草场承包情况。']) {
      const tokens = tokenize(seg(), text);
      const tagged = seg().tag(text);
      expect(tokens.map((t) => t.word)).toEqual(tagged.map((t) => t.word));
      expect(tokens.map((t) => t.tag)).toEqual(tagged.map((t) => t.tag));
    }
  });

  test('a user word is kept whole after loadDictionary', () => {
    const s = seg();
    const text = '该区推行老杨调解工作法，成效明显。';
    s.loadDictionary('老杨调解工作法 1000 n\n');
    expect(s.cut(text)).toContain('老杨调解工作法');
  });
});

describe('createSegmenter', () => {
  test.each([['jieba-wasm'], ['NodeJieba'], [''], ['rust-jieba']])('unknown engine %p throws OptionsError', (name) => {
    expect(() => createSegmenter(name)).toThrow(OptionsError);
  });

  test('the message names the engine and the choices', () => {
    expect(() => createSegmenter('jieba-wasm')).toThrow(/jieba-wasm.*@node-rs\/jieba.*nodejieba/);
  });

  test('an extractor with an unknown segmenter throws OptionsError', () => {
    expect(() => createExtractor({ segmenter: 'jieba-wasm' as never })).toThrow(OptionsError);
  });

});

describe('extractor with segmenter: nodejieba', () => {
  const positionsOf = (ex: Extraction) => {
    const name = (list: { id: string; name: string }[], id: string | null) => (id == null ? null : (list.find((x) => x.id === id)?.name ?? null));
    return ex.positions.map((p) => ({ person: name(ex.persons, p.person), title: p.title, organisation: name(ex.organisations, p.organisation), text: p.text }));
  };

  test.each([
    [SENTENCE],
    [ENUMERATION],
    ['本报讯（记者陈晓东 通讯员赵立新）青岛市市北区司法局局长周海燕介绍，全区共调处矛盾纠纷1.2万余件，调解成功率达98.5%以上。'],
    ['广西壮族自治区党委常委、自治区政法委书记黄立军在南宁主持召开座谈会。'],
  ])('gives the same positions as the default on %s', (text) => {
    const a = byDefault.extract(text);
    const b = byNodejieba.extract(text);
    expect(validateExtraction(a).valid).toBe(true);
    expect(validateExtraction(b).valid).toBe(true);
    for (const m of b.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(positionsOf(a).length).toBeGreaterThan(0);
    expect(positionsOf(b)).toEqual(positionsOf(a));
  });

  test('project words keep their frequencies (在内蒙古 is 在|内蒙古, not 在内|蒙古)', () => {
    // nodejieba's insertWord would give every project word the median weight and re-weight
    // 蒙古 above 内蒙古; the user-dictionary file keeps the frequencies @node-rs/jieba gets.
    const text = '他在内蒙古某煤业有限公司调研时说';
    const words = (ex: typeof byDefault) => ex.segmenter.tag(text).map((t) => t.word);
    expect(words(byNodejieba)).toContain('内蒙古');
    expect(words(byNodejieba)).toEqual(words(byDefault));
    const orgs = (ex: Extraction) => ex.organisations.map((o) => o.name);
    expect(orgs(byNodejieba.extract(text))).toEqual(orgs(byDefault.extract(text)));
  });

  test('gives the same whole extraction as the default', () => {
    expect(byNodejieba.extract(ENUMERATION)).toEqual(byDefault.extract(ENUMERATION));
  });
});
