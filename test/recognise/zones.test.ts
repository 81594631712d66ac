/**
 * Development zones (dicts/organs.json `zones`): no administrative divisions, but their 管委会 and
 * 党工委 are bodies officials hold posts in. Sentences of our own.
 */
import { createExtractor, type Extraction, type Extractor } from '../../src';
import { Doc } from '../../src/doc';
import type { Resources } from '../../src/resources';
import type { Segmenter, WordTagger } from '../../src/segment';
import { segment } from '../../src/segment';
import { recogniseRegions } from '../../src/recognise/region';
import { zoneBodies, withBodies } from '../../src/recognise/organisation/zones';

let ex: Extractor;
beforeAll(() => {
  ex = createExtractor();
});

const orgs = (out: Extraction) => out.organisations.map((o) => [o.name, o.kind, out.regions.find((r) => r.id === o.region)?.name ?? null]);
const positions = (out: Extraction) =>
  out.positions.map((p) => [out.persons.find((x) => x.id === p.person)?.name ?? null, p.title, out.organisations.find((o) => o.id === p.organisation)?.name ?? null]);

describe('a zone body through extract()', () => {
  test.each([
    // a region right before the suffix; the region canonical, 管委会 written in full
    ['洛阳高新区管委会主任孙立伟到企业走访。', [['洛阳市高新区管理委员会', 'other', '洛阳市']]],
    ['开封市经济技术开发区管理委员会印发通知。', [['开封市经济技术开发区管理委员会', 'other', '开封市']]],
    // a region, then name words before the suffix
    ['许昌市城乡一体化示范区管委会召开会议。', [['许昌市城乡一体化示范区管理委员会', 'other', '许昌市']]],
    ['成都天府新区党工委召开会议。', [['中共成都市天府新区工作委员会', 'party_committee', '成都市']]],
    // a proper name alone before the suffix: no region
    ['两江新区管委会发布通告。', [['两江新区管理委员会', 'other', null]]],
  ])('%s', (text, expected) => {
    const out = ex.extract(text);
    expect(orgs(out)).toEqual(expected);
    for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('the posts after a zone body are its posts, and a bare organ listed in the chain is the same zone\'s', () => {
    expect(positions(ex.extract('雄安新区党工委书记、管委会主任孙立伟主持会议。'))).toEqual([
      ['孙立伟', '书记', '中共雄安新区工作委员会'],
      ['孙立伟', '主任', '雄安新区管理委员会'],
    ]);
    expect(positions(ex.extract('洛阳高新区管委会主任孙立伟到企业走访。'))).toEqual([['孙立伟', '主任', '洛阳市高新区管理委员会']]);
  });

  test.each([
    ['全力支持高新区管委会工作。'],
    ['各开发区管委会要抓好落实。'],
    ['国家级经济技术开发区管委会负责人参加培训。'],
    ['我们到高新区管委会调研。'],
  ])('no zone is named: %s', (text) => {
    expect(ex.extract(text).organisations).toEqual([]);
  });

  test('a district of the gazetteer written with 新区 is a region, not a zone', () => {
    const out = ex.extract('天津滨海新区管委会成立。');
    expect(out.organisations).toEqual([]);
    expect(out.regions.map((r) => r.name)).toContain('滨海新区');
  });
});

describe('the stage alone', () => {
  const inner = createExtractor() as unknown as { resources: Resources; segmenter: Segmenter; tagger: WordTagger };
  const docOf = (text: string) => {
    const doc = new Doc(text);
    doc.setSegmentation(segment(inner.segmenter, doc.work), inner.tagger);
    return doc;
  };

  test('zoneBodies reads the zone, its organ and the regions in its name', () => {
    const doc = docOf('河南省洛阳市高新区管委会发布通知。');
    const regions = recogniseRegions(doc, inner.resources);
    const [z] = zoneBodies(doc, inner.resources, regions);
    expect(z.text).toBe('河南省洛阳市高新区管委会');
    expect(z.data.zone).toEqual({ template: '{Z}管理委员会', name: '高新区' });
    expect(z.data.regions.map((p) => p.span.text)).toEqual(['河南省', '洛阳市']);
  });

  test('withBodies: a zone body (or any body read over others) replaces the bodies inside it and yields to one across it', () => {
    const span = (start: number, end: number, reason: string) => ({ type: 'organisation' as const, start, end, text: 'x'.repeat(end - start), reason, data: {} as never });
    expect(withBodies([span(0, 3, 'a'), span(10, 12, 'b')], [span(0, 6, 'zone')]).map((s) => s.reason)).toEqual(['zone', 'b']);
    expect(withBodies([span(4, 9, 'a')], [span(0, 6, 'zone')]).map((s) => s.reason)).toEqual(['a']);
  });
});
