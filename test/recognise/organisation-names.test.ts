/** nextNamedName finds the names before a named-body suffix from the suffix's side: the same starts as asking at every position. */
import { createExtractor } from '../../src';
import { Doc } from '../../src/doc';
import type { Resources } from '../../src/resources';
import type { Segmenter, Token, WordTagger } from '../../src/segment';
import { tokenize } from '../../src/segment';
import { nextNamedName } from '../../src/recognise/organisation';

const ex = createExtractor() as unknown as { resources: Resources; segmenter: Segmenter; tagger: WordTagger };
const suffixes = ex.resources.organs.namedBodySuffixes;

/** Every position where a token of 2-4 characters starts and a whole suffix follows it (as asked at each position). */
function everywhere(doc: Doc): number[] {
  const out: number[] = [];
  for (let i = 0; i < doc.work.length; i++) {
    const end = doc.tokenEndAt(i);
    if (end - i >= 2 && end - i <= 4 && suffixes.hasMatchAt(doc.work, end)) out.push(i);
  }
  return out;
}

/** The stream read from `from` on, as the scan reads it (the next at or after each position past the last). */
function stream(doc: Doc, from: number): number[] {
  const out: number[] = [];
  for (let s = nextNamedName(doc, suffixes, from); s < doc.work.length; s = nextNamedName(doc, suffixes, s + 1)) out.push(s);
  return out;
}

/** A document cut into the given words (tags do not matter here). */
function cut(words: string[]): Doc {
  const doc = new Doc(words.join(''));
  const tokens: Token[] = [];
  let at = 0;
  for (const word of words) {
    tokens.push({ word, tag: 'x', start: at, end: at + word.length });
    at += word.length;
  }
  doc.setTokens(tokens);
  return doc;
}

test.each([
  '大足石刻研究院和重庆大学、阜安派出所的民警来到中国法学会。',
  '锡盟肉类协会会长说，北京协和医院和某某有限公司都在中心。',
  '研究院',
  '',
])('%s', (text) => {
  const doc = new Doc(text);
  doc.setTokens(tokenize(ex.segmenter, doc.work, ex.tagger));
  expect(stream(doc, 0)).toEqual(everywhere(doc));
});

test('only a token of 2-4 characters that ends right before the suffix', () => {
  // 1 and 5 characters are not names; a suffix inside a token is not after one; 2, 3 and 4 are
  const doc = cut(['甲', '协会', '。', '甲乙丙丁戊', '协会', '。', '甲乙', '丙协会', '。', '甲乙', '协会', '甲乙丙', '研究院', '甲乙丙丁', '大学']);
  const expected = everywhere(doc);
  expect(expected).toEqual([18, 22, 28]);
  expect(stream(doc, 0)).toEqual(expected);
  // from inside a name: that name is behind, the next is found
  expect(nextNamedName(doc, suffixes, 19)).toBe(22);
  expect(nextNamedName(doc, suffixes, 28)).toBe(28);
  expect(nextNamedName(doc, suffixes, 29)).toBe(doc.work.length);
});
