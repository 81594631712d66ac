/**
 * The township table (dicts/townships.tsv): its contents, the compact parser, lazy loading and
 * lookups by name and nine-digit code.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DictionaryError } from '../../src/errors';
import { Gazetteer, parseTownships } from '../../src/resources/gazetteer';

const DICTS = join(__dirname, '..', '..', 'dicts');
const REGIONS = join(DICTS, 'regions.json');
const TOWNSHIPS = join(DICTS, 'townships.tsv');

let gz: Gazetteer;
beforeAll(() => {
  gz = Gazetteer.fromFile(REGIONS, TOWNSHIPS);
});

const names = (ds: { name: string }[]) => ds.map((d) => d.name);

describe('contents of dicts/townships.tsv', () => {
  test('about 39,000 townships, each under a county or (for a development zone) a prefecture', () => {
    const t = gz.townships();
    expect(t.size).toBeGreaterThan(38000);
    expect(t.size).toBeLessThan(42000);
    let n = 0;
    const suffix = { 街道: 0, 镇: 0, 乡: 0, 苏木: 0 };
    const wrong: string[] = [];
    for (const d of t.all()) {
      n++;
      const parent = gz.byCode(d.parent!);
      if (!/^\d{9}$/.test(d.code) || d.level !== 'township' || !parent || !['county', 'prefecture'].includes(parent.level)
        || (parent.level === 'county' && d.code.slice(0, 6) !== parent.code)) wrong.push(`${d.code} ${d.name}`);
      for (const s of Object.keys(suffix) as (keyof typeof suffix)[]) if (d.name.endsWith(s)) suffix[s]++;
    }
    expect(wrong).toEqual([]);
    expect(n).toBe(t.size);
    expect(suffix.镇).toBeGreaterThan(20000);
    expect(suffix.街道).toBeGreaterThan(8000);
    expect(suffix.乡).toBeGreaterThan(7000);
    expect(suffix.苏木).toBeGreaterThan(100);
  });

  test('placeholders and units that are not townships are gone', () => {
    expect(gz.byName('县直辖村级区划')).toEqual([]);
    expect(gz.townships().hasName('街道')).toBe(false);
    const wrong = [...gz.townships().all()].filter((d) => /(农场|林场|监狱|开发区|直辖村级区划)$/.test(d.name) || Number(d.code.slice(6)) === 0);
    expect(wrong).toEqual([]);
  });

  test('a township of a development zone hangs on the zone’s prefecture', () => {
    // the zone rows (county part 71-80) are not divisions; their real streets are kept
    const zoneTownships = [...gz.townships().all()].filter((d) => /^\d{4}(7[1-9]|80)/.test(d.code));
    expect(zoneTownships.length).toBeGreaterThan(0);
    for (const d of zoneTownships) expect(gz.byCode(d.parent!)!.level).toBe('prefecture');
  });
});

describe('townships in the gazetteer', () => {
  test('良渚街道: by name and by code, with its path', () => {
    const [d] = gz.byName('良渚街道');
    expect(d.code).toBe('330110010');
    expect(gz.byCode('330110010')).toBe(d);
    expect(names(gz.path(d))).toEqual(['浙江省', '杭州市', '余杭区', '良渚街道']);
    expect(gz.isAncestor(gz.byCode('330110')!, d)).toBe(true);
    expect(gz.isAncestor(gz.byCode('330100')!, d)).toBe(true);
    expect(gz.isAncestor(gz.byCode('320000')!, d)).toBe(false);
  });

  test('城关镇 is shared by many townships, in code order', () => {
    const all = gz.townships().byName('城关镇');
    expect(all.length).toBeGreaterThan(50);
    expect(gz.townships().countByName('城关镇')).toBe(all.length);
    const codes = all.map((d) => d.code);
    expect([...codes].sort()).toEqual(codes);
    expect(new Set(all.map((d) => d.parent)).size).toBe(all.length);
  });

  test('the same Division object each time (made on demand, then kept)', () => {
    expect(gz.byCode('330110010')).toBe(gz.byCode('330110010'));
    expect(gz.byName('良渚街道')[0]).toBe(gz.byCode('330110010'));
  });

  test('a nine-digit code that is not a township, and malformed codes', () => {
    expect(gz.byCode('330110999')).toBeUndefined();
    expect(gz.byCode('33011001')).toBeUndefined();
    expect(gz.byCode('3301100100')).toBeUndefined();
  });

  test('lookup() finds townships by name and code', () => {
    expect(gz.lookup('良渚街道')).toEqual([{
      code: '330110010', name: '良渚街道', level: 'township', path: ['浙江省', '杭州市', '余杭区', '良渚街道'],
      pathCodes: ['330000', '330100', '330110', '330110010'], aliases: [],
    }]);
    expect(gz.lookup(' 330110010 ')[0].name).toBe('良渚街道');
    expect(gz.lookup('城关镇').length).toBe(gz.townships().countByName('城关镇'));
  });

  test('a gazetteer without a townships file has none, and says so', () => {
    const bare = Gazetteer.fromFile(REGIONS);
    expect(bare.hasTownships).toBe(false);
    expect(bare.townships().size).toBe(0);
    expect(bare.byName('良渚街道')).toEqual([]);
    expect(bare.lookup('330110010')).toEqual([]);
    // a path that does not exist is treated the same way (townships are optional in a custom dicts/)
    expect(Gazetteer.fromFile(REGIONS, join(DICTS, 'no-such-file.tsv')).hasTownships).toBe(false);
  });

  test('the file is read on first use only', () => {
    const lazy = Gazetteer.fromFile(REGIONS, TOWNSHIPS);
    expect(lazy.hasTownships).toBe(true);
    expect(lazy.byCode('330110')!.name).toBe('余杭区'); // county lookups do not need it
    expect(lazy.townships().size).toBe(gz.townships().size);
  });
});

describe('parseTownships', () => {
  const isDivision = (code: string) => ['330110', '330100', '150000'].includes(code);

  test('the compact format: prefix, optional >parent, entries of three digits and a name', () => {
    const t = parseTownships('# comment\n330110\t001甲街道\t005乙镇\n330171>330100\t100丙乡\n\n', 'x', isDivision);
    expect(t.size).toBe(3);
    expect(t.byCode('330110005')!.name).toBe('乙镇');
    expect(t.byCode('330171100')).toMatchObject({ name: '丙乡', parent: '330100', level: 'township' });
    expect(t.byName('甲街道').map((d) => d.code)).toEqual(['330110001']);
    expect(t.maxNameLength).toBe(3);
  });

  test('errors name the file and line', () => {
    const bad = (text: string) => {
      try {
        parseTownships(text, 'towns.tsv', isDivision);
      } catch (e) {
        expect(e).toBeInstanceOf(DictionaryError);
        return `${(e as DictionaryError).line}: ${(e as Error).message}`;
      }
      return 'no error';
    };
    expect(bad('# c\n33011\t001甲镇\n')).toMatch(/^2: .*six-digit code prefix/);
    expect(bad('999999\t001甲镇\n')).toMatch(/^1: .*parent 999999 is not a division/);
    expect(bad('330110\n')).toMatch(/^1: .*no townships/);
    expect(bad('330110\t01甲\n')).toMatch(/^1: .*three code digits and a name/);
    expect(bad('330110\t002甲镇\t001乙镇\n')).toMatch(/^1: .*out of order/);
    expect(bad('330110\t001甲镇\n330110\t001乙镇\n')).toMatch(/^2: .*out of order or duplicate/);
  });

  test('a broken file surfaces as DictionaryError on first use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guanzhi-towns-'));
    const file = join(dir, 'townships.tsv');
    writeFileSync(file, '330110\t001甲镇\nnot a line\n');
    const g = Gazetteer.fromFile(REGIONS, file);
    expect(() => g.townships()).toThrow(DictionaryError);
    expect(() => g.townships()).toThrow(/townships\.tsv:2:/);
  });
});
