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
    if (notTitles.has(text.slice(i, m.end)) || notTitles.has(text.slice(i, m.end + 2)) || notTitles.has(text.slice(Math.max(0, i - 2), m.end))) continue;
    if (!doc.isBoundary(i) && !doc.isBoundary(m.end)) continue;
    out.push([i, m.end]);
  }
  return out;
}

test.each([
  '市委书记王建国、副市长李明和市公安局局长张强出席会议。',
  '党组书记、院长陈国强指出，要抓好审判执行。',
  '县委常委、常务副县长司马永强主持会议，社区主任说',
  '他是主任医师，也是书记员的长辈。长',
  '',
])('%s', (text) => {
  const doc = new Doc(text);
  doc.setTokens(tokenize(ex.segmenter, doc.work, ex.tagger));
  const found = recogniseTitles(doc, ex.resources).map((t) => [t.start, t.end]);
  expect(found).toEqual(everywhere(doc, ex.resources));
  if (text.includes('书记')) expect(found.length).toBeGreaterThan(0);
});
