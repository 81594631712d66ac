#!/usr/bin/env node
// npm run eval: the CLI over ../shared/corpus, scored by ../shared/eval/score.mjs.
// Extra arguments go to the scorer (e.g. -- --misses person). Builds dist/ first when missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.GUANZHI_SHARED ?? join(root, '..', 'shared');
const corpus = join(shared, 'corpus');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const run = spawnSync(process.execPath, [cli, 'extract', corpus, ...(process.env.GUANZHI_SEGMENTER ? ['--segmenter', process.env.GUANZHI_SEGMENTER] : [])], {
  cwd: root, encoding: 'utf8', maxBuffer: 1 << 28,
});
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(run.status ?? 1);
}
mkdirSync(join(root, 'out'), { recursive: true });
const out = join(root, 'out', 'eval.jsonl');
writeFileSync(out, run.stdout);
const score = spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), out, '--corpus', corpus, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(score.status ?? 1);
