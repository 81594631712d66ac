import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Approx, MetricKind } from '../../src/types';
import { DictionaryError } from '../../src/errors';
import { loadUnits, recogniseMetrics, unitsFromJSON, type MetricSpan } from '../../src/recognise/metric';

const UNITS_FILE = join(__dirname, '../../dicts/units.json');
const units = loadUnits(UNITS_FILE);
const rawUnits = (): Record<string, unknown> => JSON.parse(readFileSync(UNITS_FILE, 'utf8')) as Record<string, unknown>;

function metrics(sentence: string): MetricSpan[] {
  return recogniseMetrics(sentence, units);
}

// [sentence, mention as written, value, unit, approx, kind]
type Row = [string, string, number | null, string, Approx, MetricKind];

const POSITIVE: Row[] = [
  // money
  ['全年执行到位金额3518万元，同比增加三成。', '3518万元', 35180000, '元', 'exact', 'money'],
  ['项目总投资约58236.47万元，由市财政统筹。', '约58236.47万元', 582364700, '元', 'about', 'money'],
  ['为群众挽回经济损失1.2亿元。', '1.2亿元', 120000000, '元', 'exact', 'money'],
  ['追缴税款5000余万元，罚没款项另计。', '5000余万元', 50000000, '元', 'over', 'money'],
  ['累计发放补贴3亿多元。', '3亿多元', 300000000, '元', 'over', 'money'],
  ['合同标的额1亿2000万元。', '1亿2000万元', 120000000, '元', 'exact', 'money'],
  ['涉案金额达数十万元，性质恶劣。', '数十万元', null, '元', 'about', 'money'],
  ['引进外资2.5亿美元。', '2.5亿美元', 250000000, '美元', 'exact', 'money'],
  ['判令被告赔偿原告3,500元。', '3,500元', 3500, '元', 'exact', 'money'],
  ['每户补助两千元。', '两千元', 2000, '元', 'exact', 'money'],
  ['退还保证金30余万元人民币。', '30余万元人民币', 300000, '元', 'over', 'money'],
  // percent
  ['全市刑事案件破案率同比上升27.46%。', '27.46%', 27.46, '%', 'exact', 'percent'],
  ['群众满意度达98.5％以上。', '98.5％以上', 98.5, '%', 'at_least', 'percent'],
  ['其中80%以上的纠纷在基层化解。', '80%以上', 80, '%', 'at_least', 'percent'],
  ['结案率为２７．４６％。', '２７．４６％', 27.46, '%', 'exact', 'percent'],
  ['发案率下降了1.5个百分点。', '1.5个百分点', 1.5, '个百分点', 'exact', 'percent'],
  ['实现增长百分之三十以上。', '百分之三十以上', 30, '%', 'at_least', 'percent'],
  ['差错率控制在千分之五以内。', '千分之五以内', 5, '‰', 'under', 'percent'],
  ['调解成功率约95%。', '约95%', 95, '%', 'about', 'percent'],
  ['通过率不足60%。', '不足60%', 60, '%', 'under', 'percent'],
  ['增幅保持在5%左右。', '5%左右', 5, '%', 'about', 'percent'],
  // counts
  ['协会成员人数近600人。', '近600人', 600, '人', 'nearly', 'count'],
  ['共受理各类案件28万余起。', '28万余起', 280000, '起', 'over', 'count'],
  ['全市累计调解矛盾纠纷758起。', '758起', 758, '起', 'exact', 'count'],
  ['要求参训人员5名以上。', '5名以上', 5, '名', 'at_least', 'count'],
  ['共摸排涉诈线索3.9万个。', '3.9万个', 39000, '个', 'exact', 'count'],
  ['成功劝阻近千起电诈案件。', '近千起', 1000, '起', 'nearly', 'count'],
  ['修改完善制度400余条。', '400余条', 400, '条', 'over', 'count'],
  ['参与共建单位20余家。', '20余家', 20, '家', 'over', 'count'],
  ['事项分为6大类，细化为10大类。', '6大类', 6, '大类', 'exact', 'count'],
  ['事项分为6大类，细化为10大类。', '10大类', 10, '大类', 'exact', 'count'],
  ['覆盖沿线5地，共享数据。', '5地', 5, '地', 'exact', 'count'],
  ['清理过期信息34万余条。', '34万余条', 340000, '条', 'over', 'count'],
  ['培训网格员1.6万名。', '1.6万名', 16000, '名', 'exact', 'count'],
  ['走访困难群众100户。', '100户', 100, '户', 'exact', 'count'],
  ['服务群众10万人次。', '10万人次', 100000, '人次', 'exact', 'count'],
  ['共侦破案件二十八万余起。', '二十八万余起', 280000, '起', 'over', 'count'],
  ['吸引两千人参加。', '两千人', 2000, '人', 'exact', 'count'],
  ['近百位专家到场指导。', '近百位', 100, '位', 'nearly', 'count'],
  ['上千人次参与志愿服务。', '上千人次', 1000, '人次', 'over', 'count'],
  ['百余名干警参加培训。', '百余名', 100, '名', 'over', 'count'],
  ['动员数百人参与巡逻。', '数百人', null, '人', 'about', 'count'],
  ['联系企业几十家。', '几十家', null, '家', 'about', 'count'],
  ['惠及群众二十多万人。', '二十多万人', 200000, '人', 'over', 'count'],
  ['今年以来共受理案件1,234件。', '1,234件', 1234, '件', 'exact', 'count'],
  ['接待来访群众超过3000人次。', '超过3000人次', 3000, '人次', 'over', 'count'],
  ['建成20个无诈社区。', '20个', 20, '个', 'exact', 'count'],
  ['新增就业岗位一千二百个。', '一千二百个', 1200, '个', 'exact', 'count'],
  ['办结信访事项逾万件。', '逾万件', 10000, '件', 'over', 'count'],
  ['产值增长2倍。', '2倍', 2, '倍', 'exact', 'other'],
  // area, length, other
  ['流转土地375亩用于种植。', '375亩', 375, '亩', 'exact', 'area'],
  ['新建办公用房12.3万平方米。', '12.3万平方米', 123000, '平方米', 'exact', 'area'],
  ['整治河道42公里。', '42公里', 42, '公里', 'exact', 'length'],
  ['查获毒品约1.5吨。', '约1.5吨', 1.5, '吨', 'about', 'other'],
  // durations
  ['该公司租地3年，拖欠租金。', '3年', 3, '年', 'exact', 'duration'],
  ['案件审理跨越4年。', '4年', 4, '年', 'exact', 'duration'],
  ['每天工作8小时。', '8小时', 8, '小时', 'exact', 'duration'],
  ['接警后2分钟内到达现场。', '2分钟内', 2, '分钟', 'under', 'duration'],
  ['整改期限为30天。', '30天', 30, '天', 'exact', 'duration'],
  ['工作组驻村1个多月。', '1个多月', 1, '个月', 'over', 'duration'],
  ['判处有期徒刑3年以上。', '3年以上', 3, '年', 'at_least', 'duration'],
  ['已有2000多年历史。', '2000多年', 2000, '年', 'over', 'duration'],
  ['在5个工作日内办结。', '5个工作日内', 5, '个工作日', 'under', 'duration'],
  ['期限届满后30日内作出决定。', '30日内', 30, '日', 'under', 'duration'],
  ['判处有期徒刑3年5个月。', '3年', 3, '年', 'exact', 'duration'],
  ['判处有期徒刑3年5个月。', '5个月', 5, '个月', 'exact', 'duration'],
  ['全市已累计接种疫苗450.6万剂次。', '450.6万剂次', 4506000, '剂次', 'exact', 'count'],
  // ranges, ratios, fractions
  ['处3至5年有期徒刑。', '3至5年', 3, '年', 'exact', 'duration'],
  ['处3年至5年有期徒刑。', '3年至5年', 3, '年', 'exact', 'duration'],
  ['降幅在10%—15%之间。', '10%—15%', 10, '%', 'exact', 'percent'],
  ['每人奖励5至10万元。', '5至10万元', 50000, '元', 'exact', 'money'],
  ['每组配备2-3人。', '2-3人', 2, '人', 'exact', 'count'],
  ['按1:3的比例配套资金。', '1:3', 1 / 3, 'ratio', 'exact', 'other'],
  ['师生比为1∶15。', '1∶15', 1 / 15, 'ratio', 'exact', 'other'],
  ['约三分之一的案件在诉前化解。', '约三分之一', 1 / 3, 'fraction', 'about', 'other'],
  ['三分之二以上的村居建立了调解室。', '三分之二以上', 2 / 3, 'fraction', 'at_least', 'other'],
];

describe('recogniseMetrics: metrics', () => {
  test.each(POSITIVE)('%s → %s', (sentence, text, value, unit, approx, kind) => {
    const spans = metrics(sentence);
    const span = spans.find((s) => s.text === text);
    expect(span).toBeDefined();
    const s = span!;
    expect(sentence.slice(s.start, s.end)).toBe(text);
    if (value === null) expect(s.value).toBeNull();
    else expect(s.value).toBeCloseTo(value, 10);
    expect(s.unit).toBe(unit);
    expect(s.approx).toBe(approx);
    expect(s.kind).toBe(kind);
    expect(s.reason).toMatch(/\S/);
  });

  test('ranges carry the bounds in a note', () => {
    expect(metrics('处3至5年有期徒刑。')[0].note).toBe('range 3–5');
    expect(metrics('每人奖励5至10万元。')[0].note).toBe('range 50000–100000');
    expect(metrics('降幅在10%—15%之间。')[0].note).toBe('range 10–15');
  });

  test('vague amounts say so in a note', () => {
    expect(metrics('动员数百人参与巡逻。')[0].note).toBe('vague 数百');
  });

  test('reasons name the rule', () => {
    expect(metrics('培训网格员1.6万名。')[0].reason).toBe('number+unit');
    expect(metrics('吸引两千人参加。')[0].reason).toBe('chinese-numeral+measure-word');
    expect(metrics('按1:3的比例配套资金。')[0].reason).toBe('ratio');
    expect(metrics('实现增长百分之三十以上。')[0].reason).toBe('percent-fraction');
  });

  test('several metrics in one sentence, in order and not overlapping', () => {
    const sentence = '2023年，全市法院受理案件12.3万件，审结11.8万件，结案率95.9%，同比提高2.1个百分点。';
    const spans = metrics(sentence);
    expect(spans.map((s) => s.text)).toEqual(['12.3万件', '11.8万件', '95.9%', '2.1个百分点']);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });
});

// [sentence, the words that must not be (part of) a metric]
const NEGATIVE: Array<[string, string]> = [
  ['2023年9月，市委召开全会。', '2023年9月'],
  ['7月30日，检察院举行开放日。', '7月30日'],
  ['2023年5月以来，专项行动持续推进。', '2023年5月'],
  ['2023年，全市经济平稳运行。', '2023年'],
  ['贯彻法治政府建设实施纲要（2021—2025年）。', '2021—2025年'],
  ['今年4月，省高院发布典型案例。', '今年4月'],
  ['下午3时，会议结束。', '3时'],
  ['他是第一书记。', '第一'],
  ['获评全省第3名。', '第3名'],
  ['学习贯彻党的二十届三中全会精神。', '二十届'],
  ['第二十届全国人大代表。', '第二十届'],
  ['遇到困难请拨打110报警。', '110'],
  ['群众可拨打12345政务服务便民热线。', '12345'],
  ['12309检察服务热线全天开通。', '12309'],
  ['110接处警工作规范有序。', '110'],
  ['一、总体要求', '一'],
  ['（二）强化监督', '二'],
  ['全面推行三项制度。', '三项'],
  ['两级法院共同推进。', '两级'],
  ['开展“五个一”活动。', '五个一'],
  ['一名检察官主动上门。', '一名'],
  ['建设5G基站。', '5G'],
  ['推出政务App和e站。', 'App'],
  ['咨询电话0471-6661234。', '0471-6661234'],
  ['拨打13800138000联系。', '13800138000'],
  ['千家万户受益。', '千家'],
  ['人口普查涉及千万家庭。', '千万家'],
  ['建党100周年之际。', '100周年'],
  ['上世纪80年代以来。', '80年代'],
  ['2023年度工作报告。', '2023年度'],
  ['近3年来，全市法院坚持司法为民。', '近3年'],
  ['5年来，案件数量逐年上升。', '5年'],
  ['前10个月，税收收入增长。', '10个月'],
  ['今年1至6月，社会大局稳定。', '1至6月'],
  ['上午9:30准时开庭。', '9:30'],
  ['按1:2:3的比例分配。', '1:2:3'],
  ['10:30:15发布预警。', '10:30:15'],
  ['几十年如一日扎根基层。', '几十年'],
  ['十多个部门参与。', '十多个'],
  ['G20峰会期间。', '20'],
  ['H7N9疫情防控。', '7'],
  ['国办发〔2023〕3号文件。', '3号'],
  ['本办法自2024年5月1日起施行。', '1日'],
  ['7月30日以来，汛情平稳。', '30日'],
  ['连续三年获评优秀。', '三年'],
  ['依照刑法第二百六十六条之规定。', '二百六十六条'],
  ['千方百计稳就业，百姓安居乐业。', '千方'],
  ['数以万计的群众受益。', '万计'],
  ['三分之一', 'NOT-IN-SENTENCE'],
];

describe('recogniseMetrics: not metrics', () => {
  test.each(NEGATIVE.filter(([, w]) => w !== 'NOT-IN-SENTENCE'))('%s: no metric in %s', (sentence, words) => {
    const at = sentence.indexOf(words);
    expect(at).toBeGreaterThanOrEqual(0);
    const overlapping = metrics(sentence).filter((s) => s.start < at + words.length && s.end > at);
    expect(overlapping).toEqual([]);
  });

  test('a sentence full of non-metrics gives nothing', () => {
    const sentence = '2023年9月12日上午10时，第二十届全国人大代表、12345热线负责人在三项制度推进会上说，“五个一”工程纳入二十届规划，详询0471-6661234。';
    expect(metrics(sentence)).toEqual([]);
  });

  test('ranges the caller excludes (quoted slogans, 《》 titles)', () => {
    const sentence = '推行“3个100%”工作法，服务群众3000人次。';
    const open = sentence.indexOf('“');
    const close = sentence.indexOf('”') + 1;
    const spans = recogniseMetrics(sentence, units, { exclude: [[open, close]] });
    expect(spans.map((s) => s.text)).toEqual(['3000人次']);
    expect(recogniseMetrics(sentence, units).map((s) => s.text)).toContain('100%');
  });

  test('excluded ranges in any order, overlapping or touching, and invalid ones ignored', () => {
    const sentence = '甲3000人，乙200万元，丙27.46%，丁5000件。';
    const at = (s: string): [number, number] => [sentence.indexOf(s), sentence.indexOf(s) + s.length];
    const all = recogniseMetrics(sentence, units).map((s) => s.text);
    expect(all).toEqual(['3000人', '200万元', '27.46%', '5000件']);
    const [a, b] = at('200万元');
    const [c, d] = at('5000件');
    const bad = [[NaN, 3], [5, 2], [Infinity, Infinity]] as unknown as [number, number][];
    const orders: [number, number][][] = [
      [[c, d], [a, b]],
      [[a, a + 2], [a + 1, b], [c, c + 1]],
      [[a, a + 1], [a + 1, a + 2], [c + 3, d], ...bad],
      [...bad, [c, d], [a, b], [a, b]],
    ];
    for (const exclude of orders)
      expect(recogniseMetrics(sentence, units, { exclude }).map((s) => s.text)).toEqual(['3000人', '27.46%']);
    expect(recogniseMetrics(sentence, units, { exclude: bad }).map((s) => s.text)).toEqual(all);
  });
});

// [sentence, mention, subject, change basis + direction or null, period]
const CONTEXT: Array<[string, string, string | null, [string, 'up' | 'down'] | null, string | null]> = [
  ['全年执行到位金额3518万元。', '3518万元', '执行到位金额', null, '全年'],
  ['全市破案率同比上升27.46%。', '27.46%', '破案率', ['同比', 'up'], null],
  ['全市刑事案件破案率同比上升27.46%。', '27.46%', '刑事案件破案率', ['同比', 'up'], null],
  ['其中成员人数近600人。', '近600人', '成员人数', null, null],
  ['2023年以来，全市共调解矛盾纠纷758起。', '758起', '调解矛盾纠纷', null, '2023年以来'],
  ['今年以来共受理案件1,234件。', '1,234件', '受理案件', null, '今年以来'],
  ['建立无诈社区20个。', '20个', '无诈社区', null, null],
  // a modal before the verb is no part of the subject (可达, 将达)
  ['预计全年产值可达5亿元。', '5亿元', '产值', null, '全年'],
  ['今年粮食总产量将达120万吨。', '120万吨', '粮食总产量', null, '今年'],
  ['建成20个无诈社区，覆盖全区。', '20个', '无诈社区', null, null],
  ['今年4月，全市紧急求助警情环比下降12.4%。', '12.4%', '紧急求助警情', ['环比', 'down'], '今年4月'],
  ['2023年5月以来，共有党员500余名。', '500余名', '党员', null, '2023年5月以来'],
  ['去年底，全区登记社会组织326家。', '326家', '登记社会组织', null, '去年底'],
  ['信访总量较去年同期下降15.2%。', '15.2%', '信访总量', ['较去年同期', 'down'], null],
  ['一审服判息诉率比上年提高了3.2个百分点。', '3.2个百分点', '一审服判息诉率', ['比上年', 'up'], null],
  ['收案数较2022年增长8%。', '8%', '收案数', ['较2022年', 'up'], null],
  ['12345热线受理群众诉求3.2万件。', '3.2万件', '热线受理群众诉求', null, null],
  // a digit glued to a Latin letter is part of the subject's term
  ['全省累计建成5G基站8.6万个。', '8.6万个', '5G基站', null, null],
  ['全省新增4K超高清频道3个。', '3个', '新增4K超高清频道', null, null],
  // 净增 is the direction, not part of the basis
  ['登记企业较上年末净增1.3万户。', '1.3万户', '登记企业', ['较上年末', 'up'], null],
  ['全市法院的结案率达98.5%。', '98.5%', '结案率', null, null],
  ['开展3次培训。', '3次', '培训', null, null],
  ['提起公诉2,348人，同比分别上升12.3%和8.7%。', '8.7%', null, ['同比', 'up'], null],
  ['一季度查处超速违法行为1.2万起。', '1.2万起', '查处超速违法行为', null, '一季度'],
  ['市公安局交警支队在全市设置测速点位48处。', '48处', '设置测速点位', null, null],
  // not after a preposition inside a word (从|事): 从事 is kept
  ['镇人民调解委员会主任赵国平已从事调解工作20年。', '20年', '从事调解工作', null, null],
  ['全县辖12个乡镇、230个行政村。', '12个', '乡镇', null, null],
  // a change with no subject of its own is that of the figure before it
  ['平均审理周期缩短至28天，较去年缩短6天。', '6天', '平均审理周期', ['较去年', 'down'], null],
  // so is a bare rise or fall, with no basis written (no change is set)
  ['农民人均纯收入达到2.4万元，增长7.2%。', '7.2%', '农民人均纯收入', null, null],
  ['税收收入完成312亿元，下降3.5%，主要受减税影响。', '3.5%', '税收收入', null, null],
  // 同口径 (like for like) is a basis, not what is measured
  ['全县财政收入完成45.6亿元，同口径增长6.1%。', '6.1%', '财政收入', ['同口径', 'up'], null],
  // 缩小 (narrow) is a fall: not part of what is measured
  ['城乡收入差距比上年缩小0.05个百分点。', '0.05个百分点', '城乡收入差距', ['比上年', 'down'], null],
  ['城乡居民收入比缩小至1.61:1。', '1.61:1', '城乡居民收入比', null, null],
];

describe('recogniseMetrics: subject, change and period', () => {
  test.each(CONTEXT)('%s → %s', (sentence, text, subject, change, period) => {
    const span = metrics(sentence).find((s) => s.text === text);
    expect(span).toBeDefined();
    expect(span!.subject).toBe(subject);
    expect(span!.change).toEqual(change ? { basis: change[0], direction: change[1] } : null);
    expect(span!.period).toBe(period);
  });

  test('subjects stay short', () => {
    const spans = metrics('为进一步加强和改进新时代基层社会治理工作体系建设投入资金3000万元。');
    expect(spans).toHaveLength(1);
    expect(spans[0].subject === null || spans[0].subject.length <= 12).toBe(true);
  });

  test('a change word without a basis sets no change', () => {
    const span = metrics('破案率上升27.46%。')[0];
    expect(span.change).toBeNull();
    expect(span.subject).toBe('破案率');
  });
});

describe('recogniseMetrics: issue #6 rules', () => {
  test('内 paired with 外 is no limit: 8小时内外 is 8 hours, exact', () => {
    for (const sentence of ['加强民警8小时内外监督。', '党员干部8小时内、外的言行。']) {
      const [span] = metrics(sentence);
      expect([span.text, span.value, span.unit, span.approx]).toEqual(['8小时', 8, '小时', 'exact']);
    }
    expect(metrics('接警后5分钟内到场。')[0].approx).toBe('under');
  });

  test('an appositive that spells out an excluded numbered name is excluded too', () => {
    const sentence = '建立“1+5+7”（即1个调度平台、5家成员单位及7项联动机制）工作体系，化解纠纷300件。';
    const open = sentence.indexOf('“') + 1;
    const close = sentence.indexOf('”');
    const spans = recogniseMetrics(sentence, units, { exclude: [[open, close]] });
    expect(spans.map((s) => s.text)).toEqual(['300件']);
    // with a head noun between the quote and the parenthesis
    const withHead = '推行“3+2”模式（即3个中心、2支队伍），服务群众500人次。';
    const o = withHead.indexOf('“') + 1;
    expect(recogniseMetrics(withHead, units, { exclude: [[o, withHead.indexOf('”')]] }).map((s) => s.text)).toEqual(['500人次']);
  });

  test('a parenthesis after a name without a numeral, or without an enumeration, is measured', () => {
    const sentence = '开展“护苗行动”（共开展宣讲30场、覆盖学生1万人），效果明显。';
    const open = sentence.indexOf('“') + 1;
    const spans = recogniseMetrics(sentence, units, { exclude: [[open, sentence.indexOf('”')]] });
    expect(spans.map((s) => s.text)).toEqual(['30场', '1万人']);
    const single = '落实“3+1”机制（本年度投入200万元）。';
    const o = single.indexOf('“') + 1;
    expect(recogniseMetrics(single, units, { exclude: [[o, single.indexOf('”')]] }).map((s) => s.text)).toEqual(['200万元']);
  });

  test('1比3 is a ratio; 9:30 alone is a clock time; 2023年比2022年 is no ratio', () => {
    expect(metrics('按1比3配备力量。').map((s) => [s.text, s.unit, s.note])).toEqual([['1比3', 'ratio', 'ratio 1:3']]);
    expect(metrics('上午9:30开庭。')).toEqual([]);
    expect(metrics('2023年比2022年增长5%。').map((s) => s.text)).toEqual(['5%']);
  });

  test('a range has its upper bound in the base unit; other figures have none', () => {
    const [range] = metrics('每人奖励5至10万元。');
    expect([range.value, range.upper]).toEqual([50000, 100000]);
    const [plain] = metrics('奖励10万元。');
    expect(plain.upper).toBeUndefined();
  });

  test('a change basis in the clause before: 与去年同期相比，…', () => {
    const [span] = metrics('与去年同期相比，全市刑事案件下降21.3%。');
    expect(span.change).toEqual({ basis: '与去年同期相比', direction: 'down' });
    expect(span.period).toBeNull(); // 去年 inside the basis is no period
    expect(metrics('与2022年相比，收案数增长8%。')[0].change).toEqual({ basis: '与2022年相比', direction: 'up' });
    // a clause that is not only a basis sets none
    expect(metrics('会议强调工作要求，收案数增长8%。')[0].change).toBeNull();
  });

  test('多 / 少 after a basis are directions: 比去年多500件', () => {
    expect(metrics('收案数比去年多500件。')[0].change).toEqual({ basis: '比去年', direction: 'up' });
    expect(metrics('事故数较上年少12起。')[0].change).toEqual({ basis: '较上年', direction: 'down' });
  });

  test('a subject that ends with a conjunction names the figure before: the noun after is taken', () => {
    const spans = metrics('全市有215名律师和96名法律工作者。');
    expect(spans.map((s) => s.subject)).toEqual(['律师', '法律工作者']);
  });

  test('the noun after 的 is cut at a word boundary when the caller gives them', () => {
    const sentence = '三分之一的案件调解结案。';
    expect(metrics(sentence)[0].subject).toBe('案件调解'); // at most 4 characters without boundaries
    const words = new Set([0, 4, 5, 7, 9, 11, 12]); // 三分之一|的|案件|调解|结案|。
    const [span] = recogniseMetrics(sentence, units, { isWordBoundary: (pos) => words.has(pos) });
    expect(span.subject).toBe('案件');
  });

  test.each([
    ['2021年至2023年，共办理案件300件。', '2021年至2023年'],
    ['2021—2023年间，新增企业1200家。', '2021—2023年间'],
    ['2023年1月至9月，受理案件5600件。', '2023年1月至9月'],
    ['2022年1月至2023年6月，查处违法行为300起。', '2022年1月至2023年6月'],
    ['3月1日至15日，查处违法行为300起。', '3月1日至15日'],
    ['2022年全年，新增就业岗位1.2万个。', '2022年全年'],
    ['过去一年，受理案件5600件。', '过去一年'],
    ['近三个月，查处违法行为300起。', '近三个月'],
    ['“十三五”期间，投入资金80亿元。', '“十三五”期间'],
    ['十四五时期，计划投资1000亿元。', '十四五时期'],
  ])('period: %s → %s', (sentence, period) => {
    const spans = metrics(sentence);
    expect(spans).toHaveLength(1);
    expect(spans[0].period).toBe(period);
  });

  test('a five-year plan without 期间 / 时期 is no period', () => {
    expect(metrics('十四五规划投资1000亿元。')[0].period).toBeNull();
  });
});

describe('recogniseMetrics: adverbs of time or manner between subject and figure', () => {
  test.each([
    ['全省粮食产量再次突破700亿斤。', '粮食产量'],
    ['出口额一举超过500亿美元。', '出口额'],
    ['全市GDP首次突破万亿元大关。', 'GDP'],
  ])('%s: subject %s', (sentence, subject) => {
    expect(metrics(sentence)[0].subject).toBe(subject);
  });
});

describe('recogniseMetrics: a lead verb with its aspect particle before the subject', () => {
  test.each([
    ['合作社今年新建了温室80座。', '温室'],
    ['该县去年建成了标准化厂房12栋。', '标准化厂房'],
    ['全区举办过培训班30期。', '培训班'],
    // 了 and not 了解: the particle goes, the street's name stays whole
    ['新建了解放路停车泊位300个。', '解放路停车泊位'],
  ])('%s: subject %s', (sentence, subject) => {
    expect(metrics(sentence)[0].subject).toBe(subject);
  });
});

describe('recogniseMetrics: rates and measures of the environment, prices and traffic', () => {
  test.each([
    ['全区细颗粒物年均浓度为31微克/立方米。', '31微克/立方米', 31, '微克/立方米', 'other', '细颗粒物年均浓度'],
    ['新房成交均价2.1万元/平方米。', '2.1万元/平方米', 21000, '元/平方米', 'money', '新房成交均价'],
    ['玉米收购价格为2.6元/公斤。', '2.6元/公斤', 2.6, '元/公斤', 'money', '玉米收购价格'],
    ['港口集装箱吞吐量完成1260万标准箱。', '1260万标准箱', 12600000, '标准箱', 'other', '港口集装箱吞吐量'],
  ])('%s', (sentence, text, value, unit, kind, subject) => {
    const m = metrics(sentence)[0];
    expect([m.text, m.value, m.unit, m.kind, m.subject]).toEqual([text, value, unit, kind, subject]);
  });
});

describe('recogniseMetrics: the verb before the figure is not part of the subject', () => {
  test.each([
    // a one-character direction with a filler (降至, 增至, 降到)
    ['全县贫困发生率降至0.8%。', '贫困发生率'],
    ['受理案件数增至1500件。', '受理案件数'],
    ['城市污水处理率升到97%。', '城市污水处理率'],
    // 完成, 实现 between the subject and the figure; 改建, 改造 before it
    ['税收收入完成86.4亿元。', '税收收入'],
    ['改造燃气管网320公里。', '燃气管网'],
    // a verb that holds a figure at a level (控制在, 保持在, 稳定在)
    ['全市空气优良天数比例保持在90%以上。', '空气优良天数比例'],
    ['居民消费价格涨幅控制在3%左右。', '居民消费价格涨幅'],
    ['粮食播种面积稳定在120万亩。', '粮食播种面积'],
  ])('%s: subject %s', (sentence, subject) => {
    expect(metrics(sentence)[0].subject).toBe(subject);
  });
});

describe('recogniseMetrics: what a cause brought about, not the cause, is measured (造成, 导致, 致使)', () => {
  test.each([
    // the noun after the effect verb, or the count's own noun after the figure
    ['台风造成直接经济损失3.2亿元。', '直接经济损失'],
    ['暴雨导致农作物绝收面积1.6万亩。', '农作物绝收面积'],
    ['洪水共造成全县2.3万人受灾。', '受灾'],
  ])('%s: subject %s', (sentence, subject) => {
    expect(metrics(sentence)[0].subject).toBe(subject);
  });
});

describe('recogniseMetrics: digits right after a unit with no unit of their own (9秒97, 1米85) make no figure', () => {
  test('the spoken decimals would give a wrong value: none is read', () => {
    expect(metrics('他以9秒97的成绩夺冠。')).toEqual([]);
    expect(metrics('运动员身高1米85。')).toEqual([]);
  });

  test('a second figure with its own unit after the first: both are read', () => {
    expect(metrics('历时3小时20分钟完成救援。').map((m) => m.text)).toEqual(['3小时', '20分钟']);
    expect(metrics('全长12公里300米。').map((m) => m.text)).toEqual(['12公里', '300米']);
  });
});

describe('recogniseMetrics: a penalty imposed (处以) is no subject: who it was imposed on is not what is measured', () => {
  test.each([
    ['对违法企业处以5万元至10万元罚款。', null],
    ['对该公司处以50万元罚款。', null],
    // a subject after 处以 is kept
    ['依法对其处以罚款2万元。', '罚款'],
  ])('%s: subject %s', (sentence, subject) => {
    expect(metrics(sentence)[0].subject).toBe(subject);
  });
});

describe('recogniseMetrics: tenths (六成 = 60 %)', () => {
  test.each([
    ['群众满意度达九成。', '九成', 90, 'exact', '群众满意度'],
    ['诉前调解成功率超过六成。', '超过六成', 60, 'over', '诉前调解成功率'],
    ['七成以上的案件在一审息诉。', '七成以上', 70, 'at_least', '案件'],
    ['线索来源中近四成来自群众举报。', '近四成', 40, 'nearly', null],
    ['受访企业中有六成多的企业表示满意。', '六成多', 60, 'over', null],
    ['八成五的受访者认为服务有改进。', '八成五', 85, 'exact', null],
    ['结案率提高了两成左右。', '两成左右', 20, 'about', null],
  ] as const)('%s → %s', (sentence, text, value, approx, subject) => {
    const found = metrics(sentence);
    expect(found).toHaveLength(1);
    const m = found[0];
    expect([m.text, m.value, m.unit, m.kind, m.approx]).toEqual([text, value, '%', 'percent', approx]);
    expect(m.note).toBe(`tenths ${value / 10}/10`);
    if (subject !== null) expect(m.subject).toBe(subject);
  });

  test.each([
    ['这事八成是他干的。'],
    ['村民三五成群地聊天。'],
    ['工作方法不能一成不变。'],
    ['牛排七成熟最好。'],
    ['他们三成功完成任务。'],
  ])('%s: no tenths', (sentence) => {
    expect(metrics(sentence)).toEqual([]);
  });

  test('the marker in a word of the segmentation is none (七|成熟 cut by jieba)', () => {
    const sentence = '牛排要七成熟。';
    // the boundaries jieba gives: 牛排|要|七|成熟|。
    const bounds = new Set([0, 2, 3, 4, 6, 7]);
    expect(recogniseMetrics(sentence, units, { isWordBoundary: (p) => bounds.has(p) })).toEqual([]);
  });
});

describe('recogniseMetrics: any string', () => {
  test.each([
    [''],
    ['😀😀 12%'],
    ['\ud800\udfff\ud800 3人 \udc00'],
    ['数数数数'],
    ['万万万万万万'],
    ['1:2:3'],
    ['约'],
    ['第'],
  ])('does not throw on %j', (text) => {
    const spans = recogniseMetrics(text, units);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('100 kB of digits', () => {
    const text = '1'.repeat(100_000) + '元';
    expect(recogniseMetrics(text, units)).toEqual([]);
  });

  test('random strings: never throws, offsets always hold', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789０１２３.,%％:：-—至到约近余多万亿千百十零一二两三四五六七八九数几分之第年月日个人元件起名以上下内左右同比上升下降，。、“”《》 aG\ud800'.split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const spans = recogniseMetrics(text, units);
        let last = 0;
        for (const s of spans) {
          if (text.slice(s.start, s.end) !== s.text || s.start < last || s.end <= s.start) return false;
          last = s.end;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  test('random UTF-16 (lone surrogates included): never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }), (codes) => {
        const text = String.fromCharCode(...codes);
        return recogniseMetrics(text, units).every((s) => text.slice(s.start, s.end) === s.text);
      }),
      { numRuns: 1000 },
    );
  });

  test('linear: ten times the text takes about ten times as long', () => {
    const unit = '2023年以来，全市法院共受理案件12.3万件，同比上升5.2%，近千起纠纷在诉前化解，拨打12345热线。';
    const time = (n: number) => {
      const text = unit.repeat(n);
      const t0 = process.hrtime.bigint();
      const spans = recogniseMetrics(text, units);
      const t1 = process.hrtime.bigint();
      expect(spans.length).toBe(3 * n);
      return Number(t1 - t0);
    };
    time(200); // warm up
    const small = Math.max(time(500), 1);
    const large = time(5000);
    expect(large / small).toBeLessThan(40);
  });
});

describe('units.json', () => {
  test('loads, with the units it promises', () => {
    for (const u of ['元', '%', '人', '名', '件', '起', '个', '家', '项', '条', '亩', '人次', '大类', '户', '份', '支', '所', '场', '场次', '小时', '分钟', '天', '年', '地', '公里', '平方米', '个百分点'])
      expect(units.units.has(u)).toBe(true);
  });

  test('a factor and base from the lexicon convert the value', () => {
    const data = rawUnits();
    (data.units as unknown[]).push({ unit: '斤肉', kind: 'other', factor: 0.5, base: '公斤' });
    const custom = unitsFromJSON(data);
    const [span] = recogniseMetrics('发放5000斤肉。', custom);
    expect(span.value).toBe(2500);
    expect(span.unit).toBe('公斤');
  });

  const dir = mkdtempSync(join(tmpdir(), 'guanzhi-units-'));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  test('bad JSON: DictionaryError with file and line', () => {
    const text = readFileSync(UNITS_FILE, 'utf8').replace('"unit": "亩", "kind": "area" }', '"unit": "亩", "kind": "area", }');
    const file = write('bad-json.json', text);
    const line = text.slice(0, text.indexOf('"亩"')).split('\n').length;
    expect(() => loadUnits(file)).toThrow(DictionaryError);
    try {
      loadUnits(file);
    } catch (e) {
      expect((e as DictionaryError).file).toBe(file);
      expect((e as DictionaryError).line).toBe(line);
    }
  });

  test('a unit with a bad kind: DictionaryError on its line', () => {
    const text = readFileSync(UNITS_FILE, 'utf8').replace('{ "unit": "亩", "kind": "area" }', '{ "unit": "亩", "kind": "acreage" }');
    const file = write('bad-kind.json', text);
    const line = text.slice(0, text.indexOf('"acreage"')).split('\n').length;
    try {
      loadUnits(file);
      throw new Error('expected a DictionaryError');
    } catch (e) {
      expect(e).toBeInstanceOf(DictionaryError);
      expect((e as DictionaryError).line).toBe(line);
      expect((e as Error).message).toMatch(/units\.schema\.json/);
    }
  });

  test('a unit listed twice: DictionaryError', () => {
    const text = readFileSync(UNITS_FILE, 'utf8').replace('{ "unit": "亩", "kind": "area" }', '{ "unit": "亩", "kind": "area" },\n    { "unit": "亩", "kind": "area" }');
    const file = write('duplicate.json', text);
    expect(() => loadUnits(file)).toThrow(/listed twice/);
  });

  test('a missing file and bad data: DictionaryError', () => {
    expect(() => loadUnits(join(dir, 'nope.json'))).toThrow(DictionaryError);
    expect(() => unitsFromJSON({ units: [] })).toThrow(DictionaryError);
    expect(() => unitsFromJSON(null)).toThrow(DictionaryError);
    try {
      unitsFromJSON({ units: 'x' }, 'inline');
    } catch (e) {
      expect((e as DictionaryError).file).toBe('inline');
      expect((e as DictionaryError).line).toBeNull();
    }
  });
});
