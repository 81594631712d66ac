/**
 * What the linker makes once per division (paths, resolved regions, canonical names) and the records
 * stage once per process (record ids), and the records' original offsets and texts read without a copy.
 */
import { Doc } from '../../src/doc';
import { Extractor } from '../../src/extractor';
import { toOriginalSpan } from '../../src/normalise';
import { canonicalRegionName, divisionPath, pathNames, resolvedFromDivision } from '../../src/link/regions';
import { RecordIds, originalEnd, originalText } from '../../src/records';

let ex: Extractor;
beforeAll(() => {
  ex = new Extractor();
});

describe('per-division caches', () => {
  test('divisionPath and pathNames: the gazetteer path, made once, frozen', () => {
    const g = ex.resources.gazetteer;
    const d = g.byName('建邺区')[0];
    const path = divisionPath(ex.resources, d);
    expect(path.map((x) => x.code)).toEqual(g.path(d).map((x) => x.code));
    expect(divisionPath(ex.resources, d)).toBe(path);
    expect(Object.isFrozen(path)).toBe(true);
    expect(pathNames(ex.resources, d)).toEqual(['江苏省', '南京市', '建邺区']);
    expect(pathNames(ex.resources, d)).toBe(pathNames(ex.resources, d));
    // a township (made on demand by the township table) has its county above it
    const town = g.byName('良渚街道')[0];
    expect(pathNames(ex.resources, town).slice(-2)).toEqual(['余杭区', '良渚街道']);
  });

  test('resolvedFromDivision: one frozen object per division and reason', () => {
    const d = ex.resources.gazetteer.byName('建邺区')[0];
    const a = resolvedFromDivision(ex.resources, d, 'gazetteer-name');
    expect(resolvedFromDivision(ex.resources, d, 'gazetteer-name')).toBe(a);
    const b = resolvedFromDivision(ex.resources, d, 'shared-name-resolved-by-context');
    expect(b).not.toBe(a);
    expect(b.reason).toBe('shared-name-resolved-by-context');
    expect(resolvedFromDivision(ex.resources, d).reason).toBeUndefined();
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toMatchObject({ key: d.code, code: d.code, name: '建邺区', level: 'county', path: ['江苏省', '南京市', '建邺区'], division: d, parentDivision: null });
  });

  test('canonicalRegionName: a district after its city, the same string each time', () => {
    const d = ex.resources.gazetteer.byName('建邺区')[0];
    const name = canonicalRegionName(ex.resources, resolvedFromDivision(ex.resources, d));
    expect(name).toBe('南京市建邺区');
    expect(canonicalRegionName(ex.resources, resolvedFromDivision(ex.resources, d, 'x'))).toBe(name);
  });

  test('a record path is the record’s own copy: changing it changes no later extraction', () => {
    const first = ex.extract('南京市建邺区');
    const r = first.regions.find((x) => x.name === '建邺区')!;
    r.path.push('changed');
    expect(ex.extract('南京市建邺区').regions.find((x) => x.name === '建邺区')!.path).toEqual(['江苏省', '南京市', '建邺区']);
  });
});

describe('records helpers', () => {
  test('RecordIds: prefix and number, the same string for a number under the limit', () => {
    const ids = new RecordIds('m', 3);
    expect(ids.get(1)).toBe('m1');
    expect(ids.get(3)).toBe('m3');
    expect(ids.get(4)).toBe('m4');
    expect(ids.get(12345)).toBe('m12345');
  });

  test('originalEnd agrees with toOriginalSpan, entities and empty spans included', () => {
    const doc = new Doc('<p>南京&amp;北京 ＡＢ１２</p>');
    const n = doc.work.length;
    for (let s = 0; s <= n; s++)
      for (let e = s; e <= n; e++) expect([doc.norm.toOriginal[s], originalEnd(doc.norm, s, e)]).toEqual(toOriginalSpan(doc.norm, s, e));
  });

  test('originalText: the known text when the original reads the same, else the original slice', () => {
    const original = '南京ＡＢ北京';
    const known = '南京';
    expect(originalText(original, 0, 2, known)).toBe(known);
    expect(originalText(original, 2, 4, 'AB')).toBe('ＡＢ');
    expect(originalText(original, 4, 6, '北')).toBe('北京');
    expect(originalText(original, 6, 6, '')).toBe('');
  });
});
