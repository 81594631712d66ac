// npm run bench: one reproducible run reporting, for each jieba engine, the bare cut and the full
// extract over the same corpus (../shared/corpus repeated to >= 5 MB), their ratio, cold start,
// peak RSS, the cost of 1x / 4x / 16x the same document, the peak RSS of a longer batch (ten passes:
// BENCH_SUSTAINED_PASSES), and extractMany() at 1 and 2 workers.
// Every measurement runs in a child process of its own, so that RSS and cold start are its own.
// Options (env): BENCH_BYTES (default 5 MB), BENCH_WORKER_BYTES (extractMany; default 4 x BENCH_BYTES),
// BENCH_ROUNDS (default 3: the best round is kept).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
const ENGINES = ['@node-rs/jieba', 'nodejieba'];

function corpusDocs() {
  const shared = join(root, '..', 'shared', 'corpus');
  const dir = existsSync(shared) ? shared : join(root, 'examples');
  return readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

function buildCorpus(bytes) {
  const docs = corpusDocs();
  const out = [];
  for (let n = 0; n < bytes; ) for (const d of docs) { out.push(d); n += Buffer.byteLength(d); }
  return out;
}

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Child modes: each prints one JSON line. */
async function child(mode, engine) {
  const { createExtractor, extractMany } = require(join(root, 'dist', 'index.js'));
  const bytes = Number(process.env.BENCH_BYTES ?? 5_000_000);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  if (mode === 'cold') {
    const t = performance.now();
    createExtractor({ segmenter: engine });
    return { cold_ms: Math.round(performance.now() - t) };
  }
  const ex = createExtractor({ segmenter: engine });
  // extractMany runs over 4x the bytes (20 MB by default): each worker starts its own engine and
  // warms its own JIT, which a 5 MB run would mostly measure
  const corpus = buildCorpus(mode === 'workers' ? Number(process.env.BENCH_WORKER_BYTES ?? 4 * bytes) : bytes);
  const chars = corpus.reduce((s, d) => s + d.length, 0);
  if (mode === 'throughput') {
    for (const d of corpus.slice(0, 6)) ex.extract(d); // warm up the JIT
    let cut = Infinity;
    let extract = Infinity;
    for (let r = 0; r < rounds; r++) {
      let t = cpuMs();
      for (const d of corpus) ex.segmenter.cut(d);
      cut = Math.min(cut, cpuMs() - t);
      t = cpuMs();
      for (const d of corpus) ex.extract(d);
      extract = Math.min(extract, cpuMs() - t);
    }
    return { bytes: corpus.reduce((s, d) => s + Buffer.byteLength(d), 0), chars, docs: corpus.length, cut_chars_s: Math.round(chars / (cut / 1000)), extract_chars_s: Math.round(chars / (extract / 1000)), ratio: +(cut / extract).toFixed(3), rss_mb: rssMb() };
  }
  if (mode === 'scaling') {
    const one = corpusDocs().join('\n\n');
    ex.extract(one);
    const out = {};
    for (const k of [1, 4, 16]) {
      const text = one.repeat(k);
      let best = Infinity;
      for (let r = 0; r < rounds; r++) {
        const t = cpuMs();
        ex.extract(text);
        best = Math.min(best, cpuMs() - t);
      }
      out[`x${k}_ms`] = Math.round(best);
    }
    out.x16_over_16x1 = +(out.x16_ms / (16 * out.x1_ms)).toFixed(2);
    return out;
  }
  if (mode === 'sustained') {
    // a long batch: the peak RSS of the throughput run (three passes) is reached early, while the JIT
    // compiles; over a longer run the old generation's garbage may grow it further until a full GC
    const passes = Number(process.env.BENCH_SUSTAINED_PASSES ?? 10);
    const perPass = [];
    for (let r = 0; r < passes; r++) {
      for (const d of corpus) ex.extract(d);
      perPass.push(Math.round(process.memoryUsage().rss / 1048576));
    }
    return { passes, mb_of_text: +((passes * corpus.reduce((s, d) => s + Buffer.byteLength(d), 0)) / 1e6).toFixed(1), rss_mb_after_each_pass: perPass, peak_rss_mb: rssMb() };
  }
  if (mode === 'workers') {
    const out = [];
    // records: Extraction objects in the calling thread; json: each result's JSON text, made in the
    // worker (output: 'json', what the CLI's JSONL output uses)
    // whole: from the call to the last result (workers' start and JIT warm-up included); steady:
    // the second half of the results (every worker started and warm: what a long run sees); cores:
    // CPU time of the process over wall time (V8's GC threads run beside the thread that extracts,
    // so one extracting thread already uses more than one)
    for (const output of ['records', 'json']) {
      for (const concurrency of [0, 1, 2]) {
        const cpu0 = process.cpuUsage();
        const t = performance.now();
        const half = corpus.length >> 1;
        let k = 0;
        let mid = 0;
        let midChars = 0;
        let done = 0;
        for await (const r of extractMany(corpus, { concurrency, segmenter: engine, output })) {
          if (typeof r === 'string' ? /^\{"schemaVersion":"1","docId":(?:null|"(?:[^"\\]|\\.)*"),"error":/.test(r) : r.error) throw new Error(`a document failed: ${String(r).slice(0, 200)}`);
          done += corpus[k++].length;
          if (k === half) {
            mid = performance.now();
            midChars = done;
          }
        }
        const end = performance.now();
        const cpu = process.cpuUsage(cpu0);
        out.push({
          output, concurrency,
          whole_chars_s: Math.round(chars / ((end - t) / 1000)),
          steady_chars_s: Math.round((chars - midChars) / ((end - mid) / 1000)),
          cores: +((cpu.user + cpu.system) / 1000 / (end - t)).toFixed(2),
        });
      }
    }
    return out;
  }
  throw new Error(`unknown mode ${mode}`);
}

function runChild(mode, engine) {
  const r = spawnSync(process.execPath, [self, '--child', mode, engine], { encoding: 'utf8', env: process.env, maxBuffer: 1 << 24 });
  if (r.status !== 0) return { error: (r.stderr || r.stdout).trim().split('\n').slice(-1)[0] };
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4]).then((o) => console.log(JSON.stringify(o)), (e) => { console.error(e.message); process.exit(1); });
} else {
  if (!existsSync(join(root, 'dist', 'index.js'))) { console.error('build first: npm run build'); process.exit(2); }
  console.log(`guanzhi bench · node ${process.version} · ${cpus().length} cores · ${cpus()[0]?.model ?? ''}`);
  const rows = [];
  for (const engine of ENGINES) {
    const cold = runChild('cold', engine);
    if (cold.error) { console.log(`${engine}: skipped (${cold.error})`); continue; }
    const tp = runChild('throughput', engine);
    const sc = runChild('scaling', engine);
    rows.push({ engine, ...cold, ...tp, ...sc });
  }
  console.table(rows);
  const sus = runChild('sustained', '@node-rs/jieba');
  console.log(sus.error ? `sustained: ${sus.error}` : `sustained (@node-rs/jieba): peak RSS ${sus.peak_rss_mb} MB over ${sus.passes} passes (${sus.mb_of_text} MB of text); RSS after each pass: ${sus.rss_mb_after_each_pass.join(' ')}`);
  const wk = runChild('workers', '@node-rs/jieba');
  console.log('extractMany (@node-rs/jieba), chars/s by output and concurrency (0 = in the calling thread):');
  console.table(wk.error ? [wk] : wk);
  console.log(JSON.stringify({ engines: rows, sustained: sus, workers: wk }));
}
