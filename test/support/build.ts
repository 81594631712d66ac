/** Builds dist/ once for the tests that spawn the built package (cli, module formats). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const f of readdirSync(path)) t = Math.max(t, newest(join(path, f)));
  return t;
}
function distIsFresh(): boolean {
  const outputs = ['index.js', 'index.mjs', 'cli.js', 'batch-worker.js', 'dict-validators.js', 'dicts-validated.json'].map((f) => join(DIST, f));
  if (!outputs.every((f) => existsSync(f))) return false;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  // (dicts and schemas: dist/dicts-validated.json names the texts the build validated)
  const sources = Math.max(...['src', 'dicts', 'schemas', 'tsup.config.ts', 'package.json', 'scripts/validated-dicts.mjs'].map((p) => newest(join(ROOT, p))));
  return built >= sources;
}
/** Test files run in parallel workers and tsup cleans dist/: one build at a time, behind a lock directory. */
export async function ensureBuilt(): Promise<void> {
  const lock = join(tmpdir(), `guanzhi-jest-build-${ROOT.replace(/[^A-Za-z0-9]/g, '_')}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* released meanwhile */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (!distIsFresh()) execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
