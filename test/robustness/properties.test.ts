/**
 * Properties of extract() over generated strings (fast-check, fixed seed): it never throws, every
 * offset indexes the input, every output validates against the schema, and the same input gives
 * the same output. GUANZHI_FC_SEED / GUANZHI_FC_SCALE explore further locally.
 */
import fc from 'fast-check';
import { createExtractor, type Extraction, type Extractor } from '../../src';
import { DOMAIN_PIECES, HOSTILE_PIECES, SEED, problems, runs } from './invariants';

let extractor: Extractor;
let other: Extractor;
beforeAll(() => {
  extractor = createExtractor();
  other = createExtractor();
});

/** extract() twice on one extractor and once on another: all three identical, and the contract holds. */
function holds(text: string): boolean {
  const first = extractor.extract(text);
  const found = problems(text, first);
  if (found.length) throw new Error(`${JSON.stringify(text.slice(0, 200))}:\n${found.slice(0, 5).join('\n')}`);
  const again = JSON.stringify(extractor.extract(text));
  if (again !== JSON.stringify(first)) throw new Error(`not deterministic on one extractor: ${JSON.stringify(text.slice(0, 200))}`);
  if (JSON.stringify(other.extract(text)) !== again) throw new Error(`two extractors differ: ${JSON.stringify(text.slice(0, 200))}`);
  return true;
}

const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...DOMAIN_PIECES) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: controlChar, maxLength: 3 }) },
);
// size 'max': without it fast-check keeps strings and arrays to a dozen elements, whatever maxLength says
/** Text in the library's domain with hostile pieces spliced in: the recognisers really run on it. */
const mixedText = fc.array(piece, { maxLength: 80, size: 'max' }).map((parts) => parts.join(''));

describe('extract() on any string', () => {
  test('random Unicode: emoji, astral characters, combining marks, any script', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300, size: 'max' }), holds), { seed: SEED, numRuns: runs(150) });
  });

  test('any UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300, size: 'max' }), holds), { seed: SEED, numRuns: runs(150) });
  });

  test('control characters and mixed scripts among Chinese government text', () => {
    fc.assert(fc.property(mixedText, holds), { seed: SEED, numRuns: runs(200) });
  });

  test('100 kB of one character (the characters that once made scans quadratic among them)', () => {
    const char = fc.oneof(
      fc.constantFrom('“', '《', '\ud800', '\udc00', '<', '&', '市', '万', '\n', '\r', '、', '１', '😀', ' ', '·'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(char, (c) => {
        const text = c.repeat(Math.ceil(100_000 / c.length));
        const t0 = performance.now();
        const ex = extractor.extract(text);
        const ms = performance.now() - t0;
        expect(problems(text, ex)).toEqual([]);
        expect({ char: c, slow: ms > 8000 }).toEqual({ char: c, slow: false }); // about 0.1-0.4 s here
      }),
      { seed: SEED, numRuns: runs(12) },
    );
  });
});

describe('HTML left in the text', () => {
  const tag = fc.constantFrom('<p>', '</p>', '<br/>', '<div class="content">', '</div>', '<b>', '</b>', '<span style="color:red">', '</span>', '<!-- 注释 市委书记 -->', '<td>');
  const htmlText = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...DOMAIN_PIECES, '&amp;', '&nbsp;', '&#20013;', '&ldquo;', '&rdquo;') }, { weight: 1, arbitrary: tag }), { maxLength: 60, size: 'max' })
    .map((parts) => parts.join(''));

  test('no mention, position or metric includes any part of a tag', () => {
    fc.assert(
      fc.property(htmlText, (text) => {
        holds(text);
        const ex = extractor.extract(text);
        const tags: [number, number][] = [];
        for (const m of text.matchAll(/<!--[^]*?-->|<[^<>]*>/g)) tags.push([m.index!, m.index! + m[0].length]);
        for (const s of [...ex.mentions, ...ex.positions, ...ex.metrics])
          for (const [a, b] of tags) if (s.start < b && a < s.end) throw new Error(`${s.id} ${JSON.stringify(s.text)} includes the tag at ${a}..${b}`);
      }),
      { seed: SEED, numRuns: runs(150) },
    );
  });
});

describe('same records whatever the encoding of line ends and digits', () => {
  /** The records with every surface form folded (\r dropped, full-width to ASCII) and offsets removed. */
  function folded(ex: Extraction): unknown {
    const fold = (s: string) => s.replace(/\r/g, '').replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    return JSON.parse(JSON.stringify(ex), (key, value) => {
      if (key === 'start' || key === 'end') return undefined;
      return typeof value === 'string' ? fold(value) : value;
    });
  }
  const lfText = fc.array(fc.constantFrom(...DOMAIN_PIECES.filter((p) => !p.includes('\r'))), { maxLength: 60, size: 'max' }).map((p) => p.join(''));

  test('Windows line endings (\\r\\n) give the records of \\n', () => {
    fc.assert(
      fc.property(lfText, (text) => {
        const crlf = text.replace(/\n/g, '\r\n');
        holds(crlf);
        expect(folded(extractor.extract(crlf))).toEqual(folded(extractor.extract(text)));
      }),
      { seed: SEED, numRuns: runs(100) },
    );
  });

  test('full-width digits, %, . and Latin letters give the records of their ASCII forms', () => {
    fc.assert(
      fc.property(lfText, (text) => {
        const wide = text.replace(/[0-9A-Za-z%.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        holds(wide);
        expect(folded(extractor.extract(wide))).toEqual(folded(extractor.extract(text)));
      }),
      { seed: SEED, numRuns: runs(100) },
    );
  });
});
