/**
 * End-to-end behaviour of the public API, one describe per record type (RECORDS.md).
 * All sentences are invented for these tests (names, cases and figures are fictitious).
 */
import {
  createExtractor,
  InputError,
  OptionsError,
  validateExtraction,
  type Extraction,
  type Extractor,
  type MetricRecord,
  type OrganisationRecord,
  type RegionRecord,
} from '../src';

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});

/** Extracts, and checks what must hold for every extraction: schema-valid, offsets exact, ids resolvable. */
function run(text: string, options?: Parameters<Extractor['extract']>[1]): Extraction {
  const ex = extractor.extract(text, options);
  const result = validateExtraction(ex);
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
  for (const m of ex.mentions) expect({ id: m.id, text: text.slice(m.start, m.end) }).toEqual({ id: m.id, text: m.text });
  // mentions never overlap
  const sorted = [...ex.mentions].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end);
  for (const p of ex.positions) expect(text.slice(p.start, p.end)).toBe(p.text);
  for (const q of ex.metrics) expect(text.slice(q.start, q.end)).toBe(q.text);
  return ex;
}

const orgName = (ex: Extraction, id: string | null) => (id == null ? null : (ex.organisations.find((o) => o.id === id)?.name ?? `?${id}`));
const personName = (ex: Extraction, id: string | null) => (id == null ? null : (ex.persons.find((p) => p.id === id)?.name ?? `?${id}`));
const positionsOf = (ex: Extraction) =>
  ex.positions.map((p) => ({ person: personName(ex, p.person), title: p.title, organisation: orgName(ex, p.organisation) }));
const org = (ex: Extraction, name: string): OrganisationRecord => {
  const found = ex.organisations.filter((o) => o.name === name);
  expect(found.map((o) => o.name)).toEqual([name]);
  return found[0];
};
const region = (ex: Extraction, name: string): RegionRecord => {
  const found = ex.regions.filter((r) => r.name === name);
  expect(found.map((r) => r.name)).toEqual([name]);
  return found[0];
};
const metric = (ex: Extraction, text: string): MetricRecord => {
  const found = ex.metrics.filter((q) => q.text === text);
  expect(found.map((q) => q.text)).toEqual([text]);
  return found[0];
};
const mentionTexts = (ex: Extraction, type: string) => ex.mentions.filter((m) => m.type === type).map((m) => m.text);

describe('persons and positions', () => {
  const ENUMERATION =
    '6月12日，宁波市委常委、市委政法委书记、市委全面依法治市委员会办公室主任李明远主持召开专题会议，研究部署下半年政法工作。李明远强调，要坚决扛起维护社会稳定的政治责任。';

  test('an enumeration of posts before one name gives three positions with canonical organisations', () => {
    const ex = run(ENUMERATION);
    expect(positionsOf(ex)).toEqual([
      { person: '李明远', title: '常委', organisation: '中共宁波市委员会' },
      { person: '李明远', title: '书记', organisation: '中共宁波市委政法委员会' },
      { person: '李明远', title: '主任', organisation: '中共宁波市委全面依法治市委员会办公室' },
    ]);
    const p = ex.persons.find((x) => x.name === '李明远')!;
    expect(p.role).toBe('official');
    expect(p.positions).toEqual(ex.positions.map((j) => j.id));
    expect(mentionTexts(ex, 'title')).toEqual(['常委', '书记', '主任']);
  });

  test('a later bare mention (李明远强调) is the same person record: one record, two mentions', () => {
    const ex = run(ENUMERATION);
    const named = ex.persons.filter((p) => p.name === '李明远');
    expect(named).toHaveLength(1);
    expect(named[0].mentions).toHaveLength(2);
    const ms = named[0].mentions.map((id) => ex.mentions.find((m) => m.id === id)!);
    expect(ms.map((m) => [m.type, m.text, m.ref])).toEqual([
      ['person', '李明远', named[0].id],
      ['person', '李明远', named[0].id],
    ]);
    expect(ms[1].start).toBe(ENUMERATION.indexOf('李明远强调'));
  });

  test('湖北高院党组书记、院长 gives 党组书记 and 院长 of 湖北省高级人民法院 (党组 stays in the title)', () => {
    const ex = run('湖北高院党组书记、院长王志强指出，要以审判工作现代化服务保障中国式现代化。');
    expect(positionsOf(ex)).toEqual([
      { person: '王志强', title: '党组书记', organisation: '湖北省高级人民法院' },
      { person: '王志强', title: '院长', organisation: '湖北省高级人民法院' },
    ]);
    expect(ex.persons.map((p) => [p.name, p.role])).toEqual([['王志强', 'official']]);
  });

  test('a Mongolian name after a title (检察长巴特尔介绍) is the holder of the posts', () => {
    const ex = run('内蒙古自治区人民检察院兴安盟分院党组书记、检察长巴特尔介绍，该院今年以来共受理案件3000余件。');
    expect(positionsOf(ex)).toEqual([
      { person: '巴特尔', title: '党组书记', organisation: '内蒙古自治区人民检察院兴安盟分院' },
      { person: '巴特尔', title: '检察长', organisation: '内蒙古自治区人民检察院兴安盟分院' },
    ]);
  });

  test('a name written with a middle dot (乌日娜·其木格) is one person', () => {
    const ex = run('锡林郭勒盟中级人民法院院长乌日娜·其木格主持会议。');
    expect(ex.persons.map((p) => p.name)).toEqual(['乌日娜·其木格']);
    expect(positionsOf(ex)).toEqual([{ person: '乌日娜·其木格', title: '院长', organisation: '锡林郭勒盟中级人民法院' }]);
  });

  test('a byline credits 记者 / 通讯员 as roles, not titles', () => {
    const ex = run('本报讯（记者陈晓东 通讯员赵立新 孙梦婷）近日，武汉市江岸区人民法院召开新闻发布会，通报涉企案件审理情况。');
    expect(ex.persons.map((p) => [p.name, p.role])).toEqual([
      ['陈晓东', 'reporter'],
      ['赵立新', 'correspondent'],
      ['孙梦婷', 'correspondent'],
    ]);
    expect(ex.positions).toEqual([]);
    expect(mentionTexts(ex, 'title')).toEqual([]);
    for (const p of ex.persons) expect(p.positions).toEqual([]);
  });

  test('a post with no named holder is a position with person null', () => {
    const ex = run('司法部人民参与和促进法治局负责人介绍，今年以来各地人民调解组织共调解矛盾纠纷近500件。');
    expect(positionsOf(ex)).toEqual([{ person: null, title: '负责人', organisation: '司法部人民参与和促进法治局' }]);
    expect(ex.persons).toEqual([]);
    const j = ex.positions[0];
    expect(j.text.endsWith('负责人')).toBe(true);
  });
});

describe('organisations', () => {
  test('湖北高院 and 湖北省高院 are one record 湖北省高级人民法院 with both aliases', () => {
    const ex = run('湖北高院召开新闻发布会。据介绍，今年以来湖北省高院共审结各类案件2.3万件。');
    const o = org(ex, '湖北省高级人民法院');
    expect(ex.organisations).toHaveLength(1);
    expect(o.aliases).toEqual(expect.arrayContaining(['湖北高院', '湖北省高院']));
    expect(o.mentions).toHaveLength(2);
    expect(o.kind).toBe('court');
    expect(o.level).toBe('provincial');
    expect(ex.regions.find((r) => r.id === o.region)?.name).toBe('湖北省');
  });

  test('青岛市市北区司法局 is a county-level department in 市北区', () => {
    const ex = run('青岛市市北区司法局组织律师走进社区开展“法律明白人”培训。');
    const o = org(ex, '青岛市市北区司法局');
    expect(o.kind).toBe('department');
    expect(o.level).toBe('county');
    const r = ex.regions.find((x) => x.id === o.region)!;
    expect([r.name, r.code]).toEqual(['市北区', '370203']);
    expect(mentionTexts(ex, 'organisation')).toEqual(['青岛市市北区司法局']);
  });

  test('a bare 市委 in a text about 洛阳 is 中共洛阳市委员会', () => {
    const ex = run('洛阳市召开全面依法治市工作会议。市委书记张国华出席会议并讲话，市委常委、政法委书记刘卫东主持会议。');
    const o = org(ex, '中共洛阳市委员会');
    expect(o.kind).toBe('party_committee');
    expect(o.level).toBe('prefectural');
    expect(o.aliases).toEqual(['市委']);
    expect(o.mentions).toHaveLength(2);
    expect(ex.regions.find((r) => r.id === o.region)?.code).toBe('410300');
    const zfw = org(ex, '中共洛阳市委政法委员会');
    expect(zfw.kind).toBe('party_organ');
    expect(zfw.parent).toBe(o.id);
    expect(positionsOf(ex)).toEqual([
      { person: '张国华', title: '书记', organisation: '中共洛阳市委员会' },
      { person: '刘卫东', title: '常委', organisation: '中共洛阳市委员会' },
      { person: '刘卫东', title: '书记', organisation: '中共洛阳市委政法委员会' },
    ]);
  });

  test('全省法院 (the courts across the province) is not an organisation', () => {
    const ex = run('湖北高院党组书记、院长王志强指出，全省法院要深化诉源治理，全省法院系统要持续优化营商环境。');
    expect(ex.organisations.map((o) => o.name)).toEqual(['湖北省高级人民法院']);
    expect(mentionTexts(ex, 'organisation')).toEqual(['湖北高院']);
  });

  test('a central body has kind central, level national and no region', () => {
    const ex = run('司法部人民参与和促进法治局负责人介绍了有关情况。');
    const o = org(ex, '司法部人民参与和促进法治局');
    expect([o.kind, o.level, o.region]).toEqual(['central', 'national', null]);
  });
});

describe('regions', () => {
  test('广西 resolves to 广西壮族自治区, code 450000', () => {
    const ex = run('广西深入推进法治政府建设，持续优化营商环境。');
    const r = region(ex, '广西壮族自治区');
    expect([r.code, r.level, r.path]).toEqual(['450000', 'province', ['广西壮族自治区']]);
    expect(mentionTexts(ex, 'region')).toEqual(['广西']);
  });

  test('山东省青岛市市北区 gives three regions with codes and paths', () => {
    const ex = run('山东省青岛市市北区积极打造“法治市北”品牌，推动基层治理提质增效。');
    expect(ex.regions.map((r) => [r.name, r.code, r.level, r.path])).toEqual([
      ['山东省', '370000', 'province', ['山东省']],
      ['青岛市', '370200', 'prefecture', ['山东省', '青岛市']],
      ['市北区', '370203', 'county', ['山东省', '青岛市', '市北区']],
    ]);
    expect(mentionTexts(ex, 'region')).toEqual(['山东省', '青岛市', '市北区']);
  });

  test('a region inside an organisation (天津市委) is a region record and the organisation region, not a mention', () => {
    const ex = run('天津市委召开常委会会议，研究部署平安天津建设工作。');
    const r = region(ex, '天津市');
    expect(r.code).toBe('120000');
    const o = org(ex, '中共天津市委员会');
    expect(o.region).toBe(r.id);
    const orgMention = ex.mentions.find((m) => m.type === 'organisation' && m.text === '天津市委')!;
    expect(orgMention).toBeDefined();
    // no region mention inside the organisation mention
    expect(ex.mentions.filter((m) => m.type === 'region' && m.start >= orgMention.start && m.end <= orgMention.end)).toEqual([]);
  });

  test('全国 / 全市 / 全省 are not regions', () => {
    const ex = run('全国法院系统、全省检察机关和全市政法干警要以此次活动为契机，切实转变作风。');
    expect(ex.regions).toEqual([]);
    expect(mentionTexts(ex, 'region')).toEqual([]);
  });

  test('a verb before 街道 (司法局联合街道开展) does not make a township', () => {
    const ex = run('青岛市市北区司法局联合街道开展普法宣传活动。');
    expect(ex.regions.map((r) => r.name)).not.toContain('联合街道');
    expect(mentionTexts(ex, 'region')).toEqual([]);
  });
});

describe('metrics', () => {
  const TEXT = '今年以来，全市法院执行到位金额3518万元，近600人参加集中培训，全市刑事案件破案率同比上升27.46%。';

  test('3518万元 is 35180000 元, money, exact', () => {
    const q = metric(run(TEXT), '3518万元');
    expect([q.value, q.unit, q.kind, q.approx, q.change]).toEqual([35180000, '元', 'money', 'exact', null]);
    expect(q.subject).toContain('执行到位金额');
  });

  test('近600人 is nearly 600 人', () => {
    const q = metric(run(TEXT), '近600人');
    expect([q.value, q.unit, q.kind, q.approx]).toEqual([600, '人', 'count', 'nearly']);
  });

  test('同比上升27.46% carries the change against its basis', () => {
    const q = metric(run(TEXT), '27.46%');
    expect([q.value, q.unit, q.kind, q.approx]).toEqual([27.46, '%', 'percent', 'exact']);
    expect(q.change).toEqual({ basis: '同比', direction: 'up' });
    expect(q.subject).toContain('破案率');
  });

  test('a fall against the previous year is direction down', () => {
    const ex = run('全区信访总量较去年同期下降12.5%，一次性化解率明显提高。');
    const q = metric(ex, '12.5%');
    expect(q.change?.direction).toBe('down');
  });

  test('tenths: 近三成 is nearly 30 %, with its change; 七成熟 and 八成是 are none', () => {
    const ex = run('全区调解案件同比增加近三成，满意度超过九成。');
    const q = metric(ex, '近三成');
    expect([q.value, q.unit, q.kind, q.approx, q.note]).toEqual([30, '%', 'percent', 'nearly', 'tenths 3/10']);
    expect(q.change).toEqual({ basis: '同比', direction: 'up' });
    expect(metric(ex, '超过九成').subject).toBe('满意度');
    expect(run('牛排七成熟，这事八成是他干的。').metrics).toEqual([]);
  });

  test('dates and hotline numbers are not metrics', () => {
    const ex = run('2023年9月起，市民可拨打12345政务服务便民热线或12348公共法律服务热线反映问题。');
    expect(ex.metrics).toEqual([]);
    expect(mentionTexts(ex, 'metric')).toEqual([]);
  });
});

describe('slogans', () => {
  test('core formulations are found unquoted', () => {
    const ex = run('各地学习推广枫桥经验，持续深化放管服改革，不断提升群众获得感。');
    expect(ex.slogans.map((s) => s.name)).toEqual(expect.arrayContaining(['枫桥经验', '放管服']));
    expect(mentionTexts(ex, 'slogan')).toEqual(['枫桥经验', '放管服']);
  });

  test('a quoted numbered slogan is found; a quoted idiom (“牛鼻子”, “硬骨头”) is not', () => {
    const ex = run('全体干警要牢记“三个务必”，紧紧牵住责任落实这个“牛鼻子”，啃下执行难这块“硬骨头”。');
    expect(ex.slogans.map((s) => s.name)).toEqual(['三个务必']);
    expect(mentionTexts(ex, 'slogan')).toEqual(['三个务必']);
  });

  test('an appositive （即…） right after the quote is the expansion', () => {
    const ex = run('该区构建“1+3+N”（即一个中心、三支队伍、N个网格）基层治理体系，矛盾纠纷就地化解率明显提升。');
    const s = ex.slogans.find((x) => x.name === '1+3+N')!;
    expect(s).toBeDefined();
    expect(s.expansion).toEqual(['一个中心', '三支队伍', 'N个网格']);
    // numbers inside a slogan are not metrics
    expect(ex.metrics).toEqual([]);
  });

  test('a numeric slogan “2135” with its expansion gives no metric', () => {
    const ex = run('该院探索推行“2135”（即两个清单、一套机制、三项制度、五级联动）工作模式，取得良好成效。');
    const s = ex.slogans.find((x) => x.name === '2135')!;
    expect(s).toBeDefined();
    expect(s.expansion).toEqual(['两个清单', '一套机制', '三项制度', '五级联动']);
    expect(ex.metrics).toEqual([]);
  });

  test('an expansion whose last part is joined by 和 lists every part', () => {
    const ex = run('该院推行“三书一函”（即检察建议书、纠正违法通知书、督促履职意见书和工作联系函）制度。');
    const s = ex.slogans.find((x) => x.name === '三书一函')!;
    expect(s).toBeDefined();
    expect(s.expansion).toEqual(['检察建议书', '纠正违法通知书', '督促履职意见书', '工作联系函']);
  });

  test('an appositive after the slogan and its head noun (“四个聚焦”工作法（即…）) is the expansion', () => {
    const ex = run('市司法局推出“四个聚焦”工作法（即聚焦主责主业、聚焦基层治理、聚焦营商环境、聚焦队伍建设），取得明显成效。');
    const s = ex.slogans.find((x) => x.name === '四个聚焦')!;
    expect(s).toBeDefined();
    expect(s.expansion).toEqual(['聚焦主责主业', '聚焦基层治理', '聚焦营商环境', '聚焦队伍建设']);
  });
});

describe('documents', () => {
  test('a title with a year range keeps it; a newspaper is not a document', () => {
    const ex = run('会议传达学习了《法治社会建设实施纲要（2021—2025年）》，《人民日报》《法治日报》对此进行了报道。');
    expect(ex.documents.map((d) => d.title)).toEqual(['法治社会建设实施纲要（2021—2025年）']);
    expect(mentionTexts(ex, 'document')).toEqual(['法治社会建设实施纲要（2021—2025年）']);
    // the year range inside the title is not a metric
    expect(ex.metrics).toEqual([]);
  });

  test('a repeated title is one record with two mentions', () => {
    const ex = run('该局印发《关于加强行政执法协调监督工作体系建设的实施方案》。《关于加强行政执法协调监督工作体系建设的实施方案》明确了三个方面的任务。');
    expect(ex.documents).toHaveLength(1);
    expect(ex.documents[0].title).toBe('关于加强行政执法协调监督工作体系建设的实施方案');
    expect(ex.documents[0].mentions).toHaveLength(2);
  });
});

describe('robustness', () => {
  const EMPTY_LISTS = { mentions: [], persons: [], positions: [], organisations: [], regions: [], metrics: [], slogans: [], documents: [] };

  test.each([
    ['empty', ''],
    ['whitespace', ' \t\n\r\n\u3000 '],
    ['emoji', '👮‍♂️🇨🇳🙂'],
    ['lone high surrogate', '\ud800'],
    ['lone low surrogate then text', '\udc00市司法局'],
    ['surrogate in a name position', '市委书记\ud83d张国华'],
    ['control characters', '\u0000\u0001\u200b\ufeff'],
  ])('%s input does not throw and validates', (_label, text) => {
    expect(() => run(text)).not.toThrow();
  });

  test('empty input gives empty lists', () => {
    expect(run('')).toEqual({ schemaVersion: '1', docId: null, ...EMPTY_LISTS });
  });

  test('docId is carried through', () => {
    expect(run('湖北高院召开会议。', { docId: 'a.txt' }).docId).toBe('a.txt');
  });

  test.each([[123], [null], [undefined], [{ text: '湖北' }], [Buffer.from('湖北')]])('non-string input %p throws InputError', (input) => {
    expect(() => extractor.extract(input as unknown as string)).toThrow(InputError);
  });

  test('an unknown extract option throws OptionsError', () => {
    expect(() => extractor.extract('湖北高院召开会议。', { docid: 'x' } as never)).toThrow(OptionsError);
  });

  test('an unknown extractor option throws OptionsError', () => {
    expect(() => createExtractor({ segmentor: 'nodejieba' } as never)).toThrow(OptionsError);
  });

  test('explain: true adds a reason to every mention; without it there is none', () => {
    const text = '湖北高院党组书记、院长王志强指出，全年执行到位金额3518万元，要深化“放管服”改革。';
    const plain = run(text);
    const explained = run(text, { explain: true });
    expect(explained.mentions.length).toBeGreaterThan(0);
    for (const m of explained.mentions) expect(typeof m.reason).toBe('string');
    for (const m of explained.mentions) expect(m.reason!.length).toBeGreaterThan(0);
    for (const m of plain.mentions) expect(m).not.toHaveProperty('reason');
    // the records themselves are the same
    const strip = (ex: Extraction) => JSON.parse(JSON.stringify(ex, (k, v) => (k === 'reason' ? undefined : v))) as Extraction;
    expect(strip(explained)).toEqual(plain);
  });

  test('explain: true gives every record of every list a reason, and says how each region is known', () => {
    const text =
      '本报讯（记者陈晓东）河南省洛阳市委常委、政法委书记王振华在洛阳市主持会议，部署学习《法治社会建设实施纲要（2020—2025年）》。' +
      '市委书记李建国强调，全年执行到位金额3518万元，要深化“放管服”改革。';
    const ex = run(text, { explain: true });
    const lists = ['mentions', 'persons', 'positions', 'organisations', 'regions', 'metrics', 'slogans', 'documents'] as const;
    for (const list of lists) {
      expect(ex[list].length).toBeGreaterThan(0);
      for (const record of ex[list]) expect(record.reason).toMatch(/^\S+$/);
    }
    const regionReason = (name: string) => ex.regions.find((r) => r.name === name)?.reason;
    expect(regionReason('洛阳市')).toBe('gazetteer-name'); // written alone (洛阳市主持) as well as in 洛阳市委
    expect(regionReason('河南省')).toBe('in-organisation-name');
  });

  test('a region that no word names, implied by a bare organisation (省委 after 洛阳市委), says so', () => {
    const ex = run('洛阳市委召开全会。省委书记李建国讲话。', { explain: true });
    expect(ex.regions.map((r) => [r.name, r.reason])).toEqual([
      ['洛阳市', 'in-organisation-name'],
      ['河南省', 'region-of-organisation'],
    ]);
  });

  test('the same input twice gives identical output', () => {
    const text = '宁波市委常委、政法委书记李明远主持会议。洛阳市近600人参加培训。';
    const a = JSON.stringify(run(text));
    run('湖北高院召开会议。'); // something in between
    const b = JSON.stringify(run(text));
    expect(b).toBe(a);
  });
});
