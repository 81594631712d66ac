/** `guanzhi report` (dist/cli.js): files and folders in, one HTML page out; exit codes as for extract. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ensureBuilt } from '../support/build';

const CLI = join(DIST, 'cli.js');
const TEXT_A = '宁波市委常委、政法委书记李明远主持召开会议，要持续深化“放管服”改革。';
const TEXT_B = '湖北高院党组书记、院长王志强带队督办执行案件，全年执行到位金额3518万元。';

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'guanzhi-report-'));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'a.txt'), TEXT_A);
  writeFileSync(join(dir, 'folder', 'b.txt'), TEXT_B);
  writeFileSync(join(dir, 'folder', 'notes.json'), '{}');
}, 180_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const cli = (args: string[], input = '') => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input, encoding: 'utf8', timeout: 60_000 });

test('a folder gives one page with a summary, both articles and their reasons', () => {
  const r = cli(['report', 'folder', '-o', 'r.html']);
  expect(r.status).toBe(0);
  expect(r.stderr).toContain('wrote r.html (2 documents)');
  const html = readFileSync(join(dir, 'r.html'), 'utf8');
  expect(html).toContain('<a href="#d1">a.txt</a>');
  expect(html).toContain('<a href="#d2">b.txt</a>');
  expect(html).not.toContain('notes.json');
  expect(html).toContain('title-chain-before-name'); // extracted with explain
  expect(html).toContain('中共宁波市委政法委员会');
});

test('report.html by default; --output - writes to stdout; --title sets the title', () => {
  expect(cli(['report', 'folder/a.txt']).status).toBe(0);
  expect(existsSync(join(dir, 'report.html'))).toBe(true);
  const r = cli(['report', 'folder/b.txt', '--output', '-', '--title', '湖北 <check>']);
  expect(r.status).toBe(0);
  expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(r.stdout).toContain('<title>湖北 &lt;check&gt;</title>');
});

test('stdin when no file is given', () => {
  const r = cli(['report', '-o', '-'], TEXT_A);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('<h2>stdin</h2>');
});

test('a missing file: exit 1, the others are in the report and the failure is listed', () => {
  const r = cli(['report', 'folder/a.txt', 'missing.txt', '-o', 'partial.html']);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('guanzhi: missing.txt: no such file');
  const html = readFileSync(join(dir, 'partial.html'), 'utf8');
  expect(html).toContain('<li>missing.txt: no such file</li>');
  expect(html).toContain('<h2>a.txt</h2>');
});

test('usage errors exit 2', () => {
  expect(cli(['report', '--bogus']).status).toBe(2);
  expect(cli(['report', 'folder/a.txt', '-o', join(dir, 'no', 'such', 'dir', 'r.html')]).status).toBe(2);
  expect(cli(['report', 'folder/a.txt', '--segmenter', 'nope']).status).toBe(2);
});
