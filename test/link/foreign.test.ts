/**
 * Foreign affairs (dicts/foreign.json): posts of other states carry their country, bodies of other
 * states are never China's bodies of the same name, China's missions abroad are named from their host.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createExtractor, DictionaryError, toCsv, validateExtraction, type Extraction, type Extractor } from '../../src';

let ex: Extractor;
beforeAll(() => {
  ex = createExtractor();
});

/** Each position as holder:title@organisation[country/code], former ones marked 原. */
function posts(r: Extraction): string[] {
  const person = (id: string | null) => r.persons.find((p) => p.id === id)?.name ?? '-';
  const org = (id: string | null) => r.organisations.find((o) => o.id === id)?.name ?? '-';
  return r.positions.map((p) => `${person(p.person)}:${p.former ? '原' : ''}${p.title}@${org(p.organisation)}[${p.country ?? '-'}/${p.countryCode ?? '-'}]`);
}

function extract(text: string): Extraction {
  const r = ex.extract(text);
  expect(validateExtraction(r).valid).toBe(true);
  return r;
}

describe('posts of other states', () => {
  test('a country before a post: the holder has a transliterated name, the position the country', () => {
    const r = extract('美国总统卡特勒在白宫接见了代表团。');
    expect(r.persons.map((p) => [p.name, p.role])).toEqual([['卡特勒', 'official']]);
    expect(posts(r)).toEqual(['卡特勒:总统@-[美国/US]']);
  });

  test('names the segmenter cuts up or glues to the next word end where the name does', () => {
    expect(posts(extract('土耳其总统埃尔多安说，双方将加强合作。'))).toEqual(['埃尔多安:总统@-[土耳其/TR]']);
    expect(posts(extract('新加坡总理黄循财会见中国代表团。'))).toEqual(['黄循财:总理@-[新加坡/SG]']);
    // (卢拉同|习近平: the preposition glued to the name is not part of it)
    expect(posts(extract('巴西总统卢拉同中方代表举行会谈。'))).toEqual(['卢拉:总统@-[巴西/BR]']);
  });

  test('a Japanese given name with 和 (和男, 和夫): the conjunction, one character and a verb join nothing', () => {
    expect(posts(extract('日本首相石田和男表示，愿加强合作。'))).toEqual(['石田和男:首相@-[日本/JP]']);
    // a conjunction before a word of two characters joins the name to it
    expect(posts(extract('美国总统卡特勒和夫人出席。'))).toEqual(['卡特勒:总统@-[美国/US]']);
  });

  test('外相 is a post of other states only (titles.json foreignOnly)', () => {
    expect(posts(extract('英国外相拉米访华。'))).toEqual(['拉米:外相@-[英国/GB]']);
    expect(extract('外相岩屋毅表示。').positions).toEqual([]);
  });

  test('a name the segmenter tags as a place, no Chinese division and no country, is a name (普京 ns)', () => {
    // it was read as a Chinese name, surname 普, running on through the preposition: 普京同
    expect(posts(extract('俄罗斯总统普京同越方代表举行会谈。'))).toEqual(['普京:总统@-[俄罗斯/RU]']);
    // a Chinese division after a foreign post is none
    expect(extract('美国总统北京时间今晨发表讲话。').persons).toEqual([]);
  });

  test('前 between the country and the post: a former post', () => {
    expect(posts(extract('日本前首相山田一郎出席论坛并致辞。'))).toEqual(['山田一郎:原首相@-[日本/JP]']);
  });

  test('a post listed with 、 after a foreign one is the same state\'s', () => {
    const r = extract('俄罗斯外交部发言人、副部长扎哈罗娃表示，俄方对此表示关切。');
    expect(posts(r)).toEqual(['扎哈罗娃:发言人@俄罗斯外交部[俄罗斯/RU]', '扎哈罗娃:副部长@俄罗斯外交部[俄罗斯/RU]']);
  });

  test('what follows a foreign post and is no name stays unread', () => {
    for (const text of ['美国总统和第一夫人出席活动。', '美国总统选举结果揭晓。', '美国总统特使抵达北京。', '法国总统府发表声明。']) {
      const r = extract(text);
      expect([text, r.persons]).toEqual([text, []]);
      expect(r.positions).toEqual([]);
    }
    // (苏丹总统府: the country before a post is no name)
    expect(extract('苏丹总统府发表声明。').persons).toEqual([]);
  });

  test('a Chinese post has country null, in the records and in the CSV', () => {
    const r = extract('外交部部长王明远会见美国国务卿克拉克。');
    expect(posts(r)).toEqual(['王明远:部长@外交部[-/-]', '克拉克:国务卿@-[美国/US]']);
    const [header, ...lines] = toCsv([r], 'positions').trim().split(/\r?\n/);
    const columns = header.split(',');
    const at = [columns.indexOf('country'), columns.indexOf('country_code')];
    expect(at.every((k) => k > 0)).toBe(true);
    expect(lines.map((l) => at.map((k) => l.split(',')[k]))).toEqual([['', ''], ['美国', 'US']]);
  });
});

describe('bodies of other states', () => {
  test('a country before a national body\'s name: that country\'s body, not China\'s', () => {
    const r = extract('俄罗斯外交部发言人扎哈罗娃表示，俄方对此表示关切。');
    expect(r.organisations.map((o) => [o.name, o.kind])).toEqual([['俄罗斯外交部', 'other']]);
    expect(posts(r)).toEqual(['扎哈罗娃:发言人@俄罗斯外交部[俄罗斯/RU]']);
    expect(extract('美国商务部宣布对部分企业实施出口管制。').organisations.map((o) => o.name)).toEqual(['美国商务部']);
  });

  test('one sentence, two ministries of defence: each state\'s', () => {
    const r = extract('美国国防部长奥斯汀与中国国防部长董军举行视频通话。');
    expect(posts(r)).toEqual(['奥斯汀:部长@美国国防部[美国/US]', '董军:部长@国防部[-/-]']);
  });

  test('parties of other states, and their central committees', () => {
    const r = extract('越共中央总书记苏林会见中国客人。');
    expect(posts(r)).toEqual(['苏林:总书记@越南共产党中央委员会[越南/VN]']);
    expect(r.organisations.some((o) => o.name === '中共中央')).toBe(false);
    // (the 国务委员 of 国务委员长 is no post of the State Council, and 长金正恩 no name)
    const k = extract('朝鲜劳动党总书记、国务委员长金正恩会见中国代表团。');
    expect(k.organisations.map((o) => o.name)).toEqual(['朝鲜劳动党']);
    expect(k.persons.map((p) => p.name)).not.toContain('长金正恩');
    // (执政党 is no party's name: only the state's government is a body here)
    expect(extract('日本政府和执政党就此进行了协商。').organisations.map((o) => o.name)).toEqual(['日本政府']);
  });

  test('bodies China has none of by that name, after a country (foreign.json stateBodies): named as written', () => {
    const r = extract('美国国会众议院议长约翰斯顿访问台湾地区。');
    expect(r.organisations.map((o) => [o.name, o.kind])).toEqual([['美国国会众议院', 'other']]);
    expect(posts(r)).toEqual(['约翰斯顿:议长@美国国会众议院[美国/US]']);
    expect(posts(extract('英国议会下院议长林赛·霍伊尔说。'))).toEqual(['林赛·霍伊尔:议长@英国议会下院[英国/GB]']);
    expect(posts(extract('韩国国会议长禹成植会见代表团。'))).toEqual(['禹成植:议长@韩国国会[韩国/KR]']);
    expect(extract('日本外务省发表声明。').organisations.map((o) => o.name)).toEqual(['日本外务省']);
    expect(extract('美国政府宣布对部分商品加征关税。').organisations.map((o) => o.name)).toEqual(['美国政府']);
  });

  test('those words with no country before them are no body', () => {
    for (const text of ['中国政府高度重视。', '我国政府一贯主张和平解决争端。', '各国政府应加强合作。', '两国议会保持密切交流。', '他在国会发表演讲。'])
      expect(extract(text).organisations).toEqual([]);
  });

  test('Japan\'s Chief Cabinet Secretary, after a country or listed after a foreign post', () => {
    expect(posts(extract('日本内阁官房长官松野博一说。'))).toEqual(['松野博一:内阁官房长官@-[日本/JP]']);
    expect(posts(extract('日本政府发言人、内阁官房长官松野博一在记者会上说。'))).toEqual([
      '松野博一:发言人@日本政府[日本/JP]',
      '松野博一:内阁官房长官@日本政府[日本/JP]',
    ]);
  });

  test('international bodies are organisations of kind other', () => {
    const r = extract('联合国秘书长古特雷斯、世卫组织总干事谭德塞出席会议。');
    expect(r.organisations.map((o) => [o.name, o.kind])).toEqual([['联合国', 'other'], ['世界卫生组织', 'other']]);
    expect(posts(r)).toEqual(['古特雷斯:秘书长@联合国[-/-]', '谭德塞:总干事@世界卫生组织[-/-]']);
  });
});

describe('missions', () => {
  test('China\'s embassy, written or implied by its post, named from its host', () => {
    const r = extract('中国驻日本大使李华明出席招待会。中国驻法国使馆发言人表示反对。');
    const embassies = r.organisations.filter((o) => o.name.startsWith('中国驻'));
    expect(embassies.map((o) => [o.name, o.kind]).sort()).toEqual([['中国驻日本大使馆', 'central'], ['中国驻法国大使馆', 'central']]);
    expect(posts(r)).toEqual(['李华明:大使@中国驻日本大使馆[-/-]', '-:发言人@中国驻法国大使馆[-/-]']);
  });

  test('consulates in cities, and China\'s mission to an international body', () => {
    expect(posts(extract('中国驻旧金山总领事张建民出席活动。'))).toEqual(['张建民:总领事@中国驻旧金山总领事馆[-/-]']);
    expect(extract('我国常驻联合国代表团举行招待会。').organisations.map((o) => o.name)).toEqual(['中国常驻联合国代表团']);
  });

  test('a post of a mission to an international body is the mission\'s, written or implied (常驻 → 代表团, 驻 → 使团)', () => {
    expect(posts(extract('中国常驻联合国代表李华明在安理会发言。'))).toEqual(['李华明:代表@中国常驻联合国代表团[-/-]']);
    expect(posts(extract('中国常驻联合国副代表张建民表示，中方支持停火。'))).toEqual(['张建民:副代表@中国常驻联合国代表团[-/-]']);
    expect(posts(extract('中国常驻联合国代表团副代表张建民说。'))).toEqual(['张建民:副代表@中国常驻联合国代表团[-/-]']);
    // the ambassador to ASEAN heads China's mission there, not ASEAN
    const asean = extract('中国驻东盟大使李华明出席。');
    expect(posts(asean)).toEqual(['李华明:大使@中国驻东南亚国家联盟使团[-/-]']);
    expect(asean.organisations.find((o) => o.name === '中国驻东南亚国家联盟使团')).toMatchObject({ kind: 'central', level: 'national' });
  });

  test('代表 is a post only there: not of a congress, nor of another state\'s mission', () => {
    for (const text of ['全国人大代表王秀兰说，要办好实事。', '党代表王秀兰说，要办好实事。', '美国常驻联合国代表托马斯表示反对。']) {
      const r = extract(text);
      expect(r.positions.map((p) => p.title)).not.toContain('代表');
      expect(r.mentions.filter((m) => m.type === 'title')).toEqual([]);
    }
  });

  test('another state\'s embassy in China carries that state', () => {
    const r = extract('美国驻华大使伯恩斯表示，美方愿加强沟通。');
    expect(posts(r)).toEqual(['伯恩斯:大使@美国驻华大使馆[美国/US]']);
  });

  test('驻 of posts at home is no mission', () => {
    const r = extract('驻村第一书记王建国带领村民发展产业。县委书记李明到驻地部队走访。');
    expect(r.organisations.map((o) => o.name)).toEqual([]);
    expect(r.positions.every((p) => p.country === null)).toBe(true);
  });
});

test('a country that is also a Chinese place\'s name is read as the place (黑山, 黑山县)', () => {
  const r = extract('黑山县长张强主持会议。');
  expect(posts(r)).toEqual(['张强:县长@黑山县人民政府[-/-]']);
});

describe('dicts/foreign.json', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'guanzhi-foreign-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('two countries sharing a written form: DictionaryError naming the file and the form', () => {
    const root = resolve(__dirname, '..', '..');
    const copy = join(mkdtempSync(join(dir, 'pkg-')), 'dicts');
    cpSync(join(root, 'dicts'), copy, { recursive: true });
    cpSync(join(root, 'schemas'), join(copy, '..', 'schemas'), { recursive: true });
    const file = join(copy, 'foreign.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.countries.push({ name: '美国', full: '美国第二', iso: 'ZZ' });
    writeFileSync(file, JSON.stringify(data));
    let error: unknown;
    try {
      createExtractor({ dictsDir: copy });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DictionaryError);
    expect((error as DictionaryError).file).toBe(file);
    expect((error as DictionaryError).message).toMatch(/"美国" names both 美国 \(US\) and 美国 \(ZZ\)/);
  });
});
