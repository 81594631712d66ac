import { defineConfig } from 'tsup';

/**
 * The dictionaries' validators (1 MB of ajv's code) are a file of their own, dist/dict-validators.js,
 * left out of the bundles that import them: src/resources/read.ts loads it on the first dictionary
 * the build did not validate (scripts/validated-dicts.mjs), which a process with the bundled
 * dictionaries never reads (issue 8: peak RSS).
 */
const validatorsApart = {
  name: 'dict-validators-apart',
  setup(build: { onResolve(o: { filter: RegExp }, f: (a: { importer: string }) => { path: string; external: boolean } | undefined): void }) {
    build.onResolve({ filter: /[\\/]dict-validators\.generated$/ }, (args) =>
      // (its own entry is built from the file; only the other modules' imports of it are left out)
      args.importer ? { path: './dict-validators.js', external: true } : undefined,
    );
  },
};

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts', 'dict-validators': 'src/resources/dict-validators.generated.ts' },
  esbuildPlugins: [validatorsApart],
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  shims: true,
  external: ['@node-rs/jieba', 'nodejieba'],
});
