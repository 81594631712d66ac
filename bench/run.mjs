// npm run bench: extract throughput against the bare cut of the same jieba engine, in one run.
// Corpus: ../shared/corpus (or examples/) repeated to about 1 MB. A first measurement; issue 8 deepens it.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { createExtractor } = require(join(root, 'dist', 'index.js'));
const dir = existsSync(join(root, '..', 'shared', 'corpus')) ? join(root, '..', 'shared', 'corpus') : join(root, 'examples');
const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
const target = Number(process.env.BENCH_CHARS ?? 1_000_000);
const corpus = [];
for (let n = 0; n < target; ) for (const d of docs) { corpus.push(d); n += d.length; }
const chars = corpus.reduce((s, d) => s + d.length, 0);

const rows = [];
for (const engine of ['@node-rs/jieba', 'nodejieba']) {
  let extractor;
  const t0 = performance.now();
  try { extractor = createExtractor({ segmenter: engine }); } catch (e) { console.log(`${engine}: skipped (${e.message})`); continue; }
  const cold = performance.now() - t0;
  let t = performance.now();
  for (const d of corpus) extractor.segmenter.cut(d);
  const cut = performance.now() - t;
  t = performance.now();
  for (const d of corpus) extractor.extract(d);
  const ex = performance.now() - t;
  rows.push({ engine, cold_ms: Math.round(cold), cut_chars_s: Math.round(chars / (cut / 1000)), extract_chars_s: Math.round(chars / (ex / 1000)), ratio: +(cut / ex).toFixed(3) });
}
console.log(`corpus: ${corpus.length} documents, ${chars} chars`);
console.table(rows);
console.log(`peak RSS: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
