import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { createInterface } from 'node:readline';
import { batchItems } from '../batch';
import { GuanzhiError } from '../errors';
import { TABLES, rowsToCsv, toCsv, type TableName } from '../records/csv';
import { SloganCounter } from '../records/counts';
import type { Extraction, ExtractionError } from '../types';
import { Progress } from './progress';
import { formatPretty } from './pretty';
import { addReportCommand } from './report';
import { decodeUtf8, readErrorMessage } from './input';

/** Exit codes: 0 all documents extracted; 1 some document failed; 2 usage or setup error. */
const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;

interface ExtractCliOptions {
  pretty?: boolean;
  format: 'jsonl' | 'csv';
  table: TableName;
  segmenter: '@node-rs/jieba' | 'nodejieba';
  userDict?: string[];
  explain?: boolean;
  jsonlIn?: boolean;
  workers?: string;
  sloganLexicon: 'core' | 'all';
}

// A closed stdout (| head) ends the run quietly; a closed stderr is no reason to stop.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT_OK);
  throw e;
});
process.stderr.on('error', () => {});

const warn = (message: string) => process.stderr.write(`guanzhi: ${message}\n`);
/** Folders that could not be listed: reading them reports why. */
const unlisted = new Map<string, Error>();

function expandFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      files.push(p); // reported when read
      continue;
    }
    if (!isDir) files.push(p);
    else {
      let names: string[];
      try {
        names = readdirSync(p).sort().filter((f) => /\.(txt|md)$/i.test(f));
      } catch (e) {
        unlisted.set(p, e as Error);
        files.push(p);
        continue;
      }
      if (!names.length) warn(`${p}: no .txt or .md files in this folder`);
      for (const f of names) files.push(join(p, f));
    }
  }
  return files;
}

/** A document as UTF-8 text; bytes that are not UTF-8 become U+FFFD, with one warning per document. */
function readDocument(path: string | 0, id: string): string {
  const listError = typeof path === 'string' ? unlisted.get(path) : undefined;
  if (listError) throw listError;
  const { text, invalid } = decodeUtf8(readFileSync(path));
  if (invalid)
    warn(`${id}: not valid UTF-8 (first bad byte at offset ${invalid.offset}, line ${invalid.line}); read with U+FFFD in its place (a GBK file? convert it first: iconv -f GB18030 -t UTF-8)`);
  return text;
}

function readStdin(): string {
  return readDocument(0, 'stdin');
}

interface CliInput {
  id: string;
  text: string;
  /** Why the document could not be read (the text is then empty and its result replaced). */
  failure?: { name: string; message: string };
}

function fileInputs(files: string[]): Iterable<CliInput> {
  return (function* () {
    for (const f of files) {
      try {
        yield { id: basename(f), text: readDocument(f, basename(f)) };
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        yield { id: basename(f), text: '', failure: { name: err.name ?? 'Error', message: err.code ? readErrorMessage(err) : err.message } };
      }
    }
  })();
}

async function* stdinWhole(): AsyncGenerator<CliInput> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    yield { id: 'stdin', text: '', failure: { name: err.name ?? 'Error', message: err.code ? readErrorMessage(err) : err.message } };
    return;
  }
  const { text, invalid } = decodeUtf8(Buffer.concat(chunks));
  if (invalid)
    warn(`stdin: not valid UTF-8 (first bad byte at offset ${invalid.offset}, line ${invalid.line}); read with U+FFFD in its place (a GBK file? convert it first: iconv -f GB18030 -t UTF-8)`);
  yield { id: 'stdin', text };
}

/** --jsonl-in: one JSON object per line with `text` and an optional `id` (read as they come). */
async function* jsonlInputs(): AsyncGenerator<CliInput> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      yield { id: `line ${n}`, text: '', failure: { name: 'InputError', message: `line ${n} is not JSON: ${(e as Error).message}` } };
      continue;
    }
    const r = record as { id?: unknown; text?: unknown };
    const id = r && typeof r === 'object' && r.id != null ? String(r.id) : `line ${n}`;
    if (!r || typeof r !== 'object' || typeof r.text !== 'string') {
      yield { id, text: '', failure: { name: 'InputError', message: `line ${n}: expected an object with a string "text"` } };
      continue;
    }
    yield { id, text: r.text };
  }
}

/** Writes a chunk, waiting when stdout's buffer is full: output in constant memory. */
function write(chunk: string): Promise<void> | void {
  if (!process.stdout.write(chunk)) return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

async function runExtract(files: string[], opts: ExtractCliOptions): Promise<number> {
  const workers = opts.workers == null ? 0 : Number(opts.workers);
  if (!Number.isInteger(workers) || workers < 0) {
    process.stderr.write('guanzhi: --workers must be a whole number >= 0\n');
    return EXIT_USAGE;
  }
  if (opts.jsonlIn && files.length) {
    process.stderr.write('guanzhi: --jsonl-in reads stdin: give no files\n');
    return EXIT_USAGE;
  }
  const expanded = files.length ? expandFiles(files) : null;
  const source: Iterable<CliInput> | AsyncIterable<CliInput> = opts.jsonlIn ? jsonlInputs() : expanded ? fileInputs(expanded) : stdinWhole();
  // the inputs in order, so that each result is matched with its document (and read failures replaced)
  const queue: CliInput[] = [];
  async function* feed(): AsyncGenerator<{ id: string; text: string }> {
    for await (const input of source) {
      queue.push(input);
      yield { id: input.id, text: input.text };
    }
  }
  const progress = new Progress(expanded ? expanded.length : null);
  let failed = 0;
  let headerWritten = false;
  const counter = opts.format === 'csv' && opts.table === 'slogan-counts' ? new SloganCounter() : null;
  // plain JSONL: the workers write each line's JSON text, this thread only passes it on
  const jsonText = opts.format === 'jsonl' && !opts.pretty;
  try {
    const results = batchItems(feed(), {
      concurrency: workers, segmenter: opts.segmenter, userDictionaries: opts.userDict, sloganLexicon: opts.sloganLexicon, explain: !!opts.explain,
      output: jsonText ? 'json' : 'records',
    });
    for await (const item of results) {
      const input = queue.shift()!;
      if (item.ok && item.json !== null && !input.failure) {
        progress.tick(true);
        await write(`${item.json}\n`);
        continue;
      }
      const out: Extraction | ExtractionError = input.failure ? { schemaVersion: '1', docId: input.id, error: input.failure } : item.record!;
      if ('error' in out) {
        failed++;
        progress.tick(false);
        process.stderr.write(`guanzhi: ${out.docId ?? input.id}: ${out.error.message}\n`);
        if (opts.format === 'jsonl' && !opts.pretty) await write(`${JSON.stringify(out)}\n`);
        continue;
      }
      progress.tick(true);
      if (counter) counter.add(out);
      else if (opts.format === 'csv') {
        await write(toCsv([out], opts.table, !headerWritten));
        headerWritten = true;
      } else if (opts.pretty) await write(formatPretty(out));
      else await write(`${JSON.stringify(out)}\n`);
    }
  } catch (e) {
    // options and dictionaries are checked before the first document: a usage error
    process.stderr.write(`guanzhi: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  progress.end();
  // slogan-counts is one table over the whole run: counted as documents go, written at the end
  if (counter) await write(rowsToCsv(counter.table().map((r) => ({ ...r })), 'slogan-counts'));
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

export async function main(argv: string[]): Promise<number> {
  let code = EXIT_OK;
  const program = new Command()
    .name('guanzhi')
    .description('Extract officials, positions, organisations, regions, metrics, slogans and documents from Chinese government and legal news.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command('extract')
    .description('extract records from FILES (or folders of .txt files; stdin when none): one Extraction per line (JSONL)')
    .argument('[files...]', 'text files or folders')
    .option('--pretty', 'readable output for people')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .addOption(
      new Option('--table <table>', 'the table to write with --format csv (slogan-counts: one frequency table over all the documents)')
        .choices([...TABLES])
        .default('positions'),
    )
    .addOption(new Option('--segmenter <engine>', 'jieba engine').choices(['@node-rs/jieba', 'nodejieba']).default('@node-rs/jieba'))
    .option('--user-dict <file...>', "extra dictionaries in jieba's `word freq [tag]` format")
    .option('--explain', 'add the rule behind every mention and record')
    .addOption(
      new Option('--slogan-lexicon <which>', 'lexicon formulations that count unquoted: core (RECORDS.md) or all').choices(['core', 'all']).default('core'),
    )
    .option('--jsonl-in', 'read JSONL from stdin, one {"id", "text"} object per line, and write each Extraction as it finishes (a mapper for Hadoop Streaming or Spark RDD.pipe)')
    .option('--workers <n>', 'worker threads (0: extract in this thread)', '0')
    .action(async (files: string[], opts: ExtractCliOptions) => {
      code = await runExtract(files, opts);
    });
  addReportCommand(program, { expandFiles, readStdin, setExitCode: (c) => (code = c) });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (e instanceof GuanzhiError) {
      process.stderr.write(`guanzhi: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  if (!argv.length) {
    program.outputHelp();
    return EXIT_USAGE;
  }
  return code;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: Error) => {
      process.stderr.write(`guanzhi: ${e.message}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
