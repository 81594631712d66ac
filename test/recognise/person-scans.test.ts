/** The indexes and scans behind the person recogniser: same answers as the plain lookups they replace. */
import { createExtractor } from '../../src';
import type { Resources } from '../../src/resources';
import { occurrencesOf } from '../../src/recognise/person';
import { PersonChar, personTables } from '../../src/recognise/person/chars';

/** The occurrences repeated indexOf calls find: left to right, a name not overlapping itself. */
function byIndexOf(text: string, name: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push(at);
  return out;
}

describe('occurrencesOf', () => {
  test.each([
    ['王建国同志，王建国说，王建国。', ['王建国', '王建', '建国']],
    ['哈哈哈哈哈', ['哈哈', '哈哈哈']],
    ['阿甘阿甘阿甘阿', ['阿甘阿', '甘阿甘']],
    ['李明李明明李', ['李明', '李明明', '明李', '李']],
    ['', ['王强']],
    ['没有名字的一句话', ['王强', '张三']],
  ])('%s', (text, names) => {
    expect(occurrencesOf(text, names)).toEqual(names.map((n) => byIndexOf(text, n)));
  });

  test('no names, no occurrences', () => {
    expect(occurrencesOf('王建国', [])).toEqual([]);
  });
});

describe('personTables', () => {
  const res = (createExtractor() as unknown as { resources: Resources }).resources;
  const { chars, anonymised } = personTables(res);
  const has = (ch: string, bit: number) => (chars[ch.charCodeAt(0)] & bit) !== 0;

  test('is built once per resources', () => {
    expect(personTables(res)).toBe(personTables(res));
  });

  test('marks the characters of each class, and only those', () => {
    expect(has('王', PersonChar.surname)).toBe(true);
    expect(has('的', PersonChar.surname)).toBe(false);
    expect(has('欧', PersonChar.compoundStart)).toBe(true);
    expect(has('王', PersonChar.compoundStart)).toBe(false);
    expect(has('的', PersonChar.stop)).toBe(true);
    expect(has('明', PersonChar.stop)).toBe(false);
    expect(has('据', PersonChar.clause)).toBe(true);
    expect(has('明', PersonChar.clause)).toBe(false);
    for (const ch of res.surnames.single.keys()) expect(has(ch, PersonChar.surname)).toBe(true);
    for (const ch of res.personContext.stopChars) if (ch.length === 1) expect(has(ch, PersonChar.stop)).toBe(true);
  });

  test('keeps the anonymising markers that make a name no name: 某, and markers of two or more characters', () => {
    expect(anonymised).toContain('某');
    expect(anonymised).toContain('先生');
    expect(anonymised).not.toContain('老');
    expect(has('先', PersonChar.anonymised)).toBe(true);
    // 小 alone is no marker, and no longer marker starts with it
    expect(has('小', PersonChar.anonymised)).toBe(false);
  });
});

describe('byline lines', () => {
  const ex = createExtractor();
  test('a name alone on its line between spaces of any kind (as trim removes them), its posts on the next line', () => {
    const out = ex.extract('关于基层治理的几点思考\n\u3000王建国\u3000 \r\n\t市委书记、市长\n正文开始。', { explain: true });
    expect(out.persons.map((p) => [p.name, p.reason])).toEqual([['王建国', 'byline-line']]);
  });
  test('a line longer than a name is no byline', () => {
    const out = ex.extract('关于基层治理的几点思考\n\u3000王建国同志在会上的讲话\n\t市委书记、市长\n', { explain: true });
    expect(out.persons.filter((p) => p.reason === 'byline-line')).toEqual([]);
  });
});
