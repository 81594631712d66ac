/**
 * Tibetan and Mongolian given names written without a dot, read from the elements they are composed
 * of (dicts/person-context.json `minorityNames`). Sentences of our own.
 */
import { createExtractor, type Extraction, type Extractor } from '../../src';

let ex: Extractor;
beforeAll(() => {
  ex = createExtractor();
});

const names = (out: Extraction) => out.persons.map((p) => p.name);
const posts = (out: Extraction) => out.positions.map((p) => [out.persons.find((x) => x.id === p.person)?.name ?? null, p.title]);

describe('names of elements', () => {
  test.each([
    // one unknown word of two elements, then a verb that is no reporting verb
    ['社区党委书记次仁卓玛接受了采访。', '次仁卓玛'],
    // two words the segmenter tags as a place and a name
    ['村党支部书记扎西多吉带领群众修路。', '扎西多吉'],
    // its first character is also a surname (尼): not 尼 + 玛顿
    ['乡长尼玛顿珠说，今年全乡新修道路30公里。', '尼玛顿珠'],
    // a function character the segmenter glued to the name (泽登到, 措为)
    ['自治区主席嘎玛泽登到昌都调研。', '嘎玛泽登'],
    ['副州长拉毛措为获奖者颁奖。', '拉毛措'],
    // a Mongolian name of one element of three characters whose first is a stop character (其)
    ['嘎查党支部书记其其格介绍，牧民收入增长。', '其其格'],
    ['县委书记洛桑旺堆同群众亲切交谈。', '洛桑旺堆'],
  ])('%s → %s', (text, name) => {
    expect(names(ex.extract(text))).toEqual([name]);
  });

  test('the post before is the name’s', () => {
    expect(posts(ex.extract('副县长拉毛吉说，全县新建定居房200套。'))).toEqual([['拉毛吉', '副县长']]);
  });

  test('one element alone only where a reporting verb, a preposition or punctuation ends it', () => {
    expect(names(ex.extract('主席达瓦在会上讲话。'))).toEqual(['达瓦']);
    expect(names(ex.extract('书记扎西说，要把工作做细。'))).toEqual(['扎西']);
    // 达瓦 is followed by a word of its own: no settled end
    expect(names(ex.extract('主席达瓦村调研。'))).toEqual([]);
  });

  test('a place is no name, nor a longer word that starts with an element', () => {
    expect(names(ex.extract('书记尼玛县考察。'))).toEqual([]);
    expect(names(ex.extract('市长乌兰察布市考察。'))).toEqual([]);
  });

  test('a dotted name stays whole, and a longer unknown run is kept', () => {
    expect(names(ex.extract('中级人民法院院长乌日娜·其木格主持会议。'))).toEqual(['乌日娜·其木格']);
    expect(names(ex.extract('调解任务派给了人民调解员巴音达来呼格吉勒，他当天就上门。'))).toEqual(['巴音达来呼格吉勒']);
  });

  test('no cue, no name', () => {
    expect(names(ex.extract('次仁卓玛接受了采访。'))).toEqual([]);
  });
});

describe('Mongolian names that start with a surname character', () => {
  test.each([
    // 敖 is a surname, and no surname and given characters end on a word edge (敖|日格乐)
    ['自治旗旗长敖日格乐说，要抓好牧区工作。', '敖日格乐'],
    // the segmenter cut the name in two (包呼格|吉勒, the second a transliterated name): not 包呼格
    ['旗委书记包呼格吉勒表示，全旗将加快发展。', '包呼格吉勒'],
    // an element (白音), then a word the segmenter does not know (仓布), then a reporting verb
    ['旗长白音仓布说，牧民收入稳步增长。', '白音仓布'],
  ])('%s → %s', (text, name) => {
    expect(names(ex.extract(text))).toEqual([name]);
  });

  test('the post before is the name’s', () => {
    expect(posts(ex.extract('宝日呼吉尔嘎查党支部书记敖日格乐说，嘎查今年新打机井8眼。'))).toEqual([['敖日格乐', '书记']]);
  });

  test.each([
    // a Chinese name's word after the name (燕子/nr) does not run on
    ['镇长刘晓燕子说，要抓好农业。', '刘晓'],
    // a known word (今天), or no reporting verb or punctuation after the run
    ['主任王明今天说，要办好实事。', '王明'],
    ['镇长王明华说，今年要办好十件实事。', '王明华'],
  ])('a Chinese name is not run on: %s → %s', (text, name) => {
    expect(names(ex.extract(text))).toEqual([name]);
  });

  test('without a post before it, no run is read', () => {
    expect(names(ex.extract('敖日格乐说，要抓好牧区工作。'))).toEqual([]);
  });
});
