/**
 * Regions end to end (issue 3): every way a text names a division, context that settles shared
 * names, null codes with a note, regions inside organisation names, and what is not a region.
 * All sentences are written for these tests.
 */
import { createExtractor, validateExtraction, type Extraction, type Extractor, type RegionRecord } from '../../src';

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});

/** Extracts and checks what must always hold: schema-valid, offsets exact, mentions not overlapping. */
function run(text: string): Extraction {
  const ex = extractor.extract(text, { explain: true });
  const result = validateExtraction(ex);
  expect(result.errors).toEqual([]);
  for (const m of ex.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  const sorted = [...ex.mentions].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end);
  // every region mention points at a region record that lists it
  for (const m of ex.mentions.filter((x) => x.type === 'region' && x.ref)) expect(ex.regions.find((r) => r.id === m.ref)!.mentions).toContain(m.id);
  return ex;
}

const regionMentions = (ex: Extraction) => ex.mentions.filter((m) => m.type === 'region').map((m) => m.text);
const region = (ex: Extraction, name: string): RegionRecord => {
  const found = ex.regions.filter((r) => r.name === name);
  expect(found.map((r) => r.name)).toEqual([name]);
  return found[0];
};
const summary = (r: RegionRecord) => [r.name, r.code, r.level, r.path];
const mentionOf = (ex: Extraction, text: string) => ex.mentions.find((m) => m.type === 'region' && m.text === text);
const regionOfMention = (ex: Extraction, text: string) => {
  const m = mentionOf(ex, text);
  expect(m).toBeDefined();
  return ex.regions.find((r) => r.id === m!.ref)!;
};

describe('full names, short forms and abbreviations', () => {
  test('full names with codes, levels and paths', () => {
    const ex = run('广西壮族自治区和黑龙江省今年粮食产量稳中有升，延边朝鲜族自治州也创了新高。');
    expect(summary(region(ex, '广西壮族自治区'))).toEqual(['广西壮族自治区', '450000', 'province', ['广西壮族自治区']]);
    expect(summary(region(ex, '黑龙江省'))).toEqual(['黑龙江省', '230000', 'province', ['黑龙江省']]);
    expect(summary(region(ex, '延边朝鲜族自治州'))).toEqual(['延边朝鲜族自治州', '222400', 'prefecture', ['吉林省', '延边朝鲜族自治州']]);
  });

  test('province short forms resolve to the full name: 湖北, 宁夏, 内蒙古, 广西', () => {
    const ex = run('湖北、宁夏、内蒙古和广西四地的代表交流了各自做法。');
    expect(regionMentions(ex)).toEqual(['湖北', '宁夏', '内蒙古', '广西']);
    expect(ex.regions.map((r) => [r.name, r.code])).toEqual([
      ['湖北省', '420000'], ['宁夏回族自治区', '640000'], ['内蒙古自治区', '150000'], ['广西壮族自治区', '450000'],
    ]);
  });

  test('the usual abbreviations: 锡盟 for 锡林郭勒盟, 内蒙 for 内蒙古自治区', () => {
    const ex = run('锡盟牧区今年雨水充足，内蒙各地草场长势良好。');
    expect(regionMentions(ex)).toEqual(['锡盟', '内蒙']);
    expect(summary(regionOfMention(ex, '锡盟'))).toEqual(['锡林郭勒盟', '152500', 'prefecture', ['内蒙古自治区', '锡林郭勒盟']]);
    expect(regionOfMention(ex, '内蒙').code).toBe('150000');
  });

  test('the special administrative regions: 香港特区 and 澳门特区 are their usual short forms', () => {
    const ex = run('两地游客从香港特区出发，经港珠澳大桥前往澳门特区。');
    expect(regionMentions(ex)).toEqual(['香港特区', '澳门特区']);
    expect(ex.regions.map((r) => [r.name, r.code, r.level])).toEqual([['香港特别行政区', '810000', 'province'], ['澳门特别行政区', '820000', 'province']]);
  });

  test('湖北 in 湖北高院: the organisation’s region, listed in regions, no region mention', () => {
    const ex = run('湖北高院近日发布环境资源审判白皮书。');
    const o = ex.organisations.find((x) => x.name === '湖北省高级人民法院')!;
    expect(o).toBeDefined();
    expect(ex.regions.find((r) => r.id === o.region)?.name).toBe('湖北省');
    expect(regionMentions(ex)).toEqual([]);
  });

  test('prefecture short forms standing alone: 青岛, 洛阳', () => {
    const ex = run('越来越多的企业选择落户青岛，也有不少企业家用行动为洛阳投票。');
    expect(regionMentions(ex)).toEqual(['青岛', '洛阳']);
    expect(ex.regions.map((r) => [r.name, r.code])).toEqual([['青岛市', '370200'], ['洛阳市', '410300']]);
  });

  test('a full name inside a longer word is not a region either: 江南区 of 江南区域', () => {
    const ex = run('推动长三角和江南区域协同发展。');
    expect(ex.regions).toEqual([]);
  });

  test('full names that are also ordinary words need their city: 老城区, 新城区, 东区', () => {
    expect(run('中心城区、老城区和新城区同步推进改造。').regions).toEqual([]);
    const ex = run('西安市召开会议，新城区作交流发言。攀枝花市东区也来了。');
    expect(ex.regions.map((r) => [r.name, r.code])).toEqual([['西安市', '610100'], ['新城区', '610102'], ['攀枝花市', '510400'], ['东区', '510402']]);
  });

  test('a short form inside a longer word is not a region: 长治久安, 南京路, 重庆火锅', () => {
    const ex = run('为了长治久安，他们在南京路上吃了一顿重庆火锅。');
    expect(regionMentions(ex)).toEqual([]);
    expect(ex.regions).toEqual([]);
  });
});

describe('a name with its parents written before it', () => {
  test('内蒙古自治区通辽市: two regions, the city under the region', () => {
    const ex = run('内蒙古自治区通辽市开展矛盾纠纷排查化解专项行动。');
    expect(regionMentions(ex)).toEqual(['内蒙古自治区', '通辽市']);
    expect(summary(region(ex, '通辽市'))).toEqual(['通辽市', '150500', 'prefecture', ['内蒙古自治区', '通辽市']]);
  });

  test('山东省济南市市中区: the parent settles a shared district name (市中区 ×4)', () => {
    const ex = run('山东省济南市市中区推行“一窗通办”改革。');
    expect(summary(region(ex, '市中区'))).toEqual(['市中区', '370103', 'county', ['山东省', '济南市', '市中区']]);
  });

  test('青岛市北区 is 青岛 + 市北区 (one 市 written), not 青岛市 + 北区', () => {
    const ex = run('青岛市北区组织律师进楼宇开展法治体检。');
    expect(regionMentions(ex)).toEqual(['青岛', '市北区']);
    expect(ex.regions.map((r) => [r.name, r.code])).toEqual([['青岛市', '370200'], ['市北区', '370203']]);
  });

  test('a province and a prefecture in one word of the segmenter are both regions (云南省西双版纳傣族自治州)', () => {
    const ex = run('在云南省西双版纳傣族自治州勐腊县，橡胶迎来收获季。');
    expect(regionMentions(ex)).toEqual(['云南省', '西双版纳傣族自治州', '勐腊县']);
    expect(regionMentions(run('吉林省延边朝鲜族自治州珲春市是边境城市。'))).toEqual(['吉林省', '延边朝鲜族自治州', '珲春市']);
    expect(regionMentions(run('上海市浦东新区推进综合改革试点。'))).toEqual(['上海市', '浦东新区']);
  });

  test('a county short form after its province is confirmed: 青海德令哈', () => {
    const ex = run('青海德令哈的枸杞种植面积逐年扩大。');
    expect(regionMentions(ex)).toEqual(['青海', '德令哈']);
    expect(summary(region(ex, '德令哈市'))).toEqual(['德令哈市', '632802', 'county', ['青海省', '海西蒙古族藏族自治州', '德令哈市']]);
  });
});

describe('county short forms need context', () => {
  test('alone, with nothing to confirm it, a county short form is not a region', () => {
    const ex = run('德令哈的枸杞种植面积逐年扩大。');
    expect(regionMentions(ex)).toEqual([]);
    expect(ex.regions).toEqual([]);
  });

  test('confirmed by a locative word before it (在义乌, 落户长兴)', () => {
    const ex = run('他先在义乌做外贸，后来把工厂落户长兴。');
    expect(regionMentions(ex)).toEqual(['义乌', '长兴']);
    expect(ex.regions.map((r) => [r.name, r.code])).toEqual([['义乌市', '330782'], ['长兴县', '330522']]);
  });

  test('confirmed by its prefecture named in the document', () => {
    const ex = run('金华市召开民营经济座谈会，东阳、永康的企业代表先后发言。');
    expect(ex.regions.map((r) => r.name)).toEqual(['金华市', '东阳市', '永康市']);
  });

  test('confirmed by its full name elsewhere in the document', () => {
    const ex = run('仪陇县今年新建了三座桥。仪陇的群众出行更方便了。');
    expect(regionMentions(ex)).toEqual(['仪陇县', '仪陇']);
    expect(ex.regions.map((r) => r.name)).toEqual(['仪陇县']);
    expect(region(ex, '仪陇县').mentions).toHaveLength(2);
  });
});

describe('a county short form followed by a word of a lake or a mountain is that feature (region-context.json featureAfter)', () => {
  test('西湖边, 太湖之滨: no county; the full name or another context still reads it', () => {
    expect(regionMentions(run('周末，杭州西湖边游人如织。'))).toEqual(['杭州']);
    expect(regionMentions(run('无锡太湖之滨风景优美。'))).toEqual(['无锡']);
    expect(regionMentions(run('在杭州西湖区调研。'))).toEqual(['杭州', '西湖区']);
    expect(regionMentions(run('安徽太湖县发展茶产业。'))).toEqual(['安徽', '太湖县']);
  });
});

describe('a city\'s short form that is also an ordinary word needs context (region-context.json commonWordAliases)', () => {
  test('来宾 guests, 白银 silver: no region', () => {
    expect(regionMentions(run('市长会见了来宾，双方交换了意见。'))).toEqual([]);
    expect(regionMentions(run('各位来宾，欢迎大家。'))).toEqual([]);
    expect(regionMentions(run('国际白银价格继续走高。'))).toEqual([]);
    expect(regionMentions(run('充足的日照有利于果树生长。'))).toEqual([]);
    // nor does a locative before it, which confirms a county short form (either engine's tags alike)
    expect(regionMentions(run('游客在攀枝花下合影。'))).toEqual([]);
  });

  test('the province before it, its full name, or the full name elsewhere in the document: the city', () => {
    expect(summary(region(run('甘肃白银的铜产业历史悠久。'), '白银市'))).toEqual(['白银市', '620400', 'prefecture', ['甘肃省', '白银市']]);
    expect(region(run('来宾市召开项目推进会。'), '来宾市').code).toBe('451300');
    expect(regionMentions(run('来宾市召开会议。会后，来宾的干部分组调研。'))).toEqual(['来宾市', '来宾']);
    // another city's short form is read as before
    expect(regionMentions(run('国际白银价格走高，岳阳的企业受益。'))).toEqual(['岳阳']);
  });
});

describe('shared names resolved by the document’s context', () => {
  test('鼓楼区 after 南京市 is Nanjing’s, after 福州市 Fuzhou’s', () => {
    expect(region(run('南京市鼓楼区召开社区工作会议。'), '鼓楼区').code).toBe('320106');
    // the city is named earlier in the document, not right before
    const ex = run('福建省福州市召开全市基层治理推进会。会上，鼓楼区介绍了网格化管理经验。');
    expect(summary(region(ex, '鼓楼区'))).toEqual(['鼓楼区', '350102', 'county', ['福建省', '福州市', '鼓楼区']]);
  });

  test('朝阳区: Beijing’s or Changchun’s by the province or city the document is about', () => {
    expect(region(run('北京市召开会议，朝阳区作了交流发言。'), '朝阳区').code).toBe('110105');
    expect(region(run('长春市召开会议，朝阳区作了交流发言。'), '朝阳区').code).toBe('220104');
  });

  test('a shared name the document does not settle: code null, the note says why', () => {
    const ex = run('鼓楼区开展了为期一个月的普法宣传活动。');
    const r = region(ex, '鼓楼区');
    expect([r.code, r.level, r.path]).toEqual([null, 'county', ['鼓楼区']]);
    expect(r.note).toMatch(/shared by 4 divisions/);
    expect(r.note).toMatch(/320106/);
    expect(r.note).toMatch(/code is left null/);
    expect(r.reason).toBe('shared-name-unresolved');
    expect(regionMentions(ex)).toEqual(['鼓楼区']);
  });
});

describe('喀什, 和田: a prefecture and the county-level city named after it', () => {
  test('alone it is the prefecture, 喀什地区', () => {
    const ex = run('喀什的棉花今年又获丰收。');
    expect(summary(regionOfMention(ex, '喀什'))).toEqual(['喀什地区', '653100', 'prefecture', ['新疆维吾尔自治区', '喀什地区']]);
  });

  test('listed with county-level cities it is the city (和田市), and stays so through the document', () => {
    const ex = run('该院与新疆和田、青海德令哈两地检察院签订协作协议。此后，和田检察院派员来学习。');
    const hotan = ex.regions.filter((r) => r.name.startsWith('和田'));
    expect(hotan.map((r) => [r.name, r.code, r.reason])).toEqual([['和田市', '653201', 'short-form-level-of-enumeration-county']]);
    const org = ex.organisations.find((o) => o.name === '和田市人民检察院');
    expect(org).toBeDefined();
    expect(org!.region).toBe(hotan[0].id);
  });
});

describe('townships', () => {
  test('a township written in full, under its county: code, level, path', () => {
    const ex = run('浙江省杭州市余杭区良渚街道组织居民开展垃圾分类。');
    expect(summary(region(ex, '良渚街道'))).toEqual(['良渚街道', '330110010', 'township', ['浙江省', '杭州市', '余杭区', '良渚街道']]);
  });

  test('a township name used by one township only is resolved without context', () => {
    expect(region(run('良渚街道今年新增了两处文化礼堂。'), '良渚街道').code).toBe('330110010');
  });

  test('城关镇: shared by dozens of townships, resolved by the county before it or left null', () => {
    const ex = run('河南省嵩县城关镇的干部走村入户。');
    expect(summary(region(ex, '城关镇'))).toEqual(['城关镇', '410325100', 'township', ['河南省', '洛阳市', '嵩县', '城关镇']]);
    const alone = region(run('城关镇的干部走村入户。'), '城关镇');
    expect([alone.code, alone.level]).toEqual([null, 'township']);
    expect(alone.note).toMatch(/shared by \d{2} divisions/);
  });

  test('a township written under a county that has none of that name is not the table’s namesake', () => {
    const r = region(run('南京市建邺区良渚街道组织居民开展垃圾分类。'), '良渚街道');
    expect([r.code, r.level, r.path]).toEqual([null, 'township', ['江苏省', '南京市', '建邺区', '良渚街道']]);
    expect(r.note).toMatch(/not in the gazetteer under 建邺区.*330110010/);
  });

  test('a township is only counted with its suffix written: 良渚 alone is not one', () => {
    const ex = run('良渚的玉琮闻名中外。');
    expect(ex.regions).toEqual([]);
  });

  test('township names that are also ordinary words need their county: 新城镇, 中心镇', () => {
    const ex = run('要加快建设新城镇，培育一批中心镇。');
    expect(regionMentions(ex)).toEqual([]);
    expect(ex.regions).toEqual([]);
  });

  test('a township name that opens with a preposition cut as its own word needs its county: 快于|城镇居民 is no 于城镇', () => {
    const ex = run('农村居民收入增长7.5%，快于城镇居民2.6个百分点。');
    expect(regionMentions(ex)).toEqual([]);
    expect(ex.regions).toEqual([]);
    // with its county in the text, the township is read
    const withCounty = run('海盐县召开会议，于城镇党委书记出席。');
    expect(withCounty.regions.map((r) => r.name)).toEqual(['海盐县', '于城镇']);
  });

  test('a verb before 街道 is not a township name, even when some township has that name', () => {
    const ex = run('区司法局联合街道开展普法宣传。');
    expect(ex.regions.map((r) => r.name)).not.toContain('联合街道');
  });
});

describe('divisions below the gazetteer, recognised by their suffix', () => {
  test('社区 after a township: level village, no code, the parent from context', () => {
    const ex = run('浙江省杭州市余杭区良渚街道桃源社区举办邻里节。');
    const r = region(ex, '桃源社区');
    expect([r.code, r.level, r.path]).toEqual([null, 'village', ['浙江省', '杭州市', '余杭区', '良渚街道', '桃源社区']]);
    expect(r.note).toMatch(/below the gazetteer.*社区.*良渚街道/);
  });

  test('苏木 and 嘎查: a township and a village, the village under the township', () => {
    const ex = run('宝力根图苏木哈日乌苏嘎查的牧民说，今年草场长得好。');
    expect(regionMentions(ex)).toEqual(['宝力根图苏木', '哈日乌苏嘎查']);
    const sumu = region(ex, '宝力根图苏木');
    expect([sumu.code, sumu.level]).toEqual([null, 'township']);
    const gacha = region(ex, '哈日乌苏嘎查');
    expect([gacha.code, gacha.level, gacha.path]).toEqual([null, 'village', ['宝力根图苏木', '哈日乌苏嘎查']]);
  });

  test('村 after a township of the table: the whole path', () => {
    const ex = run('安徽省凤阳县小溪河镇杨家村的村民领到了分红。');
    expect(region(ex, '小溪河镇').code).toBe('341126112');
    const r = region(ex, '杨家村');
    expect([r.code, r.level, r.path]).toEqual([null, 'village', ['安徽省', '滁州市', '凤阳县', '小溪河镇', '杨家村']]);
  });

  test('a term in quotes of its own is a programme or a title, not a village; nor is a 无X社区 (无讼, 无毒)', () => {
    const ex = run('全区已建成“枫林社区”式服务点，创建无讼社区、无毒村居。');
    expect(regionMentions(ex)).toEqual([]);
    expect(run('全区已建成“无讼社区”48个。').slogans.map((x) => x.name)).toEqual(['无讼社区']);
  });

  test('X村社区: a community named after the village it was (one village, not 村 and 社区)', () => {
    const ex = run('深圳市罗湖区黄贝街道新秀村社区开展义诊。');
    expect(regionMentions(ex)).toEqual(['深圳市', '罗湖区', '黄贝街道', '新秀村社区']);
    expect(region(ex, '新秀村社区').path).toEqual(['广东省', '深圳市', '罗湖区', '黄贝街道', '新秀村社区']);
  });

  test('a township right after its county whose suffix jieba glues to the next word (天荒坪|镇余|村)', () => {
    const ex = run('浙江省安吉县天荒坪镇余村举办乡村音乐节。');
    expect(region(ex, '天荒坪镇').code).toBe('330523108');
    // and no village runs back over the township's end (镇余村, 天荒坪镇余村); 余村 has a name of one character
    expect(ex.regions.map((r) => r.name)).toEqual(['浙江省', '安吉县', '天荒坪镇']);
  });

  test('a glued suffix is no township without its county before it', () => {
    expect(run('他说天荒坪镇余村很美。').regions.map((r) => r.name)).not.toContain('天荒坪镇');
  });

  test('a village of one character is one right after its parent and before one of its bodies or a post', () => {
    const ex = run('安吉县天荒坪镇余村党支部书记汪建国介绍。');
    expect(ex.regions.map((r) => r.name)).toEqual(['安吉县', '天荒坪镇', '余村']);
    expect(region(ex, '余村').path).toEqual(['浙江省', '湖州市', '安吉县', '天荒坪镇', '余村']);
    expect(ex.organisations.map((o) => o.name)).toEqual(['中共安吉县天荒坪镇余村支部委员会']);
    // its county not written: the village's body after the glued word (天荒坪|镇余村|村委会) settles the township
    const glued = run('天荒坪镇余村村委会主任胡建华说。');
    expect(glued.regions.map((r) => r.name)).toEqual(['天荒坪镇', '余村']);
    expect(glued.organisations.map((o) => o.name)).toEqual(['安吉县天荒坪镇余村村民委员会']);
    // no body after it, or a determiner: none
    expect(run('安吉县天荒坪镇新村建设加快推进。').regions.map((r) => r.name)).toEqual(['安吉县', '天荒坪镇']);
    expect(run('安吉县天荒坪镇该村党支部书记介绍。').regions.map((r) => r.name)).toEqual(['安吉县', '天荒坪镇']);
  });

  test('a 街道 that the table does not have is still a township, with a null code', () => {
    const ex = run('南京市建邺区清芷街道组织志愿者开展巡河。');
    const r = region(ex, '清芷街道');
    expect([r.code, r.level, r.path]).toEqual([null, 'township', ['江苏省', '南京市', '建邺区', '清芷街道']]);
  });

  test('the words of base-level work are not villages: 不出村, 进村, 全村, 各社区, 嘎查村, 无诈社区', () => {
    const ex = run('小事不出村、大事不出镇，干部进村入户，全村一村一品；辖区内各社区、各嘎查村建成无诈社区、平安社区10个。');
    expect(regionMentions(ex)).toEqual([]);
    expect(ex.regions).toEqual([]);
  });

  test('ordinary words before a suffix are not names: 助力社区, 走进社区, 乡村, 农村, 度假村', () => {
    const ex = run('律师团队助力社区治理，志愿者走进社区，推进乡村振兴和农村改革，这家度假村也来帮忙。');
    expect(regionMentions(ex)).toEqual([]);
    expect(ex.regions).toEqual([]);
  });

  test('an ordinary word before 社区 names a community when its parent is written right before it', () => {
    const ex = run('良渚街道花园社区举办邻里节，另一个花园社区也来了。');
    expect(region(ex, '花园社区').path).toEqual(['浙江省', '杭州市', '余杭区', '良渚街道', '花园社区']);
    expect(regionMentions(ex)).toEqual(['良渚街道', '花园社区']);
  });
});

describe('not regions: 全国, 全市, 本市, and what they tell the linker', () => {
  test('全市 / 本市 are no regions; 市委 is the committee of the city the passage is about', () => {
    const ex = run('洛阳市召开全市政法工作会议。会议要求，本市各级各部门要认真落实市委部署。');
    expect(regionMentions(ex)).toEqual(['洛阳市']);
    expect(ex.regions.map((r) => r.name)).toEqual(['洛阳市']);
    const committee = ex.organisations.find((o) => o.name === '中共洛阳市委员会')!;
    expect(committee).toBeDefined();
    expect(ex.regions.find((r) => r.id === committee.region)?.code).toBe('410300');
  });

  test('湖北法院 and 锡盟法院 name courts as a group: the region stands alone, no organisation', () => {
    const ex = run('去年湖北法院审结案件百余万件，锡盟法院执结案件两千余件。');
    expect(regionMentions(ex)).toEqual(['湖北', '锡盟']);
    expect(ex.organisations).toEqual([]);
  });

  test('an anonymised company (河南某科技有限公司) is no organisation; its region is a region', () => {
    const ex = run('河南某科技有限公司被法院列为失信被执行人。');
    expect(ex.organisations.map((o) => o.name)).not.toContain('河南省某科技有限公司');
    expect(regionMentions(ex)).toEqual(['河南']);
  });
});

describe('a conjunction and a level word after a name are not a county', () => {
  test('县长李明和县人大常委会主任: 和 joins two posts, 和县 (Anhui) is not named', () => {
    const ex = run('县委副书记、县长周立和县人大常委会主任孙华分别讲话。');
    expect(ex.regions).toEqual([]);
    expect(ex.organisations.map((o) => o.name)).not.toContain('和县人民代表大会常务委员会');
    expect(ex.persons.map((p) => p.name)).toEqual(['周立', '孙华']);
    expect(ex.mentions.filter((m) => m.type === 'organisation').map((m) => m.text)).toEqual(['县委', '县人大常委会']);
  });

  test('和县 itself, written where no name ends, is the county', () => {
    expect(summary(region(run('和县县长周立主持会议。'), '和县'))).toEqual(['和县', '340523', 'county', ['安徽省', '马鞍山市', '和县']]);
    expect(region(run('马鞍山市和县召开大会。'), '和县').code).toBe('340523');
  });
});

describe('divisions below the gazetteer named after a road', () => {
  test.each([
    ['长沙市开福区长春路社区开展活动。', '长春路社区', '长春市'],
    ['南宁市青秀区桂林南路社区开展活动。', '桂林南路社区', '桂林市'],
    ['兰州市城关区天水北路社区开展活动。', '天水北路社区', '天水市'],
  ])('%s: the road named after a city is part of the name, no city', (text, community, city) => {
    const ex = run(text);
    expect(ex.regions.map((r) => r.name)).toContain(community);
    expect(ex.regions.map((r) => r.name)).not.toContain(city);
  });

  test('a road with an ordinal, a verb or a lane: 建国一路, 胜利二路, 文化巷', () => {
    for (const [text, community] of [
      ['海口市美兰区建国一路社区开展活动。', '建国一路社区'],
      ['合肥市瑶海区胜利二路社区开展活动。', '胜利二路社区'],
      ['扬州市广陵区文化巷社区开展活动。', '文化巷社区'],
    ]) expect(run(text).regions.map((r) => r.name)).toContain(community);
  });

  test('the community body is the road community’s, in its chain of divisions', () => {
    const ex = run('成都市金牛区西华街道长春北路社区党委书记邓敏介绍了经验。');
    expect(ex.organisations.map((o) => o.name)).toEqual(['中共成都市金牛区西华街道长春北路社区委员会']);
    expect(ex.regions.map((r) => r.name)).not.toContain('长春市');
  });

  test('a one-character road name only right after a division (…街道八一路社区); a determiner is none', () => {
    expect(run('渝中区解放碑街道八一路社区开展活动。').regions.map((r) => r.name)).toContain('八一路社区');
    expect(run('河北区各路社区开展活动。').regions.map((r) => r.name)).toEqual(['河北区']);
  });
});

describe('a development zone named by a county short form', () => {
  test('调研东湖高新区: the zone, not the county 东湖区 of Nanchang', () => {
    expect(run('省委书记调研东湖高新区。').regions).toEqual([]);
    expect(run('代表团赴东湖新技术产业开发区参观。').regions).toEqual([]);
  });

  test('the short form still names the county where the document names its prefecture', () => {
    const ex = run('杭州市代表团赴萧山经济技术开发区考察。');
    expect(region(ex, '萧山区').code).toBe('330109');
  });
});

describe('regions inside organisation names', () => {
  test('天津市委 → 天津市: in the regions list and as the organisation’s region', () => {
    const ex = run('天津市委召开常委会会议。');
    const r = region(ex, '天津市');
    expect(r.code).toBe('120000');
    expect(r.mentions).toEqual([]);
    expect(ex.organisations.find((o) => o.name === '中共天津市委员会')!.region).toBe(r.id);
  });

  test('a township in an organisation name: 良渚街道党工委', () => {
    const ex = run('良渚街道党工委召开专题会议。');
    const o = ex.organisations.find((x) => x.name === '中共杭州市余杭区良渚街道工作委员会');
    expect(o).toBeDefined();
    expect(o!.level).toBe('township');
    expect(ex.regions.find((r) => r.id === o!.region)?.code).toBe('330110010');
  });

  test('every region of a chain is listed (河南省洛阳市委)', () => {
    const ex = run('河南省洛阳市委召开全会。');
    expect(ex.regions.map((r) => r.name)).toEqual(expect.arrayContaining(['河南省', '洛阳市']));
  });

  test('a police 分局 named by a district gives that district: 济南市公安局市中分局 → 市中区', () => {
    const ex = run('济南市公安局市中分局破获一起电信诈骗案。');
    expect(summary(region(ex, '市中区'))).toEqual(['市中区', '370103', 'county', ['山东省', '济南市', '市中区']]);
  });
});
