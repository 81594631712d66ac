/**
 * Issue #6, table-driven: every kind of figure the issue lists, through the whole pipeline
 * (extract()), one row per expression. Each positive row names the figure as written and what it
 * must give; each negative row names words that must not be (part of) a metric. Sentences are
 * written for this test.
 */
import { createExtractor, type Extractor } from '../../src';
import type { Approx, Extraction, MetricKind, MetricRecord } from '../../src/types';

interface Figure {
  /** the sentence */
  in: string;
  /** the figure as written (the mention text) */
  text: string;
  value: number | null;
  unit: string;
  kind: MetricKind;
  approx?: Approx;
  subject?: string | null;
  change?: [string, 'up' | 'down'] | null;
  period?: string | null;
  upper?: number | null;
  note?: string;
}

interface NotFigure {
  in: string;
  /** words in the sentence that no metric may overlap */
  not: string;
}

const FIGURES: Figure[] = [
  // --- Arabic digits: plain, full-width, decimals, thousands separators
  { in: '该所今年共办理法律援助案件1234件。', text: '1234件', value: 1234, unit: '件', kind: 'count', subject: '办理法律援助案件' },
  { in: '全区共登记志愿者１２３４人。', text: '１２３４人', value: 1234, unit: '人', kind: 'count' },
  { in: '该县一审服判息诉率达到93.85%。', text: '93.85%', value: 93.85, unit: '%', kind: 'percent', subject: '一审服判息诉率' },
  { in: '法院判令被告支付货款1,234,567元。', text: '1,234,567元', value: 1234567, unit: '元', kind: 'money' },
  { in: '全省检察机关追赃挽损２．５亿元。', text: '２．５亿元', value: 250000000, unit: '元', kind: 'money' },
  { in: '受政策调整影响，土地出让收入同比增长-3.2%。', text: '-3.2%', value: -3.2, unit: '%', kind: 'percent', subject: '土地出让收入', change: ['同比', 'up'] },
  // --- Chinese numerals
  { in: '此案涉及资金五万八千二百三十六点四七元。', text: '五万八千二百三十六点四七元', value: 58236.47, unit: '元', kind: 'money' },
  { in: '全县新建两千个充电桩。', text: '两千个', value: 2000, unit: '个', kind: 'count', subject: '充电桩' },
  { in: '全镇新增就业岗位一千二百个。', text: '一千二百个', value: 1200, unit: '个', kind: 'count' },
  { in: '该市已建成十二万户智慧门禁。', text: '十二万户', value: 120000, unit: '户', kind: 'count' },
  { in: '景区年接待游客三百五十万人次。', text: '三百五十万人次', value: 3500000, unit: '人次', kind: 'count' },
  // --- qualified and vague Chinese amounts
  { in: '专项行动中劝阻近千起潜在诈骗。', text: '近千起', value: 1000, unit: '起', kind: 'count', approx: 'nearly' },
  { in: '活动当天有上万人次到场咨询。', text: '上万人次', value: 10000, unit: '人次', kind: 'count', approx: 'over' },
  { in: '百余名法官参加了集中轮训。', text: '百余名', value: 100, unit: '名', kind: 'count', approx: 'over' },
  { in: '演练动员数百人参与疏散。', text: '数百人', value: null, unit: '人', kind: 'count', approx: 'about', note: 'vague 数百' },
  { in: '园区入驻企业几十家，产值稳步增长。', text: '几十家', value: null, unit: '家', kind: 'count', approx: 'about', note: 'vague 几十' },
  { in: '周边乡镇有两三百户受益。', text: '两三百户', value: null, unit: '户', kind: 'count', approx: 'about' },
  { in: '暑期共有数千人次参观了法治教育基地。', text: '数千人次', value: null, unit: '人次', kind: 'count', approx: 'about' },
  // --- mixed Arabic and Chinese scales
  { in: '全市共排查风险点3.9万个。', text: '3.9万个', value: 39000, unit: '个', kind: 'count', subject: '排查风险点' },
  { in: '今年发放稳岗补贴1.2亿元。', text: '1.2亿元', value: 120000000, unit: '元', kind: 'money' },
  { in: '平台已服务企业职工6万余人。', text: '6万余人', value: 60000, unit: '人', kind: 'count', approx: 'over' },
  { in: '热线全年分流非紧急求助28万余起。', text: '28万余起', value: 280000, unit: '起', kind: 'count', approx: 'over' },
  { in: '项目合同总额为1亿2000万元。', text: '1亿2000万元', value: 120000000, unit: '元', kind: 'money' },
  { in: '该院清收欠款5000余万元。', text: '5000余万元', value: 50000000, unit: '元', kind: 'money', approx: 'over' },
  { in: '全省网格员超过二十万人。', text: '超过二十万人', value: 200000, unit: '人', kind: 'count', approx: 'over' },
  { in: '去年全市新增市场主体三点五万户。', text: '三点五万户', value: 35000, unit: '户', kind: 'count' },
  // --- money units
  { in: '该企业引进外资3000万美元。', text: '3000万美元', value: 30000000, unit: '美元', kind: 'money' },
  { in: '退还当事人保证金30余万元人民币。', text: '30余万元人民币', value: 300000, unit: '元', kind: 'money', approx: 'over' },
  { in: '法院为农民工追回欠薪约58236.47万元。', text: '约58236.47万元', value: 582364700, unit: '元', kind: 'money', approx: 'about' },
  // --- percent, 个百分点, ‰, 百分之
  { in: '今年上半年全市刑事案件破案率同比上升27.46%。', text: '27.46%', value: 27.46, unit: '%', kind: 'percent', subject: '刑事案件破案率', change: ['同比', 'up'], period: '今年上半年' },
  { in: '群众安全感较上年提高1.2个百分点。', text: '1.2个百分点', value: 1.2, unit: '个百分点', kind: 'percent', subject: '群众安全感', change: ['较上年', 'up'] },
  { in: '交通事故死亡率下降了0.8百分点。', text: '0.8百分点', value: 0.8, unit: '百分点', kind: 'percent' },
  { in: '投诉率控制在千分之三以内。', text: '千分之三以内', value: 3, unit: '‰', kind: 'percent', approx: 'under' },
  { in: '群众满意率超过百分之九十五。', text: '超过百分之九十五', value: 95, unit: '%', kind: 'percent', approx: 'over' },
  { in: '调解成功率保持在98％以上。', text: '98％以上', value: 98, unit: '%', kind: 'percent', approx: 'at_least' },
  // --- measure words
  { in: '各乡镇已组建调解队伍31支。', text: '31支', value: 31, unit: '支', kind: 'count' },
  { in: '全县共有中小学校42所。', text: '42所', value: 42, unit: '所', kind: 'count' },
  { in: '普法宣讲活动共举办120场次。', text: '120场次', value: 120, unit: '场次', kind: 'count' },
  { in: '为困难群众办理实事58项。', text: '58项', value: 58, unit: '项', kind: 'count' },
  { in: '梳理问题线索276条。', text: '276条', value: 276, unit: '条', kind: 'count' },
  { in: '表彰优秀调解员15位。', text: '15位', value: 15, unit: '位', kind: 'count' },
  { in: '走访重点企业83家。', text: '83家', value: 83, unit: '家', kind: 'count' },
  { in: '本月发生盗窃案件19起。', text: '19起', value: 19, unit: '起', kind: 'count' },
  { in: '建成法治文化公园7个。', text: '7个', value: 7, unit: '个', kind: 'count', subject: '法治文化公园' },
  { in: '全年累计接待来访群众4500人次。', text: '4500人次', value: 4500, unit: '人次', kind: 'count', subject: '接待来访群众' },
  { in: '共发放宣传资料2.3万份。', text: '2.3万份', value: 23000, unit: '份', kind: 'count' },
  // --- area, length, duration
  { in: '复垦撂荒地1200亩。', text: '1200亩', value: 1200, unit: '亩', kind: 'area' },
  { in: '新建诉讼服务中心4500平方米。', text: '4500平方米', value: 4500, unit: '平方米', kind: 'area' },
  { in: '保护区面积约23.6平方公里。', text: '约23.6平方公里', value: 23.6, unit: '平方公里', kind: 'area', approx: 'about' },
  { in: '治理水土流失面积800公顷。', text: '800公顷', value: 800, unit: '公顷', kind: 'area' },
  { in: '改造农村公路56公里。', text: '56公里', value: 56, unit: '公里', kind: 'length' },
  { in: '加固堤防3000米。', text: '3000米', value: 3000, unit: '米', kind: 'length' },
  { in: '民警平均出警时间缩短至8分钟。', text: '8分钟', value: 8, unit: '分钟', kind: 'duration' },
  { in: '行政复议案件平均办理时间不到40天。', text: '不到40天', value: 40, unit: '天', kind: 'duration', approx: 'under' },
  { in: '申请材料齐全的在3个工作日内办结。', text: '3个工作日内', value: 3, unit: '个工作日', kind: 'duration', approx: 'under' },
  { in: '工作组在村里驻守了3个多月。', text: '3个多月', value: 3, unit: '个月', kind: 'duration', approx: 'over' },
  { in: '调解员连续工作10个小时。', text: '10个小时', value: 10, unit: '个小时', kind: 'duration' },
  // --- approximations
  { in: '受灾群众约1.5万人已妥善安置。', text: '约1.5万人', value: 15000, unit: '人', kind: 'count', approx: 'about' },
  { in: '协会会员近600人。', text: '近600人', value: 600, unit: '人', kind: 'count', approx: 'nearly', subject: '协会会员' },
  { in: '参训人员将近300名。', text: '将近300名', value: 300, unit: '名', kind: 'count', approx: 'nearly' },
  { in: '整改问题400余条。', text: '400余条', value: 400, unit: '条', kind: 'count', approx: 'over' },
  { in: '收到群众来信200多件。', text: '200多件', value: 200, unit: '件', kind: 'count', approx: 'over' },
  { in: '八成以上的矛盾在村里化解，全市90%以上的村居建立了调解室。', text: '90%以上', value: 90, unit: '%', kind: 'percent', approx: 'at_least', subject: '村居' },
  { in: '未成年人犯罪占比降至5%以下。', text: '5%以下', value: 5, unit: '%', kind: 'percent', approx: 'under' },
  { in: '每场培训控制在50人左右。', text: '50人左右', value: 50, unit: '人', kind: 'count', approx: 'about' },
  { in: '累计挽回损失超过3000万元。', text: '超过3000万元', value: 30000000, unit: '元', kind: 'money', approx: 'over' },
  { in: '留置时间不到24小时。', text: '不到24小时', value: 24, unit: '小时', kind: 'duration', approx: 'under' },
  { in: '该项目逾万人受益。', text: '逾万人', value: 10000, unit: '人', kind: 'count', approx: 'over' },
  { in: '每年培训大约800人次。', text: '大约800人次', value: 800, unit: '人次', kind: 'count', approx: 'about' },
  { in: '结案率不低于95%。', text: '不低于95%', value: 95, unit: '%', kind: 'percent', approx: 'at_least' },
  // --- fractions and ratios
  { in: '约三分之一的纠纷在诉前化解。', text: '约三分之一', value: 1 / 3, unit: 'fraction', kind: 'other', approx: 'about', note: 'fraction 1/3', subject: '纠纷' },
  { in: '四分之一以上的村建立了法律服务室。', text: '四分之一以上', value: 0.25, unit: 'fraction', kind: 'other', approx: 'at_least' },
  { in: '市县两级按1:3的比例配套资金。', text: '1:3', value: 1 / 3, unit: 'ratio', kind: 'other', note: 'ratio 1:3' },
  { in: '专兼职调解员按1比4配备。', text: '1比4', value: 0.25, unit: 'ratio', kind: 'other', note: 'ratio 1:4' },
  // --- ranges
  { in: '对情节严重的处3至5年有期徒刑。', text: '3至5年', value: 3, upper: 5, unit: '年', kind: 'duration', note: 'range 3–5' },
  { in: '降幅预计在10%—15%。', text: '10%—15%', value: 10, upper: 15, unit: '%', kind: 'percent', note: 'range 10–15' },
  { in: '对举报人给予5至10万元奖励。', text: '5至10万元', value: 50000, upper: 100000, unit: '元', kind: 'money' },
  { in: '每个网格配备2-3名网格员。', text: '2-3名', value: 2, upper: 3, unit: '名', kind: 'count' },
  { in: '月均受理1.2万件至1.5万件。', text: '1.2万件至1.5万件', value: 12000, upper: 15000, unit: '件', kind: 'count' },
  { in: '预计工期为8到10个月。', text: '8到10个月', value: 8, upper: 10, unit: '个月', kind: 'duration' },
  // --- subject, change and period
  { in: '2023年以来，全市执行到位金额3518万元。', text: '3518万元', value: 35180000, unit: '元', kind: 'money', subject: '执行到位金额', period: '2023年以来' },
  { in: '今年4月，全市紧急求助警情环比下降12.4%。', text: '12.4%', value: 12.4, unit: '%', kind: 'percent', subject: '紧急求助警情', change: ['环比', 'down'], period: '今年4月' },
  { in: '信访总量较去年同期减少了320件。', text: '320件', value: 320, unit: '件', kind: 'count', subject: '信访总量', change: ['较去年同期', 'down'] },
  { in: '与去年同期相比，电信诈骗立案数下降27.5%。', text: '27.5%', value: 27.5, unit: '%', kind: 'percent', subject: '电信诈骗立案数', change: ['与去年同期相比', 'down'], period: null },
  { in: '全市法院收案数比上年增长6.3%。', text: '6.3%', value: 6.3, unit: '%', kind: 'percent', subject: '法院收案数', change: ['比上年', 'up'] },
  { in: '截至2023年底，全区共有社会组织326家。', text: '326家', value: 326, unit: '家', kind: 'count', subject: '社会组织', period: '截至2023年底' },
  { in: '2023年1月至9月，全市受理行政复议案件860件。', text: '860件', value: 860, unit: '件', kind: 'count', subject: '受理行政复议案件', period: '2023年1月至9月' },
  { in: '2021年至2023年，全县共化解信访积案135件。', text: '135件', value: 135, unit: '件', kind: 'count', period: '2021年至2023年' },
  { in: '近三年来，累计培训人民调解员3000余人次。', text: '3000余人次', value: 3000, unit: '人次', kind: 'count', approx: 'over', period: '近三年来' },
  { in: '全市共受理案件5600件，同比上升5%。', text: '5%', value: 5, unit: '%', kind: 'percent', subject: '受理案件', change: ['同比', 'up'] },
  // a basis with a year between the two figures
  { in: '全市绿化覆盖率达41.2%，较2019年提高2.5个百分点。', text: '2.5个百分点', value: 2.5, unit: '个百分点', kind: 'percent', subject: '绿化覆盖率', change: ['较2019年', 'up'] },
  { in: '“十四五”期间，全省计划投入法治建设资金80亿元。', text: '80亿元', value: 8000000000, unit: '元', kind: 'money', period: '“十四五”期间' },
  { in: '今年一季度，全省查处酒驾违法行为1.2万起。', text: '1.2万起', value: 12000, unit: '起', kind: 'count', subject: '查处酒驾违法行为', period: '今年一季度' },
];

const NOT_FIGURES: NotFigure[] = [
  // dates and times
  { in: '2023年9月，县委召开专题会议。', not: '2023年9月' },
  { in: '7月30日，法院开展集中执行行动。', not: '7月30日' },
  { in: '2024年3月15日上午10时30分，案件公开宣判。', not: '2024年3月15日上午10时30分' },
  { in: '会议定于下午3点召开。', not: '3点' },
  // years and year ranges
  { in: '2023年，全区经济社会平稳发展。', not: '2023年' },
  { in: '制定全市法治建设规划（2021—2025年）。', not: '2021—2025年' },
  { in: '2021年至2023年，该区连续获评平安区。', not: '2021年至2023年' },
  { in: '上世纪90年代末，该村开始发展旅游。', not: '90年代' },
  // ordinals
  { in: '他被派驻该村担任第一书记。', not: '第一' },
  { in: '学习贯彻党的二十届三中全会精神。', not: '二十届' },
  { in: '该院在全省考核中位列第3名。', not: '第3名' },
  // hotlines and codes
  { in: '遇到警情请及时拨打110。', not: '110' },
  { in: '市民可拨打12345政务服务便民热线反映诉求。', not: '12345' },
  { in: '12309检察服务中心全天候接待来访。', not: '12309' },
  { in: '12348公共法律服务热线24小时有人值守。', not: '12348' },
  // numbers inside quoted slogans and names
  { in: '该县推行“1+N”矛盾纠纷调处模式。', not: '1+N' },
  { in: '该局总结推广“135N”工作法。', not: '135N' },
  { in: '全面落实“3个100%”工作要求。', not: '3个100%' },
  { in: '打造“1+5+8”（即1个中心、5支队伍及8项制度）服务体系。', not: '1个中心、5支队伍及8项制度' },
  // section numbers, codes and structure words
  { in: '项目选址在产业园A-3栋。', not: '3栋' },
  { in: '一、提高政治站位', not: '一' },
  { in: '（三）健全工作机制', not: '三' },
  { in: '1.2 完善考核办法', not: '1.2' },
  { in: '依照刑法第二百六十六条的规定处理。', not: '二百六十六条' },
  { in: '全面推行三项制度。', not: '三项' },
  { in: '两级法院联动推进执行工作。', not: '两级' },
  // idioms and time references that look like figures
  { in: '千家万户受益于这项改革。', not: '千家' },
  { in: '5年来，案件数量逐年下降。', not: '5年' },
  { in: '几十年如一日坚守在调解一线。', not: '几十年' },
];

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});

function figureIn(ex: Extraction, text: string): MetricRecord {
  const found = ex.metrics.filter((q) => q.text === text);
  if (found.length !== 1) throw new Error(`expected one metric "${text}", got [${ex.metrics.map((q) => q.text).join(', ')}]`);
  return found[0];
}

describe('issue #6 expressions', () => {
  test('the table has at least 80 expressions', () => {
    expect(FIGURES.length + NOT_FIGURES.length).toBeGreaterThanOrEqual(80);
  });

  test.each(FIGURES.map((f) => [f.in, f.text, f] as const))('%s → %s', (sentence, _text, f) => {
    const ex = extractor.extract(sentence);
    const q = figureIn(ex, f.text);
    expect(sentence.slice(q.start, q.end)).toBe(f.text);
    if (f.value === null) expect(q.value).toBeNull();
    else expect(q.value).toBeCloseTo(f.value, 9);
    expect(q.unit).toBe(f.unit);
    expect(q.kind).toBe(f.kind);
    expect(q.approx).toBe(f.approx ?? 'exact');
    if (f.subject !== undefined) expect(q.subject).toBe(f.subject);
    if (f.change !== undefined) expect(q.change).toEqual(f.change ? { basis: f.change[0], direction: f.change[1] } : null);
    else expect(q.change).toBeNull();
    if (f.period !== undefined) expect(q.period ?? null).toBe(f.period);
    if (f.upper !== undefined) expect(q.upper).toBe(f.upper);
    else expect(q.upper).toBeUndefined();
    if (f.note !== undefined) expect(q.note).toBe(f.note);
    // the mention of the figure refers to its record
    const mention = ex.mentions.find((m) => m.type === 'metric' && m.start === q.start);
    expect(mention?.ref).toBe(q.id);
  });

  test.each(NOT_FIGURES.map((n) => [n.in, n.not] as const))('%s: no metric in %s', (sentence, words) => {
    const ex = extractor.extract(sentence);
    const at = sentence.indexOf(words);
    expect(at).toBeGreaterThanOrEqual(0);
    const overlapping = ex.metrics.filter((q) => q.start < at + words.length && q.end > at);
    expect(overlapping.map((q) => q.text)).toEqual([]);
    expect(ex.mentions.filter((m) => m.type === 'metric' && m.start < at + words.length && m.end > at)).toEqual([]);
  });
});
