import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { createExtractor, type Extractor } from '../extractor';
import { GuanzhiError } from '../errors';
import { TABLES, toCsv, type TableName } from '../records/csv';
import type { Extraction } from '../types';
import { formatPretty } from './pretty';
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

function runExtract(files: string[], opts: ExtractCliOptions): number {
  let extractor: Extractor;
  try {
    extractor = createExtractor({ segmenter: opts.segmenter, userDictionaries: opts.userDict });
  } catch (e) {
    process.stderr.write(`guanzhi: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  const inputs: { id: string; read: () => string }[] = files.length
    ? expandFiles(files).map((f) => ({ id: basename(f), read: () => readDocument(f, basename(f)) }))
    : [{ id: 'stdin', read: readStdin }];
  let failed = 0;
  let headerWritten = false;
  for (const input of inputs) {
    let ex: Extraction;
    try {
      ex = extractor.extract(input.read(), { docId: input.id, explain: opts.explain });
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      const message = err.code ? readErrorMessage(err) : err.message;
      process.stderr.write(`guanzhi: ${input.id}: ${message}\n`);
      if (opts.format === 'jsonl' && !opts.pretty)
        process.stdout.write(`${JSON.stringify({ schemaVersion: '1', docId: input.id, error: { name: err.name ?? 'Error', message } })}\n`);
      continue;
    }
    if (opts.format === 'csv') {
      process.stdout.write(toCsv([ex], opts.table, !headerWritten));
      headerWritten = true;
    } else if (opts.pretty) process.stdout.write(formatPretty(ex));
    else process.stdout.write(`${JSON.stringify(ex)}\n`);
  }
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
    .addOption(new Option('--table <table>', 'the table to write with --format csv').choices([...TABLES]).default('positions'))
    .addOption(new Option('--segmenter <engine>', 'jieba engine').choices(['@node-rs/jieba', 'nodejieba']).default('@node-rs/jieba'))
    .option('--user-dict <file...>', "extra dictionaries in jieba's `word freq [tag]` format")
    .option('--explain', 'add the rule behind every mention and record')
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
