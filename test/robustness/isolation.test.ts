/**
 * A caller may change the records it was given: nothing in them is shared with the extractor's
 * caches (regions, paths and canonical names are cached across documents), so a later document
 * gets the same records whatever the caller did to the earlier ones.
 */
import { createExtractor, type Extraction } from '../../src';

const TEXT =
  '青岛市市北区司法局局长周海燕介绍，全区共调处矛盾纠纷1.2万余件。山东省青岛市人民政府、' +
  '青岛市中级人民法院和市北区人民检察院联合开展“放管服”改革，坚持新时代“枫桥经验”。' +
  '湖北省武汉市江岸区委书记李明在《关于加强基层治理的意见》座谈会上讲话。';

/** Changes every array and object of the extraction in place: push, overwrite, delete. */
function vandalise(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) vandalise(v, seen);
    value.push('vandal');
    value.reverse();
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    vandalise(v, seen);
    if (typeof v === 'string') (value as Record<string, unknown>)[k] = `${v}×`;
    else if (typeof v === 'number') (value as Record<string, unknown>)[k] = -1;
  }
  (value as Record<string, unknown>).extra = 'vandal';
}

test('changing an extraction in place changes nothing the extractor gives later', () => {
  const ex = createExtractor();
  const fresh: Extraction = createExtractor().extract(TEXT, { explain: true });
  expect(fresh.regions.length).toBeGreaterThan(2);
  expect(fresh.regions.some((r) => r.path.length > 1)).toBe(true);
  expect(fresh.organisations.length).toBeGreaterThan(2);
  for (let k = 0; k < 3; k++) {
    const mine = ex.extract(TEXT, { explain: true });
    expect(mine).toEqual(fresh);
    vandalise(mine);
  }
  expect(ex.extract(TEXT, { explain: true })).toEqual(fresh);
});
