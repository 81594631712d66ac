import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { ajv2020 } from './ajv';
import { DictionaryError } from '../errors';
import type { dictValidators as DictValidators } from './dict-validators.generated';

// createRequire works in both builds, as in segment/rust-jieba.ts.
const requireHere = createRequire(__filename);

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'dictionary file not found' : err.code === 'EISDIR' ? 'is a directory, not a dictionary file' : `cannot read: ${err.message}`;
    throw new DictionaryError(file, null, reason);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new DictionaryError(file, firstInvalidUtf8Line(bytes), 'not valid UTF-8 (dictionaries are UTF-8 text)');
  }
}

/** The 1-based line holding the first byte sequence that is not UTF-8. */
function firstInvalidUtf8Line(bytes: Buffer): number | null {
  let line = 1;
  let start = 0;
  for (;;) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    try {
      utf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (nl < 0) return null;
    start = nl + 1;
    line++;
  }
}

/** Line number of a JSON.parse error, from the position it reports. */
function jsonErrorLine(text: string, message: string): number | null {
  const m = /position (\d+)/.exec(message) ?? /line (\d+)/.exec(message);
  if (!m) return null;
  if (message.includes('line ')) return Number(m[1]);
  return text.slice(0, Number(m[1])).split('\n').length;
}

// One ajv per schemas folder: ajv keys schemas by $id, and another dictsDir brings the same ids.
const ajvs = new Map<string, Ajv2020>();
const validators = new Map<string, ValidateFunction>();

/** The file beside the built bundle that holds the validators compiled at build time (tsup.config.ts). */
const BUILT_VALIDATORS = 'dict-validators.js';
/** The file beside the built bundle that names the bundled dictionaries the build validated (scripts/validated-dicts.mjs). */
const VALIDATED_MANIFEST = 'dicts-validated.json';

let generated: typeof DictValidators | null = null;

/**
 * The bundled schemas' validators, compiled at build time (scripts/build-validators.mjs): compiling
 * the schemas with ajv took 120-150 ms of every createExtractor. Their code (1 MB of ajv's output)
 * is a file of its own in the built package, loaded on the first dictionary the build did not
 * validate: parsing it with the bundle took about 5 MB at import and 7 MB of the bench's peak RSS
 * (issue 8), for dictionaries that were checked when the package was built. In the source tree
 * (the tests) it is the module itself.
 */
export function bundledValidators(): typeof DictValidators {
  if (!generated) {
    const built = join(dirname(__filename), BUILT_VALIDATORS);
    generated = existsSync(built)
      ? (requireHere(built) as { dictValidators: typeof DictValidators }).dictValidators
      : // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require('./dict-validators.generated') as { dictValidators: typeof DictValidators }).dictValidators;
  }
  return generated;
}

let precompiled: Map<string, ValidateFunction> | null = null;

/** The precompiled validators by the SHA-256 of the schema text they were compiled from. */
function precompiledBySchema(): Map<string, ValidateFunction> {
  return (precompiled ??= new Map(Object.values(bundledValidators()).map(({ sha256, validate }) => [sha256, validate as ValidateFunction])));
}

export interface ValidatedEntry {
  /** The dictionary's name (its file without .json; its schema is schemas/dicts/<name>.schema.json). */
  name: string;
  /** SHA-256 of the schema file's text. */
  schema: string;
  /** SHA-256 of the dictionary file's text. */
  dict: string;
}

type Manifest = { pairs: Set<string>; byName: Map<string, ValidatedEntry> };
let manifest: Manifest | null = null;
let manifestPath = join(dirname(__filename), VALIDATED_MANIFEST);

/**
 * The (schema, dictionary) texts the build validated: `dicts-validated.json` beside the built
 * bundle (none in the source tree, where every dictionary is validated as it is read). A pair in it
 * was accepted by the same validator that would run now: a validator is a function of the schema's
 * text alone, and the texts are compared by their SHA-256.
 */
function validatedByBuild(): Manifest {
  if (manifest) return manifest;
  const pairs = new Set<string>();
  const byName = new Map<string, ValidatedEntry>();
  let entries: unknown = [];
  if (existsSync(manifestPath)) {
    try {
      entries = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { validated?: unknown }).validated;
    } catch {
      // an unreadable manifest validates nothing: every dictionary is checked as it is read
    }
  }
  for (const e of Array.isArray(entries) ? (entries as Partial<ValidatedEntry>[]) : []) {
    if (typeof e?.name !== 'string' || typeof e.schema !== 'string' || typeof e.dict !== 'string') continue;
    pairs.add(`${e.schema}:${e.dict}`);
    byName.set(e.name, e as ValidatedEntry);
  }
  return (manifest = { pairs, byName });
}

/** Reads the build's manifest from `path` from now on (tests); null: the file beside this module. */
export function useValidatedManifest(path: string | null): void {
  manifestPath = path ?? join(dirname(__filename), VALIDATED_MANIFEST);
  manifest = null;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * True when the build validated exactly this text of the bundled dictionary `name` against the
 * bundled validator of that name (units.json, whose validator is always the bundled one).
 */
export function builtValidated(name: string, text: string): boolean {
  const e = validatedByBuild().byName.get(name);
  return e !== undefined && e.dict === sha256(text);
}

/** The SHA-256 of each schema file's text, read once. */
const schemaHashes = new Map<string, string>();

function schemaHash(schemaFile: string): string {
  let hash = schemaHashes.get(schemaFile);
  if (hash === undefined) schemaHashes.set(schemaFile, (hash = sha256(readText(schemaFile))));
  return hash;
}

/**
 * The validator of a schema file: the precompiled one when the file's text is exactly a bundled
 * schema's (whatever folder it is in), else the schema compiled with ajv (a dictsDir of one's
 * own, with schemas of its own).
 */
function validatorFor(schemaFile: string): ValidateFunction {
  let v = validators.get(schemaFile);
  if (!v) {
    v = precompiledBySchema().get(schemaHash(schemaFile));
    if (!v) {
      const folder = dirname(schemaFile);
      let ajv = ajvs.get(folder);
      if (!ajv) ajvs.set(folder, (ajv = new (ajv2020())({ allErrors: false, strict: false })));
      const schema = parseJson<object>(schemaFile, readText(schemaFile));
      try {
        v = ajv.compile(schema);
      } catch (e) {
        throw new DictionaryError(schemaFile, null, `not a usable JSON Schema: ${(e as Error).message}`);
      }
    }
    validators.set(schemaFile, v);
  }
  return v;
}

function parseJson<T>(file: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    const message = (e as Error).message;
    throw new DictionaryError(file, jsonErrorLine(text, message), `bad JSON: ${message}`);
  }
}

/**
 * Reads a JSON dictionary and checks it against its schema in schemas/dicts/, unless the build
 * validated this very text against this very schema (a bundled dictionary as shipped).
 */
export function readJsonDictionary<T>(file: string, schemaName: string | null, schemasDir: string): T {
  const text = readText(file);
  const data = parseJson<unknown>(file, text);
  if (schemaName) {
    const schemaFile = join(schemasDir, 'dicts', `${schemaName}.schema.json`);
    const pairs = validatedByBuild().pairs;
    if (pairs.size > 0 && pairs.has(`${schemaHash(schemaFile)}:${sha256(text)}`)) return data as T;
    const validate = validatorFor(schemaFile);
    if (!validate(data)) {
      const first = validate.errors?.[0];
      throw new DictionaryError(file, null, `does not match ${schemaName}.schema.json: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim());
    }
  }
  return data as T;
}

export interface DataLine {
  line: number;
  fields: string[];
}

/** Reads a line-oriented dictionary: `#` comments and blank lines skipped, fields split on tabs (or spaces). */
export function readLineDictionary(file: string, separator: RegExp = /\t/): DataLine[] {
  return parseLines(readText(file), separator);
}

export function parseLines(text: string, separator: RegExp = /\t/): DataLine[] {
  const out: DataLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/^\uFEFF/, '');
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    out.push({ line: i + 1, fields: raw.trim().split(separator).map((f) => f.trim()) });
  }
  return out;
}

export interface JiebaEntry {
  word: string;
  freq: number;
  tag: string | null;
}

/** jieba's own dictionary tops out near 10^6; larger counts only overflow the segmenter's sums. */
export const MAX_FREQUENCY = 4294967295;

/** Parses jieba's `word freq [tag]` user-dictionary format, naming the file and line of any bad entry. */
export function parseJiebaDictionary(text: string, file: string): JiebaEntry[] {
  const entries: JiebaEntry[] = [];
  for (const { line, fields } of parseLines(text, /\s+/)) {
    if (fields.length < 2 || fields.length > 3)
      throw new DictionaryError(file, line, `expected "word freq [tag]", got ${fields.length} column(s)`);
    const [word, freqText, tag] = fields;
    if (!/^\d+$/.test(freqText) || Number(freqText) <= 0 || Number(freqText) > MAX_FREQUENCY)
      throw new DictionaryError(file, line, `frequency must be a positive integer up to ${MAX_FREQUENCY}, got "${freqText}"`);
    entries.push({ word, freq: Number(freqText), tag: tag ?? null });
  }
  return entries;
}

export function readJiebaDictionary(file: string): JiebaEntry[] {
  return parseJiebaDictionary(readText(file), file);
}
