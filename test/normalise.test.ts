/**
 * normalise(): the working copy (half-width digits, layout line breaks removed) and its
 * index map back to the original text.
 */
import fc from 'fast-check';
import { normalise, toOriginalSpan, type Normalised } from '../src/normalise';

/** The invariants of every normalisation, whatever the text. */
function checkMap(original: string, n: Normalised): void {
  const { work, toOriginal } = n;
  expect(toOriginal.length).toBe(work.length + 1);
  expect(toOriginal[work.length]).toBe(original.length);
  for (let i = 0; i < work.length; i++) {
    const o = toOriginal[i];
    expect(o).toBeGreaterThanOrEqual(0);
    expect(o).toBeLessThan(original.length);
    if (i > 0) expect(o).toBeGreaterThan(toOriginal[i - 1]); // strictly increasing: 1:1 or deletions only
    const w = work[i];
    const orig = original[o];
    if (w !== orig) {
      // the only replacements: a full-width form by its ASCII form, the ideographic space by a space
      const fullWidth = orig.charCodeAt(0) - 0xfee0 === w.charCodeAt(0);
      const space = orig === '\u3000' && w === ' ';
      expect({ i, w, orig, ok: fullWidth || space }).toEqual({ i, w, orig, ok: true });
    }
  }
  // whatever was deleted is a line break or the blank space around it
  const kept = new Set(Array.from(toOriginal.subarray(0, work.length)));
  for (let k = 0; k < original.length; k++) if (!kept.has(k)) expect(original[k]).toMatch(/[\n\r \t\u3000]/);
}

describe('full-width characters', () => {
  test('full-width digits become half-width with the map intact', () => {
    const text = '全年共办理案件１２３４件，结案率为９８．５％。';
    const n = normalise(text);
    expect(n.work).toBe('全年共办理案件1234件，结案率为98.5%。');
    expect(n.work.length).toBe(text.length);
    expect(Array.from(n.toOriginal)).toEqual(Array.from({ length: text.length + 1 }, (_, i) => i));
    checkMap(text, n);
    // the span of a number in the working copy is the full-width number in the original
    const at = n.work.indexOf('1234');
    const [s, e] = toOriginalSpan(n, at, at + 4);
    expect(text.slice(s, e)).toBe('１２３４');
  });

  test('full-width Latin letters and + become ASCII; Chinese punctuation is kept', () => {
    const text = '推行“１＋Ｎ”模式，ＡＢＣ类案件（共计５件）。';
    const n = normalise(text);
    expect(n.work).toBe('推行“1+N”模式，ABC类案件（共计5件）。');
    checkMap(text, n);
  });

  test('text without anything to change is returned as is', () => {
    const text = '天津市委常委、政法委书记李明远主持召开会议。';
    const n = normalise(text);
    expect(n.work).toBe(text);
    checkMap(text, n);
  });

  test('empty text', () => {
    const n = normalise('');
    expect(n.work).toBe('');
    expect(Array.from(n.toOriginal)).toEqual([0]);
  });
});

describe('line breaks', () => {
  // a long prose paragraph (well over 40 characters) cut in the middle of 负责人 by the page layout
  const PROSE =
    '近日，青岛市市北区司法局召开全区司法行政工作推进会，会议总结了上半年工作成效，分析了当前面临的形势任务，区司法局党组主要负\n\n责人出席会议并讲话。';

  test('a break inside a word in a long prose paragraph is removed from the working copy', () => {
    const n = normalise(PROSE);
    expect(n.work).toContain('党组主要负责人出席会议');
    expect(n.work).not.toContain('\n');
    expect(n.work.length).toBe(PROSE.length - 2);
    checkMap(PROSE, n);
    // the glued word maps back to a span of the original that contains the break
    const at = n.work.indexOf('负责人');
    const [s, e] = toOriginalSpan(n, at, at + 3);
    expect(PROSE.slice(s, e)).toBe('负\n\n责人');
  });

  test('a break after a short heading line is kept', () => {
    const text = '工作动态\n市北区司法局扎实推进法治政府建设，全年共审查规范性文件二十余件。';
    const n = normalise(text);
    expect(n.work).toBe(text);
    checkMap(text, n);
  });

  test('a break after a sentence end is kept, however long the paragraph', () => {
    const text = `${'区司法局持续深化诉源治理，推动矛盾纠纷多元化解，切实把矛盾纠纷化解在基层、化解在萌芽状态'}。\n区委政法委统筹协调各方力量。`;
    expect(text.indexOf('\n')).toBeGreaterThanOrEqual(40);
    const n = normalise(text);
    expect(n.work).toBe(text);
    checkMap(text, n);
  });

  test('a break after a long markdown heading line is kept', () => {
    const text = '## 市北区司法局全面推进法治政府建设示范创建工作取得阶段性成效的主要做法和经验体会总结\n区司法局召开推进会。';
    expect(text.indexOf('\n')).toBeGreaterThanOrEqual(40); // long enough to be prose if it were not a heading
    const n = normalise(text);
    expect(n.work).toContain('\n');
    checkMap(text, n);
  });

  test('CRLF line breaks are handled the same way', () => {
    const glued = PROSE.replace('\n\n', '\r\n\r\n');
    const n = normalise(glued);
    expect(n.work).toContain('党组主要负责人出席会议');
    checkMap(glued, n);
    const kept = '工作动态\r\n市北区司法局召开会议。';
    expect(normalise(kept).work).toBe(kept);
  });
});

describe('toOriginal', () => {
  test('maps every working index back to the original character it came from', () => {
    const text = `（记者陈晓东）\n${PROSE_WITH_WIDTH}\n\n结束语`;
    const n = normalise(text);
    checkMap(text, n);
    // every Han character survives unchanged and in order
    const han = (s: string) => s.replace(/[^\u4e00-\u9fff]/g, '');
    expect(han(n.work)).toBe(han(text));
  });

  test('holds for arbitrary text (property)', () => {
    const pieces = fc.constantFrom(
      '市', '委', '书', '记', '负', '责', '人', '１', '２', '％', '．', 'Ａ', '\u3000', ' ', '\n', '\r\n', '\n\n', '。', '，', '#', '## ', '“', '”', '5', 'a', '😀', '\ud800',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        checkMap(text, normalise(text));
      }),
      { numRuns: 300 },
    );
  });

  test('holds for long lines cut between Han characters (property)', () => {
    const han = fc.constantFrom(...'天津市委政法委员会湖北省高级人民法院司法局负责人主持召开会议研究部署工作'.split(''));
    fc.assert(
      fc.property(fc.array(han, { minLength: 0, maxLength: 120 }), fc.array(han, { minLength: 1, maxLength: 30 }), (a, b) => {
        const text = `${a.join('')}\n${b.join('')}`;
        const n = normalise(text);
        checkMap(text, n);
        // glued exactly when the line before is long prose
        expect(n.work.includes('\n')).toBe(a.length < 40);
      }),
      { numRuns: 200 },
    );
  });
});

const PROSE_WITH_WIDTH =
  '今年以来，全区共调处矛盾纠纷１２００余件，调解成功率达９８．５％以上，群众满意度持续提升，基层治理效能不断增强，为建设更高水平的平安市北作出了积极贡\n献。';
