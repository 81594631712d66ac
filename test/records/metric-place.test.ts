/**
 * The region and organisation of the passage a figure is in (src/records/metric-place.ts), and the
 * metrics CSV that carries them.
 */
import { createExtractor, toCsv, type Extractor } from '../../src';
import { articleStarts, isTrimmedSpace } from '../../src/records/metric-place';
import type { Extraction, MetricRecord } from '../../src/types';

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});

const TWO_ARTICLES = [
  '## 东营市中级人民法院召开执行工作推进会',
  '本报讯 东营市中级人民法院今年以来共执结案件2317件，执行到位金额约3.2亿元。',
  '会议要求，全年结案率要达到95%以上。',
  '## 简讯',
  '今年以来共接待群众来访1200人次。银川市公安局全年破获电诈案件310起，同比上升12.5%。',
].join('\n');

const metric = (ex: Extraction, text: string): MetricRecord => {
  const q = ex.metrics.find((m) => m.text === text);
  if (!q) throw new Error(`no metric ${text} in [${ex.metrics.map((m) => m.text).join(', ')}]`);
  return q;
};
const orgName = (ex: Extraction, id: string | null | undefined) => ex.organisations.find((o) => o.id === id)?.name ?? null;
const regionName = (ex: Extraction, id: string | null | undefined) => ex.regions.find((r) => r.id === id)?.name ?? null;

describe('articleStarts', () => {
  test('a # heading and a short line without a sentence end each open an article', () => {
    const text = '第一段说明情况。\n## 标题一\n正文一句话。\n短标题 副题\n正文二句话，还有内容。';
    const starts = articleStarts(text);
    expect(starts.map((s) => text.slice(s, s + 3))).toEqual(['第一段', '## ', '短标题']);
  });

  test('long lines and lines with a sentence end do not', () => {
    const text = '甲。\n这是一个很长的段落但是没有句号因为版面把它截断了所以它不是标题而只是正文的一部分而已的内容还要再长一点才行\n乙。';
    expect(articleStarts(text)).toEqual([0]);
  });

  test('a line is measured and tested without the blanks around it', () => {
    // a long # heading is one; # with only blanks after it is no heading (a short line with no sentence end is)
    const long = `\u3000 ## ${'很长的标题'.repeat(12)}。\r`;
    expect(articleStarts(`甲。\n${long}\n乙。`)).toEqual([0, 3]);
    expect(articleStarts(`甲。\n${'句'.repeat(60)}\n\u3000${'短'.repeat(47)}\u3000\u3000\u3000\n乙。`)).toEqual([0, 64]);
    expect(articleStarts('甲。\n \t\u3000\r\n乙。')).toEqual([0]);
    const hashes = '甲。\n'.concat('一二三四五六七八九十'.repeat(5), '。\n##   \n乙。');
    expect(articleStarts(hashes)).toEqual([0, hashes.indexOf('##')]);
  });

  test('upTo: only the lines starting at or before it are read', () => {
    const text = '第一段说明情况。\n## 标题一\n正文一句话。\n短标题 副题\n正文二句话，还有内容。';
    const all = articleStarts(text);
    expect(all).toHaveLength(3);
    for (let upTo = 0; upTo <= text.length; upTo++) expect(articleStarts(text, upTo)).toEqual(all.filter((s) => s <= upTo));
  });
});

describe('isTrimmedSpace', () => {
  test('is true exactly for the code units trim() removes (the regex class \\s)', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isTrimmedSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
    expect(' \u3000x\ufeff'.trim()).toBe('x');
  });
});

describe('placeMetrics', () => {
  test('a figure gets the organisation and region named before it in its paragraph', () => {
    const ex = extractor.extract(TWO_ARTICLES);
    const q = metric(ex, '2317件');
    expect(orgName(ex, q.organisation)).toBe('东营市中级人民法院');
    expect(regionName(ex, q.region)).toBe('东营市');
    expect(orgName(ex, metric(ex, '约3.2亿元').organisation)).toBe('东营市中级人民法院');
  });

  test('a later paragraph of the same article keeps them', () => {
    const ex = extractor.extract(TWO_ARTICLES);
    const q = metric(ex, '95%以上');
    expect(orgName(ex, q.organisation)).toBe('东营市中级人民法院');
    expect(regionName(ex, q.region)).toBe('东营市');
  });

  test('nothing crosses into another article, and nothing is taken from after the figure', () => {
    const ex = extractor.extract(TWO_ARTICLES);
    const q = metric(ex, '1200人次');
    expect(q.organisation).toBeNull();
    expect(q.region).toBeNull();
    const r = metric(ex, '310起');
    expect(orgName(ex, r.organisation)).toBe('银川市公安局');
    expect(regionName(ex, r.region)).toBe('银川市');
  });

  test('the nearest place wins: a region named after the organisation', () => {
    const ex = extractor.extract('天津市司法局通报，河北省今年共办理公证事项3.6万件。');
    const q = metric(ex, '3.6万件');
    expect(orgName(ex, q.organisation)).toBe('天津市司法局');
    expect(regionName(ex, q.region)).toBe('河北省');
  });

  test('every metric has both fields, null when the passage names nothing', () => {
    const ex = extractor.extract('今年以来共调解纠纷758起。');
    expect(ex.metrics).toHaveLength(1);
    expect(ex.metrics[0].region).toBeNull();
    expect(ex.metrics[0].organisation).toBeNull();
  });
});

describe('metrics CSV', () => {
  test('one row per figure with subject, unit, value, approx, period, region and organisation', () => {
    const ex = extractor.extract(TWO_ARTICLES, { docId: 'two.txt' });
    const csv = toCsv([ex], 'metrics');
    const [head, ...rows] = csv.trimEnd().split('\n');
    const cols = head.split(',');
    expect(cols).toEqual([
      'doc', 'text', 'value', 'unit', 'kind', 'approx', 'subject', 'change_basis', 'change_direction', 'period', 'upper',
      'region', 'region_code', 'organisation', 'note', 'start', 'end',
    ]);
    expect(rows).toHaveLength(ex.metrics.length);
    const row = (text: string) => {
      const line = rows.find((l) => l.split(',')[1] === text);
      if (!line) throw new Error(`no row for ${text}`);
      const cells = line.split(',');
      return Object.fromEntries(cols.map((c, i) => [c, cells[i]]));
    };
    expect(row('2317件')).toMatchObject({
      doc: 'two.txt', value: '2317', unit: '件', kind: 'count', approx: 'exact', period: '今年以来',
      region: '东营市', region_code: '370500', organisation: '东营市中级人民法院',
    });
    expect(row('约3.2亿元')).toMatchObject({ value: '320000000', unit: '元', kind: 'money', approx: 'about', subject: '执行到位金额' });
    expect(row('12.5%')).toMatchObject({ change_basis: '同比', change_direction: 'up', organisation: '银川市公安局' });
    expect(row('1200人次')).toMatchObject({ region: '', organisation: '' });
  });

  test('a range has its upper bound and note; a vague amount an empty value and a note', () => {
    const ex = extractor.extract('每人奖励5至10万元，动员数百人参与。');
    const csv = toCsv([ex], 'metrics');
    const [head, ...rows] = csv.trimEnd().split('\n');
    const cols = head.split(',');
    const cell = (line: string, c: string) => line.split(',')[cols.indexOf(c)];
    const range = rows.find((l) => cell(l, 'text') === '5至10万元')!;
    expect([cell(range, 'value'), cell(range, 'upper'), cell(range, 'note')]).toEqual(['50000', '100000', 'range 50000–100000']);
    const vague = rows.find((l) => cell(l, 'text') === '数百人')!;
    expect([cell(vague, 'value'), cell(vague, 'approx'), cell(vague, 'note')]).toEqual(['', 'about', 'vague 数百']);
  });

  test('a field with a comma is quoted (RFC 4180)', () => {
    const ex = extractor.extract('判令被告支付货款1,234,567元。', { docId: 'a,b.txt' });
    const csv = toCsv([ex], 'metrics', false);
    expect(csv.startsWith('"a,b.txt","1,234,567元",1234567,元,money,exact,')).toBe(true);
  });
});
