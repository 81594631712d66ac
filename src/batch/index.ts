import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DictionaryError, GuanzhiError, InputError, OptionsError } from '../errors';
import { createExtractor, type ExtractorOptions } from '../extractor';
import { errorRecord, type Extraction, type ExtractionError, type WorkReply, type WorkRequest, type WorkerInit, type WorkerStatus } from './protocol';

/** A document for extractMany(): its text, or `{ id, text }` (the id becomes `docId`). */
export type BatchInput = string | { id?: string | null; text: string };

export interface ExtractManyOptions extends ExtractorOptions {
  /**
   * Worker threads, each with its own extractor (default: the machine's available parallelism).
   * `0` extracts in the calling thread: no threads, the least overhead on one core.
   */
  concurrency?: number;
  /** Add `reason` to every mention and record (as `extract(text, { explain: true })`). */
  explain?: boolean;
  /** Documents read ahead of the one being yielded, per worker (bounds memory; default 8). */
  window?: number;
  /**
   * 'records' (default): Extraction objects. 'json': each result as its JSON text (what
   * `JSON.stringify` gives), made in the worker: the calling thread only passes strings on, so a
   * JSONL writer (a Spark or Hadoop mapper) does not spend its one thread rebuilding objects.
   */
  output?: 'records' | 'json';
}

/** One result of the batch, as the CLI needs it: the record or its JSON text, and whether it is an error record. */
export type BatchItem =
  | { ok: true; docId: string | null; record: Extraction; json: null }
  | { ok: true; docId: string | null; record: null; json: string }
  | { ok: false; docId: string | null; record: ExtractionError; json: null };

const BATCH_OPTIONS = new Set(['concurrency', 'explain', 'window', 'output', 'segmenter', 'userDictionaries', 'dictsDir', 'sloganLexicon']);

/**
 * Extracts every document of an iterable or async iterable. Results come in input order; a
 * document that fails (not a string, an error inside the pipeline, a crashed worker) yields an
 * error record `{ schemaVersion, docId, error: { name, message } }` and the batch goes on.
 * Input is read lazily, at most `window` documents per worker ahead of the output, so a
 * stream of any length runs in bounded memory.
 */
export function extractMany(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: ExtractManyOptions & { output: 'json' },
): AsyncGenerator<string>;
export function extractMany(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options?: ExtractManyOptions & { output?: 'records' },
): AsyncGenerator<Extraction | ExtractionError>;
export function extractMany(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options?: ExtractManyOptions,
): AsyncGenerator<Extraction | ExtractionError | string>;
export async function* extractMany(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: ExtractManyOptions = {},
): AsyncGenerator<Extraction | ExtractionError | string> {
  const json = options?.output === 'json';
  for await (const item of batchItems(inputs, options)) {
    if (!json) yield item.record!;
    else yield item.json ?? JSON.stringify(item.record);
  }
}

/** extractMany() as the CLI uses it: every item says whether it is an error record, JSON text or not. */
export async function* batchItems(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: ExtractManyOptions = {},
): AsyncGenerator<BatchItem> {
  if (options == null || typeof options !== 'object' || Array.isArray(options)) throw new OptionsError('extractMany options must be an object');
  if (inputs == null || (typeof (inputs as Iterable<BatchInput>)[Symbol.iterator] !== 'function' && typeof (inputs as AsyncIterable<BatchInput>)[Symbol.asyncIterator] !== 'function'))
    throw new OptionsError('extractMany() takes an iterable or an async iterable of documents');
  for (const key of Object.keys(options)) if (!BATCH_OPTIONS.has(key)) throw new OptionsError(`extractMany: unknown option "${key}" (known: ${[...BATCH_OPTIONS].join(', ')})`);
  const concurrency = options.concurrency ?? availableParallelism();
  if (!Number.isInteger(concurrency) || concurrency < 0) throw new OptionsError('concurrency must be a whole number >= 0');
  if (options.output !== undefined && options.output !== 'records' && options.output !== 'json')
    throw new OptionsError(`output must be 'records' or 'json', got ${JSON.stringify(options.output)}`);
  const json = options.output === 'json';
  const window = options.window ?? 8;
  if (!Number.isInteger(window) || window < 1) throw new OptionsError('window must be a whole number >= 1');
  const extractorOptions: ExtractorOptions = {};
  if (options.segmenter !== undefined) extractorOptions.segmenter = options.segmenter;
  if (options.userDictionaries !== undefined) extractorOptions.userDictionaries = options.userDictionaries;
  if (options.dictsDir !== undefined) extractorOptions.dictsDir = options.dictsDir;
  if (options.sloganLexicon !== undefined) extractorOptions.sloganLexicon = options.sloganLexicon;
  const explain = !!options.explain;

  if (concurrency === 0) {
    // created before the first document: a bad option throws here, as createExtractor would
    const extractor = createExtractor(extractorOptions);
    for await (const input of inputs) {
      const { docId, text } = unpack(input);
      let item: BatchItem;
      try {
        const record = extractor.extract(text as string, { docId: docId ?? undefined, explain });
        item = json ? { ok: true, docId, record: null, json: JSON.stringify(record) } : { ok: true, docId, record, json: null };
      } catch (e) {
        item = { ok: false, docId, record: errorRecord(docId, e), json: null };
      }
      yield item;
    }
    return;
  }
  const pool = new Pool(concurrency, { extractor: extractorOptions });
  try {
    // a wrong option or dictionary is the caller's error (thrown, typed), not one error per document
    await pool.ready;
    const pending = new Map<number, Promise<BatchItem>>();
    let nextOut = 0;
    let seq = 0;
    const limit = concurrency * window;
    const iterator = toAsyncIterator(inputs);
    let done = false;
    while (!done || nextOut < seq) {
      while (!done && seq - nextOut < limit) {
        const step = await iterator.next();
        if (step.done) {
          done = true;
          break;
        }
        const { docId, text } = unpack(step.value);
        pending.set(seq, pool.run({ seq, docId, text, explain, json }).then((reply): BatchItem => {
          if (!reply.ok) return { ok: false, docId, record: { schemaVersion: '1', docId, error: reply.error }, json: null };
          return 'json' in reply ? { ok: true, docId, record: null, json: reply.json } : { ok: true, docId, record: reply.result, json: null };
        }));
        seq++;
      }
      if (nextOut < seq) {
        const result = await pending.get(nextOut)!;
        pending.delete(nextOut);
        nextOut++;
        yield result;
      }
    }
  } finally {
    await pool.close();
  }
}

/** The typed error a worker could not create its extractor with, rebuilt in this thread. */
function setupError(s: Extract<WorkerStatus, { status: 'setup-error' }>): Error {
  if (s.name === 'DictionaryError' && s.file) {
    const prefix = `${s.file}${s.line != null ? `:${s.line}` : ''}: `;
    return new DictionaryError(s.file, s.line ?? null, s.message.startsWith(prefix) ? s.message.slice(prefix.length) : s.message);
  }
  const Type = s.name === 'OptionsError' ? OptionsError : s.name === 'InputError' ? InputError : GuanzhiError;
  return new Type(s.message);
}

function unpack(input: BatchInput): { docId: string | null; text: unknown } {
  if (typeof input === 'string') return { docId: null, text: input };
  if (input && typeof input === 'object') return { docId: input.id == null ? null : String(input.id), text: input.text };
  return { docId: null, text: input };
}

function toAsyncIterator<T>(inputs: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> | Iterator<T> {
  const asyncIt = (inputs as AsyncIterable<T>)[Symbol.asyncIterator];
  return asyncIt ? asyncIt.call(inputs) : (inputs as Iterable<T>)[Symbol.iterator]();
}

/** The built worker: dist/batch-worker.js beside the bundle, or the package's dist/ from src/. */
export function workerFile(): string {
  for (const candidate of [join(__dirname, 'batch-worker.js'), join(__dirname, '..', '..', 'dist', 'batch-worker.js')])
    if (existsSync(candidate)) return candidate;
  throw new OptionsError('the batch worker (dist/batch-worker.js) is missing: build the package (npm run build)');
}

interface Slot {
  worker: Worker;
  busy: Map<number, (reply: WorkReply) => void>;
  dead: boolean;
}

/** Worker threads, each given the next document when it has the fewest in flight. */
class Pool {
  private readonly slots: Slot[] = [];
  private closed = false;
  /** Resolves when every first worker has its extractor; rejects with the typed setup error. */
  readonly ready: Promise<void>;

  constructor(
    size: number,
    private readonly init: WorkerInit,
  ) {
    const statuses: Promise<void>[] = [];
    for (let k = 0; k < size; k++) {
      const { slot, ready } = this.spawn();
      this.slots.push(slot);
      statuses.push(ready);
    }
    this.ready = Promise.all(statuses).then(() => undefined);
    this.ready.catch(() => undefined);
  }

  private spawn(): { slot: Slot; ready: Promise<void> } {
    const worker = new Worker(workerFile(), { workerData: this.init });
    const slot: Slot = { worker, busy: new Map(), dead: false };
    let settle!: (e?: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      settle = (e) => (e ? reject(e) : resolve());
    });
    let started = false;
    worker.on('message', (msg: WorkReply | WorkerStatus) => {
      if ('status' in msg) {
        started = true;
        settle(msg.status === 'ready' ? undefined : setupError(msg));
        return;
      }
      const resolve = slot.busy.get(msg.seq);
      slot.busy.delete(msg.seq);
      resolve?.(msg);
    });
    const fail = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      if (!started) settle(new GuanzhiError(why));
      // every document in flight on this worker gets an error record; a new worker takes its place
      for (const [seq, resolve] of slot.busy) resolve({ seq, ok: false, error: { name: 'WorkerError', message: why } });
      slot.busy.clear();
      if (this.closed || !started) return;
      const k = this.slots.indexOf(slot);
      if (k >= 0) this.slots[k] = this.spawn().slot;
    };
    worker.on('error', (e) => fail(`worker failed: ${e.message}`));
    worker.on('exit', (code) => {
      if (!this.closed) fail(`worker exited with code ${code}`);
    });
    return { slot, ready };
  }

  run(req: WorkRequest): Promise<WorkReply> {
    let slot = this.slots[0];
    for (const s of this.slots) if (s.busy.size < slot.busy.size) slot = s;
    return new Promise((resolve) => {
      slot.busy.set(req.seq, resolve);
      try {
        slot.worker.postMessage(req);
      } catch (e) {
        // a value structured clone cannot copy (a function as text): that document's error
        slot.busy.delete(req.seq);
        resolve({ seq: req.seq, ok: false, error: { name: 'InputError', message: (e as Error).message } });
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
