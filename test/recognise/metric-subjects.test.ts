/**
 * The subject of a count, read through the whole pipeline (extract(): the segmenter's word
 * boundaries are what tells a 共 of its own from the 共 of 公共). Sentences are written for this test.
 */
import { join } from 'node:path';
import { createExtractor, type Extractor } from '../../src';
import { loadUnits, recogniseMetrics } from '../../src/recognise/metric';

const units = loadUnits(join(__dirname, '../../dicts/units.json'));

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});

function subjectOf(sentence: string, figure: string): string | null {
  const found = extractor.extract(sentence).metrics.filter((m) => m.text === figure);
  if (found.length !== 1) throw new Error(`expected one metric "${figure}" in ${sentence}`);
  return found[0].subject;
}

describe('an adverb of a total (共, 累计) between the actor and what was done', () => {
  test.each([
    ['该行动共抓获犯罪嫌疑人1200余名。', '1200余名', '抓获犯罪嫌疑人'],
    ['全市公安机关累计破获刑事案件3200起。', '3200起', '破获刑事案件'],
    ['各级检察机关共批准逮捕犯罪嫌疑人1.2万人。', '1.2万人', '批准逮捕犯罪嫌疑人'],
    ['去年全省两级法院共计审结行政案件8600件。', '8600件', '审结行政案件'],
  ])('%s → %s: %s', (sentence, figure, subject) => {
    expect(subjectOf(sentence, figure)).toBe(subject);
  });

  test('the 共 inside a word (公共, 共同) cuts nothing', () => {
    expect(subjectOf('新区公共服务设施达到1200处。', '1200处')).toBe('新区公共服务设施');
    expect(subjectOf('两地共同缔约项目45个。', '45个')).toBe('两地共同缔约项目');
  });

  test('when only a lead verb would be left after it, the words before stay the subject', () => {
    expect(subjectOf('普法宣讲活动共举办120场次。', '120场次')).toContain('普法宣讲活动');
  });
});

describe('a lead verb at the end of the words before a count: its object is the noun after', () => {
  test.each([
    ['街道已建成15个社区服务站。', '15个', '社区服务站'],
    ['镇干部走访了120户困难群众。', '120户', '困难群众'],
    ['宽带网络覆盖全市300个行政村。', '300个', '行政村'],
  ])('%s → %s: %s', (sentence, figure, subject) => {
    expect(subjectOf(sentence, figure)).toBe(subject);
    // the rule reads the text alone: no word boundaries needed
    expect(recogniseMetrics(sentence, units).find((m) => m.text === figure)?.subject).toBe(subject);
  });

  test('with no noun after the figure, the words before stay the subject', () => {
    expect(subjectOf('全区新建改建农村公路320公里。', '320公里')).toBe('农村公路');
    expect(subjectOf('全区新建学校12所，改建幼儿园8所。', '12所')).toBe('学校');
  });
});

describe('what stands before the subject: a period of the first months, and a first-person scope', () => {
  const metricOf = (sentence: string) => {
    const found = extractor.extract(sentence).metrics;
    if (found.length !== 1) throw new Error(`expected one metric in ${sentence}`);
    return found[0];
  };

  test.each([
    ['前10个月全国铁路发送旅客35.2亿人次。', '铁路发送旅客', '前10个月'],
    ['前两个月全省进出口总值3.2万亿元。', '进出口总值', '前两个月'],
  ])('前 + N个月 is a period, not part of the subject: %s', (sentence, subject, period) => {
    const m = metricOf(sentence);
    expect([m.subject, m.period]).toEqual([subject, period]);
  });

  test('the 前 of a word (提前) starts no period', () => {
    expect(metricOf('该项目提前3个月完成，节约资金200万元。').period ?? null).toBeNull();
  });

  test.each([
    ['我省粮食总产量达到700亿斤。', '粮食总产量'],
    ['我市常住人口达到1200万人。', '常住人口'],
    ['我院全年审结案件1.2万件。', '审结案件'],
  ])('我国, 我省, 我市, 我院 are a scope, like 全省: %s', (sentence, subject) => {
    expect(metricOf(sentence).subject).toBe(subject);
  });
});

describe('a cut word of the subject (units.json subject.cutAfter) is a word of its own', () => {
  test('the 的 of a word (标的额) cuts nothing; a particle 的 does', () => {
    expect(subjectOf('该院共审结涉企案件，标的额达180亿元。', '180亿元')).toBe('标的额');
    expect(subjectOf('合同标的额1亿2000万元。', '1亿2000万元')).toBe('合同标的额');
    expect(subjectOf('群众的满意率达到98%。', '98%')).toBe('满意率');
  });
});
