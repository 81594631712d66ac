/**
 * The built package loads both ways: CommonJS (dist/index.js) and ESM (dist/index.mjs),
 * by path and by package name through the `exports` map, and both give the same records.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { DIST, ROOT, ensureBuilt } from './support/build';
const CJS = join(DIST, 'index.js');
const ESM = join(DIST, 'index.mjs');


const SENTENCE = '宁波市委常委、市委政法委书记、市委全面依法治市委员会办公室主任李明远主持召开会议，全年执行到位金额3518万元。';

interface Probe {
  positions: { person: string | null; title: string; organisation: string | null }[];
  valid: boolean;
  exportsExtract: boolean;
  extraction: unknown;
}

/** Body of a script that loads the package as `mod` (however), extracts SENTENCE and prints a Probe. */
const probeBody = `
  const ex = mod.extract(${JSON.stringify(SENTENCE)});
  const name = (list, id) => id == null ? null : (list.find((x) => x.id === id) || {}).name;
  const positions = ex.positions.map((p) => ({ person: name(ex.persons, p.person), title: p.title, organisation: name(ex.organisations, p.organisation) }));
  process.stdout.write(JSON.stringify({ positions, valid: mod.validateExtraction(ex).valid, exportsExtract: typeof mod.extract === 'function', extraction: ex }));
`;

function runNode(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function probeCjs(specifier: string): Probe {
  const r = runNode(['-e', `const mod = require(${JSON.stringify(specifier)});${probeBody}`]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Probe;
}

function probeEsm(specifier: string): Probe {
  const r = runNode(['--input-type=module', '-e', `const mod = await import(${JSON.stringify(specifier)});${probeBody}`]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Probe;
}

const EXPECTED_POSITIONS = [
  { person: '李明远', title: '常委', organisation: '中共宁波市委员会' },
  { person: '李明远', title: '书记', organisation: '中共宁波市委政法委员会' },
  { person: '李明远', title: '主任', organisation: '中共宁波市委全面依法治市委员会办公室' },
];

beforeAll(async () => {
  await ensureBuilt();
}, 180_000);

describe('built files', () => {
  test('dist has the CJS and ESM entry points and their types', () => {
    for (const f of ['index.js', 'index.mjs', 'index.d.ts', 'index.d.mts', 'cli.js']) expect(existsSync(join(DIST, f))).toBe(true);
  });

  test('require(dist/index.js) extracts and validates', () => {
    const p = probeCjs(CJS);
    expect(p.exportsExtract).toBe(true);
    expect(p.valid).toBe(true);
    expect(p.positions).toEqual(EXPECTED_POSITIONS);
  });

  test('import(dist/index.mjs) extracts and validates', () => {
    const p = probeEsm(pathToFileURL(ESM).href);
    expect(p.exportsExtract).toBe(true);
    expect(p.valid).toBe(true);
    expect(p.positions).toEqual(EXPECTED_POSITIONS);
  });

  test("an extractor keeps no copy of the engine's dictionary files (the idf table is never read)", () => {
    // @node-rs/jieba's dict.js module holds dict.txt and idf.txt (11 MB) for the life of the process
    const r = runNode([
      '-e',
      `const { createExtractor } = require(${JSON.stringify(CJS)});
       const ex = createExtractor();
       const loaded = Object.keys(require.cache).filter((f) => /[\\\\/]@node-rs[\\\\/]jieba[\\\\/]dict\\.js$/.test(f));
       process.stdout.write(JSON.stringify({ loaded, words: ex.segmenter.cut('许昌市人民政府副市长') }));`,
    ]);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { loaded: string[]; words: string[] };
    expect(out.loaded).toEqual([]);
    expect(out.words.join('')).toBe('许昌市人民政府副市长');
    expect(out.words.length).toBeGreaterThan(1);
  });

  test('CJS and ESM builds give the same extraction', () => {
    const a = probeCjs(CJS);
    const b = probeEsm(pathToFileURL(ESM).href);
    expect(b.positions).toEqual(a.positions);
    expect(b.extraction).toEqual(a.extraction);
  });
});

describe('package.json exports (self-reference by name)', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    main: string;
    module: string;
    exports: Record<string, unknown>;
  };

  test('main / module / exports point at files that exist', () => {
    expect(pkg.name).toBe('guanzhi');
    expect(existsSync(join(ROOT, pkg.main))).toBe(true);
    expect(existsSync(join(ROOT, pkg.module))).toBe(true);
    const dot = pkg.exports['.'] as { import: { types: string; default: string }; require: { types: string; default: string } };
    for (const f of [dot.import.types, dot.import.default, dot.require.types, dot.require.default]) expect(existsSync(join(ROOT, f))).toBe(true);
    expect(existsSync(join(ROOT, pkg.exports['./schemas/extraction.schema.json'] as string))).toBe(true);
  });

  test("require.resolve('guanzhi') from the repo root is dist/index.js", () => {
    const r = runNode(['-e', "process.stdout.write(require.resolve('guanzhi'))"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(CJS);
  });

  test("import.meta.resolve('guanzhi') from the repo root is dist/index.mjs", () => {
    const r = runNode(['--input-type=module', '-e', "process.stdout.write(import.meta.resolve('guanzhi'))"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(pathToFileURL(ESM).href);
  });

  test("require('guanzhi') works by name", () => {
    const p = probeCjs('guanzhi');
    expect(p.valid).toBe(true);
    expect(p.positions).toEqual(EXPECTED_POSITIONS);
  });

  test("import('guanzhi') works by name", () => {
    const p = probeEsm('guanzhi');
    expect(p.valid).toBe(true);
    expect(p.positions).toEqual(EXPECTED_POSITIONS);
  });

  test('the schema is reachable through its export path both ways', () => {
    const cjs = runNode(['-e', "process.stdout.write(require('guanzhi/schemas/extraction.schema.json').$id)"]);
    expect(cjs.status).toBe(0);
    expect(cjs.stdout).toMatch(/extraction\.schema\.json$/);
    const esm = runNode([
      '--input-type=module',
      '-e',
      "const s = await import('guanzhi/schemas/extraction.schema.json', { with: { type: 'json' } }); process.stdout.write(s.default.$id)",
    ]);
    expect(esm.status).toBe(0);
    expect(esm.stdout).toBe(cjs.stdout);
  });
});

describe('ajv is loaded on first use only (issue 8: start time and memory)', () => {
  // prints whether ajv is in the CommonJS module cache after loading the package and extracting,
  // then after validateExtraction (which needs it)
  const check = (load: string) => `
    ${load}
    const loaded = () => Object.keys(cache).some((k) => /[\\\\/]node_modules[\\\\/]ajv[\\\\/]/.test(k));
    const before = { afterImport: loaded() };
    mod.createExtractor().extract(${JSON.stringify(SENTENCE)});
    before.afterExtract = loaded();
    const valid = mod.validateExtraction(mod.extract(${JSON.stringify(SENTENCE)})).valid;
    const bad = mod.validateExtraction({ persons: 1 }).valid;
    process.stdout.write(JSON.stringify({ ...before, afterValidate: loaded(), valid, bad }));
  `;
  const expected = { afterImport: false, afterExtract: false, afterValidate: true, valid: true, bad: false };

  test('CommonJS', () => {
    const r = runNode(['-e', check(`const mod = require(${JSON.stringify(CJS)}); const cache = require.cache;`)]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  test('ESM', () => {
    const r = runNode([
      '--input-type=module',
      '-e',
      check(`const mod = await import(${JSON.stringify(pathToFileURL(ESM).href)}); const { createRequire } = await import('node:module'); const cache = createRequire(import.meta.url).cache;`),
    ]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });
});

describe('the dictionaries the build validated are not validated again (issue 8: the validators stay unloaded)', () => {
  // prints whether dist/dict-validators.js is in the CommonJS module cache after extracting with the
  // bundled dictionaries, then what createExtractor does with a copy of them where one was edited
  const check = (load: string, dictsDir: string) => `
    ${load}
    const loaded = () => Object.keys(cache).some((k) => /[\\\\/]dist[\\\\/]dict-validators\\.js$/.test(k));
    const out = { positions: mod.createExtractor().extract(${JSON.stringify(SENTENCE)}).positions.length };
    out.afterExtract = loaded();
    try { mod.createExtractor({ dictsDir: ${JSON.stringify(dictsDir)} }); out.edited = 'accepted'; } catch (e) { out.edited = e.name + ': ' + e.message; }
    out.afterEdited = loaded();
    process.stdout.write(JSON.stringify(out));
  `;
  let root: string;
  beforeAll(() => {
    // a copy of dicts/ and schemas/ where documents.json lost its required lists
    root = join(tmpdir(), `guanzhi-edited-dicts-${process.pid}`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    for (const folder of ['dicts', 'schemas']) cpSync(join(ROOT, folder), join(root, folder), { recursive: true });
    const file = join(root, 'dicts', 'documents.json');
    writeFileSync(file, JSON.stringify({ kinds: [] }));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const expected = (dictsDir: string) => ({
    positions: 3,
    afterExtract: false,
    edited: `DictionaryError: ${join(dictsDir, 'documents.json')}: does not match documents.schema.json: / must have required property 'notDocuments'`,
    afterEdited: true,
  });

  test('CommonJS', () => {
    const r = runNode(['-e', check(`const mod = require(${JSON.stringify(CJS)}); const cache = require.cache;`, join(root, 'dicts'))]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(expected(join(root, 'dicts')));
  });

  test('ESM', () => {
    const r = runNode([
      '--input-type=module',
      '-e',
      check(`const mod = await import(${JSON.stringify(pathToFileURL(ESM).href)}); const { createRequire } = await import('node:module'); const cache = createRequire(import.meta.url).cache;`, join(root, 'dicts')),
    ]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(expected(join(root, 'dicts')));
  });
});
