/**
 * A bundled dictionary the build validated is not validated again when read (issue 8: the
 * validators' code is then never loaded). The build's manifest (dist/dicts-validated.json, written
 * by scripts/validated-dicts.mjs) names each dictionary by the SHA-256 of its text and of its
 * schema's text; any other text is validated as it is read.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DictionaryError } from '../../src/errors';
import { builtValidated, readJsonDictionary, useValidatedManifest } from '../../src/resources/read';
import { loadUnits } from '../../src/recognise/metric';
import { spawnSync } from 'node:child_process';
import { DIST, ensureBuilt } from '../support/build';

const ROOT = resolve(__dirname, '..', '..');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let dir: string;
let schemasDir: string;
const manifestFile = () => join(dir, 'manifest.json');

/** documents.json made invalid: its required lists missing (the schema rejects it). */
const INVALID = JSON.stringify({ kinds: [{ nope: true }] });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'guanzhi-manifest-'));
  schemasDir = join(dir, 'schemas');
  mkdirSync(join(schemasDir, 'dicts'), { recursive: true });
  for (const name of ['documents', 'units']) copyFileSync(join(ROOT, 'schemas', 'dicts', `${name}.schema.json`), join(schemasDir, 'dicts', `${name}.schema.json`));
  writeFileSync(join(dir, 'documents.json'), INVALID);
});
afterEach(() => {
  useValidatedManifest(null);
  rmSync(dir, { recursive: true, force: true });
});

const schemaSha = (name: string) => sha256(readFileSync(join(schemasDir, 'dicts', `${name}.schema.json`), 'utf8'));

test('without a manifest (the source tree) a dictionary is validated as it is read', () => {
  useValidatedManifest(manifestFile());
  expect(() => readJsonDictionary(join(dir, 'documents.json'), 'documents', schemasDir)).toThrow(DictionaryError);
  expect(() => readJsonDictionary(join(dir, 'documents.json'), 'documents', schemasDir)).toThrow(/does not match documents\.schema\.json/);
});

test('a text the manifest pairs with its schema is taken as validated; one character more is validated again', () => {
  writeFileSync(manifestFile(), JSON.stringify({ validated: [{ name: 'documents', schema: schemaSha('documents'), dict: sha256(INVALID) }] }));
  useValidatedManifest(manifestFile());
  // (the manifest is written by the build only for texts that passed: this one did not, which shows the check was skipped)
  expect(readJsonDictionary(join(dir, 'documents.json'), 'documents', schemasDir)).toEqual(JSON.parse(INVALID));
  writeFileSync(join(dir, 'documents.json'), INVALID + '\n');
  expect(() => readJsonDictionary(join(dir, 'documents.json'), 'documents', schemasDir)).toThrow(/does not match documents\.schema\.json/);
});

test('the pair is of both texts: the same dictionary under another schema text is validated', () => {
  writeFileSync(manifestFile(), JSON.stringify({ validated: [{ name: 'documents', schema: sha256('another schema'), dict: sha256(INVALID) }] }));
  useValidatedManifest(manifestFile());
  expect(() => readJsonDictionary(join(dir, 'documents.json'), 'documents', schemasDir)).toThrow(DictionaryError);
});

test('a manifest that is not JSON, or lists nothing usable, validates nothing', () => {
  for (const text of ['{not json', JSON.stringify({ validated: 'x' }), JSON.stringify({ validated: [{ name: 'documents', schema: 1, dict: sha256(INVALID) }] })]) {
    writeFileSync(manifestFile(), text);
    useValidatedManifest(manifestFile());
    expect(() => readJsonDictionary(join(dir, 'documents.json'), 'documents', schemasDir)).toThrow(DictionaryError);
  }
});

test('units.json (always the bundled validator) is skipped by name and text, and checked otherwise', () => {
  const bad = JSON.stringify({ units: 'none' });
  writeFileSync(join(dir, 'units.json'), bad);
  useValidatedManifest(manifestFile());
  expect(() => loadUnits(join(dir, 'units.json'))).toThrow(/does not match units\.schema\.json/);
  writeFileSync(manifestFile(), JSON.stringify({ validated: [{ name: 'units', schema: schemaSha('units'), dict: sha256(bad) }] }));
  useValidatedManifest(manifestFile());
  expect(builtValidated('units', bad)).toBe(true);
  expect(builtValidated('units', bad + ' ')).toBe(false);
  expect(builtValidated('documents', bad)).toBe(false);
});

describe('the build (scripts/validated-dicts.mjs)', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 180_000);

  /** Runs validatedDicts(dist, dictsDir) in node; its JSON result or its error message. */
  const run = (dictsDir: string) => {
    const script = `import(${JSON.stringify(join(ROOT, 'scripts', 'validated-dicts.mjs'))}).then((m) => m.validatedDicts(${JSON.stringify(DIST)}, ${JSON.stringify(dictsDir)})).then((out) => process.stdout.write(JSON.stringify(out)), (e) => { process.stderr.write(e.message); process.exit(1); })`;
    return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  };

  test('lists every bundled JSON dictionary with the hashes of its text and its schema, as dist/dicts-validated.json', () => {
    const r = run(join(ROOT, 'dicts'));
    expect(r.stderr).toBe('');
    const { validated } = JSON.parse(r.stdout) as { validated: { name: string; schema: string; dict: string }[] };
    const names = ['central-bodies', 'documents', 'foreign', 'organs', 'person-context', 'region-abbreviations', 'region-context', 'regions', 'slogan-cues', 'titles', 'units'];
    expect(validated.map((e) => e.name)).toEqual(names);
    for (const e of validated) {
      expect(e.dict).toBe(sha256(readFileSync(join(ROOT, 'dicts', `${e.name}.json`), 'utf8')));
      expect(e.schema).toBe(sha256(readFileSync(join(ROOT, 'schemas', 'dicts', `${e.name}.schema.json`), 'utf8')));
    }
    expect(JSON.parse(readFileSync(join(DIST, 'dicts-validated.json'), 'utf8'))).toEqual({ validated });
  });

  test('fails, naming the file, when a dictionary does not match its schema', () => {
    const dicts = join(dir, 'dicts');
    mkdirSync(dicts);
    copyFileSync(join(ROOT, 'dicts', 'units.json'), join(dicts, 'units.json'));
    writeFileSync(join(dicts, 'documents.json'), INVALID);
    const r = run(dicts);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^dicts\/documents\.json does not match documents\.schema\.json: \/ must have required property/);
  });
});
