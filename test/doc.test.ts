/** Doc's position indexes: token lookups by position, which the recognisers ask at every position. */
import { Doc } from '../src/doc';
import type { Token, WordTagger } from '../src/segment';

function tokens(text: string, words: string[]): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const word of words) {
    const start = text.indexOf(word, at);
    out.push({ word, tag: 'x', start, end: start + word.length });
    at = start + word.length;
  }
  return out;
}

describe('Doc token indexes', () => {
  const text = '市委书记 王明 主持会议';
  const doc = new Doc(text);
  doc.setTokens(tokens(text, ['市委', '书记', '王明', '主持', '会议']));

  test('tokenEndAt: the end of the token starting at a position, else -1', () => {
    expect(doc.tokenEndAt(0)).toBe(2);
    expect(doc.tokenEndAt(2)).toBe(4);
    expect(doc.tokenEndAt(1)).toBe(-1);
    expect(doc.tokenEndAt(4)).toBe(-1); // the space is no token
    expect(doc.tokenEndAt(5)).toBe(7);
    expect(doc.tokenEndAt(-1)).toBe(-1);
    expect(doc.tokenEndAt(999)).toBe(-1);
  });

  test('tokenIndexAt and tokenStartingAt agree with the tokens', () => {
    expect(doc.tokenIndexAt(1)).toBe(0);
    expect(doc.tokenIndexAt(3)).toBe(1);
    expect(doc.tokenIndexAt(4)).toBe(-1);
    expect(doc.tokenIndexAt(11)).toBe(4);
    expect(doc.tokenStartingAt(8)?.word).toBe('主持');
    expect(doc.tokenStartingAt(9)).toBeUndefined();
  });

  test('a second setTokens replaces the indexes', () => {
    const d = new Doc('青岛市北区');
    d.setTokens(tokens('青岛市北区', ['青岛市', '北区']));
    expect(d.tokenEndAt(0)).toBe(3);
    d.setTokens(tokens('青岛市北区', ['青岛', '市北区']));
    expect(d.tokenEndAt(0)).toBe(2);
    expect(d.tokenEndAt(2)).toBe(5);
    expect(d.tokenEndAt(3)).toBe(-1);
    expect(d.isBoundary(3)).toBe(false);
  });

  test('startsWord: only where a word starts, not where one only ends', () => {
    const d = new Doc('局共破获公共');
    d.setTokens(tokens('局共破获公共', ['局', '共', '破获', '公共']));
    expect([0, 1, 2, 3, 4, 5].map((p) => d.startsWord(p))).toEqual([true, true, true, false, true, false]);
  });
});

describe('Doc from a Segmentation (the pipeline path)', () => {
  const text = '市委书记王明主持会议';
  const asked: string[] = [];
  const tagger = { tagOf: (w: string) => (asked.push(w), w === '王明' ? 'nr' : 'n') } as unknown as WordTagger;
  const doc = new Doc(text);
  doc.setSegmentation({ words: ['市委', '书记', '王明', '主持', '会议'], starts: Int32Array.from([0, 2, 4, 6, 8]) }, tagger);

  test('tokens are made on request, once, with their offsets', () => {
    expect(doc.tokenCount).toBe(5);
    const t = doc.token(2);
    expect([t.word, t.start, t.end]).toEqual(['王明', 4, 6]);
    expect(doc.token(2)).toBe(t);
    expect(doc.tokenStartingAt(4)).toBe(t);
    expect(doc.wordAt(3)).toBe('主持');
    expect(doc.startOf(3)).toBe(6);
    expect(doc.tokensOverlapping(3, 7).map((x) => x.word)).toEqual(['书记', '王明', '主持']);
    expect(doc.tokens.map((x) => x.end)).toEqual([2, 4, 6, 8, 10]);
    expect(() => doc.token(5)).toThrow(RangeError);
  });

  test('a tag is asked of the tagger only when read, and once per token', () => {
    asked.length = 0;
    const d = new Doc(text);
    d.setSegmentation({ words: ['市委', '书记', '王明', '主持', '会议'], starts: Int32Array.from([0, 2, 4, 6, 8]) }, tagger);
    expect(asked).toEqual([]);
    expect(d.token(2).tag).toBe('nr');
    expect(d.token(2).tag).toBe('nr');
    expect(d.token(0).tag).toBe('n');
    expect(asked).toEqual(['王明', '市委']);
  });
});
