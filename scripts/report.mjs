#!/usr/bin/env node
// npm run report: the HTML report of ../shared/corpus (GUANZHI_SHARED to change it) in out/report.html.
// Extra arguments go to `guanzhi report` (e.g. -- --title "…"). Builds dist/ first when missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.GUANZHI_SHARED ?? join(root, '..', 'shared');
const corpus = join(shared, 'corpus');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}: set GUANZHI_SHARED to the folder that holds corpus/`);
  process.exit(2);
}
if (!existsSync(cli)) {
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
mkdirSync(join(root, 'out'), { recursive: true });
const out = join(root, 'out', 'report.html');
const run = spawnSync(process.execPath, [cli, 'report', corpus, '-o', out, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
