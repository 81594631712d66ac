/**
 * The recognisers that propose many spans per document make them (and their data) with constructors,
 * not object literals: V8 pretenures the objects of a literal once many of them outlive a young GC,
 * and the garbage of every later document then went to the old generation (issue 8: peak RSS grew over
 * a long batch, to 231-254 MB on a roster of 112 officials extracted 1,200 times, against 184-202).
 * An object made by a literal has Object.prototype as its prototype; one made by `new` does not.
 */
import { Doc } from '../../src/doc';
import { Extractor } from '../../src/extractor';
import { segment, type Segmenter, type WordTagger } from '../../src/segment';
import { recogniseRegions } from '../../src/recognise/region';
import { recogniseOrganisations } from '../../src/recognise/organisation';
import { recogniseTitles } from '../../src/recognise/title';
import { recognisePersons } from '../../src/recognise/person';
import { recogniseMetrics } from '../../src/recognise/metric';
import { recogniseSlogans } from '../../src/recognise/slogan';
import { recogniseDocuments } from '../../src/recognise/document';
import type { Resources } from '../../src/resources';

// sentences of my own: a gazetteer name and short form, a township, a community (suffix), bodies with
// region chains, posts, names, figures, a lexicon slogan, a quoted one and a policy document
const TEXT =
  '浙江省湖州市委书记王建国、长兴县县长李明华到雉城街道金陵社区调研。' +
  '湖州市中级人民法院院长陈立新介绍，今年共受理案件1286件，同比上升12.5%，执行到位金额约3.9亿元。' +
  '会议要求坚持和发展新时代“枫桥经验”，深化“放管服”改革，落实《湖州市优化营商环境实施方案》。';

const ex = new Extractor() as unknown as { resources: Resources; segmenter: Segmenter; tagger: WordTagger };

function spans() {
  const res = ex.resources;
  const doc = new Doc(TEXT);
  doc.setSegmentation(segment(ex.segmenter, doc.work), ex.tagger);
  const regions = recogniseRegions(doc, res);
  const organisations = recogniseOrganisations(doc, res, regions);
  const titles = recogniseTitles(doc, res);
  const persons = recognisePersons(doc, res, titles, [...regions, ...organisations]);
  const metrics = recogniseMetrics(doc.work, res.units, { isWordBoundary: (pos) => doc.isBoundary(pos) });
  const slogans = recogniseSlogans(doc, res, { lexicon: 'core' });
  const documents = recogniseDocuments(doc, res);
  return { regions, organisations, titles, persons, metrics, slogans, documents };
}

const madeByLiteral = (o: object) => Object.getPrototypeOf(o) === Object.prototype;

describe('spans and their data are made by constructors', () => {
  const all = spans();

  test.each(Object.keys(all))('%s', (kind) => {
    const list = all[kind as keyof typeof all] as { reason: string; data?: unknown }[];
    expect(list.length).toBeGreaterThan(0);
    const literal = list.filter((s) => madeByLiteral(s)).map((s) => s.reason);
    expect(literal).toEqual([]);
    // metric spans carry their fields themselves; the others' data (titles: the lexicon's own entry)
    if (kind !== 'metrics' && kind !== 'titles') {
      const literalData = list.filter((s) => madeByLiteral(s.data as object)).map((s) => s.reason);
      expect(literalData).toEqual([]);
    }
  });

  test('the gazetteer, township and suffix passes all contribute', () => {
    const reasons = new Set(all.regions.map((r) => r.reason.replace(/-.*/, '')));
    expect([...reasons].sort()).toEqual(expect.arrayContaining(['gazetteer', 'suffix', 'township']));
  });

  test("an organisation's region parts are made by a constructor too", () => {
    const parts = all.organisations.flatMap((o) => o.data.regions);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.filter(madeByLiteral)).toEqual([]);
  });
});
