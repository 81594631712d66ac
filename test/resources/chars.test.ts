import { charTable } from '../../src/resources/chars';

test('charTable marks the first code unit of each string and each number, nothing else', () => {
  const t = charTable(['镇', '乡', '街道', 0x41, -1, 70000]);
  expect([...'镇乡街A'].map((c) => t[c.charCodeAt(0)])).toEqual([1, 1, 1, 1]);
  expect(t['道'.charCodeAt(0)]).toBe(0);
  expect(t.reduce((a, b) => a + b, 0)).toBe(4);
});
