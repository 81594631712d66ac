import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { createExtractor, type Extractor } from '../extractor';
import { GuanzhiError } from '../errors';
import { TABLES, rowsToCsv, toCsv, type TableName } from '../records/csv';
import { SloganCounter } from '../records/counts';
import type { Extraction } from '../types';
import { formatPretty } from './pretty';

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
  sloganLexicon: 'core' | 'all';
}

// A closed stdout (| head) ends the run quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT_OK);
  throw e;
});

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
    if (isDir) for (const f of readdirSync(p).sort()) if (/\.(txt|md)$/i.test(f)) files.push(join(p, f));
    if (!isDir) files.push(p);
  }
  return files;
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

function runExtract(files: string[], opts: ExtractCliOptions): number {
  let extractor: Extractor;
  try {
    extractor = createExtractor({ segmenter: opts.segmenter, userDictionaries: opts.userDict, sloganLexicon: opts.sloganLexicon });
  } catch (e) {
    process.stderr.write(`guanzhi: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  const inputs: { id: string; read: () => string }[] = files.length
    ? expandFiles(files).map((f) => ({ id: basename(f), read: () => readFileSync(f, 'utf8') }))
    : [{ id: 'stdin', read: readStdin }];
  let failed = 0;
  let headerWritten = false;
  // slogan-counts is one table over the whole run: counted as documents go, written at the end
  const counter = opts.format === 'csv' && opts.table === 'slogan-counts' ? new SloganCounter() : null;
  for (const input of inputs) {
    let ex: Extraction;
    try {
      ex = extractor.extract(input.read(), { docId: input.id, explain: opts.explain });
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      const message = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message;
      process.stderr.write(`guanzhi: ${input.id}: ${message}\n`);
      if (opts.format === 'jsonl' && !opts.pretty)
        process.stdout.write(`${JSON.stringify({ schemaVersion: '1', docId: input.id, error: { name: err.name ?? 'Error', message } })}\n`);
      continue;
    }
    if (counter) counter.add(ex);
    else if (opts.format === 'csv') {
      process.stdout.write(toCsv([ex], opts.table, !headerWritten));
      headerWritten = true;
    } else if (opts.pretty) process.stdout.write(formatPretty(ex));
    else process.stdout.write(`${JSON.stringify(ex)}\n`);
  }
  if (counter) process.stdout.write(rowsToCsv(counter.table().map((r) => ({ ...r })), 'slogan-counts'));
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

export function main(argv: string[]): number {
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
    .action((files: string[], opts: ExtractCliOptions) => {
      code = runExtract(files, opts);
    });
  try {
    program.parse(argv, { from: 'user' });
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

if (require.main === module) process.exitCode = main(process.argv.slice(2));
