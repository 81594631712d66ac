/**
 * extractMany(): worker-thread pool and in-thread mode, input order, error records for failing
 * documents, bounded read-ahead, typed errors for wrong options; the CLI's --jsonl-in and --workers.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createExtractor, extractMany, validateExtraction, DictionaryError, OptionsError, type Extraction, type ExtractionError } from '../src';
import { Progress } from '../src/cli/progress';
import { DIST, ensureBuilt } from './support/build';

const DOCS = [
  { id: 'a', text: '宁波市委常委、市委政法委书记、市委全面依法治市委员会办公室主任李明远主持召开会议。李明远强调，要持续深化“放管服”改革。' },
  { id: 'b', text: '今年以来，湖北高院党组书记、院长王志强带队督办执行案件，全年执行到位金额3518万元，近600人参加集中培训。' },
  { id: 'c', text: '青岛市市北区司法局局长周海燕介绍，全区共调处矛盾纠纷1.2万余件，调解成功率达98.5%以上。' },
];

async function collect(it: AsyncIterable<Extraction | ExtractionError>): Promise<(Extraction | ExtractionError)[]> {
  const out: (Extraction | ExtractionError)[] = [];
  for await (const r of it) out.push(r);
  return out;
}

let expected: Extraction[];
beforeAll(async () => {
  await ensureBuilt();
  const ex = createExtractor();
  expected = DOCS.map((d) => ex.extract(d.text, { docId: d.id }));
}, 180_000);

describe.each([[0], [1], [2]])('extractMany with concurrency %p', (concurrency) => {
  test('gives what extract() gives, in input order, and an error record for a bad document', async () => {
    const inputs = [DOCS[0], { id: 'bad', text: 42 as unknown as string }, DOCS[1], DOCS[2], DOCS[0]];
    const out = await collect(extractMany(inputs, { concurrency }));
    expect(out.map((r) => r.docId)).toEqual(['a', 'bad', 'b', 'c', 'a']);
    expect(out[1]).toEqual({ schemaVersion: '1', docId: 'bad', error: { name: 'InputError', message: expect.stringContaining('string') } });
    expect(out[0]).toEqual(expected[0]);
    expect(out[2]).toEqual(expected[1]);
    expect(out[3]).toEqual(expected[2]);
    expect(out[4]).toEqual(expected[0]);
    for (const r of [out[0], out[2], out[3]]) expect(validateExtraction(r).valid).toBe(true);
  }, 60_000);
});

describe.each([[0], [2]])("output: 'json', concurrency %p", (concurrency) => {
  test('yields the JSON text of each record (error records too), in input order', async () => {
    const inputs = [DOCS[1], { id: 'bad', text: null as unknown as string }, DOCS[2]];
    const out: string[] = [];
    for await (const line of extractMany(inputs, { concurrency, output: 'json' })) out.push(line);
    expect(out.every((l) => typeof l === 'string')).toBe(true);
    expect(JSON.parse(out[0])).toEqual(expected[1]);
    expect(out[0]).toBe(JSON.stringify(expected[1]));
    expect(JSON.parse(out[1])).toEqual({ schemaVersion: '1', docId: 'bad', error: { name: 'InputError', message: expect.any(String) } });
    expect(JSON.parse(out[2])).toEqual(expected[2]);
  }, 60_000);
});

test('takes an async iterable and plain strings (docId null), and explain', async () => {
  async function* source() {
    for (const d of DOCS) {
      await new Promise((r) => setTimeout(r, 5));
      yield d.text;
    }
  }
  const out = (await collect(extractMany(source(), { concurrency: 2, explain: true }))) as Extraction[];
  expect(out).toHaveLength(3);
  expect(out.every((r) => r.docId === null)).toBe(true);
  expect(out[1].mentions.every((m) => typeof m.reason === 'string')).toBe(true);
  expect(out[1].metrics.map((m) => m.value)).toEqual(expected[1].metrics.map((m) => m.value));
}, 60_000);

test('reads ahead at most concurrency × window documents', async () => {
  let pulled = 0;
  function* source() {
    for (let k = 0; k < 100; k++) {
      pulled++;
      yield DOCS[k % 3].text;
    }
  }
  const it = extractMany(source(), { concurrency: 2, window: 3 });
  const first = await it.next();
  expect(first.done).toBe(false);
  expect(pulled).toBeLessThanOrEqual(2 * 3 + 1);
  await it.return(undefined);
}, 60_000);

test('a value a worker cannot receive is that document\'s error, the batch goes on', async () => {
  const out = await collect(extractMany([DOCS[0], { id: 'fn', text: (() => 'x') as unknown as string }, DOCS[1]], { concurrency: 1 }));
  expect(out.map((r) => ('error' in r ? `${r.docId}:error` : r.docId))).toEqual(['a', 'fn:error', 'b']);
}, 60_000);

describe('wrong options throw typed errors before any document', () => {
  test.each([[0], [2]])('concurrency %p: unknown segmenter → OptionsError', async (concurrency) => {
    await expect(collect(extractMany(DOCS, { concurrency, segmenter: 'jieba-wasm' as never }))).rejects.toThrow(OptionsError);
  }, 60_000);
  test('missing user dictionary → DictionaryError naming the file', async () => {
    const err = await collect(extractMany(DOCS, { concurrency: 1, userDictionaries: ['/no/such/dict.txt'] })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DictionaryError);
    expect((err as DictionaryError).file).toBe('/no/such/dict.txt');
  }, 60_000);
  test.each([[{ concurrency: -1 }], [{ concurrency: 1.5 }], [{ window: 0 }], [{ workers: 2 } as never], [{ output: 'csv' } as never]])('%p → OptionsError', async (opts) => {
    await expect(collect(extractMany(DOCS, opts))).rejects.toThrow(OptionsError);
  });
  test('not an iterable → OptionsError', async () => {
    await expect(collect(extractMany(42 as never))).rejects.toThrow(OptionsError);
  });
});

describe('CLI --jsonl-in and --workers', () => {
  const CLI = join(DIST, 'cli.js');
  const run = (args: string[], input: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  const lines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Extraction & ExtractionError);

  test.each([['0'], ['2']])('--workers %s: one Extraction per input line, in order, error lines in place', (workers) => {
    const input = [JSON.stringify(DOCS[0]), 'not json', JSON.stringify({ id: 'no-text' }), '', JSON.stringify(DOCS[1])].join('\n') + '\n';
    const r = run(['extract', '--jsonl-in', '--workers', workers], input);
    expect(r.status).toBe(1);
    const out = lines(r.stdout);
    expect(out.map((x) => x.docId)).toEqual(['a', 'line 2', 'no-text', 'b']);
    expect(out[0]).toEqual(expected[0]);
    expect(out[3]).toEqual(expected[1]);
    expect(out[1].error.message).toMatch(/not JSON/);
    expect(out[2].error.message).toMatch(/"text"/);
    // stderr is not a terminal here: error messages only, no progress line
    expect(r.stderr).not.toMatch(/docs\/s/);
    expect(r.stderr).toMatch(/line 2/);
  }, 60_000);

  test('all good lines: exit 0; files given with --jsonl-in: usage error', () => {
    expect(run(['extract', '--jsonl-in'], DOCS.map((d) => JSON.stringify(d)).join('\n')).status).toBe(0);
    expect(run(['extract', '--jsonl-in', 'a.txt'], '').status).toBe(2);
    expect(run(['extract', '--workers', 'two'], 'x').status).toBe(2);
  }, 60_000);
});

describe('Progress', () => {
  const fakeTty = () => {
    const chunks: string[] = [];
    return { stream: { isTTY: true, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream, chunks };
  };
  test('counts, rate and ETA when the total is known', () => {
    const { stream } = fakeTty();
    const p = new Progress(10, stream);
    for (let k = 0; k < 4; k++) p.tick(k !== 2);
    const line = p.line(Date.now() + 2000);
    expect(line).toMatch(/^4\/10 documents · \d+\.\d docs\/s · 1 failed · ETA \d+:\d\d$/);
  });
  test('no ETA without a total; silent when not a terminal', () => {
    expect(new Progress(null).line()).not.toMatch(/ETA/);
    const chunks: string[] = [];
    const p = new Progress(3, { isTTY: false, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream);
    p.tick(true);
    p.end();
    expect(chunks).toEqual([]);
  });
});
