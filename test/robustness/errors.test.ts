/**
 * Bad calls and hostile dictionaries give typed errors (src/errors.ts) that name what is wrong,
 * never a native crash or a TypeError from deep inside; extractors do not leak into each other.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createExtractor, DictionaryError, GuanzhiError, InputError, OptionsError, toCsv, type Extractor,
} from '../../src';

const ROOT = resolve(__dirname, '..', '..');
let dir: string;
let extractor: Extractor;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'guanzhi-errors-'));
  extractor = createExtractor();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dict(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The error thrown by fn, which must be a GuanzhiError of the given class. */
function thrown<E extends GuanzhiError>(fn: () => unknown, type: new (...args: never[]) => E): E {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(type);
    expect(e).toBeInstanceOf(GuanzhiError);
    return e as E;
  }
  throw new Error('expected a throw');
}

describe('extract() arguments', () => {
  test.each([
    ['a number', 42], ['null', null], ['undefined', undefined], ['an object', { text: '湖北' }], ['a Buffer', Buffer.from('湖北')],
    ['an array', ['湖北']], ['a String object', new String('湖北')], ['a symbol', Symbol('湖北')], ['a bigint', 10n], ['a function', () => '湖北'],
  ])('%s is an InputError naming what was given', (_label, input) => {
    const e = thrown(() => extractor.extract(input as unknown as string), InputError);
    expect(e.message).toMatch(/takes a string, got \w+/);
  });

  test.each([
    ['an unknown key', { docid: 'a' }, /unknown extract option "docid"/],
    ['an inherited name', { constructor: 1 }, /unknown extract option "constructor"/],
    ['a string', 'a.txt', /must be an object/],
    ['an array', ['a.txt'], /must be an object/],
    ['docId not a string', { docId: 7 }, /docId must be a string/],
    ['explain not a boolean', { explain: 'yes' }, /explain must be true or false/],
  ])('%s is an OptionsError', (_label, options, message) => {
    expect(thrown(() => extractor.extract('湖北高院召开会议。', options as never), OptionsError).message).toMatch(message);
  });

  test('null or undefined options mean no options', () => {
    expect(extractor.extract('湖北高院召开会议。', null).organisations.map((o) => o.name)).toEqual(['湖北省高级人民法院']);
    expect(extractor.extract('湖北高院召开会议。', undefined).organisations).toHaveLength(1);
  });
});

describe('createExtractor() options', () => {
  test.each([
    ['an unknown key', { segmentor: 'nodejieba' }, /unknown createExtractor option "segmentor"/],
    ['options that are a string', 'nodejieba', /must be an object/],
    ['an unknown engine', { segmenter: 'hanlp' }, /unknown segmenter "hanlp"/],
    ['an engine that is not a string', { segmenter: 5 }, /unknown segmenter "5"/],
    ['userDictionaries as one string', { userDictionaries: 'my.dict' }, /array of file paths/],
    ['userDictionaries with a number', { userDictionaries: [5] }, /array of file paths/],
    ['dictsDir not a string', { dictsDir: 5 }, /dictsDir must be a folder path/],
  ])('%s is an OptionsError', (_label, options, message) => {
    expect(thrown(() => createExtractor(options as never), OptionsError).message).toMatch(message);
  });

  test('null options mean the defaults', () => {
    expect(createExtractor(null).extract('湖北高院召开会议。').organisations).toHaveLength(1);
  });
});

describe('user dictionaries', () => {
  test.each([
    ['one column', '图门吉日格 1000 nr\n清风护企\n', 2, /expected "word freq \[tag\]", got 1 column/],
    ['four columns', '图门吉日格 1000 nr x\n', 1, /got 4 column/],
    ['a word with a space in it', '\n# comment\n图门 吉日格 1000 nr\n', 3, /got 4 column/],
    ['a frequency that is a word', '清风护企 often slogan\n', 1, /frequency must be a positive integer/],
    ['a negative frequency', '清风护企 -3 slogan\n', 1, /got "-3"/],
    ['a zero frequency', '清风护企 0 slogan\n', 1, /got "0"/],
    ['a decimal frequency', '清风护企 2.5 slogan\n', 1, /got "2.5"/],
    ['an exponent', '清风护企 1e5 slogan\n', 1, /got "1e5"/],
    ['a frequency past the segmenter sums', '清风护企 99999999999999999999999 slogan\n', 1, /up to 4294967295/],
    ['bytes that are not UTF-8 (a GBK file)', Buffer.concat([Buffer.from('清风护企 10 slogan\n'), Buffer.from([0xc7, 0xe5, 0xb7, 0xe7, 0x20, 0x31, 0x30, 0x0a])]), 2, /not valid UTF-8/],
  ])('%s: DictionaryError with file and line', (label, content, line, message) => {
    const file = dict(`${label.replace(/\W+/g, '-')}.dict`, content);
    const e = thrown(() => createExtractor({ userDictionaries: [file] }), DictionaryError);
    expect([e.file, e.line]).toEqual([file, line]);
    expect(e.message).toMatch(message);
    expect(e.message.startsWith(`${file}:${line}: `)).toBe(true);
  });

  test('a missing file: DictionaryError "not found" naming it', () => {
    const file = join(dir, 'no-such.dict');
    const e = thrown(() => createExtractor({ userDictionaries: [file] }), DictionaryError);
    expect([e.file, e.line, e.message]).toEqual([file, null, `${file}: dictionary file not found`]);
  });

  test('a folder given as a dictionary: DictionaryError', () => {
    const e = thrown(() => createExtractor({ userDictionaries: [dir] }), DictionaryError);
    expect(e.message).toBe(`${dir}: is a directory, not a dictionary file`);
  });

  test('what is accepted: CRLF, a BOM, tabs, comments, blank lines, an empty file, any tag', () => {
    const file = dict('lenient.dict', '\ufeff# my words\r\n\r\n图门吉日格\t1000\tnr\r\n清风护企 1000 slogan\r\n星河法治研究院 1000 nt\r\n办事 5 vx\r\n');
    const empty = dict('empty.dict', '');
    const ex = createExtractor({ userDictionaries: [file, empty] }).extract('副院长图门吉日格出席。开展清风护企行动。星河法治研究院发布报告。');
    expect(ex.persons.map((p) => p.name)).toEqual(['图门吉日格']);
    expect(ex.slogans.map((s) => s.name)).toEqual(['清风护企']);
    expect(ex.organisations.map((o) => o.name)).toEqual(['星河法治研究院']);
  });
});

describe('the dicts/ folder (dictsDir)', () => {
  let copy: string;
  beforeEach(() => {
    copy = join(mkdtempSync(join(dir, 'pkg-')), 'dicts');
    cpSync(join(ROOT, 'dicts'), copy, { recursive: true });
    cpSync(join(ROOT, 'schemas'), join(copy, '..', 'schemas'), { recursive: true });
  });

  test('a copy of the package folder loads', () => {
    expect(createExtractor({ dictsDir: copy }).extract('湖北高院召开会议。').organisations).toHaveLength(1);
  });

  test('a folder that does not exist: DictionaryError naming it', () => {
    const missing = join(dir, 'no-dicts');
    const e = thrown(() => createExtractor({ dictsDir: missing }), DictionaryError);
    expect(e.message).toBe(`${missing}: dictionaries folder not found`);
  });

  test('bad JSON: DictionaryError with the file and the line', () => {
    const file = join(copy, 'titles.json');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] = `${lines[2]},,`;
    writeFileSync(file, lines.join('\n'));
    const e = thrown(() => createExtractor({ dictsDir: copy }), DictionaryError);
    expect([e.file, e.line]).toEqual([file, 3]);
    expect(e.message).toMatch(/bad JSON/);
  });

  test('JSON that breaks its schema: DictionaryError naming the file and the path in it', () => {
    const file = join(copy, 'documents.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.kinds = 'law';
    writeFileSync(file, JSON.stringify(data, null, 2));
    const e = thrown(() => createExtractor({ dictsDir: copy }), DictionaryError);
    expect(e.file).toBe(file);
    expect(e.message).toMatch(/documents\.schema\.json: \/kinds/);
  });

  test('a bad line in a table: DictionaryError with its line', () => {
    const file = join(copy, 'surnames.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nABC\tcommon\n`);
    const e = thrown(() => createExtractor({ dictsDir: copy }), DictionaryError);
    expect(e.file).toBe(file);
    expect(e.line).toBe(readFileSync(file, 'utf8').split('\n').length - 1);
    expect(e.message).toMatch(/not a surname: "ABC"/);
  });

  test('a bad line in the segmenter words: DictionaryError with its file and line', () => {
    const file = join(copy, 'segmenter-words.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}独任庭 many n\n`);
    const e = thrown(() => createExtractor({ dictsDir: copy }), DictionaryError);
    expect(e.file).toBe(file);
    expect(e.line).toBe(readFileSync(file, 'utf8').split('\n').length - 1);
    expect(e.message).toMatch(/frequency must be a positive integer/);
  });

  test("a post's implied organ that organs.json lacks: DictionaryError with the file and the entry's line", () => {
    const file = join(copy, 'titles.json');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"organ": "党支部"');
    writeFileSync(file, text.replace('"organ": "党支部"', '"organ": "党小组会"'));
    const e = thrown(() => createExtractor({ dictsDir: copy }), DictionaryError);
    expect(e.file).toBe(file);
    expect(e.line).toBe(text.split('\n').findIndex((l) => l.includes('"organ": "党支部"')) + 1);
    expect(e.message).toMatch(/impliedOrgan "党小组会" is not a committee or state organ of organs\.json/);
  });

  test('a missing file in the folder: DictionaryError naming it', () => {
    rmSync(join(copy, 'slogans.tsv'));
    const e = thrown(() => createExtractor({ dictsDir: copy }), DictionaryError);
    expect(e.message).toBe(`${join(copy, 'slogans.tsv')}: dictionary file not found`);
  });
});

describe('toCsv() arguments', () => {
  test('an unknown table is an OptionsError; a non-array an InputError', () => {
    expect(thrown(() => toCsv([], 'ministers' as never), OptionsError).message).toMatch(/unknown table "ministers"/);
    expect(thrown(() => toCsv(null as never, 'positions'), InputError).message).toMatch(/array of extractions/);
  });
});

describe('isolation', () => {
  // no post or verb next to the names: only a user dictionary's nr entry makes them persons
  const TEXT = '图门吉日格与乌兰巴日一同参加了会议。会议要求开展清风护企行动和阳光执法行动。星河法治研究院发布报告。';
  const summary = (ex: ReturnType<Extractor['extract']>) => ({
    persons: ex.persons.map((p) => p.name),
    slogans: ex.slogans.map((s) => s.name),
    organisations: ex.organisations.map((o) => o.name),
  });

  test('two extractors with different user dictionaries give each its own records, however the calls interleave', () => {
    mkdirSync(join(dir, 'iso'), { recursive: true });
    const a = createExtractor({ userDictionaries: [dict('iso/a.dict', '图门吉日格 1000 nr\n清风护企 1000 slogan\n星河法治研究院 1000 nt\n')] });
    const b = createExtractor({ userDictionaries: [dict('iso/b.dict', '乌兰巴日 1000 nr\n阳光执法 1000 slogan\n')] });
    const plain = summary(extractor.extract(TEXT));
    const wantA = { persons: ['图门吉日格'], slogans: ['清风护企'], organisations: ['星河法治研究院'] };
    const wantB = { persons: ['乌兰巴日'], slogans: ['阳光执法'], organisations: [] };
    expect(plain).toEqual({ persons: [], slogans: [], organisations: [] });
    for (let round = 0; round < 3; round++) {
      expect(summary(a.extract(TEXT))).toEqual(wantA);
      expect(summary(b.extract(TEXT))).toEqual(wantB);
      expect(summary(extractor.extract(TEXT))).toEqual(plain);
    }
    // a fresh extractor after both is still plain: nothing was left in shared state
    expect(summary(createExtractor().extract(TEXT))).toEqual(plain);
  });

  test('a failed createExtractor leaves the others as they were', () => {
    const before = JSON.stringify(extractor.extract(TEXT));
    expect(() => createExtractor({ userDictionaries: [dict('iso-bad.dict', '阳光执法 x slogan\n')] })).toThrow(DictionaryError);
    expect(JSON.stringify(extractor.extract(TEXT))).toBe(before);
  });
});
