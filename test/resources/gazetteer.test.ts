import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DictionaryError } from '../../src/errors';
import { Division, Gazetteer } from '../../src/resources/gazetteer';

const REGIONS = join(__dirname, '..', '..', 'dicts', 'regions.json');

let gz: Gazetteer;
beforeAll(() => {
  gz = Gazetteer.fromFile(REGIONS);
});

const one = (name: string): Division => {
  const found = gz.byName(name);
  expect(found).toHaveLength(1);
  return found[0];
};
const names = (ds: Division[]) => ds.map((d) => d.name);

describe('contents of dicts/regions.json', () => {
  test('counts per level are in a sane range', () => {
    const count = { province: 0, prefecture: 0, county: 0, township: 0, village: 0 };
    for (const d of gz.divisions()) count[d.level]++;
    expect(count.province).toBeGreaterThanOrEqual(31);
    expect(count.province).toBeLessThanOrEqual(34);
    expect(count.prefecture).toBeGreaterThanOrEqual(330);
    expect(count.prefecture).toBeLessThanOrEqual(340);
    expect(count.county).toBeGreaterThanOrEqual(2800);
    expect(count.county).toBeLessThanOrEqual(2900);
    expect(count.township + count.village).toBe(0);
    expect(gz.size).toBe(count.province + count.prefecture + count.county);
  });

  test('codes follow the level', () => {
    for (const d of gz.divisions()) {
      if (d.level === 'province') expect(d.code).toMatch(/^\d\d0000$/);
      else if (d.level === 'prefecture') expect(d.code).toMatch(/^\d{4}00$/);
      else expect(d.code).not.toMatch(/00$/);
      if (d.parent !== null) expect(d.code.startsWith(d.parent.replace(/(00)+$/, ''))).toBe(true);
    }
  });

  test('placeholder rows are gone, their children hang on the province', () => {
    expect(gz.byName('市辖区')).toEqual([]);
    expect(gz.byName('省直辖县级行政区划')).toEqual([]);
    expect(gz.byName('自治区直辖县级行政区划')).toEqual([]);
    expect(gz.byName('县')).toEqual([]);
    expect(gz.byCode('120100')).toBeUndefined();
    const xiantao = one('仙桃市');
    expect(xiantao.parent).toBe('420000');
    expect(gz.parentOf(xiantao)?.name).toBe('湖北省');
    expect(names(gz.path(one('渝中区')))).toEqual(['重庆市', '渝中区']);
    expect(names(gz.path(one('石河子市')))).toEqual(['新疆维吾尔自治区', '石河子市']);
  });

  test('non-administrative zones and pseudo rows are dropped', () => {
    expect(gz.byName('达孜工业园区')).toEqual([]);
    expect(gz.byCode('540174')).toBeUndefined();
    expect(gz.byName('苏州工业园区')).toEqual([]);
    expect(gz.byName('兰州新区')).toEqual([]);
    expect(gz.byName('西沙群岛')).toEqual([]);
    for (const d of gz.divisions()) {
      if (d.level === 'county') expect(Number(d.code.slice(4)) < 71 || Number(d.code.slice(4)) > 80).toBe(true);
      expect(d.name).not.toMatch(/(开发区|工业园区|示范区|管委会)$/);
    }
    // prefectures without counties keep only their prefecture row
    expect(gz.byName('东莞市').map((d) => d.code)).toEqual(['441900']);
    expect(gz.byName('嘉峪关市').map((d) => d.code)).toEqual(['620200']);
    // real districts that merely look like zones stay
    expect(one('浦东新区').code).toBe('310115');
    expect(one('绿园区').code).toBe('220106');
  });

  test('alias invariants', () => {
    const full = new Set<string>();
    const strong = new Map<string, string>();
    for (const d of gz.divisions()) {
      full.add(d.name);
      d.aliases.forEach((a) => strong.set(a, d.code));
    }
    const shared: string[] = [];
    for (const d of gz.divisions()) {
      for (const a of [...d.aliases, ...d.weakAliases]) {
        expect(a.length).toBeGreaterThanOrEqual(2);
        expect(a).not.toBe(d.name);
      }
      for (const a of d.weakAliases) {
        expect(full.has(a)).toBe(false);
        // only a county-level city may share its short form, and only with its own prefecture (喀什市 / 喀什地区)
        if (strong.has(a)) {
          expect([strong.get(a), d.name.endsWith('市')]).toEqual([d.parent, true]);
          shared.push(a);
        }
      }
    }
    expect(shared).toEqual(expect.arrayContaining(['喀什', '大理', '恩施', '和田', '阿克苏']));
    expect(shared.length).toBeLessThan(20);
  });
});

describe('Gazetteer', () => {
  test('天津市 is a province with a one-step path', () => {
    const tj = one('天津市');
    expect(tj.code).toBe('120000');
    expect(tj.level).toBe('province');
    expect(tj.parent).toBeNull();
    expect(names(gz.path(tj))).toEqual(['天津市']);
    expect(gz.byCode('12')).toBe(tj);
    expect(gz.byAlias('天津')).toEqual([{ division: tj, weak: false }]);
  });

  test('shared names: 和平区, 鼓楼区, 朝阳区', () => {
    const heping = gz.byName('和平区');
    expect(heping.map((d) => d.code).sort()).toEqual(['120101', '210102']);
    expect(gz.byName('鼓楼区')).toHaveLength(4);
    expect(gz.byName('朝阳区').map((d) => d.code).sort()).toEqual(['110105', '220104']);
  });

  test('市北区 370203 under 青岛市 under 山东省', () => {
    const d = gz.byCode('370203')!;
    expect(d.name).toBe('市北区');
    expect(names(gz.path(d))).toEqual(['山东省', '青岛市', '市北区']);
    expect(gz.byName('市北区').map((x) => x.code)).toContain('370203');
    expect(gz.isAncestor(one('山东省'), d)).toBe(true);
    expect(gz.isAncestor(gz.byCode('370200')!, d)).toBe(true);
    expect(gz.isAncestor(d, d)).toBe(false);
    expect(gz.isAncestor(one('天津市'), d)).toBe(false);
  });

  test('province and prefecture short forms', () => {
    expect(gz.byAlias('广西')).toEqual([{ division: gz.byCode('450000'), weak: false }]);
    expect(gz.byCode('450000')!.name).toBe('广西壮族自治区');
    expect(gz.byAlias('内蒙古').map((m) => m.division.code)).toEqual(['150000']);
    expect(gz.byAlias('内蒙').map((m) => m.division.code)).toEqual(['150000']);
    expect(gz.byAlias('延边').map((m) => m.division.name)).toEqual(['延边朝鲜族自治州']);
    expect(gz.byAlias('延边州').map((m) => m.division.code)).toEqual(['222400']);
    expect(gz.byAlias('黔西南').map((m) => m.division.code)).toEqual(['522300']);
    // 吉林 alone is the province, never the city
    expect(gz.byAlias('吉林').map((m) => m.division.code)).toEqual(['220000']);
  });

  test('锡盟 → 锡林郭勒盟; 正镶白旗 path', () => {
    const xm = gz.byAlias('锡盟');
    expect(xm).toHaveLength(1);
    expect(xm[0].weak).toBe(false);
    expect(xm[0].division.name).toBe('锡林郭勒盟');
    expect(xm[0].division.code).toBe('152500');
    const d = one('正镶白旗');
    expect(d.code).toBe('152529');
    expect(names(gz.path(d))).toEqual(['内蒙古自治区', '锡林郭勒盟', '正镶白旗']);
  });

  test('county short forms are weak', () => {
    expect(gz.byAlias('海淀')).toEqual([{ division: gz.byCode('110108'), weak: true }]);
    expect(gz.byAlias('神农架').map((m) => [m.division.name, m.weak])).toEqual([['神农架林区', true]]);
    expect(one('万柏林区').weakAliases).toEqual(['万柏林']);
    expect(one('鄂温克族自治旗').weakAliases).toEqual(['鄂温克']);
    expect(one('双江拉祜族佤族布朗族傣族自治县').weakAliases).toEqual(['双江']);
    // collisions with a full or strong name produce no weak alias
    expect(gz.byCode('110105')!.weakAliases).toEqual([]); // 朝阳区 vs 朝阳市
    expect(gz.byAlias('朝阳').map((m) => m.division.code)).toEqual(['211300']);
    // ordinary words are not aliases
    expect(gz.byAlias('公安')).toEqual([]);
    expect(gz.byAlias('和平')).toEqual([]);
  });

  test('surfaces() covers names, strong and weak aliases', () => {
    const all = [...gz.surfaces()];
    const kinds = new Set(all.map((s) => s.kind));
    expect(kinds).toEqual(new Set(['name', 'alias', 'weak']));
    expect(all.filter((s) => s.kind === 'name')).toHaveLength(gz.size);
    expect(all).toContainEqual({ surface: '锡盟', division: gz.byCode('152500'), kind: 'alias' });
    expect(all).toContainEqual({ surface: '海淀', division: gz.byCode('110108'), kind: 'weak' });
  });

  test('byCode pads 2- and 4-digit codes and rejects other input', () => {
    expect(gz.byCode('1201')).toBeUndefined(); // placeholder 市辖区
    expect(gz.byCode('3702')!.name).toBe('青岛市');
    expect(gz.byCode('37')!.name).toBe('山东省');
    expect(gz.byCode('370')).toBeUndefined();
    expect(gz.byCode('3702030')).toBeUndefined();
    expect(gz.byCode('abc')).toBeUndefined();
    expect(gz.byCode('')).toBeUndefined();
  });

  test('lookup()', () => {
    expect(gz.lookup('370203')).toEqual([
      { code: '370203', name: '市北区', level: 'county', path: ['山东省', '青岛市', '市北区'], pathCodes: ['370000', '370200', '370203'], aliases: [] },
    ]);
    expect(gz.lookup('37')).toEqual([
      { code: '370000', name: '山东省', level: 'province', path: ['山东省'], pathCodes: ['370000'], aliases: ['山东'] },
    ]);
    expect(gz.lookup('不存在')).toEqual([]);
    expect(gz.lookup('')).toEqual([]);
    expect(gz.lookup('   ')).toEqual([]);
    expect(gz.lookup('999999')).toEqual([]);
    expect(gz.lookup('锡盟').map((r) => r.code)).toEqual(['152500']);
    expect(gz.lookup(' 广西 ').map((r) => r.name)).toEqual(['广西壮族自治区']);
    expect(gz.lookup('和平区').map((r) => r.path.join('/')).sort()).toEqual(['天津市/和平区', '辽宁省/沈阳市/和平区']);
    const weird = ['__proto__', 'constructor', 'toString', '\u0000', '💥', 'a'.repeat(10000), '12.5', '-1', '0x12', 'NaN'];
    for (const s of weird) expect(() => gz.lookup(s)).not.toThrow();
    expect(gz.lookup('__proto__')).toEqual([]);
    expect(gz.lookup(undefined as unknown as string)).toEqual([]);
  });
});

describe('bad data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guanzhi-gazetteer-'));
  const write = (name: string, content: string) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const expectError = (file: string, pattern: RegExp) => {
    let err: unknown;
    try {
      Gazetteer.fromFile(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DictionaryError);
    expect((err as DictionaryError).file).toBe(file);
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toMatch(pattern);
    return err as DictionaryError;
  };

  test('missing file', () => {
    expectError(join(dir, 'nope.json'), /cannot read/);
  });

  test('invalid JSON reports a line when the parser gives a position', () => {
    // missing comma between two divisions: V8 reports the position of the second one
    const err = expectError(
      write('broken.json', '{"divisions":[\n["110000","北京市","province",null,[],[]]\n["120000","天津市","province",null,[],[]]\n]}'),
      /invalid JSON/,
    );
    expect(err.line).toBe(3);
    expectError(write('garbage.json', '{"divisions":[\n oops\n]}'), /invalid JSON/);
  });

  test('wrong shapes', () => {
    expectError(write('array.json', '[]'), /object/);
    expectError(write('nodiv.json', '{"divs":[]}'), /"divisions" must be an array/);
    expectError(write('short.json', '{"divisions":[["110000","北京市","province",null,[]]]}'), /divisions\[0\]/);
    expectError(write('code.json', '{"divisions":[["11","北京市","province",null,[],[]]]}'), /six-digit/);
    expectError(write('level.json', '{"divisions":[["110000","北京市","state",null,[],[]]]}'), /unknown level/);
    expectError(write('alias.json', '{"divisions":[["110000","北京市","province",null,["京"],[]]]}'), /shorter than 2/);
    expectError(write('dup.json', '{"divisions":[\n["110000","北京市","province",null,[],[]],\n["110000","北京市","province",null,[],[]]\n]}'), /duplicate code/);
    const err = expectError(
      write('parent.json', '{"divisions":[\n["110000","北京市","province",null,[],[]],\n["110101","东城区","county","990000",[],[]]\n]}'),
      /parent 990000/,
    );
    expect(err.line).toBe(3);
    expectError(write('orphan.json', '{"divisions":[["110101","东城区","county",null,[],[]]]}'), /only provinces/);
  });

  test('fromJSON names the source', () => {
    expect(() => Gazetteer.fromJSON({ divisions: 3 }, 'inline')).toThrow(/^inline: /);
    expect(() => Gazetteer.fromJSON(null)).toThrow(DictionaryError);
    const g = Gazetteer.fromJSON({ divisions: [['110000', '北京市', 'province', null, ['北京'], []]] });
    expect(g.size).toBe(1);
    expect(g.lookup('北京')[0].path).toEqual(['北京市']);
  });
});
