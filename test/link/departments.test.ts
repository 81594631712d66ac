/**
 * Government departments of dicts/organs.json `departments`: a region (or a level word the passage's
 * region resolves) + the department + its suffix is one body, the post after it that body's.
 * Sentences of our own.
 */
import { createExtractor, type Extraction, type Extractor } from '../../src';

let ex: Extractor;
beforeAll(() => {
  ex = createExtractor();
});

const posts = (out: Extraction) =>
  out.positions.map((p) => [out.persons.find((x) => x.id === p.person)?.name ?? null, p.title, out.organisations.find((o) => o.id === p.organisation)?.name ?? null]);

describe('departments', () => {
  test.each([
    ['浙江省大数据发展管理局局长陈明说。', '陈明', '局长', '浙江省大数据发展管理局'],
    ['国家知识产权局局长王平出席发布会。', '王平', '局长', '国家知识产权局'],
    ['江苏省档案局局长周林介绍情况。', '周林', '局长', '江苏省档案局'],
    ['四川省疾病预防控制局副局长吴迪介绍。', '吴迪', '副局长', '四川省疾病预防控制局'],
    // a short form, named by its full name
    ['福建省疾控局局长郑华表示。', '郑华', '局长', '福建省疾病预防控制局'],
    // a body that no longer exists keeps its own name
    ['广西壮族自治区环境保护厅厅长黄林说。', '黄林', '厅长', '广西壮族自治区环境保护厅'],
    ['贵州省扶贫办主任王刚介绍。', '王刚', '主任', '贵州省扶贫开发办公室'],
    ['杭州市数据资源管理局局长周林介绍。', '周林', '局长', '杭州市数据资源管理局'],
    // posts of a department's leadership beside its heads (titles.json)
    ['浙江省教育厅总督学吴迪出席。', '吴迪', '总督学', '浙江省教育厅'],
    // the Party committees' financial and science commissions and their offices (2023 reform)
    ['浙江省委金融办主任吴迪介绍。', '吴迪', '主任', '中共浙江省委金融委员会办公室'],
    ['浙江省委科技办主任郑华出席。', '郑华', '主任', '中共浙江省委科技委员会办公室'],
  ])('%s', (text, name, title, body) => {
    expect(posts(ex.extract(text))).toEqual([[name, title, body]]);
  });

  test('督察专员 is a post of its own, so the chain goes on to the name', () => {
    expect(posts(ex.extract('浙江省生态环境厅党组成员、督察专员陈凌出席。'))).toEqual([
      ['陈凌', '党组成员', '浙江省生态环境厅'], ['陈凌', '督察专员', '浙江省生态环境厅'],
    ]);
  });

  test('a level word takes the region of the passage: 省公务员局 after 湖北省委', () => {
    const out = ex.extract('湖北省委组织部副部长、省公务员局局长胡明宣读了任职通知。');
    expect(posts(out)).toEqual([
      ['胡明', '副部长', '中共湖北省委组织部'],
      ['胡明', '局长', '湖北省公务员局'],
    ]);
  });
});
