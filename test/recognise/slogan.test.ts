/**
 * Slogans (RECORDS.md section 2): the lexicon, quoted terms, recurrences, expansions, categories,
 * and the frequency table. Every sentence is written for these tests; the places, campaigns and
 * brand names in them are invented.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createExtractor, DictionaryError, OptionsError, sloganCounts, toCsv, validateExtraction, type Extraction, type Extractor,
} from '../../src';
import { compileSlogans, SLOGAN_CATEGORIES } from '../../src/resources/lexicons';
import { parseLines, readLineDictionary } from '../../src/resources/read';
import { expectedParts, expansionAfter } from '../../src/recognise/slogan/expansion';

let extractor: Extractor;
let everyEntry: Extractor;
beforeAll(() => {
  extractor = createExtractor();
  everyEntry = createExtractor({ sloganLexicon: 'all' });
});

function run(text: string, ex: Extractor = extractor): Extraction {
  const out = ex.extract(text, { explain: true });
  expect(validateExtraction(out).errors).toEqual([]);
  for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return out;
}
const names = (ex: Extraction) => ex.slogans.map((s) => s.name);
const slogan = (ex: Extraction, name: string) => ex.slogans.find((s) => s.name === name);
const sloganMentions = (ex: Extraction) => ex.mentions.filter((m) => m.type === 'slogan').map((m) => m.text);

describe('the lexicon (dicts/slogans.tsv)', () => {
  const file = join(__dirname, '..', '..', 'dicts', 'slogans.tsv');
  const lexicon = compileSlogans(readLineDictionary(file), file);

  test('is large, every entry has a known category, and the core formulations count anywhere', () => {
    expect(lexicon.size).toBeGreaterThanOrEqual(400);
    for (const e of lexicon.values()) expect(SLOGAN_CATEGORIES).toContain(e.category);
    const anywhere = [...lexicon.values()].filter((e) => e.scope === 'anywhere').map((e) => e.name);
    expect(anywhere).toEqual(expect.arrayContaining(['四个意识', '两个维护', '放管服', '枫桥经验', '最多跑一次', '一网通办', '双随机、一公开']));
    // standing formulations beyond the core list are there, but count only when quoted
    for (const name of ['三项制度', '八五普法', '四个全面', '五位一体', '三个代表', '扫黑除恶', '河长制', '接诉即办', '国之大者', '晋江经验', '大食物观'])
      expect(lexicon.get(name)?.scope).toBe('quoted');
  });

  test('numbered formulations carry their official parts', () => {
    expect(lexicon.get('四个意识')!.expansion).toEqual(['政治意识', '大局意识', '核心意识', '看齐意识']);
    expect(lexicon.get('四个全面')!.expansion).toHaveLength(4);
    expect(lexicon.get('五位一体')!.expansion).toEqual(['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设']);
    expect(lexicon.get('科学立法、严格执法、公正司法、全民守法')!.expansion).toEqual(['科学立法', '严格执法', '公正司法', '全民守法']);
    // a part that itself contains 、 stays whole: two parts, as the official text has
    expect(lexicon.get('两个维护')!.expansion).toEqual(['坚决维护习近平总书记党中央的核心、全党的核心地位', '坚决维护党中央权威和集中统一领导']);
    expect(lexicon.get('两个确立')!.expansion).toHaveLength(2);
  });

  test.each([
    ['an unknown category', '幸福小区\tharmony\tquoted', /category must be one of/],
    ['a bad scope', '幸福小区\tgovernance\teverywhere', /scope must be anywhere or quoted/],
    ['a name listed twice', '幸福小区\tgovernance\tquoted\n幸福小区\tgovernance\tanywhere', /listed twice/],
    ['an empty expansion part', '两个清单\tmechanism\tquoted\t权力清单||责任清单', /empty part/],
  ])('rejects %s with the file and line', (_label, text, message) => {
    let error: unknown;
    try {
      compileSlogans(parseLines(`# comment\n${text}`), 'my-slogans.tsv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DictionaryError);
    expect((error as DictionaryError).file).toBe('my-slogans.tsv');
    expect((error as DictionaryError).line).toBeGreaterThanOrEqual(2);
    expect((error as Error).message).toMatch(message);
  });
});

describe('lexicon formulations in the text', () => {
  test('a core formulation is a slogan unquoted, with its category and official parts', () => {
    const ex = run('全区持续深化放管服改革，推广枫桥经验。');
    expect(names(ex)).toEqual(['放管服', '枫桥经验']);
    expect(slogan(ex, '放管服')).toMatchObject({ category: 'reform', expansion: ['简政放权', '放管结合', '优化服务'] });
    expect(slogan(ex, '枫桥经验')!.category).toBe('governance');
  });

  test('another formulation counts only quoted (and then where it recurs); sloganLexicon all counts it anywhere', () => {
    expect(names(run('该县深入推进扫黑除恶，全面推行河长制。'))).toEqual([]);
    const quoted = run('该县深入推进“扫黑除恶”常态化。扫黑除恶工作纳入年度考核。');
    expect(slogan(quoted, '扫黑除恶')).toMatchObject({ category: 'campaign' });
    expect(sloganMentions(quoted)).toEqual(['扫黑除恶', '扫黑除恶']);
    const all = run('该县深入推进扫黑除恶，全面推行河长制。', everyEntry);
    expect(names(all)).toEqual(['扫黑除恶', '河长制']);
    expect(slogan(all, '河长制')!.category).toBe('mechanism');
  });

  test('a short entry found unquoted must be a word of its own (sloganLexicon all)', () => {
    const ex = run('严厉打击“两卡”违法犯罪。不得出租出借两卡片。', everyEntry);
    expect(sloganMentions(ex)).toEqual(['两卡']);
  });

  test('a user dictionary slogan counts anywhere; one the lexicon knows keeps its category and parts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guanzhi-slogans-'));
    try {
      const dict = join(dir, 'mine.dict');
      writeFileSync(dict, '星火驿站 10 slogan\n四个全面 10 slogan\n');
      const mine = createExtractor({ userDictionaries: [dict] });
      const ex = run('各村建设星火驿站，协调推进四个全面战略布局。', mine);
      expect(ex.slogans.map((s) => [s.name, s.category, s.expansion.length])).toEqual([['星火驿站', 'user', 0], ['四个全面', 'theory', 4]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('sloganLexicon must be core or all', () => {
    expect(() => createExtractor({ sloganLexicon: 'some' as never })).toThrow(OptionsError);
  });
});

describe('quoted terms that are slogans', () => {
  test.each([
    ['a numbered formulation', '该院建立“两个清单”，明确审批权限。', '两个清单'],
    ['numerals paired with nouns (一X两Y)', '县里推行“一中心两平台”建设模式。', '一中心两平台'],
    ['N+N', '社区组建“1+3”调解队伍，化解纠纷。', '1+3'],
    ['a digit code', '该局落实“3156”部署，全面提速。', '3156'],
    ['a parallel enumeration', '民警做到“早发现、早介入、早处置”，守护一方平安。', '早发现、早介入、早处置'],
    ['a one-character enumeration with a cue word', '机关推行“学、查、改”三位一体工作法。', '学、查、改'],
    ['a name ending in an institutional head noun', '镇里设立“红枫调解室”，就地化解矛盾。', '红枫调解室'],
    ['a mixed-script brand', '群众可以通过“智慧e站”在线咨询。', '智慧e站'],
    ['a service-circle programme (生活圈, 服务圈)', '街道建设“15分钟便民生活圈”。', '15分钟便民生活圈'],
    ['a cue word right after', '全市开展“幸福河湖”专项行动。', '幸福河湖'],
    ['a cue word after a short modifier', '全盟启动“清风护航”专项执法行动。', '清风护航'],
    ['a naming verb before', '各乡镇全面推行“阳光执法”，公开执法流程。', '阳光执法'],
    ['a campaign name with a year', '两级法院开展“雷霆2025—执行攻坚”集中行动。', '雷霆2025—执行攻坚'],
    ['what a place builds or launches (建成, 推出, 打响, 擦亮)', '全区已建成“无讼社区”48个。', '无讼社区'],
    ['a programme launched', '该院推出“云上调解”服务。', '云上调解'],
    ['a campaign launched', '公安机关全面打响“夏季攻势”。', '夏季攻势'],
  ])('%s', (_label, text, name) => {
    const ex = run(text);
    expect(names(ex)).toContain(name);
    expect(sloganMentions(ex)).toContain(name);
  });

  test('the minutes in the name of a programme are no metric; 朋友圈 in scare quotes is no programme', () => {
    expect(run('街道建设“15分钟便民生活圈”。').metrics).toEqual([]);
    expect(names(run('不断扩大“朋友圈”。'))).toEqual([]);
  });

  test('quotes in a series share the words after them (“A”“B”等多个品牌)', () => {
    const ex = run('该区培育了“金牌调解”“法润乡村”等多个品牌，群众满意度持续提升。');
    expect(names(ex)).toEqual(['金牌调解', '法润乡村']);
    expect(ex.slogans.map((s) => s.category)).toEqual(['programme', 'programme']);
  });

  test('a quote inside a quoted speech is read on its own', () => {
    const ex = run('“我们以‘红色驿站’为抓手推动工作。”该镇负责人说。');
    expect(names(ex)).toEqual(['红色驿站']);
  });

  test('quotes over the first part of a lexicon formulation (“七五”普法): the quoted part is the mention, the formulation the name', () => {
    const text = '全县“七五”普法顺利收官，七五普法成果丰硕。';
    const ex = run(text);
    expect(names(ex)).toEqual(['七五普法']);
    expect(sloganMentions(ex)).toEqual(['七五', '七五普法']);
    const m = ex.mentions.find((x) => x.type === 'slogan')!;
    expect(text.slice(m.start, m.end)).toBe('七五');
    // the quoted part alone, or before words that make no formulation, is none
    expect(names(run('“七五”期间，全县经济快速增长。'))).toEqual([]);
    // a quoted term that is a slogan alone keeps its own name (新时代“枫桥经验”: 枫桥经验)
    expect(names(run('深化“放管服”改革。'))).toEqual(['放管服']);
  });

  test('the number inside a slogan is no metric', () => {
    const ex = run('全县推行“1+3+N”网格治理模式，覆盖所有村居。');
    expect(names(ex)).toEqual(['1+3+N']);
    expect(ex.metrics).toEqual([]);
  });
});

describe('quoted terms that are not slogans', () => {
  test.each([
    ['an idiom', '要牵住责任落实这个“牛鼻子”。'],
    ['a plain dictionary word', '当事人在线上“会议室”里面对面交流。'],
    ['a metaphor effect', '充分发挥领导干部的“鲶鱼效应”。'],
    ['quoted speech', '他说：“一定把群众的事办好。”'],
    ['speech that starts like a number', '老党员表示“一定把群众的事办好”。'],
    ['hotline numbers', '“110”“12345”同步接听，随时响应群众诉求。'],
    ['a measurement', '政务大厅实现“7×24小时”服务。'],
    ['criticised behaviour, even numbered and with a cue word', '坚决杜绝“一罚了之”做法。'],
    ['a manner word', '街道提供“保姆式”服务。'],
    ['the levels of a hierarchy', '构建“省市县”三级联动体系。'],
    ['a one-character enumeration with no cue word', '打造一支“快、准、狠”的执法队伍。'],
    ['long clauses in a series', '将“向受害群众公开赔礼道歉”“依法承担生态修复费用”作为诉讼请求。'],
    ['short verb phrases in a series', '会上大家“亮思路”“比实绩”。'],
    ['remarks side by side', '群众纷纷点赞“效率真高”“服务贴心”。'],
    ['a plain word before a generic cue word', '窗口实现“零距离”服务。'],
    ['a short plain word after 建成 (a quality, not a name)', '要把园区建成“小而美”的样板。'],
    ['a nickname whose first word starts with a numeral (百姓)', '群众称他为“百姓的知心人”。'],
  ])('%s', (_label, text) => {
    expect(names(run(text))).toEqual([]);
  });
});

describe('recurrences', () => {
  test('the unquoted recurrences of a quoted slogan are mentions of the same record', () => {
    const text = '该县推出“红枫调解室”品牌。目前，红枫调解室已调解纠纷120件，红枫调解室的做法在全市推广。';
    const ex = run(text);
    expect(ex.slogans).toHaveLength(1);
    expect(ex.slogans[0].mentions).toHaveLength(3);
    expect(sloganMentions(ex)).toEqual(['红枫调解室', '红枫调解室', '红枫调解室']);
  });

  test('a two-character slogan does not recur inside a longer word', () => {
    const ex = run('村里成立“五老”调解队。五老参与调解，五老峰景区也设了调解点。');
    expect(sloganMentions(ex)).toEqual(['五老', '五老']);
  });
});

describe('expansions written in the text', () => {
  test('“X”（即…） gives the parts, and the text wins over the lexicon', () => {
    const ex = run('该局落实“三项制度”（即执法公示、全过程记录、法制审核），规范执法行为。');
    expect(slogan(ex, '三项制度')).toMatchObject({ category: 'legal', expansion: ['执法公示', '全过程记录', '法制审核'] });
  });

  test('“四大功能”（即…）', () => {
    const ex = run('驿站具备“四大功能”（即调解、普法、援助、监督），服务群众。');
    expect(slogan(ex, '四大功能')!.expansion).toEqual(['调解', '普法', '援助', '监督']);
  });

  test('“X”，即A和B: the number says where 和 splits', () => {
    const ex = run('该院建立“两个清单”，即权力清单和责任清单。');
    expect(slogan(ex, '两个清单')!.expansion).toEqual(['权力清单', '责任清单']);
  });

  test('keyed parts (“1”指…，“3”指…)', () => {
    const ex = run('该区构建“131”（“1”指一个指挥中心，“3”指三支专业队伍，“1”指一套考核机制）治理体系。');
    expect(slogan(ex, '131')!.expansion).toEqual(['一个指挥中心', '三支专业队伍', '一套考核机制']);
    expect(ex.metrics).toEqual([]);
  });

  test('a slogan with no appositive and no lexicon parts has none', () => {
    expect(slogan(run('全市开展“幸福河湖”专项行动。'), '幸福河湖')!.expansion).toEqual([]);
  });

  test('expectedParts reads the number a slogan announces', () => {
    expect(expectedParts('1234')).toBe(4);
    expect(expectedParts('135N')).toBe(4);
    expect(expectedParts('1+5+7')).toBe(3);
    expect(expectedParts('三项制度')).toBe(3);
    expect(expectedParts('三书一函')).toBe(4);
    expect(expectedParts('幸福河湖')).toBeNull();
  });

  test('expansionAfter keeps 和 inside a part when the count already fits', () => {
    const text = '”（即坚持和加强党的领导、坚持人民至上）';
    expect(expansionAfter(text, 1, '两个坚持')).toEqual(['坚持和加强党的领导', '坚持人民至上']);
    expect(expansionAfter('”要求大家遵守', 1, '两个坚持')).toEqual([]);
  });

  test('expansionAfter reads the appositive after at most four characters of head noun', () => {
    expect(expansionAfter('”工作法（即一看、二问）', 1, '两步')).toEqual(['一看', '二问']);
    expect(expansionAfter('”(即一看、二问)', 1, '两步')).toEqual(['一看', '二问']);
    expect(expansionAfter('”，即一看、二问。', 1, '两步')).toEqual(['一看', '二问']);
    expect(expansionAfter('”工作法,即一看、二问。', 1, '两步')).toEqual(['一看', '二问']);
    expect(expansionAfter('”创新工作法（即一看、二问）', 1, '两步')).toEqual([]);
    expect(expansionAfter('”工作法', 1, '两步')).toEqual([]);
    expect(expansionAfter('”', 1, '两步')).toEqual([]);
  });
});

describe('sloganCounts', () => {
  test('counts mentions over one or many extractions, most mentioned first', () => {
    const a = run('深化放管服改革。放管服改革要落到实处。推广枫桥经验。');
    const b = run('坚持和发展新时代枫桥经验，放管服改革持续深化。');
    expect(sloganCounts(a)).toEqual([
      { name: '放管服', category: 'reform', count: 2, documents: 1 },
      { name: '枫桥经验', category: 'governance', count: 1, documents: 1 },
    ]);
    expect(sloganCounts([a, b])).toEqual([
      { name: '放管服', category: 'reform', count: 3, documents: 2 },
      { name: '枫桥经验', category: 'governance', count: 2, documents: 2 },
    ]);
    expect(sloganCounts([])).toEqual([]);
  });

  test('the slogan-counts CSV table', () => {
    const a = run('深化放管服改革。放管服改革要落到实处。');
    const b = run('全市开展“幸福河湖”专项行动。');
    expect(toCsv([a, b], 'slogan-counts')).toBe('name,category,count,documents\n放管服,reform,2,1\n幸福河湖,campaign,1,1\n');
    expect(toCsv([a], 'slogans').split('\n')[0]).toBe('doc,id,name,category,expansion,mentions');
  });
});

describe('any text', () => {
  test('quotes, titles and appositives in any order never throw, validate, and keep exact offsets', () => {
    const pieces = fc.constantFrom(
      '“', '”', '‘', '’', '"', '《', '》', '〈', '〉', '（', '）', '即', '、', '和', '1', '+', 'N', '三', '个', '项', '制度', '放管服',
      '“两个清单”', '机制', '等', '\n', '，', '。', '推行', '室', 'e', '四个意识', '杜绝', '级', '\ud800',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const ex of [extractor.extract(text), everyEntry.extract(text)]) {
          expect(validateExtraction(ex).valid).toBe(true);
          for (const m of ex.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
