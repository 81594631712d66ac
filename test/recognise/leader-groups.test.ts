/**
 * Names listed as a group of leaders (dicts/person-context.json leaderGroups), through the whole
 * pipeline. Sentences are written for this test.
 */
import { createExtractor, type Extractor } from '../../src';

let extractor: Extractor;
beforeAll(() => {
  extractor = createExtractor();
});

const people = (text: string): string[] =>
  extractor.extract(text).persons.map((p) => `${p.name}/${p.role}`);

describe('names after a group of leaders', () => {
  test.each([
    ['出席会议的还有省领导王宏伟、李晓燕、赵德明等。', ['王宏伟/official', '李晓燕/official', '赵德明/official']],
    ['市领导张立新、陈红、刘海波参加调研。', ['张立新/official', '陈红/official', '刘海波/official']],
    ['出席会议的市领导有：张立新、陈红和刘海波。', ['张立新/official', '陈红/official', '刘海波/official']],
    ['院领导王刚、刘伟列席会议。', ['王刚/official', '刘伟/official']],
    ['中央领导同志马建国、周立平出席大会。', ['马建国/official', '周立平/official']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  test('the posts written after the list stay with their own names', () => {
    const ex = extractor.extract('出席会议的还有省领导王宏伟、李晓燕，省法院院长刘海波。');
    expect(ex.persons.map((p) => p.name)).toEqual(['王宏伟', '李晓燕', '刘海波']);
    expect(ex.positions.map((p) => `${ex.persons.find((q) => q.id === p.person)?.name}:${p.title}`)).toEqual(['刘海波:院长']);
  });
});

describe('names before a group of leaders, with 等', () => {
  test.each([
    ['王宏伟、李晓燕等省领导出席开幕式。', ['王宏伟/official', '李晓燕/official']],
    ['王宏伟、李晓燕等领导出席开幕式。', ['王宏伟/official', '李晓燕/official']],
    ['赵德明等市领导陪同调研。', ['赵德明/official']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('no names where the group is followed by no list', () => {
  test.each([
    '省领导高度重视此项工作。',
    '市领导多次调研。',
    '县领导带头包案化解信访积案。',
    '省领导关心支持法治建设。',
    '区领导对此提出要求。',
    '各级领导干部要带头学法。',
    '市领导班子成员参加会议。',
    '院领导与干警座谈交流。',
    '领导高度重视。',
    '市领导和有关部门负责人参加。',
    // 领导 alone takes no names after it: only before it, with 等
    '要坚持党的领导李家村的发展才有保障。',
    // dictionary words are no names
    '市领导黄河、江山出席。',
  ])('%s', (text) => {
    expect(people(text)).toEqual([]);
  });
});
