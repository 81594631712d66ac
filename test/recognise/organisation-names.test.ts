/**
 * parseStarts finds in one pass where an organisation parse may start besides a region: the same
 * starts as asking at every position whether a word of the grammar starts there or a named body's
 * name does (a token of 2-4 characters before a whole suffix, or a word with a suffix inside it after
 * its first two characters: 兰州大学 one word), in order, each once.
 */
import { createExtractor } from '../../src';
import { Doc, isHanAt } from '../../src/doc';
import type { Resources } from '../../src/resources';
import type { Segmenter, Token, WordTagger } from '../../src/segment';
import { tokenize } from '../../src/segment';
import { parseStarts, recogniseOrganisations } from '../../src/recognise/organisation';
import { recogniseRegions } from '../../src/recognise/region';

const ex = createExtractor() as unknown as { resources: Resources; segmenter: Segmenter; tagger: WordTagger };
const res = ex.resources;

/** Asked at every ideograph, as the scan did before the one pass. */
function everywhere(doc: Doc): number[] {
  const text = doc.work;
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHanAt(text, i)) continue;
    const word = res.organs.heads.hasMatchAt(text, i) || res.centralTrie.hasMatchAt(text, i) || res.organs.partyNames.some((p) => text.startsWith(p, i));
    const end = doc.tokenEndAt(i);
    const name = end - i >= 2 && end - i <= 4 && res.organs.namedBodySuffixes.hasMatchAt(text, end);
    // a word with a suffix inside it after two characters or more (兰州大学, 北京同仁医院: one word each)
    let glued = false;
    for (let p = i + 2; p < end && !glued; p++) glued = res.organs.namedBodySuffixes.hasMatchAt(text, p);
    if (word || name || glued) out.push(i);
  }
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
  '敦煌文物研究院和兰州大学、河西派出所的民警来到中国法学会。',
  '赤峰乳业协会会长说，北京同仁医院和某某有限公司都在中心。',
  '中共洛阳市委员会、市公安局和国务院办公厅，省法院，公安部门。',
  '研究院',
  '',
])('%s', (text) => {
  const doc = new Doc(text);
  doc.setTokens(tokenize(ex.segmenter, doc.work, ex.tagger));
  const found = [...parseStarts(doc, res)];
  expect(found).toEqual(everywhere(doc));
  if (text.length > 3) expect(found.length).toBeGreaterThan(0);
});

test('a name is a token of 2-4 characters that ends right before the suffix, put in its place among the words', () => {
  // 1 and 5 characters are not names; a suffix inside a token is not after one; 2, 3 and 4 are;
  // 中共 (a word of the grammar, found first) starts inside the name 甲中共; 市公安局 is a word and a name
  const doc = cut(['甲', '协会', '。', '甲乙丙丁戊', '协会', '。', '甲乙', '丙协会', '。', '甲乙', '协会', '甲乙丙', '研究院', '甲乙丙丁', '大学', '。',
    '甲中共', '大学', '。', '市公安局', '大学']);
  const found = [...parseStarts(doc, res)];
  expect(found).toEqual(everywhere(doc));
  expect(found.slice(0, 5)).toEqual([18, 22, 28, 35, 36]);
  expect(found.filter((p) => p === 41)).toHaveLength(1);
});

test('a longer document grows the buffer, and each call gives its own starts', () => {
  const text = '重庆大学研究院和市公安局。'.repeat(400);
  const doc = new Doc(text);
  doc.setTokens(tokenize(ex.segmenter, doc.work, ex.tagger));
  const found = [...parseStarts(doc, res)];
  expect(found.length).toBeGreaterThan(400);
  expect(found).toEqual(everywhere(doc));
  const small = new Doc('市公安局');
  small.setTokens(tokenize(ex.segmenter, small.work, ex.tagger));
  expect([...parseStarts(small, res)]).toEqual(everywhere(small));
  // the organisations of the long document are found all the way through
  const orgs = recogniseOrganisations(doc, res, recogniseRegions(doc, res));
  expect(orgs[orgs.length - 1].end).toBeGreaterThan(text.length - 13);
});
