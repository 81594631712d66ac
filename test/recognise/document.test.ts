/**
 * Documents named in 《》 (RECORDS.md section 2): the title as written, nested 〈〉 and year
 * ranges kept, and a kind from the title's last word. Every title here is written for these tests.
 */
import { createExtractor, toCsv, validateExtraction, type Extraction, type Extractor } from '../../src';
import { matchTitleMarks } from '../../src/recognise/document';
import { compileDocumentKinds, documentKind } from '../../src/recognise/document/kinds';

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});

function run(text: string): Extraction {
  const ex = extractor.extract(text);
  expect(validateExtraction(ex).errors).toEqual([]);
  for (const m of ex.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return ex;
}
const docs = (ex: Extraction) => ex.documents.map((d) => ({ title: d.title, kind: d.kind }));

describe('kind from the last word', () => {
  test.each([
    ['中华人民共和国行政复议法', 'law'],
    ['中华人民共和国民法典', 'law'],
    ['星城市物业管理条例', 'regulation'],
    ['关于规范行政执法的若干规定', 'provisions'],
    ['星城市志愿服务管理办法', 'measures'],
    ['星城市优化营商环境十条措施', 'measures'],
    ['星城市法治政府建设规划（2026—2030年）', 'plan'],
    ['法治乡村建设实施纲要', 'plan'],
    ['关于加强社区矫正工作的实施意见（试行）', 'opinion'],
    ['关于开展安全生产大检查的通知', 'notice'],
    ['星城区基层治理提升行动方案', 'scheme'],
    ['关于全面推进依法治区的决定', 'decision'],
    ['最高人民法院关于审理物业服务纠纷案件的解释', 'interpretation'],
    ['关于同意设立星城新区的批复', 'reply'],
    ['两地检察机关协作协议', 'agreement'],
    ['星城区行政执法事项清单', 'list'],
    ['星城区执法质量评查工作制度', 'system'],
    ['星城市法治政府建设年度报告', 'report'],
    ['中国的法治建设白皮书', 'report'],
    ['星城故事', 'other'],
  ])('《%s》 is %s', (title, kind) => {
    const ex = run(`会议学习了《${title}》。`);
    expect(docs(ex)).toEqual([{ title, kind }]);
  });

  test('the longest ending decides: 办法 is measures though it ends in 法; 通报 is a notice, 日报 a newspaper', () => {
    const kinds = compileDocumentKinds({ kinds: [{ kind: 'law', endings: ['法'] }, { kind: 'measures', endings: ['办法'] }, { kind: 'notice', endings: ['通报'] }], notDocuments: ['报'] });
    expect(documentKind('星城市停车管理办法', kinds)).toBe('measures');
    expect(documentKind('星城市停车管理法', kinds)).toBe('law');
    expect(documentKind('关于三起典型案例的通报', kinds)).toBe('notice');
    expect(documentKind('星城日报', kinds)).toBeNull();
  });
});

describe('titles as written', () => {
  test('an inner 〈〉 stays part of the title', () => {
    const ex = run('法院适用了《最高人民法院关于适用〈中华人民共和国民法典〉物权编的解释》。');
    expect(docs(ex)).toEqual([{ title: '最高人民法院关于适用〈中华人民共和国民法典〉物权编的解释', kind: 'interpretation' }]);
  });

  test('a nested 《》 stays part of the outer title', () => {
    const ex = run('印发《关于贯彻〈星城市物业管理条例〉的实施方案》。');
    expect(ex.documents.map((d) => d.title)).toEqual(['关于贯彻〈星城市物业管理条例〉的实施方案']);
    const nested = run('印发《关于贯彻《星城市物业管理条例》的实施方案》。');
    expect(nested.documents.map((d) => d.title)).toEqual(['关于贯彻《星城市物业管理条例》的实施方案']);
  });

  test('the year range is kept as written, full-width digits included, and is no metric', () => {
    const text = '审议通过《星城市法治社会建设规划（２０２６—２０３０年）》。';
    const ex = run(text);
    expect(docs(ex)).toEqual([{ title: '星城市法治社会建设规划（２０２６—２０３０年）', kind: 'plan' }]);
    expect(ex.metrics).toEqual([]);
  });

  test('newspapers, magazines and handbooks are not documents', () => {
    expect(run('《星城日报》《法治周刊》和《普法手册》都作了报道。').documents).toEqual([]);
  });

  test('a work named after 电影, 片, 歌曲 … is no document; the policy document beside it is', () => {
    const ex = run('组织观看电影《星火燎原》和警示教育片《守住底线》，学习《星城市廉洁建设实施方案》。');
    expect(docs(ex)).toEqual([{ title: '星城市廉洁建设实施方案', kind: 'scheme' }]);
    expect(run('传唱歌曲《法治之光》。').documents).toEqual([]);
  });

  test('an article or a research project named after 文章, 项目, 课题 is no document', () => {
    expect(run('报纸刊发评论员文章《推进星城法治建设》。').documents).toEqual([]);
    expect(run('本文系省社科基金项目《星城基层治理研究》阶段性成果。').documents).toEqual([]);
    expect(run('承担重点课题《星城法治评估》。').documents).toEqual([]);
    // a law before 项目 is still one
    expect(docs(run('实施《星城市乡村振兴条例》项目。'))).toEqual([{ title: '星城市乡村振兴条例', kind: 'regulation' }]);
  });

  test('a book, an article or a magazine named by the word after 》 is no document (第四卷, 一书, 一文, 杂志)', () => {
    expect(run('认真学习《星城治理文选》第四卷。').documents).toEqual([]);
    expect(run('《星城治理纵横谈》一书出版发行。').documents).toEqual([]);
    expect(run('他在《星火》杂志发表署名文章。').documents).toEqual([]);
    // an article of a law after its title stays the law's
    expect(docs(run('《星城市物业管理条例》第十二条规定了业主的义务。'))).toEqual([{ title: '星城市物业管理条例', kind: 'regulation' }]);
  });

  test('a slogan quoted inside a title is part of the document mention', () => {
    const ex = run('制定《“清风护航”专项行动实施方案》。');
    expect(ex.mentions.map((m) => [m.type, m.text])).toEqual([['document', '“清风护航”专项行动实施方案']]);
  });

  test('an unclosed 《 or a title across a blank line gives nothing and does not throw', () => {
    expect(run('会议学习了《星城市物业管理条例，并作出部署。').documents).toEqual([]);
    expect(run('学习《星城市\n\n物业管理条例》。').documents).toEqual([]);
    expect(run('《'.repeat(500)).documents).toEqual([]);
  });

  test('matchTitleMarks pairs nested marks and forgets the open ones at a blank line', () => {
    expect([...matchTitleMarks('《甲《乙》丙》')]).toEqual([[2, 4], [0, 6]]);
    expect([...matchTitleMarks('》《甲\n乙》')]).toEqual([[1, 5]]);
    expect([...matchTitleMarks('《甲\n\n乙》《丙》')]).toEqual([[6, 8]]);
    expect([...matchTitleMarks('《甲\n\n\n《乙》')]).toEqual([[5, 7]]);
    expect([...matchTitleMarks('《甲\r\n\r\n乙》')]).toEqual([[0, 7]]);
    expect([...matchTitleMarks('《《《')]).toEqual([]);
    expect([...matchTitleMarks('')]).toEqual([]);
  });

  test('the ending is compared with titles ending in any character, and an empty title is other', () => {
    const kinds = compileDocumentKinds({ kinds: [{ kind: 'plan', endings: ['规划', '计划'] }, { kind: 'law', endings: ['法'] }], notDocuments: ['划'] });
    expect(documentKind('星城五年规划', kinds)).toBe('plan');
    expect(documentKind('星城招聘计划', kinds)).toBe('plan');
    expect(documentKind('星城区划', kinds)).toBeNull();
    expect(documentKind('星城条例（试行）', kinds)).toBe('other');
    expect(documentKind('（试行）', kinds)).toBe('other');
  });

  test('the documents CSV carries the kind and the short forms', () => {
    const ex = run('印发《星城区基层治理提升行动方案》。');
    expect(toCsv([ex], 'documents')).toBe('doc,id,title,kind,aliases,mentions\n,d1,星城区基层治理提升行动方案,scheme,,1\n');
    const short = run('印发《星城区基层治理提升行动方案》（以下简称《行动方案》）。');
    expect(toCsv([short], 'documents')).toBe('doc,id,title,kind,aliases,mentions\n,d1,星城区基层治理提升行动方案,scheme,行动方案,2\n');
  });
});

describe('short forms the text introduces (以下简称《…》)', () => {
  test('the short form and its later mentions are the full document’s record, as an alias', () => {
    const text = '区政府印发《关于星城区优化营商环境的实施意见》（以下简称《实施意见》）。《实施意见》共二十条。';
    const ex = run(text);
    expect(ex.documents).toHaveLength(1);
    const d = ex.documents[0];
    expect([d.title, d.kind, d.aliases]).toEqual(['关于星城区优化营商环境的实施意见', 'opinion', ['实施意见']]);
    expect(d.mentions).toHaveLength(3);
    const texts = ex.mentions.filter((m) => m.type === 'document').map((m) => [m.text, m.ref]);
    expect(texts).toEqual([['关于星城区优化营商环境的实施意见', d.id], ['实施意见', d.id], ['实施意见', d.id]]);
  });

  test('简称 and 下称, after a bracket or a comma', () => {
    const ex = run('依照《星城市物业管理条例》，下称《条例》，业主可以申请。');
    expect(ex.documents.map((d) => [d.title, d.kind, d.aliases])).toEqual([['星城市物业管理条例', 'regulation', ['条例']]]);
    const law = run('《中华人民共和国行政复议法》（简称《复议法》）修订施行。');
    expect(law.documents.map((d) => [d.title, d.kind, d.aliases])).toEqual([['中华人民共和国行政复议法', 'law', ['复议法']]]);
  });

  test('a title that merely follows another is a document of its own, with no aliases', () => {
    const ex = run('印发《星城区行动方案》和《星城区实施细则》。');
    expect(ex.documents.map((d) => [d.title, d.aliases])).toEqual([['星城区行动方案', undefined], ['星城区实施细则', undefined]]);
  });
});
