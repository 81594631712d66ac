/**
 * The one-pass scans that replaced per-mark rescans give the results of the rescans they replaced,
 * and the segmenter run in pieces gives the tokens of one call.
 */
import fc from 'fast-check';
import { createExtractor } from '../../src';
import { matchTitleMarks } from '../../src/recognise/document';
import { tokenize, type Segmenter } from '../../src/segment';
import { DOMAIN_PIECES, SEED, runs } from './invariants';

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

describe('tokenize in pieces', () => {
  let segmenter: Segmenter;
  beforeAll(() => {
    segmenter = createExtractor().segmenter;
  });

  test('gives the tokens of one call, whatever the piece size (cuts fall where jieba cuts anyway)', () => {
    const word = fc.constantFrom(...DOMAIN_PIECES.filter((p) => /^[\u3400-\u9fff0-9.%万亿]+$/.test(p)));
    const sep = fc.constantFrom('，', '。', '\n', ' ', '、', '“', '”', '（', '）', '\t', '；');
    const text = fc.array(fc.tuple(word, sep), { maxLength: 80, size: 'max' }).map((pairs) => pairs.flat().join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 48, max: 400 }), (t, size) => {
        const plain = (ts: ReturnType<typeof tokenize>) => ts.map(({ word, tag, start, end }) => ({ word, tag, start, end }));
        expect(plain(tokenize(segmenter, t, undefined, size))).toEqual(plain(tokenize(segmenter, t, undefined, Infinity)));
      }),
      { seed: SEED, numRuns: runs(200) },
    );
  });

  test('a run of word characters longer than a piece is cut, never inside a surrogate pair, and covered whole', () => {
    const t = '市'.repeat(100) + '𠀀'.repeat(100) + '委'.repeat(100);
    for (const size of [33, 64, 101, 150]) {
      const tokens = tokenize(segmenter, t, undefined, size);
      expect(tokens.map((x) => x.word).join('')).toBe(t);
      for (const x of tokens) expect(t.slice(x.start, x.end)).toBe(x.word);
    }
  });
});
