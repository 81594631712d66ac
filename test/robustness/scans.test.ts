/**
 * The one-pass scans that replaced per-mark rescans give the results of the rescans they replaced.
 */
import fc from 'fast-check';
import { matchTitleMarks } from '../../src/recognise/document';
import { SEED, runs } from './invariants';

/** The former scan: from each 《, forward to the 》 that closes it, or a blank line, or the end. */
function closingByRescan(text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '《') continue;
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      if (text[j] === '《') depth++;
      else if (text[j] === '》' && --depth === 0) break;
      else if (text[j] === '\n' && j + 1 < text.length && text[j + 1] === '\n') break;
    }
    if (j < text.length && text[j] === '》') out.set(i, j);
  }
  return out;
}

test('matchTitleMarks pairs every 《 with the 》 the per-mark scan found (nesting, unclosed marks, blank lines)', () => {
  const text = fc.array(fc.constantFrom('《', '》', '\n', '\n\n', '条', '例', '〈', '〉'), { maxLength: 60, size: 'max' }).map((p) => p.join(''));
  fc.assert(
    fc.property(text, (t) => {
      expect([...matchTitleMarks(t)].sort((a, b) => a[0] - b[0])).toEqual([...closingByRescan(t)].sort((a, b) => a[0] - b[0]));
    }),
    { seed: SEED, numRuns: runs(500) },
  );
});

test('matchTitleMarks on 1 MB of unclosed 《 is one pass', () => {
  const text = '《'.repeat(1_000_000);
  const t0 = performance.now();
  expect(matchTitleMarks(text).size).toBe(0);
  expect(performance.now() - t0).toBeLessThan(2000);
});
