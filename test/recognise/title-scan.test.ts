/** The title scan asks the trie only where the pair pre-test says a title may start: same titles as asking everywhere. */
import { createExtractor } from '../../src';
import { Doc, isHanAt } from '../../src/doc';
import type { Resources } from '../../src/resources';
import type { Segmenter, WordTagger } from '../../src/segment';
import { tokenize } from '../../src/segment';
import { recogniseTitles } from '../../src/recognise/title';

const ex = createExtractor() as unknown as { resources: Resources; segmenter: Segmenter; tagger: WordTagger };

/** Every position asked, as before the pre-test. */
function everywhere(doc: Doc, res: Resources): [number, number][] {
  const text = doc.work;
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHanAt(text, i)) continue;
    const m = res.titles.trie.longestAt(text, i);
    if (!m) continue;
    const notTitles = res.titles.notTitles;
    if (notTitles.has(text.slice(i, m.end)) || notTitles.has(text.slice(i, m.end + 1)) || notTitles.has(text.slice(i, m.end + 2)) || notTitles.has(text.slice(Math.max(0, i - 2), m.end))) continue;
    if (!doc.isBoundary(i) && !doc.isBoundary(m.end)) continue;
    out.push([i, m.end]);
  }
  return out;
}

test.each([
  '市委书记王建国、副市长李明和市公安局局长张强出席会议。',
  '党组书记、院长陈国强指出，要抓好审判执行。',
  '县委常委、常务副县长司马永强主持会议，社区主任说',
  '他是主任医师，也是书记员的长辈，父亲曾任副书记。长',
  '区委书记主持召开区委常委会会议，市人大常委会副主任出席。',
  '',
])('%s', (text) => {
  const doc = new Doc(text);
  doc.setTokens(tokenize(ex.segmenter, doc.work, ex.tagger));
  const found = recogniseTitles(doc, ex.resources).map((t) => [t.start, t.end]);
  expect(found).toEqual(everywhere(doc, ex.resources));
  if (text.includes('书记')) expect(found.length).toBeGreaterThan(0);
});

test('a post followed by 会 names the committee (常委会, 常务委员会), not a member', () => {
  const titles = (text: string) => {
    const doc = new Doc(text);
    doc.setTokens(tokenize(ex.segmenter, doc.work, ex.tagger));
    return recogniseTitles(doc, ex.resources).map((t) => t.text);
  };
  expect(titles('县委书记主持召开县委常委会会议。')).toEqual(['书记']);
  // (the scan lists every post it reads, 主任 inside 副主任 too: the linker keeps the longest)
  expect(titles('市人大常务委员会副主任出席。')).toEqual(['副主任', '主任']);
  expect(titles('县委常委、副县长出席。')).toEqual(['常委', '副县长', '县长']);
});

test('in a document: the standing committee meeting of a district committee gives no 常委 position', () => {
  const out = createExtractor().extract('山东省济南市历下区委书记吴敏主持召开区委常委会会议。');
  expect(out.positions.map((p) => p.title)).toEqual(['书记']);
});
