/**
 * A title mention refers to the position made from it: the first position ending where the mention
 * ends with its title (src/records: a cursor over the positions, whose ends rise).
 */
import { createExtractor, type Extraction } from '../../src';

const extractor = createExtractor();

/** For each title mention, the position it should refer to, found by a scan of all positions. */
function expectedRefs(ex: Extraction): (string | null)[] {
  return ex.mentions
    .filter((m) => m.type === 'title')
    .map((m) => ex.positions.find((p) => p.end === m.end && p.title === m.text)?.id ?? null);
}

describe('title mentions and their positions', () => {
  test.each([
    '湖北省武汉市江岸区委书记李明、区长王刚，市委常委、秘书长张伟出席会议。',
    '青岛市市北区司法局局长周海燕介绍情况。该院党组书记、院长赵强讲话。',
    // full-width characters before the chain: the original offsets differ from the working copy's
    '　ＡＢＣ　东营市副市长刘洋，东营市中级人民法院院长陈东主持。\n\n广西壮族自治区柳州市副市长\n市公安局局长、党委副书记',
  ])('every title mention refers to the first position ending where it ends with its title: %s', (text) => {
    const ex = extractor.extract(text);
    const titles = ex.mentions.filter((m) => m.type === 'title');
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.map((m) => m.ref)).toEqual(expectedRefs(ex));
    for (const m of titles) expect(m.ref).not.toBeNull();
  });
});
