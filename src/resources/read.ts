import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { ajv2020 } from './ajv';
import { DictionaryError } from '../errors';
import { dictValidators } from './dict-validators.generated';

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

/**
 * The bundled schemas' validators, compiled at build time (scripts/build-validators.mjs), by the
 * SHA-256 of the schema text they were compiled from: compiling ten schemas with ajv took 120-150
 * ms of every createExtractor.
 */
const precompiled = new Map<string, ValidateFunction>(Object.values(dictValidators).map(({ sha256, validate }) => [sha256, validate as ValidateFunction]));

/**
 * The validator of a schema file: the precompiled one when the file's text is exactly a bundled
 * schema's (whatever folder it is in), else the schema compiled with ajv (a dictsDir of one's
 * own, with schemas of its own).
 */
function validatorFor(schemaFile: string): ValidateFunction {
  let v = validators.get(schemaFile);
  if (!v) {
    const text = readText(schemaFile);
    v = precompiled.get(createHash('sha256').update(text).digest('hex'));
    if (!v) {
      const folder = dirname(schemaFile);
      let ajv = ajvs.get(folder);
      if (!ajv) ajvs.set(folder, (ajv = new (ajv2020())({ allErrors: false, strict: false })));
      const schema = parseJson<object>(schemaFile, text);
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

/** Reads a JSON dictionary and checks it against its schema in schemas/dicts/. */
export function readJsonDictionary<T>(file: string, schemaName: string | null, schemasDir: string): T {
  const data = parseJson<unknown>(file, readText(file));
  if (schemaName) {
    const validate = validatorFor(join(schemasDir, 'dicts', `${schemaName}.schema.json`));
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
