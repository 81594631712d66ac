#!/usr/bin/env node
// CI: the CLI over ../shared/corpus with each jieba engine; the records must be identical.
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.GUANZHI_SHARED ?? join(root, '..', 'shared');
const corpus = process.argv[2] ?? join(shared, 'corpus');
const run = (engine) => {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'extract', corpus, '--segmenter', engine], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) { process.stderr.write(r.stderr); process.exit(r.status ?? 1); }
  return r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
};
const a = run('@node-rs/jieba');
const b = run('nodejieba');
let diffs = 0;
for (let i = 0; i < Math.max(a.length, b.length); i++) {
  const x = JSON.stringify(a[i]);
  const y = JSON.stringify(b[i]);
  if (x === y) continue;
  diffs++;
  const doc = a[i]?.docId ?? b[i]?.docId;
  for (const key of ['mentions', 'persons', 'positions', 'organisations', 'regions', 'metrics', 'slogans', 'documents']) {
    const ka = new Set((a[i]?.[key] ?? []).map((r) => JSON.stringify(r)));
    const kb = new Set((b[i]?.[key] ?? []).map((r) => JSON.stringify(r)));
    for (const r of ka) if (!kb.has(r)) console.log(`${doc} ${key} only @node-rs/jieba: ${r}`);
    for (const r of kb) if (!ka.has(r)) console.log(`${doc} ${key} only nodejieba: ${r}`);
  }
}
console.log(`engine parity: ${a.length} documents, ${diffs} differ`);
process.exit(diffs ? 1 : 0);
