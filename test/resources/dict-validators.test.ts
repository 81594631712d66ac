import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { cloneDeep } from 'lodash';
import { dictValidators } from '../../src/resources/dict-validators.generated';
import { createExtractor, DictionaryError } from '../../src';

const ROOT = join(__dirname, '..', '..');
const SCHEMAS = join(ROOT, 'schemas', 'dicts');
const names = readdirSync(SCHEMAS)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => f.replace(/\.schema\.json$/, ''))
  .sort();

describe('the precompiled validators of schemas/dicts (scripts/build-validators.mjs)', () => {
  test('the committed module is what the schemas give (a schema edited without `npm run build:validators` fails here)', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-validators.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('every schema has one, keyed by its file name', () => {
    expect(Object.keys(dictValidators).sort()).toEqual(names);
  });

  // the same verdict and the same first error as ajv compiling the schema, on each bundled
  // dictionary and on broken copies of it (a key removed, an unknown key, a value of a wrong type)
  const ajv = new Ajv2020({ allErrors: false, strict: false, logger: false });
  const compiled = new Map<string, ValidateFunction>();
  const verdict = (validate: ValidateFunction, data: unknown) => {
    const ok = validate(data) as boolean;
    const first = validate.errors?.[0] as ErrorObject | undefined;
    return { ok, where: first?.instancePath ?? null, message: first?.message ?? null };
  };
  const bundled = (name: string) => {
    const file = join(ROOT, 'dicts', `${name}.json`);
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return null; // a schema of a file that is not JSON in dicts/ (regions.json is built by a script)
    }
  };
  const breakages = (data: Record<string, unknown>): [string, unknown][] => {
    const out: [string, unknown][] = [['as shipped', data], ['an unknown key', { ...data, unknownKey: 1 }]];
    for (const key of Object.keys(data).slice(0, 6)) {
      const removed = cloneDeep(data);
      delete removed[key];
      out.push([`without ${key}`, removed]);
      out.push([`${key} a number`, { ...data, [key]: 7 }]);
      const value = data[key];
      if (Array.isArray(value) && value.length) out.push([`${key}[0] null`, { ...data, [key]: [null, ...value.slice(1)] }]);
    }
    return out;
  };

  test.each(names)('%s: the same verdicts as ajv compiling the schema', (name) => {
    const schemaFile = join(SCHEMAS, `${name}.schema.json`);
    let ajvValidate = compiled.get(name);
    if (!ajvValidate) compiled.set(name, (ajvValidate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')))));
    const data = bundled(name);
    const cases = data ? breakages(data) : [['a number', 7] as [string, unknown], ['an empty object', {}] as [string, unknown]];
    let rejected = 0;
    for (const [label, value] of cases) {
      const want = verdict(ajvValidate, value);
      expect({ label, ...verdict(dictValidators[name as keyof typeof dictValidators].validate as ValidateFunction, value) }).toEqual({ label, ...want });
      if (!want.ok) rejected++;
    }
    if (data) expect(verdict(ajvValidate, data).ok).toBe(true);
    expect(rejected).toBeGreaterThan(0);
  });
});

describe('which validator a dictionaries folder gets', () => {
  let dir: string;
  let copy: string;
  let compile: jest.SpyInstance;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'guanzhi-validators-'));
    copy = join(dir, 'dicts');
    cpSync(join(ROOT, 'dicts'), copy, { recursive: true });
    cpSync(join(ROOT, 'schemas'), join(dir, 'schemas'), { recursive: true });
    compile = jest.spyOn(Ajv2020.prototype, 'compile');
  });
  afterEach(() => {
    compile.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  });

  test('schemas with the bundled text: the precompiled validators, no schema compiled at start', () => {
    createExtractor({ dictsDir: copy });
    expect(compile).not.toHaveBeenCalled();
  });

  test('a schema of its own is compiled with ajv and enforced', () => {
    const schemaFile = join(dir, 'schemas', 'dicts', 'documents.schema.json');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    schema.required = [...(schema.required ?? []), 'owner'];
    writeFileSync(schemaFile, JSON.stringify(schema, null, 2));
    const load = () => createExtractor({ dictsDir: copy });
    expect(load).toThrow(DictionaryError);
    expect(load).toThrow(/documents\.schema\.json: \/ must have required property 'owner'/);
    // (compiled once: the second load finds the validator of that file)
    expect(compile).toHaveBeenCalledTimes(1);
  });

  test('the same schema with other line endings (a checkout with CRLF) is compiled, and passes', () => {
    const schemaFile = join(dir, 'schemas', 'dicts', 'titles.schema.json');
    writeFileSync(schemaFile, readFileSync(schemaFile, 'utf8').replace(/\n/g, '\r\n'));
    expect(createExtractor({ dictsDir: copy }).extract('省长李明主持会议。').positions.map((p) => p.title)).toEqual(['省长']);
    expect(compile).toHaveBeenCalledTimes(1);
  });
});
