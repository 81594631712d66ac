/** Positions the linker builds from title chains: region + head-of-government posts, author bylines. */
import { createExtractor, toCsv, validateExtraction, type Extraction, type Extractor } from '../../src';

let ex: Extractor;
beforeAll(() => {
  ex = createExtractor();
});

const positions = (out: Extraction) =>
  out.positions.map((p) => [out.persons.find((x) => x.id === p.person)?.name ?? null, p.title, out.organisations.find((o) => o.id === p.organisation)?.name ?? null]);

describe('a region right before a head-of-government post', () => {
  test.each([
    ['通辽市常务副市长张立新出席会议。', [['张立新', '常务副市长', '通辽市人民政府']]],
    ['中宁县县长李强介绍了情况。', [['李强', '县长', '中宁县人民政府']]],
    ['会上，湖北省副省长赵海山作了部署。', [['赵海山', '副省长', '湖北省人民政府']]],
    // the name's 市 is the post's first character: 洛阳 + 市长
    ['洛阳市长李明会见了客人。', [['李明', '市长', '洛阳市人民政府']]],
    // 主席 after an autonomous region heads its government (titles.json governmentHeadIn), as 省长 does a province's
    ['内蒙古自治区主席韩立军出席会议。', [['韩立军', '主席', '内蒙古自治区人民政府']]],
    ['广西壮族自治区常务副主席韦正刚主持。', [['韦正刚', '常务副主席', '广西壮族自治区人民政府']]],
    // a special administrative region's government is 政府, not 人民政府
    ['澳门特区行政长官何文海出席典礼。', [['何文海', '行政长官', '澳门特别行政区政府']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('a post that is not only a government one takes no organisation from a bare region', () => {
    // 主任 may be of a committee, a congress or an office: 通辽市 alone does not say which
    const out = ex.extract('通辽市主任刘洋介绍。');
    expect(out.organisations.map((o) => o.name)).not.toContain('通辽市人民政府');
  });
});

test('南京市长江大桥 is 南京市 and a bridge, no post', () => {
  const out = ex.extract('南京市长江大桥通车。');
  expect(out.positions).toEqual([]);
  expect(out.regions.map((r) => r.name)).toEqual(['南京市']);
});

describe('author bylines: the name on its own line, the posts on the next', () => {
  test('every chain of the posts line belongs to the name, across a comma', () => {
    const text = '筑牢基层治理根基\n\n王建平\n内蒙古自治区通辽市副市长,市公安局局长、党委副书记\n\n通辽市公安局坚持问题导向，推动警务改革。';
    const out = ex.extract(text);
    expect(positions(out)).toEqual([
      ['王建平', '副市长', '通辽市人民政府'],
      ['王建平', '局长', '通辽市公安局'],
      ['王建平', '党委副书记', '通辽市公安局'],
    ]);
    expect(out.persons.find((p) => p.name === '王建平')?.role).toBe('official');
  });

  test('a name line followed by a sentence is not a byline', () => {
    const out = ex.extract('王建平\n据了解，会议由市长主持，通辽市公安局局长出席。');
    expect(positions(out).filter(([name]) => name === '王建平')).toEqual([]);
  });
});

describe('该院 / 该局 before posts: the body named last before, in the same section', () => {
  test('该院党组书记、院长 → the court named before', () => {
    const out = ex.extract('湖北省高级人民法院召开新闻发布会。该院党组书记、院长游立新介绍了情况。');
    expect(positions(out)).toEqual([
      ['游立新', '党组书记', '湖北省高级人民法院'],
      ['游立新', '院长', '湖北省高级人民法院'],
    ]);
    // the anaphor is no organisation mention of its own
    expect(out.mentions.filter((m) => m.type === 'organisation').map((m) => m.text)).toEqual(['湖北省高级人民法院']);
  });
  test('该局 skips bodies of another kind', () => {
    const out = ex.extract('天津市公安局联合天津市高级人民法院开展行动。该局局长刘强介绍。');
    expect(positions(out)).toEqual([['刘强', '局长', '天津市公安局']]);
  });
  test('not across a heading: unresolved rather than guessed', () => {
    const out = ex.extract('# 一\n湖北省高级人民法院召开会议。\n# 二\n该院院长游立新指出，要抓好执行。');
    expect(positions(out)).toEqual([['游立新', '院长', null]]);
  });
});

describe('a national court or procuratorate is a court or procuratorate to its posts (dicts/central-bodies.json actsAs)', () => {
  test.each([
    ['最高人民法院党组书记、院长周正宏作报告。', [['周正宏', '党组书记', '最高人民法院'], ['周正宏', '院长', '最高人民法院']]],
    ['最高人民检察院党组副书记、副检察长吴立平出席。', [['吴立平', '党组副书记', '最高人民检察院'], ['吴立平', '副检察长', '最高人民检察院']]],
    ['最高人民检察院召开发布会。该院党组成员、副检察长郑晓东介绍了情况。', [
      ['郑晓东', '党组成员', '最高人民检察院'], ['郑晓东', '副检察长', '最高人民检察院'],
    ]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('its record keeps the kind central; a body of another kind still gives a court post none', () => {
    const out = ex.extract('最高人民法院党组书记、院长周正宏作报告。');
    expect(out.organisations.map((o) => [o.name, o.kind, o.level])).toEqual([['最高人民法院', 'central', 'national']]);
    expect(positions(ex.extract('司法部党组书记、院长周正宏出席。'))).toEqual([['周正宏', '党组书记', '司法部'], ['周正宏', '院长', null]]);
  });
});

describe('a standard division listed in the chain of posts after its body is a unit of that body', () => {
  test.each([
    ['漯河市中级人民法院审判委员会委员、刑事审判第二庭庭长韩雪梅介绍。', [
      ['韩雪梅', '审判委员会委员', '漯河市中级人民法院'], ['韩雪梅', '庭长', '漯河市中级人民法院刑事审判第二庭'],
    ]],
    ['南阳市人民检察院党组成员、副检察长、第四检察部主任罗建平出席。', [
      ['罗建平', '党组成员', '南阳市人民检察院'], ['罗建平', '副检察长', '南阳市人民检察院'], ['罗建平', '主任', '南阳市人民检察院第四检察部'],
    ]],
    // the judicial and procuratorial committees' full-time members are posts of the court or procuratorate
    ['漯河市中级人民法院审判委员会专职委员韩雪梅主持庭审。', [['韩雪梅', '审判委员会专职委员', '漯河市中级人民法院']]],
    ['南阳市人民检察院党组成员、检察委员会专职委员罗建平出席。', [
      ['罗建平', '党组成员', '南阳市人民检察院'], ['罗建平', '检察委员会专职委员', '南阳市人民检察院'],
    ]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('the division is a mention of its own, as written, and its record names the body as parent', () => {
    const text = '漯河市中级人民法院审判委员会委员、刑事审判第二庭庭长韩雪梅介绍。';
    const out = ex.extract(text);
    const unit = out.organisations.find((o) => o.name === '漯河市中级人民法院刑事审判第二庭')!;
    expect(unit.aliases).toEqual(['刑事审判第二庭']);
    expect(out.organisations.find((o) => o.id === unit.parent)?.name).toBe('漯河市中级人民法院');
    const m = out.mentions.find((x) => x.ref === unit.id)!;
    expect(text.slice(m.start, m.end)).toBe('刑事审判第二庭');
  });

  test('a division with no post after it, or not in a chain, is no unit', () => {
    expect(ex.extract('漯河市中级人民法院审判委员会委员、刑事审判第二庭全体干警参加。').organisations.map((o) => o.name)).toEqual(['漯河市中级人民法院']);
    expect(ex.extract('漯河市中级人民法院召开会议，刑事审判第二庭庭长韩雪梅发言。').organisations.map((o) => o.name)).toEqual(['漯河市中级人民法院']);
  });
});

describe('兼 joins the posts of one official, as 、 does; any unit of the body may be listed in the chain', () => {
  test.each([
    // a standard division after 兼: the chain goes on to the name
    ['常德市中级人民法院党组成员、副院长兼立案庭庭长许文静出席。', [
      ['许文静', '党组成员', '常德市中级人民法院'], ['许文静', '副院长', '常德市中级人民法院'], ['许文静', '庭长', '常德市中级人民法院立案庭'],
    ]],
    // a unit the lexicon does not list, read as it would be right after the body (刑侦支队 ends in 支队)
    ['岳阳市公安局副局长兼刑侦支队支队长彭立军通报案情。', [
      ['彭立军', '副局长', '岳阳市公安局'], ['彭立军', '支队长', '岳阳市公安局刑侦支队'],
    ]],
    ['岳阳市公安局党委副书记、常务副局长、治安支队支队长彭立军介绍。', [
      ['彭立军', '党委副书记', '岳阳市公安局'], ['彭立军', '常务副局长', '岳阳市公安局'], ['彭立军', '支队长', '岳阳市公安局治安支队'],
    ]],
    ['衡阳市司法局副局长兼法治督察处处长邓晓梅出席。', [
      ['邓晓梅', '副局长', '衡阳市司法局'], ['邓晓梅', '处长', '衡阳市司法局法治督察处'],
    ]],
    // a committee's organ (办公室 of 市委), a government's office
    ['衡阳市委常委、秘书长兼办公室主任邓晓梅主持会议。', [
      ['邓晓梅', '常委', '中共衡阳市委员会'], ['邓晓梅', '秘书长', '中共衡阳市委员会'], ['邓晓梅', '主任', '中共衡阳市委办公室'],
    ]],
    ['衡阳市人民政府副秘书长兼办公厅主任邓晓梅出席。', [
      ['邓晓梅', '副秘书长', '衡阳市人民政府'], ['邓晓梅', '主任', '衡阳市人民政府办公厅'],
    ]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('the unit is a mention as written, and its record names the body as parent', () => {
    const text = '岳阳市公安局副局长兼刑侦支队支队长彭立军通报案情。';
    const out = ex.extract(text);
    const unit = out.organisations.find((o) => o.name === '岳阳市公安局刑侦支队')!;
    expect(unit.aliases).toEqual(['刑侦支队']);
    expect(out.organisations.find((o) => o.id === unit.parent)?.name).toBe('岳阳市公安局');
  });

  test('a body of another level, a body of its own, a rank, or a unit after a unit is no unit of the head', () => {
    // 区公安分局: a level word opens it, so it is not a unit named after 岳阳市公安局
    expect(ex.extract('岳阳市公安局副局长、区公安分局局长彭立军出席。').organisations.map((o) => o.name)).toEqual(['岳阳市公安局']);
    // 宣传部 is a party organ of its own, read as before
    expect(positions(ex.extract('衡阳市委常委、宣传部部长邓晓梅出席。'))).toEqual([
      ['邓晓梅', '常委', '中共衡阳市委员会'], ['邓晓梅', '部长', '中共衡阳市委宣传部'],
    ]);
    expect(positions(ex.extract('岳阳市公安局局长、一级警监彭立军出席。'))).toEqual([['彭立军', '局长', '岳阳市公安局']]);
    // the head names a unit already: whether 三大队 is its unit or the bureau's is not written
    expect(ex.extract('岳阳市公安局刑侦支队副支队长、三大队大队长彭立军出席。').organisations.map((o) => o.name)).toEqual(['岳阳市公安局刑侦支队']);
    // 兼任 is a verb, not the 兼 of a chain
    expect(ex.extract('岳阳市公安局局长兼任主任彭立军。').organisations.map((o) => o.name)).toEqual(['岳阳市公安局']);
  });
});

describe('bodies of the special administrative regions only (organs.json stateOrgans regionSuffixes)', () => {
  test.each([
    ['香港特区立法会主席许文静表示。', [['许文静', '主席', '香港特别行政区立法会']]],
    ['澳门特别行政区立法会主席彭立军出席。', [['彭立军', '主席', '澳门特别行政区立法会']]],
    ['香港廉政公署专员邓晓梅表示。', [['邓晓梅', '专员', '香港特别行政区廉政公署']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('not in a province of the mainland, nor bare', () => {
    expect(ex.extract('浙江省立法会不存在。').organisations).toEqual([]);
    expect(ex.extract('立法会选举顺利举行。').organisations).toEqual([]);
  });
});

describe('the specialised chambers of a court are its units (organs.json subUnitNames)', () => {
  test.each([
    ['重庆市渝中区人民法院少年法庭庭长许文静介绍。', [['许文静', '庭长', '重庆市渝中区人民法院少年法庭']]],
    ['宁波市鄞州区人民法院党组成员、副院长兼家事法庭庭长彭立军说。', [
      ['彭立军', '党组成员', '宁波市鄞州区人民法院'], ['彭立军', '副院长', '宁波市鄞州区人民法院'], ['彭立军', '庭长', '宁波市鄞州区人民法院家事法庭'],
    ]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });
});

describe('the government a head-of-government post implies is the body of the posts after it in the chain', () => {
  test.each([
    ['岳阳市市长、党组书记彭立军出席。', [['彭立军', '市长', '岳阳市人民政府'], ['彭立军', '党组书记', '岳阳市人民政府']]],
    ['岳阳市副市长、党组成员邓晓梅出席。', [['邓晓梅', '副市长', '岳阳市人民政府'], ['邓晓梅', '党组成员', '岳阳市人民政府']]],
    // a post of another kind of body keeps its own
    ['岳阳市市长、市委副书记彭立军出席。', [['彭立军', '市长', '岳阳市人民政府'], ['彭立军', '副书记', '中共岳阳市委员会']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });
});

describe('a department listed bare in a chain of posts is the department of the chain\'s region', () => {
  test.each([
    ['衡阳市委常委、公安局局长许文静出席。', [['许文静', '常委', '中共衡阳市委员会'], ['许文静', '局长', '衡阳市公安局']]],
    // a body before in the chain with no region of its own: the first one before it that has one
    ['衡阳市委常委、政法委书记、公安局局长许文静出席。', [
      ['许文静', '常委', '中共衡阳市委员会'], ['许文静', '书记', '中共衡阳市委政法委员会'], ['许文静', '局长', '衡阳市公安局'],
    ]],
    // a region standing alone that opens the chain
    ['岳阳市副市长、公安局局长彭立军出席。', [['彭立军', '副市长', '岳阳市人民政府'], ['彭立军', '局长', '岳阳市公安局']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('former posts (原) in the chain', () => {
    const out = ex.extract('岳阳市原副市长、公安局原局长彭立军被提起公诉。');
    expect(positions(out)).toEqual([['彭立军', '副市长', '岳阳市人民政府'], ['彭立军', '局长', '岳阳市公安局']]);
    expect(out.positions.map((p) => p.former)).toEqual([true, true]);
  });

  test('no post after the department, or no chain before it: no body', () => {
    expect(ex.extract('岳阳市副市长、公安局要求加强管理。').organisations.map((o) => o.name)).toEqual(['岳阳市人民政府']);
    expect(ex.extract('会议指出，公安局局长要带头。').organisations).toEqual([]);
  });
});

describe('a body\'s other name in brackets between it and the post', () => {
  test.each([
    ['中央党校（国家行政学院）副校长许文静出席。', [['许文静', '副校长', '中共中央党校']]],
    ['浙江省委党校（浙江行政学院）常务副校长彭立军介绍。', [['彭立军', '常务副校长', '中共浙江省委党校']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('not a bracket of other characters, nor a long one', () => {
    expect(positions(ex.extract('中央党校（2024年）副校长许文静出席。'))).toEqual([['许文静', '副校长', null]]);
  });
});

describe('the special committees of a local people\'s congress (organs.json stateOrgans 人大…委员会)', () => {
  test.each([
    ['湖南省人大法制委员会主任委员许文静出席。', [['许文静', '主任委员', '湖南省人民代表大会法制委员会']]],
    // a short form: the full name
    ['湖南省人大财经委副主任委员彭立军说。', [['彭立军', '副主任委员', '湖南省人民代表大会财政经济委员会']]],
  ])('%s', (text, expected) => {
    const out = ex.extract(text);
    expect(positions(out)).toEqual(expected);
    expect(out.organisations.map((o) => o.kind)).toEqual(['congress']);
  });

  test('the standing committee and a deputy are read as before', () => {
    expect(positions(ex.extract('湖南省人大常委会副主任许文静出席。'))).toEqual([['许文静', '副主任', '湖南省人民代表大会常务委员会']]);
    expect(ex.extract('湖南省人大代表许文静说。').organisations).toEqual([]);
  });
});

describe('台长 of a broadcaster (titles.json)', () => {
  test('中央广播电视总台台长', () => {
    expect(positions(ex.extract('中央广播电视总台台长邓晓梅主持。'))).toEqual([['邓晓梅', '台长', '中央广播电视总台']]);
  });
});

describe('会长 and 理事长 of the national people\'s organisations among the central bodies (titles.json orgKinds)', () => {
  test.each([
    ['中国法学会党组成员、副会长彭立军出席。', [['彭立军', '党组成员', '中国法学会'], ['彭立军', '副会长', '中国法学会']]],
    ['中国残联理事长邓晓梅出席。', [['邓晓梅', '理事长', '中国残疾人联合会']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('an anonymised holder: the post is still the body\'s', () => {
    const out = ex.extract('中国法学会副会长张某出席。');
    expect(out.positions.map((p) => [p.title, out.organisations.find((o) => o.id === p.organisation)?.name])).toEqual([['副会长', '中国法学会']]);
  });
});

describe('specialised courts are named with their city\'s short form (organs.json stateOrgans, template {S})', () => {
  test.each([
    ['宁波海事法院院长许文静介绍。', [['许文静', '院长', '宁波海事法院']]],
    // 市 written or not, the court's name has none
    ['广州市互联网法院副院长彭立军出席。', [['彭立军', '副院长', '广州互联网法院']]],
    ['上海金融法院院长邓晓梅介绍。', [['邓晓梅', '院长', '上海金融法院']]],
    ['郑州铁路运输中级法院院长许文静出席。', [['许文静', '院长', '郑州铁路运输中级法院']]],
  ])('%s', (text, expected) => {
    const out = ex.extract(text);
    expect(positions(out)).toEqual(expected);
    expect(out.organisations.map((o) => o.kind)).toEqual(['court']);
  });

  test('not after a county, which has no short form of a city, nor bare', () => {
    expect(ex.extract('西湖区海事法院。').organisations).toEqual([]);
    expect(ex.extract('互联网法院的设立是司法改革的举措。').organisations).toEqual([]);
    // the city's own court is read as before
    expect(ex.extract('宁波市中级人民法院审结此案。').organisations.map((o) => o.name)).toEqual(['宁波市中级人民法院']);
  });
});

describe('a ministry\'s or a SAR government\'s 司 is its unit (organs.json subUnitSuffixes)', () => {
  test.each([
    ['财政部预算司司长许文静介绍。', [['许文静', '司长', '财政部预算司']]],
    ['国家发展改革委价格司司长彭立军介绍。', [['彭立军', '司长', '国家发展和改革委员会价格司']]],
    // one word of the segmenter holds the ministry and its 司
    ['外交部亚洲司司长邓晓梅会见日方官员。', [['邓晓梅', '司长', '外交部亚洲司']]],
    ['香港特区政府政务司司长许文静出席。', [['许文静', '司长', '香港特别行政区政府政务司']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('a research institute of a ministry or a department is its unit (研究院, 研究所, 研究中心)', () => {
    expect(positions(ex.extract('交通运输部规划研究院原院长彭立军接受审查调查。'))).toEqual([['彭立军', '院长', '交通运输部规划研究院']]);
    expect(positions(ex.extract('公安部第三研究所所长许文静介绍。'))).toEqual([['许文静', '所长', '公安部第三研究所']]);
    // after a department written by its short form, the department's full name
    expect(positions(ex.extract('浙江省发展改革委经济研究所所长邓晓梅说。'))).toEqual([['邓晓梅', '所长', '浙江省发展和改革委员会经济研究所']]);
  });

  test('a word in 司 that is no unit stays out, and a central body\'s own longer name is kept (中共中央政治局)', () => {
    expect(ex.extract('外交部官司缠身的说法不实。').organisations.map((o) => o.name)).toEqual(['外交部']);
    expect(ex.extract('市公安局对该公司进行了检查。').organisations.map((o) => o.name)).toEqual([]);
    expect(ex.extract('中共中央政治局委员、上海市委书记韩立军出席。').organisations.map((o) => o.name)).toEqual(['中共中央政治局', '中共上海市委员会']);
  });
});

describe('a body\'s 办公室 or 办公厅 is its unit, and 分管日常工作的 may stand between a body and its post', () => {
  test.each([
    ['中央金融委员会办公室分管日常工作的副主任许文静出席。', [['许文静', '副主任', '中央金融委员会办公室']]],
    ['中央网信办分管日常工作的副主任彭立军出席。', [['彭立军', '副主任', '中央网络安全和信息化委员会办公室']]],
    ['岳阳市公安局办公室主任邓晓梅出席。', [['邓晓梅', '主任', '岳阳市公安局办公室']]],
    ['最高人民法院办公厅主任许文静出席。', [['许文静', '主任', '最高人民法院办公厅']]],
    // a committee's 办公室 is its party organ, as before
    ['衡阳市委办公室主任邓晓梅主持会议。', [['邓晓梅', '主任', '中共衡阳市委办公室']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });
});

describe('a grade (副部级, 正厅级 …) between a body and its post (organs.json orgTitleGap)', () => {
  test.each([
    ['最高人民检察院副部级检察员许文静出席。', [['许文静', '检察员', '最高人民检察院']]],
    ['浙江省高级人民法院正厅级审判员邓晓梅主审此案。', [['邓晓梅', '审判员', '浙江省高级人民法院']]],
    ['衡阳市人民检察院正处级检察员邓晓梅出庭支持公诉。', [['邓晓梅', '检察员', '衡阳市人民检察院']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('a grade alone is no post', () => {
    expect(positions(ex.extract('他享受副部级待遇，按正厅级干部管理。'))).toEqual([]);
  });
});

describe('the working bodies of a congress standing committee and the special committees of a CPPCC committee are its units', () => {
  test.each([
    ['宁波市人大常委会法制工作委员会主任许文静介绍。', [['许文静', '主任', '宁波市人民代表大会常务委员会法制工作委员会']]],
    ['宁波市人大常委会预算工作委员会副主任彭立军说。', [['彭立军', '副主任', '宁波市人民代表大会常务委员会预算工作委员会']]],
    ['浙江省政协提案委员会主任邓晓梅出席。', [['邓晓梅', '主任', '中国人民政治协商会议浙江省委员会提案委员会']]],
    ['浙江省政协副主席、港澳台侨委员会主任邓晓梅出席。', [
      ['邓晓梅', '副主席', '中国人民政治协商会议浙江省委员会'], ['邓晓梅', '主任', '中国人民政治协商会议浙江省委员会港澳台侨委员会'],
    ]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });
});

describe('units of units after a body (分局 → 大队, 支队 → 大队 → 中队)', () => {
  test.each([
    ['宜宾市公安局翠屏区分局刑侦大队大队长周海波带队抓捕。', [['周海波', '大队长', '宜宾市公安局翠屏区分局刑侦大队']]],
    ['南宁市公安局青秀分局南湖派出所所长覃志坚介绍。', [['覃志坚', '所长', '南宁市公安局青秀分局南湖派出所']]],
    // jieba's word 局局长 (处处长) holds the unit's last character and the post
    ['司法部法律援助工作局局长贺永红介绍。', [['贺永红', '局长', '司法部法律援助工作局']]],
    ['贵州省司法厅法治调研处处长龙海燕介绍。', [['龙海燕', '处长', '贵州省司法厅法治调研处']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('the parent is the unit before the last, a record when the text names it', () => {
    const out = ex.extract('宜宾市公安局翠屏区分局召开会议。宜宾市公安局翠屏区分局刑侦大队大队长周海波发言。');
    const unit = out.organisations.find((o) => o.name === '宜宾市公安局翠屏区分局刑侦大队')!;
    expect(out.organisations.find((o) => o.id === unit.parent)?.name).toBe('宜宾市公安局翠屏区分局');
  });

  test('a branch named by its district gives the district, by short form or full name', () => {
    for (const text of ['宜宾市公安局翠屏区分局破获此案。', '宜宾市公安局翠屏分局破获此案。']) {
      expect(ex.extract(text).regions.map((r) => r.name)).toEqual(['宜宾市', '翠屏区']);
    }
  });

  test('a district 公安分局 is the branch of the police of the division above (渝北区公安分局 → 重庆市公安局渝北区分局)', () => {
    expect(positions(ex.extract('宜宾市翠屏区公安分局局长何建明介绍。'))).toEqual([['何建明', '局长', '宜宾市公安局翠屏区分局']]);
    const out = ex.extract('重庆市渝北区公安分局民警迅速出警。');
    expect(out.organisations.map((o) => [o.name, o.kind, o.level])).toEqual([['重庆市公安局渝北区分局', 'department', 'county']]);
    // the same body written both ways is one record
    const both = ex.extract('重庆市公安局渝北区分局民警迅速出警。重庆市渝北区公安分局局长王刚介绍。');
    expect(both.organisations.map((o) => o.name)).toEqual(['重庆市公安局渝北区分局']);
    expect(both.organisations[0].aliases).toEqual(['重庆市公安局渝北区分局', '重庆市渝北区公安分局']);
    // not after a region that is no county
    expect(ex.extract('宜宾市公安分局破获此案。').organisations).toEqual([]);
  });

  test('what one body does with another does not open a unit of it (和, 与, 会同, 联合, 组织)', () => {
    for (const link of ['和', '与', '会同', '联合', '组织', '协同']) {
      expect(ex.extract(`宜宾市公安局${link}刑侦大队开展专项行动。`).organisations.map((o) => o.name)).toEqual(['宜宾市公安局']);
      expect(ex.extract(`宜宾市公安局治安支队${link}刑侦大队开展专项行动。`).organisations.map((o) => o.name)).toEqual(['宜宾市公安局治安支队']);
    }
  });

  test('a word ending in 处 (多处, 此处) is no unit', () => {
    expect(ex.extract('宜宾市公安局多处设卡。').organisations.map((o) => o.name)).toEqual(['宜宾市公安局']);
  });
});

describe('two runs of posts split by a comma, the name after the second', () => {
  test('the name holds the posts of both runs', () => {
    expect(positions(ex.extract('南宁市委常委、政法委书记，市公安局党委书记、局长覃卫东在会上说。'))).toEqual([
      ['覃卫东', '常委', '中共南宁市委员会'],
      ['覃卫东', '书记', '中共南宁市委政法委员会'],
      ['覃卫东', '党委书记', '南宁市公安局'],
      ['覃卫东', '局长', '南宁市公安局'],
    ]);
  });

  test('not when the first run has a name of its own, nor when something else follows the comma', () => {
    expect(positions(ex.extract('南宁市委常委、秘书长黄海，市公安局局长覃卫东出席。'))).toEqual([
      ['黄海', '常委', '中共南宁市委员会'],
      ['黄海', '秘书长', '中共南宁市委员会'],
      ['覃卫东', '局长', '南宁市公安局'],
    ]);
    expect(positions(ex.extract('南宁市委常委、政法委书记，会上，市公安局局长覃卫东发言。')).map(([name, title]) => [name, title])).toEqual([
      [null, '常委'],
      [null, '书记'],
      ['覃卫东', '局长'],
    ]);
  });
});

describe('a rank between the last post and the name (dicts/titles.json ranks)', () => {
  test.each([
    ['许昌市中级人民法院党组书记、院长、二级高级法官韩振东介绍。', [['韩振东', '党组书记', '许昌市中级人民法院'], ['韩振东', '院长', '许昌市中级人民法院']]],
    ['许昌市人民检察院检察长，三级高级检察官魏红说。', [['魏红', '检察长', '许昌市人民检察院']]],
    ['许昌市公安局局长、一级警监杜建军说。', [['杜建军', '局长', '许昌市公安局']]],
  ])('%s', (text, expected) => {
    const out = ex.extract(text);
    expect(positions(out)).toEqual(expected);
    // the rank is no title, and the name is an official
    expect(out.positions.map((p) => p.title)).not.toContain('法官');
    expect(out.persons.map((p) => p.role)).toEqual(['official']);
  });

  test('a word that is no rank still parts them', () => {
    expect(positions(ex.extract('许昌市公安局局长、民警杜建军说。'))).toEqual([[null, '局长', '许昌市公安局']]);
  });
});

describe('a bracketed note between the last post and the name', () => {
  test.each([
    ['许昌市建安区人民法院副院长（主持工作）韩立新在会上发言。', [['韩立新', '副院长', '许昌市建安区人民法院']]],
    ['漯河市副市长（挂职）孙晓东到企业调研。', [['孙晓东', '副市长', '漯河市人民政府']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('a note with no name after it leaves the post with no holder', () => {
    expect(positions(ex.extract('许昌市建安区人民法院副院长（主持工作）在会上发言。'))).toEqual([[null, '副院长', '许昌市建安区人民法院']]);
  });
});

describe('national posts', () => {
  test.each([
    // 国家主席 is an office of the state in itself: not of the Party body that heads the chain
    ['中共中央总书记、国家主席、中央军委主席郑国栋出席。', [['郑国栋', '总书记', '中共中央'], ['郑国栋', '国家主席', null], ['郑国栋', '主席', '中央军事委员会']]],
    // 国务委员 is of the State Council when no body is written
    ['国务委员、公安部部长韩立群出席。', [['韩立群', '国务委员', '国务院'], ['韩立群', '部长', '公安部']]],
    // jieba's one word 中央政治局常委: the body and its post
    ['中央政治局常委、中央书记处书记邵文博出席。', [['邵文博', '常委', '中共中央政治局'], ['邵文博', '书记', '中共中央书记处']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });
});

describe('the posts of a village or community', () => {
  test.each([
    ['重庆市渝中区解放碑街道新华村社区党委书记罗秀英介绍。', [['罗秀英', '书记', '中共重庆市渝中区解放碑街道新华村社区委员会']]],
    ['杭州市余杭区良渚街道桃源社区居委会主任沈丽华介绍。', [['沈丽华', '主任', '杭州市余杭区良渚街道桃源社区居民委员会']]],
    ['河北省平山县西柏坡村党支部书记闫大明介绍。', [['闫大明', '书记', '中共平山县西柏坡村支部委员会']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('居委会 needs its village or community right before it', () => {
    expect(ex.extract('南京市建邺区清芷街道居委会开展活动。').organisations).toEqual([]);
  });
});

describe('a chain listed right after the name that ends another chain: the same body', () => {
  test.each([
    ['哈尔滨市道里区人民法院院长刘峰、副院长张雪一同参加。', [
      ['刘峰', '院长', '哈尔滨市道里区人民法院'], ['张雪', '副院长', '哈尔滨市道里区人民法院'],
    ]],
    ['许昌市公安局局长张强、政委李刚带队检查。', [['张强', '局长', '许昌市公安局'], ['李刚', '政委', '许昌市公安局']]],
    ['洛阳市司法局党委书记、局长陈立新，副局长王强参加会议。', [
      ['陈立新', '党委书记', '洛阳市司法局'], ['陈立新', '局长', '洛阳市司法局'], ['王强', '副局长', '洛阳市司法局'],
    ]],
    // a government post after a party committee's: the government of the same region
    ['洛阳市委书记王建国、市长李明出席会议。', [['王建国', '书记', '中共洛阳市委员会'], ['李明', '市长', '洛阳市人民政府']]],
    // a chain with a region or body of its own keeps it
    ['洛阳市委书记王建国、许昌市副市长李明出席。', [['王建国', '书记', '中共洛阳市委员会'], ['李明', '副市长', '许昌市人民政府']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('not across other words: 院长刘峰主持，副院长张雪… has no body for 张雪', () => {
    const out = ex.extract('哈尔滨市道里区人民法院院长刘峰主持会议，副院长张雪参加。');
    expect(positions(out)).toEqual([['刘峰', '院长', '哈尔滨市道里区人民法院'], ['张雪', '副院长', null]]);
  });
});

describe('a spokesperson is a post of the body named before it', () => {
  test.each([
    ['厦门市公安局副局长、新闻发言人黄海波通报了案情。', [['黄海波', '副局长', '厦门市公安局'], ['黄海波', '新闻发言人', '厦门市公安局']]],
    ['司法部发言人陈晓岚回答记者提问。', [['陈晓岚', '发言人', '司法部']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });
});

describe('former posts: 原 before the chain, after a 、, or between the body and the post (the first: the whole chain)', () => {
  const held = (out: Extraction) => out.positions.map((p) => [p.title, out.organisations.find((o) => o.id === p.organisation)?.name ?? null, p.former]);
  test.each([
    ['原洛阳市委副书记王志刚接受审查调查。', [['副书记', '中共洛阳市委员会', true]]],
    ['原洛阳市委副书记、市长王志刚接受审查调查。', [['副书记', '中共洛阳市委员会', true], ['市长', '洛阳市人民政府', true]]],
    ['洛阳市委原常委、政法委原书记李建军接受审查调查。', [['常委', '中共洛阳市委员会', true], ['书记', '中共洛阳市委政法委员会', true]]],
    ['洛阳市委副书记、原市长王强出席。', [['副书记', '中共洛阳市委员会', false], ['市长', '洛阳市人民政府', true]]],
    // 原 on the first post leaves the whole chain; jieba glues it to the body (区委|原 read as 委原, 厅原)
    ['许昌市建安区委原常委、副区长孙明被开除党籍。', [['常委', '中共许昌市建安区委员会', true], ['副区长', '许昌市建安区人民政府', true]]],
    ['河南省交通运输厅原党组成员、副厅长刘海接受审查。', [['党组成员', '河南省交通运输厅', true], ['副厅长', '河南省交通运输厅', true]]],
    // 原 between a region and a head-of-government post: that region's government, the post a former one
    ['开封市原副市长孙立强接受审查调查。', [['副市长', '开封市人民政府', true]]],
    ['开封市原副市长孙某严重违纪违法。', [['副市长', '开封市人民政府', true]]],
    // 原 at the end of a word is no marker: 平原县, 高原
    ['平原县委书记王强主持会议。', [['书记', '中共平原县委员会', false]]],
    ['洛阳市委书记王建国出席。', [['书记', '中共洛阳市委员会', false]]],
  ])('%s', (text, expected) => {
    expect(held(ex.extract(text))).toEqual(expected);
  });

  test('the positions table has a former column', () => {
    const csv = toCsv([ex.extract('洛阳市委副书记、原市长王强出席。')], 'positions').trim().split('\n');
    const header = csv[0].split(',');
    const col = header.indexOf('former');
    expect(col).toBeGreaterThan(0);
    expect(csv.slice(1).map((l) => l.split(',')[col])).toEqual(['false', 'true']);
  });
});

describe('names listed with 、 after the holder hold the same posts', () => {
  test.each([
    ['洛阳市中级人民法院院长王志国，副院长李建华、陈红出席。', [
      ['王志国', '院长', '洛阳市中级人民法院'], ['李建华', '副院长', '洛阳市中级人民法院'], ['陈红', '副院长', '洛阳市中级人民法院'],
    ]],
    ['洛阳市副市长刘洋、陈东，许昌市副市长王强出席。', [
      ['刘洋', '副市长', '洛阳市人民政府'], ['陈东', '副市长', '洛阳市人民政府'], ['王强', '副市长', '许昌市人民政府'],
    ]],
    // a listed name with a post of its own keeps it
    ['会见了洛阳市委书记王建国、市长李明。', [['王建国', '书记', '中共洛阳市委员会'], ['李明', '市长', '洛阳市人民政府']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('副 before a post is no part of the name before it: 陈东副市长 is 陈东', () => {
    const out = ex.extract('陈东副市长出席会议。');
    expect(out.persons.map((p) => p.name)).toEqual(['陈东']);
    expect(positions(out)).toEqual([['陈东', '副市长', null]]);
  });
});

describe('appointments: a name, 同志任 / 担任 / 为, then the posts', () => {
  test.each([
    ['经研究决定：王志远同志任洛阳市副市长。', [['王志远', '副市长', '洛阳市人民政府']]],
    ['欧阳志远同志任洛阳市人民政府副市长。', [['欧阳志远', '副市长', '洛阳市人民政府']]],
    ['张军同志担任许昌市司法局局长。', [['张军', '局长', '许昌市司法局']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('不再担任 is no appointment: the name held the post, which is marked former (person-context.json careerVerbs)', () => {
    const out = ex.extract('李红同志不再担任洛阳市副市长职务。');
    expect(positions(out)).toEqual([['李红', '副市长', '洛阳市人民政府']]);
    expect(out.positions[0].former).toBe(true);
  });

  test('同志 after a full name marks a person; after a word or a one-character name it does not', () => {
    expect(ex.extract('大家要向雷锋同志学习。').persons.map((p) => p.name)).toEqual(['雷锋']);
    for (const text of ['要关心同志、爱护同志。', '老同志发挥余热。', '王同志热情接待。']) expect(ex.extract(text).persons).toEqual([]);
  });
});

describe('personnel decisions: 任命某某为…, 免去某某的…职务, 同意某某辞去…职务', () => {
  const held = (out: Extraction) =>
    out.positions.map((p) => [out.persons.find((x) => x.id === p.person)?.name ?? null, p.title, out.organisations.find((o) => o.id === p.organisation)?.name ?? null, p.former]);
  test.each([
    // the name has no other cue: the decision marks it
    ['许昌市人大常委会任命孙立平为许昌市人民政府副市长。', [['孙立平', '副市长', '许昌市人民政府', false]]],
    ['经研究，决定任命吴海燕同志为许昌市司法局局长。', [['吴海燕', '局长', '许昌市司法局', false]]],
    // jieba glues the name's last character to 为 (刘洋为): 为 settles where the name ends
    ['任命沈洋为许昌市司法局副局长。', [['沈洋', '副局长', '许昌市司法局', false]]],
    // a removal or a resignation: the posts are left
    ['免去郑海鹰的许昌市人民政府副市长职务。', [['郑海鹰', '副市长', '许昌市人民政府', true]]],
    ['会议同意冯志刚辞去许昌市人民政府市长职务。', [['冯志刚', '市长', '许昌市人民政府', true]]],
    // several names listed with 、: each holds (or leaves) the posts
    [
      '免去郑海鹰、冯志刚的许昌市人民检察院副检察长职务。',
      [['郑海鹰', '副检察长', '许昌市人民检察院', true], ['冯志刚', '副检察长', '许昌市人民检察院', true]],
    ],
    ['任命孙立平、吴海燕为许昌市人民政府副市长。', [['孙立平', '副市长', '许昌市人民政府', false], ['吴海燕', '副市长', '许昌市人民政府', false]]],
    // a list of decisions: a colon after the act's word, one decision a clause, ； between them
    ['任命：孙立平为许昌市人民政府副市长；吴海燕为许昌市公安局局长。', [['孙立平', '副市长', '许昌市人民政府', false], ['吴海燕', '局长', '许昌市公安局', false]]],
    ['免去：郑海鹰的许昌市人民政府副市长职务。', [['郑海鹰', '副市长', '许昌市人民政府', true]]],
    // 同志 between the name and 辞去
    ['会议同意冯志刚同志辞去许昌市人民政府市长职务。', [['冯志刚', '市长', '许昌市人民政府', true]]],
  ])('%s', (text, expected) => {
    expect(held(ex.extract(text))).toEqual(expected);
  });

  test('a ； with no decision before it in the sentence names no one', () => {
    expect(ex.extract('会议通报了人事安排；孙立平为许昌市人民政府副市长。').positions.map((p) => p.person)).toEqual([null]);
  });

  test('a removal needs 职务 after the posts; a name with no act before it holds nothing', () => {
    // no 职务: 免去 … 的 reads no decision
    expect(held(ex.extract('免去郑海鹰的许昌市人民政府副市长。'))).toEqual([[null, '副市长', '许昌市人民政府', false]]);
    // 的 with no decision word before the name
    expect(ex.extract('郑海鹰的许昌市人民政府副市长职务没有变化。').persons).toEqual([]);
  });

  test('a post before 候选人, 人选 or 热线 is no post', () => {
    expect(ex.extract('市委提名孙立平为许昌市人民政府市长候选人。').positions).toEqual([]);
    expect(ex.extract('拨打许昌市长热线反映问题。').positions).toEqual([]);
  });
});

test('a bare level word glued to 为 or 向 by the segmenter still starts a body (为市|人民政府)', () => {
  for (const text of ['孙立平为市人民政府副市长。', '要及时向市人民政府报告。']) {
    const out = ex.extract(text, { explain: true });
    expect(out.mentions.filter((m) => m.type === 'organisation').map((m) => m.text)).toEqual(['市人民政府']);
  }
  // 锡盟|法院: a level word inside another word still is no bare 盟
  expect(ex.extract('锡盟法院审结案件。', { explain: true }).mentions.filter((m) => m.type === 'organisation')).toEqual([]);
});

describe('a bare organ listed in the chain of posts after a body of its region', () => {
  test.each([
    // 村委会 / 居委会 only after a village or community, 办事处 after a 街道, 行署 after a 地区: here the chain's body's
    ['李家湾村党支部书记、村委会主任刘长顺带头入股。', [['刘长顺', '书记', '中共李家湾村支部委员会'], ['刘长顺', '主任', '李家湾村村民委员会']]],
    ['庐山社区党委书记、居委会主任孔晓燕介绍经验。', [['孔晓燕', '书记', '中共庐山社区委员会'], ['孔晓燕', '主任', '庐山社区居民委员会']]],
    ['华山街道党工委副书记、办事处主任魏东升主持会议。', [['魏东升', '副书记', '中共华山街道工作委员会'], ['魏东升', '主任', '华山街道办事处']]],
    ['喀什地区党委副书记、行署专员周建疆出席。', [['周建疆', '副书记', '中共喀什地区委员会'], ['周建疆', '专员', '喀什地区行政公署']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('not when no post follows the organ, nor when the body before is of another level', () => {
    const listed = ex.extract('李家湾村党支部书记、村委会和村民代表一起商量。');
    expect(listed.organisations.map((o) => o.name)).toEqual(['中共李家湾村支部委员会']);
    // 办事处 belongs to a 街道, not to a county's committee
    const county = ex.extract('中宁县委书记、办事处主任魏东升出席。');
    expect(county.organisations.map((o) => o.name)).toEqual(['中共中宁县委员会']);
  });
});

describe('a level word before a post that heads its government, in a chain (自治区党委副书记、自治区主席)', () => {
  test.each([
    ['宁夏回族自治区党委副书记、自治区主席马文斌讲话。', [['马文斌', '副书记', '中共宁夏回族自治区委员会'], ['马文斌', '主席', '宁夏回族自治区人民政府']]],
    // the level word of the context: 自治区党委 and 自治区 are the region named before
    ['新疆维吾尔自治区召开干部大会。自治区党委副书记、自治区主席李建疆出席。', [['李建疆', '副书记', '中共新疆维吾尔自治区委员会'], ['李建疆', '主席', '新疆维吾尔自治区人民政府']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('主席 after a province, or after a 自治区 that is not the chain body\'s level, is no government post', () => {
    // 湖北省主席 is no post of the province's government; 政协主席 stays the CPPCC's
    expect(ex.extract('湖北省政协主席何立新出席。').organisations.map((o) => o.name)).toEqual(['中国人民政治协商会议湖北省委员会']);
    const out = ex.extract('银川市委副书记、自治区主席马文斌出席。');
    expect(out.organisations.map((o) => o.name)).not.toContain('宁夏回族自治区人民政府');
    expect(out.organisations.map((o) => o.name)).not.toContain('银川市人民政府');
  });
});

describe('a bare party organ in a chain of posts that a region opens is that region\'s', () => {
  test.each([
    // the last party body named before is the province's: the region written before the chain wins
    ['河南省委召开会议。洛阳市副市长、政法委书记邓志刚出席。', [['邓志刚', '副市长', '洛阳市人民政府'], ['邓志刚', '书记', '中共洛阳市委政法委员会']]],
    ['广东省委召开全会。佛山市常务副市长、政法委书记卢国强介绍。', [['卢国强', '常务副市长', '佛山市人民政府'], ['卢国强', '书记', '中共佛山市委政法委员会']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('a chain opened by a body keeps that body\'s committee', () => {
    expect(positions(ex.extract('广东省委召开全会。佛山市委常委、政法委书记卢国强介绍。'))).toEqual([
      ['卢国强', '常委', '中共佛山市委员会'], ['卢国强', '书记', '中共佛山市委政法委员会'],
    ]);
  });
});

describe('a post fused with its body or place, sharing its last characters (公安局长 for 公安局局长)', () => {
  test.each([
    ['宁波市公安局长陈志刚出席会议。', [['陈志刚', '局长', '宁波市公安局']]],
    ['浙江省公安厅长李红英介绍情况。', [['李红英', '厅长', '浙江省公安厅']]],
    // a central body and its post in one word of the segmenter (外交部长), after a post joined by 兼
    ['国务委员兼外交部长王立新会见来宾。', [['王立新', '国务委员', '国务院'], ['王立新', '部长', '外交部']]],
    // two shared characters: 交警支队 + 支队长
    ['宁波市公安局交警支队长吴海峰介绍。', [['吴海峰', '支队长', '宁波市公安局交警支队']]],
    // a place and the head of its government (海淀区 + 区长), the post's last character glued to the surname
    ['北京市海淀区长周浩然出席。', [['周浩然', '区长', '北京市海淀区人民政府']]],
    // …and the segmenter read that character and the surname as the compound surname 长孙 (海淀区|长孙|明)
    ['北京市海淀区长孙明远出席。', [['孙明远', '区长', '北京市海淀区人民政府']]],
    ['海淀区长孙立出席活动。', [['孙立', '区长', '北京市海淀区人民政府']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('the body keeps its mention, the position holds the fused post as written, no mention overlaps', () => {
    const text = '宁波市公安局长陈志刚出席会议。';
    const out = ex.extract(text);
    expect(out.mentions.map((m) => [m.type, m.text])).toEqual([['organisation', '宁波市公安局'], ['person', '陈志刚']]);
    expect(out.positions.map((p) => [p.title, p.text, text.slice(p.start, p.end)])).toEqual([['局长', '宁波市公安局长', '宁波市公安局长']]);
    const spans = out.mentions.map((m) => [m.start, m.end]).sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < spans.length; k++) expect(spans[k][0]).toBeGreaterThanOrEqual(spans[k - 1][1]);
    const region = ex.extract('北京市海淀区长周浩然出席。').positions[0];
    expect([region.text, region.start, region.end]).toEqual(['区长', 5, 7]);
  });

  test.each(['宁波市公安局长期坚持开展这项工作。', '海淀区长期以来重视教育。', '外交部长期关注此事。'])('no post where 长 starts a word (%s)', (text) => {
    const out = ex.extract(text);
    expect(out.positions).toEqual([]);
    expect(out.mentions.filter((m) => m.type === 'title')).toEqual([]);
  });
});

describe('companies: a legal name is kept as written, and its posts are its own', () => {
  test.each([
    // the place is part of the legal name: not 江苏省银行股份有限公司
    ['江苏银行股份有限公司董事长周海涛出席。', [['周海涛', '董事长', '江苏银行股份有限公司']]],
    // 集团 + 有限公司 is one suffix: the posts after it are the company's
    ['杭州市城市建设投资集团有限公司党委书记、董事长许国平出席。', [['许国平', '党委书记', '杭州市城市建设投资集团有限公司'], ['许国平', '董事长', '杭州市城市建设投资集团有限公司']]],
    ['上海汽车集团股份有限公司总裁贾明远介绍。', [['贾明远', '总裁', '上海汽车集团股份有限公司']]],
    // 集团公司: one suffix, also after a word of the segmenter that ends in 集团
    ['浙江省交通投资集团公司董事长俞海平出席。', [['俞海平', '董事长', '浙江省交通投资集团公司']]],
    ['中国石化集团公司总经理周明远出席。', [['周明远', '总经理', '中国石化集团公司']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('a bank: an institution\'s word ending in 银行, or a place before it, kept as written', () => {
    expect(positions(ex.extract('中国农业银行副行长周海涛出席。'))).toEqual([['周海涛', '副行长', '中国农业银行']]);
    expect(positions(ex.extract('浙江农商银行行长许国平介绍。'))).toEqual([['许国平', '行长', '浙江农商银行']]);
    // the legal name a bank's word opens is read whole
    expect(positions(ex.extract('中国工商银行股份有限公司行长周明远出席。'))).toEqual([['周明远', '行长', '中国工商银行股份有限公司']]);
    // kinds of bank are no bank
    for (const text of ['要发挥商业银行的作用。', '村镇银行发展迅速。', '民营银行和外资银行都参加了。']) expect(ex.extract(text).organisations).toEqual([]);
  });

  describe('village posts written short (titles.json impliedOrgan)', () => {
    test.each([
      ['白石村村支书陈永明主持村民大会。', [['陈永明', '村支书', '中共白石村支部委员会']]],
      // the village's own 村 and 支书 (the segmenter: 白石|村支书)
      ['白石村支书陈永明主持村民大会。', [['陈永明', '支书', '中共白石村支部委员会']]],
      ['白石村村主任陈永明主持村民大会。', [['陈永明', '村主任', '白石村村民委员会']]],
      ['白石村主任陈永明主持村民大会。', [['陈永明', '主任', '白石村村民委员会']]],
      // later in a chain: of the chain's village
      ['白石村村主任、村支书陈永明主持村民大会。', [['陈永明', '村主任', '白石村村民委员会'], ['陈永明', '村支书', '中共白石村支部委员会']]],
      ['白石村党支部书记、村主任陈永明主持村民大会。', [['陈永明', '书记', '中共白石村支部委员会'], ['陈永明', '村主任', '白石村村民委员会']]],
      // no village written: the post alone
      ['该村村支书陈永明带头修路。', [['陈永明', '村支书', null]]],
    ])('%s', (text, expected) => {
      expect(positions(ex.extract(text))).toEqual(expected);
    });

    test('a township or a county before the post is no village: no body', () => {
      expect(ex.extract('天荒坪镇村支书培训班开班。').organisations).toEqual([]);
      expect(ex.extract('安吉县村支书陈永明发言。').organisations).toEqual([]);
    });

    test('团支书 is the Youth League branch secretary, no post of a Party branch', () => {
      expect(positions(ex.extract('学校团支书陈永明组织同学参加志愿服务。'))).toEqual([]);
    });
  });

  test('the national banks (central-bodies.json, kind other), whose names the bank grammar cannot read', () => {
    const orgs = (text: string) => ex.extract(text).organisations.map((o) => [o.name, o.kind]);
    // a generic stem (中国) or a common word (交通) before 银行
    expect(positions(ex.extract('中国银行副行长周海涛出席论坛。'))).toEqual([['周海涛', '副行长', '中国银行']]);
    expect(positions(ex.extract('交通银行董事长许国平表示，将加大支持力度。'))).toEqual([['许国平', '董事长', '交通银行']]);
    expect(positions(ex.extract('国家开发银行党委书记、董事长俞海平主持会议。'))).toEqual([
      ['俞海平', '党委书记', '国家开发银行'],
      ['俞海平', '董事长', '国家开发银行'],
    ]);
    // short forms, named in full
    expect(orgs('国开行向该项目发放贷款。')).toEqual([['国家开发银行', 'other']]);
    expect(orgs('邮储银行发布年报。')).toEqual([['中国邮政储蓄银行', 'other']]);
    // the legal name such a name opens is read whole, as a bank's word's is
    expect(positions(ex.extract('中国银行股份有限公司董事长周明远出席。'))).toEqual([['周明远', '董事长', '中国银行股份有限公司']]);
    // the banking sector is no bank: 中国|银行业 (the engine's own words are kept: these names are not
    // given it at a higher frequency)
    for (const text of ['中国银行业协会发布报告。', '中国银行业资产规模稳步增长。']) expect(ex.extract(text).organisations).toEqual([]);
  });

  test("a bank's branches: a division and 分行 or 支行 after the bank, in that division", () => {
    const orgs = (text: string) => {
      const out = ex.extract(text);
      return out.organisations.map((o) => [o.name, out.regions.find((r) => r.id === o.region)?.name ?? null]);
    };
    expect(positions(ex.extract('工商银行浙江省分行行长周海涛介绍情况。'))).toEqual([['周海涛', '行长', '中国工商银行浙江省分行']]);
    expect(positions(ex.extract('中国人民银行湖州市中心支行行长周海涛出席。'))).toEqual([['周海涛', '行长', '中国人民银行湖州市中心支行']]);
    expect(orgs('中国农业银行安吉县支行发放贷款。')).toEqual([['中国农业银行安吉县支行', '安吉县']]);
    // the branch's division is the context of a bare body after it
    expect(orgs('国家开发银行浙江省分行与省政府签署协议。')).toEqual([
      ['国家开发银行浙江省分行', '浙江省'],
      ['浙江省人民政府', '浙江省'],
    ]);
    // 分行业 'by industry' after a bureau is no branch
    expect(ex.extract('市统计局分行业统计数据显示增长较快。').organisations.filter((o) => o.name.endsWith('分行'))).toEqual([]);
  });

  test('the Xinjiang Production and Construction Corps (central-bodies.json, kind other) and the bodies of its cities', () => {
    const orgs = (text: string) => {
      const out = ex.extract(text);
      return out.organisations.map((o) => [o.name, o.kind, out.regions.find((r) => r.id === o.region)?.name ?? null]);
    };
    expect(positions(ex.extract('新疆生产建设兵团党委书记、司令员马建疆出席。'))).toEqual([
      ['马建疆', '党委书记', '新疆生产建设兵团'],
      ['马建疆', '司令员', '新疆生产建设兵团'],
    ]);
    expect(positions(ex.extract('新疆兵团副司令员马建疆出席。'))).toEqual([['马建疆', '副司令员', '新疆生产建设兵团']]);
    // a city of a division of the corps and an organ of that city: a body of its own, not a unit of the corps
    expect(orgs('新疆生产建设兵团第七师胡杨河市公安局破获一起案件。')).toEqual([
      ['新疆生产建设兵团', 'other', null],
      ['胡杨河市公安局', 'department', '胡杨河市'],
    ]);
    expect(positions(ex.extract('新疆生产建设兵团第七师胡杨河市人民法院院长马建疆出席。'))).toEqual([['马建疆', '院长', '胡杨河市人民法院']]);
    // the city right after the corps' name
    expect(orgs('新疆生产建设兵团胡杨河市公安局破获一起案件。')).toEqual([
      ['新疆生产建设兵团', 'other', null],
      ['胡杨河市公安局', 'department', '胡杨河市'],
    ]);
    // 兵团 alone is no name of it
    expect(ex.extract('兵团精神代代相传，志愿者兵团成立。').organisations).toEqual([]);
  });

  test('中心 right after a division\'s full name or short form is the city centre, no body (organs.json suffixesNeedingName)', () => {
    expect(ex.extract('湖州市中心城区建设加快推进。').organisations).toEqual([]);
    expect(ex.extract('活动在杭州市中心举行。').organisations).toEqual([]);
    expect(ex.extract('湖州中心城区建设加快推进。').organisations).toEqual([]);
    // a name of its own before 中心, or another suffix: a body
    expect(ex.extract('湖州市大数据中心主任许国平介绍。').organisations.map((o) => o.name)).toEqual(['湖州市大数据中心']);
    expect(ex.extract('杭州市图书馆举办讲座。').organisations.map((o) => o.name)).toEqual(['杭州市图书馆']);
  });

  test('a law firm keeps its registered name as written, its place and all', () => {
    expect(ex.extract('浙江天册律师事务所律师孙伟担任辩护人。').organisations.map((o) => o.name)).toEqual(['浙江天册律师事务所']);
    expect(ex.extract('上海市锦天城律师事务所律师出庭。').organisations.map((o) => o.name)).toEqual(['上海市锦天城律师事务所']);
  });

  test('a public institution after a short form still takes the full name of its region', () => {
    expect(ex.extract('湖北社会科学院院长刘振华出席。').organisations.map((o) => o.name)).toEqual(['湖北省社会科学院']);
  });
});

describe('bodies of the armed forces under the Central Military Commission (central-bodies.json)', () => {
  test.each([
    ['东部战区司令员韩立军上将出席仪式。', [['韩立军', '司令员', '中国人民解放军东部战区']]],
    ['南部战区副司令员周海涛出席。', [['周海涛', '副司令员', '中国人民解放军南部战区']]],
    ['中央军委联合参谋部参谋长许国平会见外宾。', [['许国平', '参谋长', '中央军事委员会联合参谋部']]],
    ['军委政治工作部主任贾明远出席。', [['贾明远', '主任', '中央军事委员会政治工作部']]],
    ['火箭军政治委员俞海平出席。', [['俞海平', '政治委员', '中国人民解放军火箭军']]],
    ['中国海军司令员周明远出席。', [['周明远', '司令员', '中国人民解放军海军']]],
    ['国防大学校长许国平出席。', [['许国平', '校长', '中国人民解放军国防大学']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('a unit of the People\'s Armed Police in a region (organs.json armedPolice)', () => {
    expect(positions(ex.extract('武警浙江省总队司令员韩立军出席。'))).toEqual([['韩立军', '司令员', '中国人民武装警察部队浙江省总队']]);
    expect(positions(ex.extract('武警浙江总队政委周海涛出席。'))).toEqual([['周海涛', '政委', '中国人民武装警察部队浙江省总队']]);
    expect(positions(ex.extract('武警杭州支队支队长许国平介绍。'))).toEqual([['许国平', '支队长', '中国人民武装警察部队杭州市支队']]);
    // a unit of the wrong level for its region, or no unit: none
    expect(ex.extract('武警杭州总队出动。').organisations).toEqual([]);
    expect(ex.extract('武警战士冲锋在前。').organisations).toEqual([]);
  });

  test('a unit the segmenter reads as one word (武警北京总队): the region inside it, its mention the unit\'s', () => {
    const text = '武警北京总队司令员韩立军出席。';
    const out = ex.extract(text);
    expect(positions(out)).toEqual([['韩立军', '司令员', '中国人民武装警察部队北京市总队']]);
    expect(out.regions.map((r) => [r.name, r.code])).toEqual([['北京市', '110000']]);
    for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(validateExtraction(out).valid).toBe(true);
  });

  test('the services are named with their country: another state\'s navy is none of them', () => {
    expect(ex.extract('美国海军司令员出席。').organisations.map((o) => o.name)).not.toContain('中国人民解放军海军');
    expect(ex.extract('海军陆战队队员参加演习。').organisations).toEqual([]);
    const out = ex.extract('东部战区新闻发言人发布消息。');
    expect(out.organisations.map((o) => [o.name, o.kind, o.level])).toEqual([['中国人民解放军东部战区', 'central', 'national']]);
    expect(out.organisations[0].aliases).toEqual(['东部战区']);
  });
});

describe('a company whose name runs over several words, or one long word, before its legal suffix', () => {
  const names = (text: string) => ex.extract(text).organisations.map((o) => o.name);
  test.each([
    // 中国 + a proper name or nouns + 集团有限公司: the whole name, not its last two words (华能集团有限公司)
    ['中国华能集团有限公司董事长周海涛出席。', [['周海涛', '董事长', '中国华能集团有限公司']]],
    ['中国建筑集团有限公司总经理许国平致辞。', [['许国平', '总经理', '中国建筑集团有限公司']]],
    ['中国宝武钢铁集团有限公司党委书记贾明远出席。', [['贾明远', '党委书记', '中国宝武钢铁集团有限公司']]],
    // one word of the segmenter longer than four characters, then the suffix (中国工商银行|股份有限公司)
    ['中国工商银行股份有限公司行长俞海平介绍。', [['俞海平', '行长', '中国工商银行股份有限公司']]],
    // the segmenter's word holds the name and a suffix the next word completes (中国石油天然气集团|有限公司)
    ['中国石油天然气集团有限公司总经理周明远致辞。', [['周明远', '总经理', '中国石油天然气集团有限公司']]],
    // an institution's name ends the word with its suffix, whatever its stem (华为技术有限公司)
    ['华为技术有限公司董事长许国平出席。', [['许国平', '董事长', '华为技术有限公司']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('a verb of organs.json legalNameWords is part of the name (控股), another verb ends it', () => {
    expect(names('腾讯控股有限公司发布公告。')).toEqual(['腾讯控股有限公司']);
    // 联合 inside a name; a body before 联合 (the verb) opens no name, and the company after it is read
    expect(names('中国联合网络通信集团有限公司发布年报。')).toEqual(['中国联合网络通信集团有限公司']);
    expect(names('岳阳市公安局联合腾讯科技有限公司开展反诈宣传。')).toEqual(['岳阳市公安局', '腾讯科技有限公司']);
    expect(names('美国制裁华为技术有限公司引发关注。')).toEqual(['华为技术有限公司']);
  });

  test('no company from a generic word, a bare 集团, an anonymised name, or an institution that opens several words', () => {
    expect(names('推动建筑集团有限公司转型发展。')).toEqual([]);
    expect(names('中国军工集团实力增强。')).toEqual([]);
    expect(names('中国某科技有限公司董事长被查。')).toEqual([]);
    // 美国商务部 (nt) opens no company's name, though the segmenter tags 制裁 a noun
    expect(names('美国商务部制裁中国华能集团有限公司。')).toEqual(['美国商务部', '中国华能集团有限公司']);
  });
});

const withFormer = (out: Extraction) => positions(out).map((row, k) => [...row, out.positions[k].former]);

describe('a career verb before a run of posts: the posts of the name its sentence opens with (现任, 历任, 曾任)', () => {
  test.each([
    // a biographical note: 现任 posts are held, 拟任 ones are only proposed (no holder)
    ['周立民，男，汉族，1971年3月生，浙江临海人，中共党员，现任台州市财政局党组书记、局长，拟任台州市人民政府副秘书长。',
      [['周立民', '党组书记', '台州市财政局', false], ['周立民', '局长', '台州市财政局', false], [null, '副秘书长', '台州市人民政府', false]]],
    // 曾任 posts are former ones; the note goes on to the present post
    ['吴海燕，女，1976年8月生，曾任丽水市商务局局长，现任丽水市文化广电旅游局局长。',
      [['吴海燕', '局长', '丽水市商务局', true], ['吴海燕', '局长', '丽水市文化广电和旅游局', false]]],
    // a name with no note: 某某某，现任…
    ['陈国华，现任温州市鹿城区委常委、组织部部长。',
      [['陈国华', '常委', '中共温州市鹿城区委员会', false], ['陈国华', '部长', '中共温州市鹿城区委组织部', false]]],
    // a list of nominees: the name after the colon opens its clause
    ['拟任县（市、区）党委书记：陈国华，现任温州市鹿城区委常委、组织部部长。',
      [['陈国华', '常委', '中共温州市鹿城区委员会', false], ['陈国华', '部长', '中共温州市鹿城区委组织部', false]]],
    // an obituary: 某某某同志历任…等职, all of them former; a dissolved ministry is a central body
    ['韩志远同志历任甘肃省委书记、国家计委主任等职。',
      [['韩志远', '书记', '中共甘肃省委员会', true], ['韩志远', '主任', '国家计划委员会', true]]],
    // a biography in sentences: the verb opens a sentence after the note; the name the biography opens
    // with (，男，) holds the posts
    ['周立民，男，汉族，1971年3月生，浙江临海人，1993年8月参加工作，大学学历。现任台州市财政局局长。',
      [['周立民', '局长', '台州市财政局', false]]],
    // two biographies in one paragraph: each verb, the nearest
    ['周立民，男，1971年3月生，大学学历。现任台州市财政局局长。吴海燕，女，1976年8月生，研究生学历。曾任丽水市商务局局长。',
      [['周立民', '局长', '台州市财政局', false], ['吴海燕', '局长', '丽水市商务局', true]]],
  ])('%s', (text, expected) => {
    expect(withFormer(ex.extract(text))).toEqual(expected);
  });

  test('the name before 现任 is a person of its own (reason before-career-verb) and an official', () => {
    const out = ex.extract('陈国华，现任温州市鹿城区委常委。', { explain: true });
    expect(out.persons.map((p) => [p.name, p.role])).toEqual([['陈国华', 'official']]);
    expect(out.mentions.find((m) => m.type === 'person')?.reason).toBe('before-career-verb');
  });

  test.each([
    // the nearest name does not open its sentence: the posts have no holder
    '会上，县委书记王刚讲话，现任县长要多调研。',
    // a sentence ends between the name and the verb
    '据悉，张华，浙江人。现任县长。',
    // a biography's name on another line (paragraph) than the verb
    '张华，男，1970年生，浙江人。\n现任县长。',
  ])('no holder from a name that is not the subject of the note (%s)', (text) => {
    const out = ex.extract(text);
    const holders = out.positions.filter((p) => p.title === '县长').map((p) => p.person);
    expect(holders).toEqual([]);
  });
});

describe('inspection teams of a Party committee (第{O}巡视组, 第{O}巡察组)', () => {
  test.each([
    ['中央第三巡视组组长韩立平出席动员会。', [['韩立平', '组长', '中共中央第三巡视组']]],
    ['浙江省委第二巡视组组长吴建新出席。', [['吴建新', '组长', '中共浙江省委第二巡视组']]],
    ['温州市委第十一巡察组副组长林晓东讲话。', [['林晓东', '副组长', '中共温州市委第十一巡察组']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('a numbered team is a body of its committee', () => {
    const out = ex.extract('浙江省委第二巡视组组长吴建新出席。');
    const team = out.organisations.find((o) => o.name === '中共浙江省委第二巡视组')!;
    expect([team.kind, team.level, team.aliases]).toEqual(['party_organ', 'provincial', ['浙江省委第二巡视组']]);
    expect(out.regions.find((r) => r.id === team.region)?.name).toBe('浙江省');
  });
});

describe('dissolved ministries and commissions are central bodies; X部门 is no ministry', () => {
  test.each([
    ['原卫生部副部长孙建平出席。', [['孙建平', '副部长', '卫生部']]],
    ['原中国银监会主席刘国强讲话。', [['刘国强', '主席', '中国银行业监督管理委员会']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test.each(['各地铁道部门加强运力调度。', '农业部门和文化部门联合检查。', '卫生部门要落实责任。'])('%s: no body', (text) => {
    expect(ex.extract(text).organisations).toEqual([]);
  });
});

describe('the Communist Youth League\'s committees are not the Party\'s', () => {
  test.each([
    ['共青团浙江省委书记朱海明出席活动。', [['朱海明', '书记', '共青团浙江省委员会']]],
    ['中国共产主义青年团浙江省委员会副书记王丽萍讲话。', [['王丽萍', '副书记', '共青团浙江省委员会']]],
    // 团市委: the city the text is about
    ['宁波市召开青年大会，团市委书记陈洁茹主持会议。', [['陈洁茹', '书记', '共青团宁波市委员会']]],
    // 代表团|省委: 团 ends another word, and the committee is the Party's
    ['湖南代表团省委书记沈立华发言。', [['沈立华', '书记', '中共湖南省委员会']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('a League committee is kind other, at its region\'s level', () => {
    const org = ex.extract('共青团浙江省委书记朱海明出席活动。').organisations[0];
    expect([org.name, org.kind, org.level, org.aliases]).toEqual(['共青团浙江省委员会', 'other', 'provincial', ['共青团浙江省委']]);
  });
});

describe('the democratic parties\' committees of a region are not the Communist Party\'s (organs.json democraticParties)', () => {
  test.each([
    // 省委会: the parties' own short form of 委员会
    ['致公党浙江省委会主委李晓明表示，要发挥界别优势。', [['李晓明', '主委', '中国致公党浙江省委员会']]],
    ['民建宁波市委会副主委刘海燕建议。', [['刘海燕', '副主委', '中国民主建国会宁波市委员会']]],
    ['民盟浙江省委主委王丽萍出席。', [['王丽萍', '主委', '中国民主同盟浙江省委员会']]],
    ['中国农工民主党浙江省委员会副主委陈洁茹说。', [['陈洁茹', '副主委', '中国农工民主党浙江省委员会']]],
    ['九三学社宁波市委主委朱海明出席。', [['朱海明', '主委', '九三学社宁波市委员会']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('the committee is kind other, at its region\'s level, with no Party committee beside it', () => {
    const out = ex.extract('民建宁波市委会副主委刘海燕建议。');
    expect(out.organisations.map((o) => [o.name, o.kind, o.level, o.aliases])).toEqual([['中国民主建国会宁波市委员会', 'other', 'prefectural', ['民建宁波市委会']]]);
    // 民进党 (Taiwan's DPP) is no 民进 before a region
    expect(ex.extract('民进党台南市党部主委出席。').organisations).toEqual([]);
  });
});

describe('a post is never read into a name', () => {
  test('a post after 、 opens a new item of the list, not a long name (、校长杜江峰)', () => {
    const out = ex.extract('浙江大学党委书记任晓波、校长杜江峰出席开学典礼。');
    expect(out.persons.map((p) => p.name)).toEqual(['任晓波', '杜江峰']);
    expect(positions(out)).toEqual([['任晓波', '党委书记', '浙江大学'], ['杜江峰', '校长', '浙江大学']]);
  });

  test('a common word of the dictionary glued to a verb is no name (被告人利用|担任)', () => {
    const out = ex.extract('公诉机关指控，被告人利用担任某县县长的职务便利，非法收受他人财物。');
    expect(out.persons).toEqual([]);
  });
});

describe('a unit of a university, academy or Party school is one body with it (organs.json institutionUnits)', () => {
  test.each([
    ['武汉大学法学院教授周俊峰认为，这一规定很有必要。', [], '武汉大学法学院', 'other'],
    // one word of the segmenter: the university and its unit
    ['北京大学法学院院长郑明远主持研讨。', [['郑明远', '院长', '北京大学法学院']], '北京大学法学院', 'other'],
    ['清华大学环境学院副院长刘海燕介绍了项目进展。', [['刘海燕', '副院长', '清华大学环境学院']], '清华大学环境学院', 'other'],
    // a central academy and its institute, in one word of the segmenter or in two
    ['中国社会科学院经济研究所所长黄建平发布报告。', [['黄建平', '所长', '中国社会科学院经济研究所']], '中国社会科学院经济研究所', 'central'],
    ['中国社会科学院法学研究所所长周汉民出席。', [['周汉民', '所长', '中国社会科学院法学研究所']], '中国社会科学院法学研究所', 'central'],
    // 附属 before a hospital, and the hospital's end inside jieba's 医院院长
    ['复旦大学附属华山医院院长毛建新介绍经验。', [['毛建新', '院长', '复旦大学附属华山医院']], '复旦大学附属华山医院', 'other'],
  ])('%s', (text, expected, name, kind) => {
    const out = ex.extract(text);
    expect(positions(out)).toEqual(expected);
    expect(out.organisations.map((o) => [o.name, o.kind])).toEqual([[name, kind]]);
  });

  test('the institution is the unit\'s parent', () => {
    const out = ex.extract('清华大学党委书记邱勇到清华大学环境学院调研。');
    const [university, unit] = out.organisations;
    expect([university.name, unit.name, unit.parent]).toEqual(['清华大学', '清华大学环境学院', university.id]);
  });

  test('a unit of a unit (医学院, then its hospital)', () => {
    const out = ex.extract('浙江大学医学院附属第一医院党委书记梁廷波出席。');
    expect(positions(out)).toEqual([['梁廷波', '党委书记', '浙江大学医学院附属第一医院']]);
  });

  test.each([
    // a joiner-less unit needs a name of its own; a verb or a conjunction is no unit's name
    ['复旦大学举办研究院揭牌仪式。', ['复旦大学']],
    ['清华大学和北京大学学生组成服务队。', ['清华大学', '北京大学']],
    ['中国人民大学教授孙立平认为，要加强监管。', ['中国人民大学']],
  ])('no unit: %s', (text, names) => {
    expect(ex.extract(text).organisations.map((o) => o.name)).toEqual(names);
  });
});

describe('a group a discipline commission stations in another body (organs.json dispatchedGroups)', () => {
  test.each([
    ['中央纪委国家监委驻生态环境部纪检监察组组长韩明德出席。', '中共中央纪律检查委员会驻生态环境部纪检监察组', 'central', 'national'],
    // the host's level word is the commission's region's (jieba's 驻省|教育厅)
    ['四川省纪委监委驻省教育厅纪检监察组组长罗文彬介绍。', '中共四川省委纪律检查委员会驻四川省教育厅纪检监察组', 'party_organ', 'provincial'],
    ['温州市纪委监委驻市卫健委纪检监察组组长叶海燕通报。', '中共温州市委纪律检查委员会驻温州市卫生健康委员会纪检监察组', 'party_organ', 'prefectural'],
    ['福建省纪委驻省公安厅纪检组组长林志坚表示。', '中共福建省委纪律检查委员会驻福建省公安厅纪检组', 'party_organ', 'provincial'],
  ])('%s', (text, name, kind, level) => {
    const out = ex.extract(text);
    expect(out.organisations.map((o) => [o.name, o.kind, o.level])).toEqual([[name, kind, level]]);
    expect(positions(out).map((p) => p[2])).toEqual([name]);
  });

  test('the host\'s parse gives back what it read past the group (市公安局纪检监察组联合…)', () => {
    const out = ex.extract('嘉兴市纪委监委驻市公安局纪检监察组联合市公安局开展整治。');
    expect(out.organisations.map((o) => o.name)).toEqual(['中共嘉兴市委纪律检查委员会驻嘉兴市公安局纪检监察组', '嘉兴市公安局']);
  });

  test('a numbered group (派驻第N纪检监察组) is a unit of the commission, in a chain of posts', () => {
    const out = ex.extract('山东省纪委监委驻省自然资源厅纪检监察组组长、省纪委监委派驻第二纪检监察组组长高建军讲话。');
    expect(positions(out)).toEqual([
      ['高建军', '组长', '中共山东省委纪律检查委员会驻山东省自然资源厅纪检监察组'],
      ['高建军', '组长', '中共山东省委纪律检查委员会派驻第二纪检监察组'],
    ]);
  });

  test('no group without 驻 and a host (驻点督导组)', () => {
    const out = ex.extract('湖北省纪委监委驻点督导组深入基层。');
    expect(out.organisations.map((o) => o.name)).toEqual(['中共湖北省委纪律检查委员会']);
  });
});

describe('a bare grassroots body in a chain of posts keeps the chain going (organs.json bareBodies)', () => {
  test.each([
    ['村党支部书记、村委会主任黄德明带领村民修路。', [['黄德明', '党支部书记', null], ['黄德明', '主任', null]]],
    ['社区党委书记、居委会主任孙桂兰入户走访。', [['孙桂兰', '党委书记', null], ['孙桂兰', '主任', null]]],
    // a level word alone before the post (镇|党委书记)
    ['县委常委、镇党委书记马向东到村里调研。', [['马向东', '常委', null], ['马向东', '党委书记', null]]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test('the bare body\'s post is not of the body before it', () => {
    const out = ex.extract('余杭区委常委、村委会主任陈立华出席。');
    expect(positions(out)).toEqual([['陈立华', '常委', '中共杭州市余杭区委员会'], ['陈立华', '主任', null]]);
  });

  test('other words between two posts still part the chain', () => {
    const out = ex.extract('党支部书记、公司主任刘建业出席。');
    expect(positions(out)).toEqual([['刘建业', '主任', null]]);
  });
});

describe('a body the lexicon does not name, between two posts of a chain (organs.json unnamedBodies)', () => {
  test.each([
    // a level word, then a name ending in 中心 / 办: the chain goes on to the name, the post's body unknown
    ['瑞安市委政法委副书记、市网格化服务管理中心主任沈立群介绍经验。', [['沈立群', '副书记', '中共瑞安市委政法委员会'], ['沈立群', '主任', null]]],
    ['省委宣传部副部长、省文明办主任丁慧出席。', [['丁慧', '副部长', null], ['丁慧', '主任', null]]],
    // a region first: the body is read whole
    ['温州市委组织部副部长、温州市人才发展服务中心主任郑海涛讲话。', [['郑海涛', '副部长', '中共温州市委组织部'], ['郑海涛', '主任', '温州市人才发展服务中心']]],
    // a body the text names first, then a unit of it the lexicon does not have, ending in 室
    ['中央政法委副秘书长、中央政法委基层治理指导室主任梁文海出席。', [['梁文海', '副秘书长', '中共中央政法委员会'], ['梁文海', '主任', null]]],
    ['省委政法委副书记、省委政法委执法监督室主任吴丽清出席。', [['吴丽清', '副书记', null], ['吴丽清', '主任', null]]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });

  test.each([
    // no level word or region first
    ['党支部书记、合作社理事会办公室主任刘建业出席。', [['刘建业', '主任', null]]],
    // a phrase with 的 in it
    ['副局长、市里负责信访的中心主任刘建业出席。', [['刘建业', '主任', null]]],
    // a body first, then a phrase with 的 before the unit
    ['中央政法委副秘书长、中央政法委下设的指导室主任梁文海出席。', [[null, '副秘书长', '中共中央政法委员会'], ['梁文海', '主任', null]]],
  ])('other words still part the chain: %s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });
});

describe('a central body written by its alias right before a post', () => {
  // the segmenter knows the aliases too: 国家发展改革委|副主任, not 改革|委副|主任 (a body cut short of its end)
  test.each([
    ['国家发展改革委副主任周明远出席发布会。', [['周明远', '副主任', '国家发展和改革委员会']]],
    ['国家发改委副主任周明远介绍。', [['周明远', '副主任', '国家发展和改革委员会']]],
  ])('%s', (text, expected) => {
    expect(positions(ex.extract(text))).toEqual(expected);
  });
});
