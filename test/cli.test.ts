/**
 * The command line (dist/cli.js): JSONL by default, --pretty, --format csv --table …, exit codes
 * 0 (all extracted) / 1 (some document failed) / 2 (usage), stdin, and a closed stdout.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateExtraction } from '../src';

import { DIST, ROOT, ensureBuilt } from './support/build';
const CLI = join(DIST, 'cli.js');


const TEXT_A = '宁波市委常委、市委政法委书记、市委全面依法治市委员会办公室主任李明远主持召开会议。李明远强调，要持续深化“放管服”改革。';
const TEXT_B = '今年以来，湖北高院党组书记、院长王志强带队督办执行案件，全年执行到位金额3518万元，近600人参加集中培训。';

let dir: string;
let fileA: string;
let fileB: string;
let bulky: string[];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input: input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'guanzhi-cli-'));
  fileA = join(dir, 'ningbo.txt');
  fileB = join(dir, 'hubei.txt');
  writeFileSync(fileA, TEXT_A);
  writeFileSync(fileB, TEXT_B);
  // big enough that the output overflows a pipe buffer many times over
  bulky = ['bulk1.txt', 'bulk2.txt', 'bulk3.txt'].map((f) => join(dir, f));
  for (const f of bulky) writeFileSync(f, `${TEXT_A}\n${TEXT_B}\n`.repeat(150));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('extract to JSONL', () => {
  test('two files give two lines, docId = basename, each a valid Extraction', () => {
    const r = cli(['extract', fileA, fileB]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.docId)).toEqual(['ningbo.txt', 'hubei.txt']);
    for (const l of lines) expect(validateExtraction(l).valid).toBe(true);
    const persons = lines.map((l) => (l.persons as { name: string }[]).map((p) => p.name));
    expect(persons).toEqual([['李明远'], ['王志强']]);
  });

  test('offsets index the file text', () => {
    const [ex] = jsonLines(cli(['extract', fileA]).stdout) as unknown as { mentions: { text: string; start: number; end: number }[] }[];
    expect(ex.mentions.length).toBeGreaterThan(0);
    for (const m of ex.mentions) expect(TEXT_A.slice(m.start, m.end)).toBe(m.text);
  });

  test('a missing file is named on stderr, exit 1, and the other file is still extracted', () => {
    const missing = join(dir, 'no-such-file.txt');
    const r = cli(['extract', missing, fileB]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no-such-file.txt');
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    const lines = jsonLines(r.stdout);
    const good = lines.filter((l) => l.docId === 'hubei.txt');
    expect(good).toHaveLength(1);
    expect(validateExtraction(good[0]).valid).toBe(true);
    // whatever is written for the missing file is an error record, never an Extraction
    for (const l of lines.filter((x) => x.docId === 'no-such-file.txt')) expect(l).toHaveProperty('error');
  });

  test('stdin is read when no file is given', () => {
    const r = cli(['extract'], TEXT_B);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0].docId).toBe('stdin');
    expect(validateExtraction(lines[0]).valid).toBe(true);
    expect((lines[0].persons as { name: string }[]).map((p) => p.name)).toEqual(['王志强']);
  });
});

describe('usage', () => {
  test('no arguments: usage on stderr, exit 2', () => {
    const r = cli([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage: guanzhi/);
    expect(r.stdout).toBe('');
  });

  test('--help: exit 0 and lists the extract command', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: guanzhi/);
    expect(r.stdout).toContain('extract');
  });

  test('extract --help: exit 0 and lists the options', () => {
    const r = cli(['extract', '--help']);
    expect(r.status).toBe(0);
    for (const o of ['--pretty', '--format', '--table']) expect(r.stdout).toContain(o);
  });

  test('an unknown table: exit 2, message on stderr, nothing on stdout', () => {
    const r = cli(['extract', '--format', 'csv', '--table', 'ministers', fileA]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ministers');
    expect(r.stdout).toBe('');
  });

  test('an unknown option: exit 2', () => {
    const r = cli(['extract', '--no-such-option', fileA]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('--pretty and --format csv', () => {
  test('--pretty prints the official with the title and organisation', () => {
    const r = cli(['extract', '--pretty', fileB]);
    expect(r.status).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.includes('王志强') && l.includes('院长'));
    expect(line).toBeDefined();
    expect(line).toContain('湖北省高级人民法院');
    expect(r.stdout).toContain('hubei.txt');
  });

  test('--format csv --table positions: header then one row per position', () => {
    const r = cli(['extract', '--format', 'csv', '--table', 'positions', fileA, fileB]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^doc,person,title,/);
    expect(lines.filter((l) => l.startsWith('doc,'))).toHaveLength(1); // one header for all files
    const rows = lines.slice(1);
    expect(rows.find((l) => l.startsWith('ningbo.txt,李明远,常委,'))).toContain('中共宁波市委员会');
    expect(rows.find((l) => l.startsWith('hubei.txt,王志强,党组书记,'))).toContain('湖北省高级人民法院');
    const header = lines[0].split(',');
    for (const row of rows) expect(row.split(',').length).toBe(header.length); // no field here needs quoting
  });

  test('--format csv --table metrics: value, unit and approx columns', () => {
    const r = cli(['extract', '--format', 'csv', '--table', 'metrics', fileB]);
    expect(r.status).toBe(0);
    const [head, ...rows] = r.stdout.trimEnd().split('\n');
    const cols = head.split(',');
    expect(cols.slice(0, 6)).toEqual(['doc', 'text', 'value', 'unit', 'kind', 'approx']);
    const at = (row: string, c: string) => row.split(',')[cols.indexOf(c)];
    const money = rows.find((l) => at(l, 'text') === '3518万元');
    expect(money).toBeDefined();
    expect([at(money!, 'value'), at(money!, 'unit'), at(money!, 'kind'), at(money!, 'approx')]).toEqual(['35180000', '元', 'money', 'exact']);
    const people = rows.find((l) => at(l, 'text') === '近600人');
    expect(people).toBeDefined();
    expect([at(people!, 'value'), at(people!, 'approx')]).toEqual(['600', 'nearly']);
  });

  test('--format csv --table slogan-counts: one frequency table over all the files', () => {
    const slogans = join(dir, 'slogans.txt');
    writeFileSync(slogans, '全区深化放管服改革，推进扫黑除恶常态化。放管服改革要落到实处。');
    const r = cli(['extract', '--format', 'csv', '--table', 'slogan-counts', fileA, fileB, slogans]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('name,category,count,documents\n放管服,reform,3,2\n');
    // every lexicon formulation counts unquoted with --slogan-lexicon all
    const all = cli(['extract', '--format', 'csv', '--table', 'slogan-counts', '--slogan-lexicon', 'all', slogans]);
    expect(all.stdout).toBe('name,category,count,documents\n放管服,reform,2,1\n扫黑除恶,campaign,1,1\n');
  });
});

describe('closed stdout', () => {
  test.each([
    ['jsonl', [] as string[]],
    ['pretty', ['--pretty']],
    ['csv', ['--format', 'csv', '--table', 'mentions']],
  ])('piping %s output into head -c 1 prints no error or stack trace', (_label, flags) => {
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} extract ${flags.join(' ')} ${bulky.map((f) => JSON.stringify(f)).join(' ')} | head -c 1`;
    const r = spawnSync('/bin/sh', ['-c', cmd], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toHaveLength(1);
    expect(r.stderr).not.toContain('Error');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).toBe('');
  });
});
