/**
 * The region stages alone: the recogniser's spans (what it proposes, with which flags) and the
 * linker's context (choosing among shared names, the level of an enumeration).
 */
import { Doc } from '../../src/doc';
import { Extractor } from '../../src/extractor';
import { tokenize } from '../../src/segment';
import { recogniseRegions, type RegionSpan } from '../../src/recognise/region';
import { RegionContext, enumerationLevel, resolveRegionSpan } from '../../src/link/regions';

let ex: Extractor;
beforeAll(() => {
  ex = new Extractor();
});

function spans(text: string): { doc: Doc; spans: RegionSpan[] } {
  const doc = new Doc(text);
  doc.setTokens(tokenize(ex.segmenter, doc.work));
  return { doc, spans: recogniseRegions(doc, ex.resources) };
}
const show = (s: RegionSpan) =>
  `${s.text}:${s.data.surfaceKind}${s.data.needsContext ? '?' : ''}${s.data.insideWord ? '~' : ''}${s.data.alternatives ? '+' : ''}`;

describe('recogniseRegions', () => {
  test('full names, strong and weak short forms, each flagged', () => {
    expect(spans('江苏、南京和建邺').spans.map(show)).toEqual(['江苏:alias', '南京:alias', '建邺:weak?']);
    // inside a full name the short forms end inside a word
    expect(spans('江苏省南京市建邺区').spans.map(show)).toEqual(['江苏:alias~', '江苏省:name', '南京:alias~', '南京市:name', '建邺:weak?~', '建邺区:name']);
  });

  test('a short form that ends inside a word is kept for the organisation grammar, flagged insideWord', () => {
    expect(spans('南京路').spans.map(show)).toEqual(['南京:alias~']);
  });

  test('喀什 carries its county-level reading as an alternative', () => {
    const [k] = spans('喀什').spans;
    expect(show(k)).toBe('喀什:alias+');
    expect(k.data.candidates.map((d) => d.name)).toEqual(['喀什地区']);
    expect(k.data.alternatives!.map((d) => d.name)).toEqual(['喀什市']);
  });

  test('青岛市北区: the full name 青岛市 is dropped for 青岛 + 市北区', () => {
    const texts = spans('青岛市北区').spans.map((s) => s.text);
    expect(texts).toContain('青岛');
    expect(texts).toContain('市北区');
    expect(texts).not.toContain('青岛市');
  });

  test('townships from the table: every township of the name as a candidate; ordinary-word names need context', () => {
    const towns = spans('城关镇和新城镇').spans.filter((s) => s.reason === 'township-table');
    expect(towns.map(show)).toEqual(['城关镇:name', '新城镇:name?']);
    expect(towns[0].data.level).toBe('township');
    expect(towns[0].data.candidates.length).toBeGreaterThan(50);
  });

  test('suffix names: 社区, 苏木, 嘎查, 村, 街道 with their levels', () => {
    const levels = (text: string) => spans(text).spans.filter((s) => s.data.surfaceKind === 'suffix').map((s) => `${s.text}:${s.data.level}`);
    expect(levels('东湖社区')).toEqual(['东湖社区:village']);
    expect(levels('宝力根图苏木哈日乌苏嘎查')).toEqual(['宝力根图苏木:township', '哈日乌苏嘎查:village']);
    expect(levels('凤阳县小岗村')).toEqual(['小岗村:village']);
    expect(levels('建邺区清芷街道')).toEqual(['清芷街道:township']);
    expect(levels('走进社区，建设美丽乡村，三村两委')).toEqual([]);
  });

  test('offsets: every span is a slice of the working text', () => {
    const { doc, spans: found } = spans('浙江省杭州市余杭区良渚街道桃源社区和安徽省凤阳县小溪河镇杨家村');
    for (const s of found) expect(doc.work.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('RegionContext.choose', () => {
  const g = () => ex.resources.gazetteer;
  const gulou = () => g().byName('鼓楼区');

  test('a division written right before settles it', () => {
    const ctx = new RegionContext(ex.resources);
    expect(ctx.choose(gulou(), 10, [g().byName('福州市')[0]])?.code).toBe('350102');
  });

  test('else the nearest division named before that fits one candidate, else one named after', () => {
    const ctx = new RegionContext(ex.resources);
    ctx.note(0, 0, g().byName('江苏省')[0]); // fits two (南京, 徐州): no decision
    ctx.note(5, 0, g().byName('开封市')[0]);
    expect(ctx.choose(gulou(), 8)?.code).toBe('410204');
    const later = new RegionContext(ex.resources);
    later.note(50, 0, g().byName('徐州市')[0]);
    expect(later.choose(gulou(), 8)?.code).toBe('320302');
  });

  test('a division below a candidate also settles it (a township named in 市中区)', () => {
    const ctx = new RegionContext(ex.resources);
    const township = g().townships().byName('大观园街道').find((d) => d.parent === '370103');
    expect(township).toBeDefined();
    ctx.note(0, 0, township!);
    expect(ctx.choose(g().byName('市中区'), 10)?.code).toBe('370103');
  });

  test('nothing fits: null', () => {
    const ctx = new RegionContext(ex.resources);
    ctx.note(0, 0, g().byName('天津市')[0]);
    expect(ctx.choose(gulou(), 10)).toBeNull();
  });
});

describe('enumerationLevel and the reading of 和田, 喀什', () => {
  test('the level of the item listed after it, past a province', () => {
    const { doc, spans: found } = spans('新疆和田、青海德令哈');
    const kept = found.filter((s) => ['新疆', '和田', '青海', '德令哈'].includes(s.text)).sort((a, b) => a.start - b.start);
    const k = kept.findIndex((s) => s.text === '和田');
    expect(enumerationLevel(doc, kept, k)).toBe('county');
    const ctx = new RegionContext(ex.resources);
    expect(resolveRegionSpan(ex.resources, ctx, kept[k], [], null, 'county')?.name).toBe('和田市');
    // the same surface later in the document keeps that reading, with no hint
    expect(resolveRegionSpan(ex.resources, ctx, kept[k])?.name).toBe('和田市');
  });

  test('no enumeration: no level, and the usual reading (the prefecture)', () => {
    const { doc, spans: found } = spans('喀什');
    expect(enumerationLevel(doc, found, 0)).toBeNull();
    expect(resolveRegionSpan(ex.resources, new RegionContext(ex.resources), found[0])?.name).toBe('喀什地区');
  });
});
