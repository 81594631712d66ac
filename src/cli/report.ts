import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import { createExtractor, type Extractor } from '../extractor';
import { renderReport, type ReportDocument } from '../report';

/** Exit codes as for extract: 0 all documents in the report; 1 some document failed; 2 usage or setup error. */
const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;

interface ReportCliOptions {
  output: string;
  title?: string;
  segmenter: '@node-rs/jieba' | 'nodejieba';
  userDict?: string[];
}

export interface ReportCommandContext {
  /** Files and folders to the list of files, as `extract` reads them. */
  expandFiles: (paths: string[]) => string[];
  /** Receives the command's exit code. */
  setExitCode: (code: number) => void;
  /** Standard input, when no file is given. */
  readStdin: () => string;
}

/** Extracts every input with its reasons and writes one self-contained HTML page. */
export function runReport(files: string[], opts: ReportCliOptions, ctx: Pick<ReportCommandContext, 'expandFiles' | 'readStdin'>): number {
  let extractor: Extractor;
  try {
    extractor = createExtractor({ segmenter: opts.segmenter, userDictionaries: opts.userDict });
  } catch (e) {
    process.stderr.write(`guanzhi: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  const inputs: { id: string; read: () => string }[] = files.length
    ? ctx.expandFiles(files).map((f) => ({ id: basename(f), read: () => readFileSync(f, 'utf8') }))
    : [{ id: 'stdin', read: ctx.readStdin }];
  const docs: ReportDocument[] = [];
  const failures: { docId: string; message: string }[] = [];
  for (const input of inputs) {
    try {
      const text = input.read();
      docs.push({ text, extraction: extractor.extract(text, { docId: input.id, explain: true }) });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const message = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message;
      process.stderr.write(`guanzhi: ${input.id}: ${message}\n`);
      failures.push({ docId: input.id, message });
    }
  }
  const html = renderReport(docs, { title: opts.title, failures });
  try {
    if (opts.output === '-') process.stdout.write(html);
    else writeFileSync(opts.output, html);
  } catch (e) {
    process.stderr.write(`guanzhi: cannot write ${opts.output}: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  if (opts.output !== '-') process.stderr.write(`guanzhi: wrote ${opts.output} (${docs.length} document${docs.length === 1 ? '' : 's'})\n`);
  return failures.length ? EXIT_SOME_FAILED : EXIT_OK;
}

/** Adds `guanzhi report FILES... -o report.html` to the program (inheriting its error and output settings). */
export function addReportCommand(program: Command, ctx: ReportCommandContext): Command {
  return program
    .command('report')
    .description('extract FILES (or folders of .txt files; stdin when none) and write one self-contained HTML report: highlighted mentions, their records and rules, tables, and a summary')
    .argument('[files...]', 'text files or folders')
    .option('-o, --output <file>', 'the HTML file to write (- for stdout)', 'report.html')
    .option('--title <title>', 'the page title')
    .addOption(new Option('--segmenter <engine>', 'jieba engine').choices(['@node-rs/jieba', 'nodejieba']).default('@node-rs/jieba'))
    .option('--user-dict <file...>', "extra dictionaries in jieba's `word freq [tag]` format")
    .action((files: string[], opts: ReportCliOptions) => {
      ctx.setExitCode(runReport(files, opts, ctx));
    });
}
