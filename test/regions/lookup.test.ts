/** lookupRegion(): the gazetteer for users who need no extraction. */
import { lookupRegion } from '../../src';

const brief = (name: string) => lookupRegion(name).map((r) => [r.code, r.name, r.level, r.path.join('/')]);

describe('lookupRegion', () => {
  test('a full name: code, level, path and path codes', () => {
    expect(lookupRegion('市北区')).toEqual([{
      code: '370203', name: '市北区', level: 'county', path: ['山东省', '青岛市', '市北区'],
      pathCodes: ['370000', '370200', '370203'], aliases: [],
    }]);
  });

  test('short forms and abbreviations', () => {
    expect(brief('锡盟')).toEqual([['152500', '锡林郭勒盟', 'prefecture', '内蒙古自治区/锡林郭勒盟']]);
    expect(brief('广西')).toEqual([['450000', '广西壮族自治区', 'province', '广西壮族自治区']]);
    expect(brief('湖北')).toEqual([['420000', '湖北省', 'province', '湖北省']]);
    expect(brief('海淀')).toEqual([['110108', '海淀区', 'county', '北京市/海淀区']]);
  });

  test('a short form that a prefecture and its county-level city share: both, the prefecture first', () => {
    expect(brief('喀什')).toEqual([
      ['653100', '喀什地区', 'prefecture', '新疆维吾尔自治区/喀什地区'],
      ['653101', '喀什市', 'county', '新疆维吾尔自治区/喀什地区/喀什市'],
    ]);
  });

  test('a shared name gives every division that has it', () => {
    expect(brief('鼓楼区').map((r) => r[0])).toEqual(['320106', '320302', '350102', '410204']);
    expect(lookupRegion('城关镇').length).toBeGreaterThan(50);
  });

  test('townships by name and by nine-digit code', () => {
    expect(brief('良渚街道')).toEqual([['330110010', '良渚街道', 'township', '浙江省/杭州市/余杭区/良渚街道']]);
    expect(brief('330110010')).toEqual(brief('良渚街道'));
    expect(lookupRegion('330110010')[0].pathCodes).toEqual(['330000', '330100', '330110', '330110010']);
  });

  test('codes: six digits, and two- or four-digit prefixes', () => {
    expect(brief('370203')[0][1]).toBe('市北区');
    expect(brief('37')[0][1]).toBe('山东省');
    expect(brief('3702')[0][1]).toBe('青岛市');
  });

  test('unknown input gives [], never an exception', () => {
    for (const q of ['', '   ', '火星', '999999', '12345', '1234567890', '全市', '本市']) expect(lookupRegion(q)).toEqual([]);
    for (const q of [null, undefined, 42, {}, ['北京']] as unknown[]) expect(lookupRegion(q as string)).toEqual([]);
  });
});
