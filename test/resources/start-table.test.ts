import fc from 'fast-check';
import { MAX_START_LISTS, StartMask, StartTable } from '../../src/resources/start-table';
import { WordStarts } from '../../src/resources/word-starts';
import { Doc } from '../../src/doc';

/** Every position a scan of list `bit` stops at, in order. */
function stops(mask: StartMask, bit: number, length: number): number[] {
  const out: number[] = [];
  for (let i = mask.next(bit, 0); i < length; i = mask.next(bit, i + 1)) out.push(i);
  return out;
}

function wordStartsStops(filter: WordStarts, text: string): number[] {
  const out: number[] = [];
  for (let i = filter.nextStart(text, 0); i < text.length; i = filter.nextStart(text, i + 1)) out.push(i);
  return out;
}

describe('StartTable: the starts of several word lists in one pass', () => {
  const regions = ['天津市', '河西区', '北京', '区'];
  const organs = ['公安局', '司法局', '市委', '局'];
  const verbs = ['指出', '表示', '说'];

  it('stops, for each list, exactly where a WordStarts of that list stops', () => {
    const table = new StartTable();
    const lists = [regions, organs, verbs];
    const bits = lists.map((words, k) => table.bitOf(`list${k}`, () => words));
    expect(bits).toEqual([0, 1, 2]);
    const text = '天津市河西区公安局局长说，北京市委书记指出并表示：区司法局要抓落实。局';
    const mask = new StartMask(text, table);
    lists.forEach((words, k) => {
      const found = stops(mask, bits[k], text.length);
      expect(found).toEqual(wordStartsStops(new WordStarts(words), text));
      // and every real start of a word of the list is among them
      for (const w of words) for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + 1)) expect(found).toContain(p);
    });
    expect(stops(mask, bits[2], text.length)).toEqual([text.indexOf('说'), text.indexOf('指出'), text.indexOf('表示')]);
  });

  it('agrees with WordStarts on random lists and texts, from every starting position (property)', () => {
    const unit = fc.constantFrom(...'天津市河西区公安局司法局委书记说指出表示，。、北京省县镇乡𠀀'.split(''));
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((u) => u.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 12 }), { minLength: 1, maxLength: MAX_START_LISTS }), fc.array(unit, { maxLength: 60 }), (lists, units) => {
        const text = units.join('');
        const table = new StartTable();
        const bits = lists.map((words, k) => table.bitOf(String(k), () => words));
        const mask = new StartMask(text, table);
        lists.forEach((words, k) => {
          const filter = new WordStarts(words);
          for (let from = -1; from <= text.length + 1; from++) expect(mask.next(bits[k], from)).toBe(filter.nextStart(text, from));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('reads a list once per key, and refuses a ninth list', () => {
    const table = new StartTable();
    let reads = 0;
    const words = () => (reads++, ['市委']);
    expect(table.bitOf('a', words)).toBe(0);
    const version = table.version;
    expect(table.bitOf('a', words)).toBe(0);
    expect(reads).toBe(1);
    expect(table.version).toBe(version);
    for (let k = 1; k < MAX_START_LISTS; k++) table.bitOf(`k${k}`, () => ['局']);
    expect(() => table.bitOf('ninth', () => ['局'])).toThrow(RangeError);
  });

  it('an empty text and a text of one unit', () => {
    const table = new StartTable();
    const b = table.bitOf('x', () => ['局', '市委']);
    expect(new StartMask('', table).next(b, 0)).toBe(0);
    expect(new StartMask('局', table).next(b, 0)).toBe(0);
    expect(new StartMask('市', table).next(b, 0)).toBe(1);
  });
});

describe('Doc.startMask', () => {
  it('is made once per document, and again when the table gained a list', () => {
    const table = new StartTable();
    const a = table.bitOf('a', () => ['市委']);
    const doc = new Doc('市委书记在公安局调研');
    const first = doc.startMask(table);
    expect(doc.startMask(table)).toBe(first);
    const b = table.bitOf('b', () => ['公安局']);
    const second = doc.startMask(table);
    expect(second).not.toBe(first);
    expect(second.next(a, 0)).toBe(0);
    expect(second.next(b, 0)).toBe(5);
    // another table (another extractor's resources): its own mask
    const other = new StartTable();
    const c = other.bitOf('c', () => ['调研']);
    expect(doc.startMask(other).next(c, 0)).toBe(8);
  });
});
