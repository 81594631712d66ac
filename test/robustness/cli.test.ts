/**
 * The CLI (dist/cli.js) on paths and bytes that go wrong: every failure is one line on stderr
 * (and an error record in JSONL), never a stack trace, and every other document is still
 * extracted. Permission tests run the CLI as `nobody` when the tests run as root, for whom
 * chmod 000 prevents nothing.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateExtraction } from '../../src';
import { DIST, ensureBuilt } from '../support/build';

const CLI = join(DIST, 'cli.js');
const GOOD = '湖北高院党组书记、院长王志强指出，全年执行到位金额3518万元。';
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

let dir: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { input?: string | Buffer; unprivileged?: boolean } = {}): Run {
  const spawnOptions: SpawnSyncOptions = { cwd: dir, input: options.input ?? '', timeout: 60_000 };
  if (options.unprivileged && asRoot) Object.assign(spawnOptions, { uid: NOBODY, gid: NOBODY });
  const r = spawnSync(process.execPath, [CLI, ...args], spawnOptions);
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

const lines = (stdout: string) => stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);

function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toMatch(/node:internal|Error: /);
}

beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'guanzhi-cli-robust-'));
  chmodSync(dir, 0o755); // readable by the unprivileged user
  writeFileSync(join(dir, 'good.txt'), GOOD);
}, 180_000);

afterAll(() => {
  if (dir) {
    for (const p of ['locked.txt', 'locked-dir']) {
      try {
        chmodSync(join(dir, p), 0o755);
      } catch {
        // not created (a filtered run)
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('paths that cannot be read', () => {
  beforeAll(() => {
    writeFileSync(join(dir, 'locked.txt'), GOOD);
    chmodSync(join(dir, 'locked.txt'), 0o000);
    mkdirSync(join(dir, 'locked-dir'));
    writeFileSync(join(dir, 'locked-dir', 'inside.txt'), GOOD);
    chmodSync(join(dir, 'locked-dir'), 0o000);
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    mkdirSync(join(dir, 'empty-dir'));
  });

  test('an unreadable file, an unreadable folder, a path through a file, a dangling link: one line each, exit 1, the good file extracted', () => {
    const r = cli(['extract', 'locked.txt', 'locked-dir', 'good.txt/x.txt', 'dangling.txt', 'good.txt'], { unprivileged: true });
    expect(r.status).toBe(1);
    expectNoStackTrace(r.stderr);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'guanzhi: locked.txt: permission denied',
      'guanzhi: locked-dir: permission denied',
      'guanzhi: x.txt: not a file (a part of the path is not a folder)',
      'guanzhi: dangling.txt: no such file',
    ]);
    const out = lines(r.stdout);
    expect(out.map((l) => [l.docId, (l.error as { message: string } | undefined)?.message ?? 'ok'])).toEqual([
      ['locked.txt', 'permission denied'],
      ['locked-dir', 'permission denied'],
      ['x.txt', 'not a file (a part of the path is not a folder)'],
      ['dangling.txt', 'no such file'],
      ['good.txt', 'ok'],
    ]);
    expect(validateExtraction(out[4]).valid).toBe(true);
  });

  test('a folder with no .txt or .md files: a warning, exit 0', () => {
    const r = cli(['extract', 'empty-dir', 'good.txt']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('guanzhi: empty-dir: no .txt or .md files in this folder\n');
    expect(lines(r.stdout).map((l) => l.docId)).toEqual(['good.txt']);
  });

  test('--pretty and csv report the failure on stderr only and go on', () => {
    for (const flags of [['--pretty'], ['--format', 'csv', '--table', 'positions']]) {
      const r = cli(['extract', ...flags, 'dangling.txt', 'good.txt']);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('guanzhi: dangling.txt: no such file\n');
      expect(r.stdout).toContain('王志强');
    }
  });
});

describe('bytes that are not UTF-8', () => {
  // BOM, 湖北高院, two GBK bytes, 召开会议。, then a UTF-8-encoded surrogate (CESU-8), then a cut-off sequence
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('湖北高院'), Buffer.from([0xc7, 0xe5]), Buffer.from('召开会议。\n近600人参加。'),
    Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xe4, 0xb8]),
  ]);
  beforeAll(() => writeFileSync(join(dir, 'mixed.txt'), bytes));

  test('one warning naming the first bad byte; the text is read with U+FFFD; offsets index that text; exit 0', () => {
    const r = cli(['extract', 'mixed.txt', 'good.txt']);
    expect(r.status).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'guanzhi: mixed.txt: not valid UTF-8 (first bad byte at offset 15, line 1); read with U+FFFD in its place (a GBK file? convert it first: iconv -f GB18030 -t UTF-8)',
    ]);
    const [ex, good] = lines(r.stdout) as unknown as { docId: string; mentions: { text: string; start: number; end: number }[] }[];
    expect(validateExtraction(ex).valid).toBe(true);
    expect(good.docId).toBe('good.txt');
    // the same string Node's readFileSync(file, 'utf8') gives, BOM included
    const text = bytes.toString('utf8');
    expect(text.startsWith('\ufeff湖北高院\ufffd')).toBe(true);
    expect(ex.mentions.map((m) => m.text)).toEqual(['湖北高院', '近600人']);
    for (const m of ex.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  test('on stdin too', () => {
    const r = cli(['extract'], { input: bytes });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^guanzhi: stdin: not valid UTF-8 \(first bad byte at offset 15, line 1\)/);
    expect(lines(r.stdout)).toHaveLength(1);
  });

  test('a bad byte on a later line is reported on that line', () => {
    writeFileSync(join(dir, 'late.txt'), Buffer.concat([Buffer.from('第一行\n第二行\n第三'), Buffer.from([0xff]), Buffer.from('行')]));
    const r = cli(['extract', 'late.txt']);
    expect(r.stderr).toMatch(/late\.txt: not valid UTF-8 \(first bad byte at offset 26, line 3\)/);
  });
});

describe('closed streams', () => {
  beforeAll(() => {
    for (let k = 0; k < 20; k++) writeFileSync(join(dir, `many-${String(k).padStart(2, '0')}.txt`), `${GOOD}\n`.repeat(40));
  });

  test.each([
    ['head -n 1', 'head -n 1'],
    ['a reader that reads nothing', 'true'],
  ])('stdout closed by %s: quiet exit 0, no stack trace', (_label, reader) => {
    const files = Array.from({ length: 20 }, (_, k) => `many-${String(k).padStart(2, '0')}.txt`).join(' ');
    const r = spawnSync('/bin/bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} extract ${files} | ${reader}; echo "exit=\${PIPESTATUS[0]}" >&2`], {
      cwd: dir, encoding: 'utf8', timeout: 60_000,
    });
    expect(r.stderr).toBe('exit=0\n');
  });

  test('a closed stderr does not stop the run', () => {
    const r = spawnSync('/bin/sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} extract missing.txt good.txt 2>&-; echo "exit=$?"`], {
      cwd: dir, encoding: 'utf8', timeout: 60_000,
    });
    const out = r.stdout.trimEnd().split('\n');
    expect(out.at(-1)).toBe('exit=1');
    expect(lines(out.slice(0, -1).join('\n')).map((l) => l.docId)).toEqual(['missing.txt', 'good.txt']);
  });
});
