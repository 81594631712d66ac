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
      // the only replacements: a full-width form by its ASCII form, the ideographic space by a space,
      // a lone surrogate by U+FFFD, markup by blanks, an entity by its character
      const fullWidth = orig.charCodeAt(0) - 0xfee0 === w.charCodeAt(0);
      const space = (orig === '\u3000' && w === ' ') || (orig === '\r' && w === '\n');
      const surrogate = /[\ud800-\udfff]/.test(orig) && w === '\ufffd';
      const markup = (w === ' ' || w === '\n') && insideMarkup(original, o);
      const entity = insideEntity(original, o);
      expect({ i, w, orig, ok: fullWidth || space || surrogate || markup || entity }).toEqual({ i, w, orig, ok: true });
    }
    // a one-character span maps to the whole of its source, which never reaches the next character's
    const [s, e] = toOriginalSpan(n, i, i + 1);
    expect(s).toBe(o);
    expect(e).toBeGreaterThan(s);
    expect(e).toBeLessThanOrEqual(toOriginal[i + 1]);
  }
  // whatever was deleted is a line break or the blank space around it, or the rest of an entity
  const kept = new Set(Array.from(toOriginal.subarray(0, work.length)));
  for (let k = 0; k < original.length; k++) if (!kept.has(k) && !insideEntity(original, k)) expect(original[k]).toMatch(/[\n\r \t\u3000]/);
}

/** Position k lies inside `<…>`, `<!--…-->` or a script/style element (a loose check for the oracle). */
function insideMarkup(text: string, k: number): boolean {
  const open = text.lastIndexOf('<', k);
  if (open >= 0 && !text.slice(open + 1, k).includes('>') && text.indexOf('>', k) >= 0) return true;
  const comment = text.lastIndexOf('<!--', k);
  if (comment >= 0 && text.indexOf('-->', comment) + 2 >= k) return true;
  return /<(script|style)\b[^]*$/i.test(text.slice(0, k + 1));
}

/** Position k lies inside an entity such as &amp; or &#20013;. */
function insideEntity(text: string, k: number): boolean {
  const amp = text.lastIndexOf('&', k);
  return amp >= 0 && /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/.test(text.slice(amp, amp + 12)) && text.indexOf(';', amp) >= k;
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
    const text = '宁波市委常委、政法委书记李明远主持召开会议。';
    const n = normalise(text);
    expect(n.work).toBe(text);
    expect(Array.from(n.toOriginal)).toEqual(Array.from({ length: text.length + 1 }, (_, i) => i));
    checkMap(text, n);
  });

  test('a first change far into the text: the plain stretch before it is copied into the working copy', () => {
    const plain = '区司法局召开会议，部署下一阶段工作。'.repeat(40);
    const text = `${plain}共计５件。\r\n完`;
    const n = normalise(text);
    expect(n.work).toBe(`${plain}共计5件。\n完`);
    expect(n.toOriginal[plain.length + 2]).toBe(plain.length + 2);
    expect(n.toOriginal[n.work.length - 1]).toBe(text.length - 1);
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

  test('CRLF line breaks are handled the same way, and read as \\n', () => {
    const glued = PROSE.replace('\n\n', '\r\n\r\n');
    const n = normalise(glued);
    expect(n.work).toContain('党组主要负责人出席会议');
    checkMap(glued, n);
    const kept = '工作动态\r\n市北区司法局召开会议。';
    const n2 = normalise(kept);
    expect(n2.work).toBe('工作动态\n市北区司法局召开会议。'); // one line-end style for every later stage
    checkMap(kept, n2);
    expect(kept.slice(...toOriginalSpan(n2, 5, 11))).toBe('市北区司法局');
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

describe('HTML left in the text', () => {
  test('tags are blanked out, block tags end the line; the map is intact', () => {
    const text = '<p class="lead">天津市委召开会议。</p><p>李明远<b>主持</b>会议。<br/>结束</p>';
    const n = normalise(text);
    expect(n.work.length).toBe(text.length);
    expect(n.work).toBe(`\n${' '.repeat(15)}天津市委召开会议。\n   \n  李明远   主持    会议。\n    结束\n   `);
    checkMap(text, n);
  });

  test('comments, doctype and script/style bodies are blanked too', () => {
    const text = '<!DOCTYPE html><!-- 天津市委 --><style>p{color:red}</style><script>var x = "湖北高院";</script>正文';
    const n = normalise(text);
    expect(n.work.trim()).toBe('正文');
    expect(n.work).not.toMatch(/[天湖]/);
    checkMap(text, n);
  });

  test('entities are decoded in the working copy; a span ending on one covers the whole entity', () => {
    const text = '全年执行到位金额3&#53;18万元，深化&ldquo;放管服&rdquo;改革&nbsp;&amp;&#x4E2D;&#128512;';
    const n = normalise(text);
    expect(n.work).toBe('全年执行到位金额3518万元，深化“放管服”改革 &中😀');
    checkMap(text, n);
    const at = n.work.indexOf('3518');
    expect(text.slice(...toOriginalSpan(n, at, at + 4))).toBe('3&#53;18');
    const zhong = n.work.indexOf('中');
    expect(text.slice(...toOriginalSpan(n, zhong, zhong + 1))).toBe('&#x4E2D;');
    const emoji = n.work.indexOf('😀');
    expect(text.slice(...toOriginalSpan(n, emoji, emoji + 2))).toBe('&#128512;');
  });

  test('what only looks like markup is text: a < before a digit or Han character, unknown or unterminated entities', () => {
    for (const text of ['破案率<5%', '当a<b时', '<天津>', '&unknown; &#xD800; &#0; &amp 没有分号', '<p 没有结束', '<!-- 没有结束']) {
      const n = normalise(text);
      expect(n.work).toBe(text);
      checkMap(text, n);
    }
  });

  test('a lone surrogate becomes U+FFFD; a surrogate pair is kept', () => {
    const text = '市委\ud800书记\udc00😀王';
    const n = normalise(text);
    expect(n.work).toBe('市委\ufffd书记\ufffd😀王');
    checkMap(text, n);
  });

  test('the map holds for arbitrary text with markup and entities (property)', () => {
    const pieces = fc.constantFrom(
      '<p>', '</p>', '<br/>', '<b>', '</b>', '<a href="x">', '<!--', '-->', '<script>', '</script>', '<', '>', '&amp;', '&nbsp;', '&#20013;',
      '&#x1F600;', '&', ';', '#', '市', '委', '书', '记', '\n', '\r\n', ' ', '１', '\ud800', '😀',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        checkMap(text, normalise(text));
      }),
      { numRuns: 200, seed: 9 },
    );
  });

  test('long runs of unclosed marks cost one pass (no rescanning from every mark)', () => {
    for (const unit of ['<a', '<!--', '<script>', '&#', '&amp']) {
      const text = unit.repeat(Math.ceil(400_000 / unit.length));
      const t0 = performance.now();
      const n = normalise(text);
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(n.toOriginal[n.work.length]).toBe(text.length);
    }
  });
});
