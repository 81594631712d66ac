/**
 * Inputs people really send: blank text, Windows line ends, full-width forms, HTML left in,
 * traditional characters, and big documents. Sentences invented for these tests.
 */
import { createExtractor, type Extraction, type Extractor } from '../../src';
import { problems } from './invariants';

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});

function run(text: string): Extraction {
  const ex = extractor.extract(text);
  expect(problems(text, ex)).toEqual([]);
  return ex;
}

const EMPTY = { mentions: [], persons: [], positions: [], organisations: [], regions: [], metrics: [], slogans: [], documents: [] };

const BYLINE = '本报讯（记者陈晓东 通讯员赵立新）';
const PARAGRAPHS = [
  '宁波市委常委、政法委书记李明远主持召开专题会议，研究部署下半年政法工作。',
  // a layout line break inside 专项工作 (the paragraph is long prose and does not end there)
  '今年以来，湖北高院党组书记、院长王志强带队督办执行案件，全年执行到位金额3518万元，近600人参加集中培训，破案率同比上升27.46%，全省法院扎实推进专项\n工作。',
  '会议传达学习了《法治政府建设实施纲要（2021—2025年）》，要持续深化“放管服”改革。',
];
const PLAIN = [BYLINE, ...PARAGRAPHS].join('\n\n');

/** What a reader would compare: names, posts, figures; not offsets or the surface forms. */
function records(ex: Extraction) {
  const org = (id: string | null) => ex.organisations.find((o) => o.id === id)?.name ?? null;
  const person = (id: string | null) => ex.persons.find((p) => p.id === id)?.name ?? null;
  return {
    persons: ex.persons.map((p) => [p.name, p.role]),
    positions: ex.positions.map((j) => [person(j.person), j.title, org(j.organisation)]),
    organisations: ex.organisations.map((o) => o.name),
    regions: ex.regions.map((r) => r.name),
    metrics: ex.metrics.map((q) => [q.value, q.unit, q.approx]),
    slogans: ex.slogans.map((s) => s.name),
    documents: ex.documents.map((d) => d.title),
    types: ex.mentions.map((m) => m.type),
  };
}

describe('blank input', () => {
  test.each([
    ['empty', ''],
    ['spaces and tabs', '   \t\t  '],
    ['line ends of every style', '\n\r\n\r\n\n\r'],
    ['ideographic, no-break and zero-width spaces, BOM', '\u3000\u00a0\u200b\ufeff\u3000'],
    ['blank HTML', '<p>&nbsp;</p><br/>\n<div> </div>'],
  ])('%s gives empty lists', (_label, text) => {
    expect(run(text)).toEqual({ schemaVersion: '1', docId: null, ...EMPTY });
  });
});

describe('Windows line endings', () => {
  test('\\r\\n gives the records of \\n, with offsets into the \\r\\n text', () => {
    const crlf = PLAIN.replace(/\n/g, '\r\n');
    const unix = run(PLAIN);
    const windows = run(crlf);
    expect(records(windows)).toEqual(records(unix));
    expect(records(unix).persons).toEqual([['陈晓东', 'reporter'], ['赵立新', 'correspondent'], ['李明远', 'official'], ['王志强', 'official']]);
    // every offset after the first line end has moved by the \r before it
    const cr = (at: number) => crlf.slice(0, at).split('\r').length - 1;
    for (const [a, b] of windows.mentions.map((m, k) => [m, unix.mentions[k]] as const)) expect(a.start - cr(a.start)).toBe(b.start);
  });

  test('old Mac line ends (\\r alone) read as line ends too', () => {
    expect(records(run(PLAIN.replace(/\n/g, '\r')))).toEqual(records(run(PLAIN)));
  });
});

describe('full-width forms', () => {
  test('full-width digits, point and percent give the same figures; mention text is as written', () => {
    const text = '全年执行到位金额３５１８万元，破案率同比上升２７．４６％，近５００人参加培训。';
    const ex = run(text);
    expect(ex.metrics.map((q) => [q.text, q.value, q.unit])).toEqual([
      ['３５１８万元', 35180000, '元'],
      ['２７．４６％', 27.46, '%'],
      ['近５００人', 500, '人'],
    ]);
  });

  test('full-width Latin letters and ideographic spaces do not break a record', () => {
    const text = '宁波市委常委、政法委书记李明远　主持召开ＡＩ赋能专题会议。';
    expect(records(run(text)).positions).toEqual([
      ['李明远', '常委', '中共宁波市委员会'],
      ['李明远', '书记', '中共宁波市委政法委员会'],
    ]);
  });
});

describe('HTML left in the text', () => {
  const page = [
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>工作动态</title>',
    '<style>.content p { margin: 0 }</style></head>\n<body><div class="content">',
    `<p>${BYLINE}</p>`,
    `<p>${PARAGRAPHS[0]}</p>`,
    `<p>${PARAGRAPHS[1].replace('\n', '')}</p>`,
    `<p>${PARAGRAPHS[2].replace('“放管服”', '&ldquo;放管服&rdquo;')}</p>`,
    '<script>var note = "市委书记张国华";</script><!-- 编辑：记者刘文 -->',
    '</div></body></html>',
  ].join('');

  test('a page gives the records of its text; script, style and comments give nothing', () => {
    const ex = run(page);
    expect(records(ex)).toEqual(records(run(PLAIN)));
    expect(ex.persons.map((p) => p.name)).not.toContain('张国华');
    expect(ex.persons.map((p) => p.name)).not.toContain('刘文');
  });

  test('no mention includes tag text; entities are decoded in the records and kept in mention text', () => {
    const text = '<p>深化&ldquo;放管服&rdquo;改革，全年执行到位金额3&#53;18万元。</p><p>《天津市<b>物业</b>管理条例》</p>';
    const ex = run(text);
    for (const m of ex.mentions) expect(m.text).not.toMatch(/[<>]/);
    expect(ex.slogans.map((s) => s.name)).toEqual(['放管服']);
    expect(ex.metrics.map((q) => [q.text, q.value])).toEqual([['3&#53;18万元', 35180000]]);
    // a title with a tag inside is dropped rather than shown with the tag
    expect(ex.documents).toEqual([]);
  });

  test('a < that opens no tag is text (破案率<5%)', () => {
    const ex = run('全市命案破案率<5%的县区，要在2个月内完成整改。');
    expect(ex.metrics.map((q) => q.text)).toContain('5%');
  });
});

describe('traditional characters', () => {
  const TRADITIONAL = '杭州市委常委、政法委書記李明遠主持召開會議。湖北高院黨組書記、院長王志強指出，全年執行到位金額3518萬元，近600人參加培訓。';

  test('are processed: offsets hold, and names written alike in both scripts are found', () => {
    const ex = run(TRADITIONAL);
    expect(ex.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['中共杭州市委员会', '湖北省高级人民法院']));
    expect(ex.regions.map((r) => r.name)).toEqual(expect.arrayContaining(['杭州市', '湖北省']));
    expect(ex.metrics.map((q) => q.text)).toContain('近600人');
  });
});

describe('big documents', () => {
  // Nothing here makes a mention: the scans over text, quotes, marks, markup and code units alone.
  const HOSTILE_BLOCK =
    '“未闭合的引号《没有结尾的书名号\ud800孤立代理\udc00 😀🇨🇳 <p class="x">段落</p><br/>&nbsp;&amp;&#20013;&bogus; ＡＢＣ１２３ \r\n\r\n\u0000\u200b\ufeff 各位读者好，今天天气晴朗，我们一起去公园散步。\t';
  const sized = (block: string, n: number) => block.repeat(Math.ceil(n / block.length));
  const timed = (text: string) => {
    const t0 = performance.now();
    const ex = extractor.extract(text);
    return { ms: performance.now() - t0, ex };
  };

  test('2 MB of hostile text takes about four times 0.5 MB (linear, not quadratic)', () => {
    const small = sized(HOSTILE_BLOCK, 500_000);
    const big = sized(HOSTILE_BLOCK, 2_000_000);
    timed(small); // warm up
    const t1 = Math.min(timed(small).ms, timed(small).ms);
    const { ms: t4, ex } = timed(big);
    expect(problems(big, ex)).toEqual([]);
    // linear is 4x; quadratic would be 16x. Generous for a busy 2-core machine.
    expect({ t1: Math.round(t1), t4: Math.round(t4), ratio: +(t4 / t1).toFixed(1), linear: t4 < 10 * t1 + 500 }).toMatchObject({ linear: true });
    expect(t4).toBeLessThan(25_000);
  });

  test('a text of 160 000 villages (640 kB) is read, not a RangeError (spans were pushed as call arguments)', () => {
    const text = '张庄村、李庄村、'.repeat(80_000);
    const ex = extractor.extract(text);
    expect(ex.regions.map((r) => r.name)).toEqual(['张庄村', '李庄村']);
    expect(ex.mentions).toHaveLength(160_000);
    expect(problems(text, ex)).toEqual([]);
  });

  test('a 200 kB article of dense records completes in bounded time, every offset exact', () => {
    const article = sized(`${PLAIN}\n\n`, 200_000);
    const { ms, ex } = timed(article);
    expect(problems(article, ex)).toEqual([]);
    expect(ex.persons.map((p) => p.name)).toEqual(['陈晓东', '赵立新', '李明远', '王志强']);
    expect(ex.mentions.length).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(20_000);
  });
});
