/**
 * renderReport (src/report): one self-contained page per set of documents, marks per mention,
 * the record behind each mention, tables, a summary for several documents, and escaping of
 * everything that comes from the text or the records.
 */
import { createHash } from 'node:crypto';
import { createExtractor, InputError, OptionsError, renderReport, type Extraction, type Extractor, type Mention } from '../../src';
import { layoutMentions } from '../../src/report/article';
import { formatNumber } from '../../src/report/records';

const TEXT_A =
  '宁波市委常委、政法委书记李明远在海曙区主持会议。全年执行到位金额3518万元，破案率同比上升27.46%。' +
  '会议要求深化“放管服”改革，学习《法治社会建设实施纲要（2020—2025年）》。本报记者陈晓东';
const TEXT_B = '湖北高院党组书记、院长王志强带队督办执行案件，近600人参加培训。湖北高院要求深化“放管服”改革。';

let extractor: Extractor;
let exA: Extraction;
let exB: Extraction;
beforeAll(() => {
  extractor = createExtractor();
  exA = extractor.extract(TEXT_A, { docId: 'ningbo.txt', explain: true });
  exB = extractor.extract(TEXT_B, { docId: 'hubei.txt', explain: true });
});

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

interface CardData {
  type: string;
  cls: string;
  text: string;
  span: string;
  rule: string;
  record: { id: string; kind: string; fields: [string, string][] } | null;
}

function cardsOf(html: string): Record<string, CardData> {
  const m = /<script type="application\/json" id="gz-cards">([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]) as Record<string, CardData>;
}

function marksOf(html: string): { id: string; cls: string; text: string }[] {
  return [...html.matchAll(/<mark class="gz-m gz-t-([a-z]+)" id="([^"]+)" data-card="\2" tabindex="0">([^<]*)<\/mark>/g)].map((m) => ({
    cls: m[1], id: m[2], text: unescape(m[3]),
  }));
}

function articleOf(html: string, key: string): string {
  const m = new RegExp(`<section class="gz-doc" id="${key}">[\\s\\S]*?<div class="gz-article" lang="zh">([\\s\\S]*?)</div>`).exec(html);
  expect(m).not.toBeNull();
  return m![1];
}

const field = (card: CardData, label: string) => card.record?.fields.find(([l]) => l === label)?.[1];

describe('one document', () => {
  let html: string;
  beforeAll(() => {
    html = renderReport([{ text: TEXT_A, extraction: exA }]);
  });

  test('is one HTML page with the style and the script inline, and no summary', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<script/g)).toHaveLength(2); // the card data and the page script
    expect(html).toContain('<title>guanzhi report: ningbo.txt</title>');
    expect(html).not.toContain('id="summary"');
  });

  test('every mention is one mark of its type, and the article is exactly the text', () => {
    const marks = marksOf(html);
    expect(marks.map((m) => [m.cls, m.text])).toEqual(exA.mentions.map((m) => [m.type, m.text]));
    const article = articleOf(html, 'd1');
    expect(unescape(article.replace(/<[^>]+>/g, ''))).toBe(TEXT_A);
  });

  test('the legend names every type with its count', () => {
    const count = (t: string) => exA.mentions.filter((m) => m.type === t).length;
    for (const t of ['person', 'title', 'organisation', 'region', 'metric', 'slogan', 'document'])
      expect(html).toContain(`<button type="button" data-type="${t}" aria-pressed="true"><span class="gz-swatch gz-t-${t}"></span>${t} ${count(t)}</button>`);
  });

  test('each mark has a card with the record behind it and both rules', () => {
    const cards = cardsOf(html);
    const marks = marksOf(html);
    expect(Object.keys(cards).sort()).toEqual(marks.map((m) => m.id).sort());
    const byText = (text: string) => cards[marks.find((m) => m.text === text)!.id];

    const org = byText('宁波市委');
    expect(org.rule).toBe('organ:committee+region');
    expect(org.record?.kind).toBe('organisation');
    expect(field(org, 'canonical name')).toBe('中共宁波市委员会');
    expect(field(org, 'kind')).toBe('party_committee');
    expect(field(org, 'level')).toBe('prefectural');
    expect(field(org, 'region')).toBe('宁波市 (330200)');
    expect(field(org, 'rule')).toBe('committee');

    const region = byText('海曙区');
    expect(field(region, 'code')).toBe('330203');
    expect(field(region, 'path')).toBe('浙江省 › 宁波市 › 海曙区');
    expect(field(region, 'level')).toBe('county');

    const money = byText('3518万元');
    expect(field(money, 'value')).toBe('35,180,000');
    expect(field(money, 'unit')).toBe('元');
    expect(field(money, 'approx')).toBe('exact');
    expect(field(money, 'subject')).toBe('执行到位金额');
    expect(field(byText('27.46%'), 'change')).toBe('同比 up');

    const title = byText('常委');
    expect(title.record?.kind).toBe('position');
    expect(field(title, 'holder')).toBe('李明远');
    expect(field(title, 'organisation')).toBe('中共宁波市委员会');
    expect(field(title, 'title')).toBe('常委 (Standing Committee Member)');

    const person = byText('李明远');
    expect(field(person, 'role')).toBe('official');
    expect(field(person, 'positions')).toBe('常委 @ 中共宁波市委员会; 书记 @ 中共宁波市委政法委员会');

    expect(field(byText('放管服'), 'name')).toBe('放管服');
    expect(field(byText('法治社会建设实施纲要（2020—2025年）'), 'title')).toBe('法治社会建设实施纲要（2020—2025年）');
    const m = exA.mentions.find((x) => x.text === '3518万元')!;
    expect(money.span).toBe(`${m.start}–${m.end}`);
  });

  test('the tables list positions, metrics, organisations and slogans, names linked to their first mention', () => {
    const table = (kind: string) => new RegExp(`<details open class="gz-table" data-table="${kind}">([\\s\\S]*?)</details>`).exec(html)![1];
    const marks = marksOf(html);
    const anchor = (text: string) => `#${marks.find((m) => m.text === text)!.id}`;
    expect(table('positions')).toContain(`<td><a href="${anchor('李明远')}">李明远</a></td><td><a href="${anchor('常委')}">常委</a></td>`);
    expect(table('positions')).toContain(`<a href="${anchor('宁波市委')}">中共宁波市委员会</a>`);
    expect(table('positions')).toContain('(2)');
    expect(table('metrics')).toContain(`<a href="${anchor('3518万元')}">3518万元</a></td><td class="gz-num">35,180,000</td><td>元</td><td>money</td><td>exact</td><td>执行到位金额</td>`);
    expect(table('organisations')).toContain('中共宁波市委政法委员会');
    expect(table('slogans')).toContain('放管服');
    expect(table('persons')).toContain('陈晓东</a></td><td>reporter</td>');
    expect(table('regions')).toContain('<td>330203</td>');
    expect(table('documents')).toContain('法治社会建设实施纲要');
  });

  test('an extraction made without explain says where the rule would be', () => {
    const plain = renderReport([{ text: TEXT_A, extraction: extractor.extract(TEXT_A) }]);
    const card = Object.values(cardsOf(plain))[0];
    expect(card.rule).toBe('— (extract with explain: true)');
    expect(plain).toContain('<title>guanzhi report: document 1</title>');
  });
});

describe('several documents', () => {
  let html: string;
  beforeAll(() => {
    html = renderReport([
      { text: TEXT_A, extraction: exA },
      { text: TEXT_B, extraction: exB },
    ]);
  });

  test('a summary comes first, with counts per type and a link to each article', () => {
    const summaryAt = html.indexOf('<section class="gz-summary" id="summary">');
    expect(summaryAt).toBeGreaterThan(0);
    expect(summaryAt).toBeLessThan(html.indexOf('<section class="gz-doc" id="d1">'));
    expect(html).toContain('<h2>Summary: 2 articles</h2>');
    const all = [...exA.mentions, ...exB.mentions];
    const slogans = all.filter((m) => m.type === 'slogan').length;
    expect(html).toContain(`<td><span class="gz-swatch gz-t-slogan"></span>slogan</td><td class="gz-num">${slogans}</td><td class="gz-num">1</td><td class="gz-num">2 slogans</td>`);
    expect(html).toContain('<a href="#d1">ningbo.txt</a>');
    expect(html).toContain('<a href="#d2">hubei.txt</a>');
    expect(html.match(/href="#summary"/g)).toHaveLength(2);
    // mark ids are unique across documents
    const ids = marksOf(html).map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(all.length);
  });

  test('bar charts of the most frequent organisations and slogans are inline SVG', () => {
    const svgs = html.match(/<svg class="gz-chart"[\s\S]*?<\/svg>/g)!;
    expect(svgs).toHaveLength(2);
    const [orgs, slogans] = svgs;
    expect(orgs).toContain('aria-label="Most frequent organisations (mentions)"');
    // 湖北高院 twice in one article: the top bar, the longest
    expect(orgs).toMatch(/<title>湖北省高级人民法院: 2 · in 1 article<\/title>/);
    expect(slogans).toMatch(/<title>放管服: 2 · in 2 articles<\/title>/);
    const widths = [...orgs.matchAll(/<rect class="gz-bar-org" x="\d+" y="\d+" width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBe(Math.max(...widths));
    expect(widths[0]).toBeGreaterThan(widths[widths.length - 1]);
  });

  test('documents that failed are listed in the summary', () => {
    const page = renderReport([{ text: TEXT_B, extraction: exB }], { failures: [{ docId: 'gone.txt', message: 'no such file' }] });
    expect(page).toContain('<h3>Not extracted (1)</h3><ul class="gz-failed"><li>gone.txt: no such file</li></ul>');
  });
});

describe('safety', () => {
  const EVIL = `<script>alert("x")</script> & ' " </style><img src=x onerror=alert(1)> <!-- ]]> </script>`;

  function evilDoc(): { text: string; extraction: Extraction } {
    const text = `前言${EVIL}湖北高院召开会议。`;
    const start = text.indexOf('<script>');
    const mentionText = text.slice(start, start + EVIL.length);
    const org = text.indexOf('湖北高院');
    const mentions: Mention[] = [
      { id: 'm1', type: 'slogan', text: mentionText, start, end: start + EVIL.length, ref: 's1', reason: `rule${EVIL}` },
      { id: 'm2', type: 'organisation', text: '湖北高院', start: org, end: org + 4, ref: 'o1', reason: 'organ:court' },
    ];
    return {
      text,
      extraction: {
        schemaVersion: '1', docId: `doc${EVIL}.txt`, mentions, persons: [], positions: [], regions: [], metrics: [], documents: [],
        organisations: [{ id: 'o1', name: `湖北省高级人民法院${EVIL}`, kind: 'court', level: 'provincial', region: null, parent: null, aliases: [EVIL], mentions: ['m2'] }],
        slogans: [{ id: 's1', name: EVIL, category: null, expansion: [EVIL], mentions: ['m1'] }],
      },
    };
  }

  test('text, ids and record values with markup come out escaped: only the page’s own tags exist', () => {
    const html = renderReport([evilDoc(), evilDoc()], { title: `title${EVIL}` });
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1].toLowerCase()));
    const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'div', 'h1', 'h2', 'h3', 'label', 'input', 'span', 'main', 'section', 'p', 'button',
      'mark', 'details', 'summary', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'ul', 'li', 'svg', 'g', 'text', 'rect', 'script'];
    for (const t of tags) expect(allowed).toContain(t);
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html.match(/<style/gi)).toHaveLength(1);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<!--/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39; &quot; &lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;');
    // no attribute value is broken out of: every double quote in a tag is one of a pair around a value
    for (const tag of html.match(/<[a-zA-Z][^>]*>/g)!) expect(tag).toMatch(/^<[a-zA-Z][a-zA-Z0-9-]*(\s+[a-zA-Z-]+(="[^"]*")?)*\s*>$/);
  });

  test('the card data keeps the strings intact once parsed, and the marks still cover the text', () => {
    const { text, extraction } = evilDoc();
    const html = renderReport([{ text, extraction }]);
    const cards = cardsOf(html);
    const slogan = Object.values(cards).find((c) => c.type === 'slogan')!;
    expect(slogan.text).toBe(EVIL);
    expect(slogan.rule).toBe(`rule${EVIL}`);
    expect(field(slogan, 'name')).toBe(EVIL);
    expect(field(Object.values(cards).find((c) => c.type === 'organisation')!, 'written as')).toBe(EVIL);
    expect(unescape(articleOf(html, 'd1').replace(/<[^>]+>/g, ''))).toBe(text);
  });

  test('nothing is fetched: no URL, no src, no url(), no @import; a CSP allows only the page’s own style and script', () => {
    const html = renderReport([{ text: TEXT_A, extraction: exA }, { text: TEXT_B, extraction: exB }]);
    expect(html).not.toMatch(/https?:|\/\/[a-z]|url\(|@import|\ssrc=|\shref="(?!#)/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(csp).toContain("default-src 'none'");
    const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    expect(csp).toContain(`style-src 'sha256-${sha(style)}'`);
    expect(csp).toContain(`script-src 'sha256-${sha(script)}'`);
    expect(csp).not.toContain('unsafe');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });
});

describe('overlapping and broken mentions (input not made by guanzhi)', () => {
  const text = '宁波市委常委李明远主持会议。';
  const m = (id: string, start: number, end: number, type: Mention['type'] = 'organisation'): Mention => ({
    id, type, start, end, text: text.slice(start, end), ref: null,
  });

  test('highlights stay flat: an inner or crossing mention is listed, not nested', () => {
    const outer = m('m1', 0, 6);
    const inner = m('m2', 0, 3, 'region');
    const crossing = m('m3', 4, 9, 'person');
    const after = m('m4', 6, 9, 'person');
    const { shown, skipped } = layoutMentions(text, [inner, outer, crossing, after]);
    expect(shown.map((p) => p.mention.id)).toEqual(['m1', 'm4']);
    expect(skipped.map((s) => [s.mention.id, s.why])).toEqual([
      ['m2', 'inside m1 (宁波市委常委)'],
      ['m3', 'overlaps m1 (宁波市委常委)'],
    ]);
  });

  test('offsets outside the text or not matching it are listed, and the page still renders', () => {
    const bad: Mention[] = [
      { id: 'm1', type: 'person', text: '李明远', start: 6, end: 9, ref: null },
      { id: 'm2', type: 'person', text: '王五', start: 0, end: 2, ref: null },
      { id: 'm3', type: 'region', text: 'x', start: 50, end: 51, ref: null },
      { id: 'm4', type: 'region', text: 'x', start: 3, end: 3, ref: null },
    ];
    const ex: Extraction = { schemaVersion: '1', docId: null, mentions: bad, persons: [], positions: [], organisations: [], regions: [], metrics: [], slogans: [], documents: [] };
    const html = renderReport([{ text, extraction: ex }]);
    expect(marksOf(html).map((x) => x.text)).toEqual(['李明远']);
    expect(html).toContain('<summary>Not highlighted (3)</summary>');
    expect(html).toContain('m2 person “王五”: offsets do not match its text');
    expect(html).toContain('m3 region “x”: offsets outside the text');
    expect(unescape(articleOf(html, 'd1').replace(/<[^>]+>/g, ''))).toBe(text);
  });
});

describe('arguments', () => {
  test('bad documents throw InputError, bad options OptionsError', () => {
    expect(() => renderReport('x' as never)).toThrow(InputError);
    expect(() => renderReport([{ text: 1, extraction: exA }] as never)).toThrow(InputError);
    expect(() => renderReport([{ text: 'x', extraction: {} }] as never)).toThrow(InputError);
    expect(() => renderReport([], { colour: 'red' } as never)).toThrow(OptionsError);
    expect(() => renderReport([], { title: 3 } as never)).toThrow(OptionsError);
    expect(() => renderReport([], { failures: [{ docId: 'a' }] } as never)).toThrow(OptionsError);
  });

  test('no documents is an empty page, not an error', () => {
    const html = renderReport([]);
    expect(html).toContain('<title>guanzhi report: 0 articles</title>');
    expect(marksOf(html)).toEqual([]);
  });

  test('numbers are grouped by thousands', () => {
    expect([formatNumber(35180000), formatNumber(58236.47), formatNumber(27.46), formatNumber(null), formatNumber(500)]).toEqual([
      '35,180,000', '58,236.47', '27.46', '—', '500',
    ]);
  });
});
