/**
 * schemas/extraction.schema.json and validateExtraction: the schema is the output contract
 * (RECORDS.md), so a broken extraction must be rejected and a real one accepted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor, extractionSchema, validateExtraction, type Extraction, type Extractor } from '../src';

const SCHEMA_FILE = join(__dirname, '..', 'schemas', 'extraction.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as {
  $schema: string;
  $id: string;
  properties: Record<string, { type?: string; items?: { $ref: string } }>;
  required: string[];
  additionalProperties: boolean;
  $defs: Record<string, { required: string[]; additionalProperties: boolean; properties: Record<string, unknown> }>;
};

const RECORD_TYPES = ['mention', 'person', 'position', 'organisation', 'region', 'metric', 'slogan', 'document'];
const LISTS: Record<string, string> = {
  mentions: 'mention',
  persons: 'person',
  positions: 'position',
  organisations: 'organisation',
  regions: 'region',
  metrics: 'metric',
  slogans: 'slogan',
  documents: 'document',
};

const TEXT =
  '本报讯（记者陈晓东）宁波市委常委、政法委书记李明远主持召开会议，部署学习《法治社会建设实施纲要（2020—2025年）》。全市执行到位金额3518万元，破案率同比上升27.46%。会议要求持续深化“放管服”改革。';

let extractor: Extractor;
let real: Extraction;
beforeAll(() => {
  extractor = createExtractor();
  real = extractor.extract(TEXT, { docId: 'schema-sample.txt' });
});

/** A deep copy of the real extraction to break. */
const copy = (): Record<string, unknown> & Extraction => JSON.parse(JSON.stringify(real)) as Record<string, unknown> & Extraction;

describe('the schema file', () => {
  test('is draft 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.$id).toBe('string');
    expect(schema.$id).toMatch(/^https?:\/\/\S+extraction\.schema\.json$/);
  });

  test('has one $defs entry per record type, and nothing else', () => {
    expect(Object.keys(schema.$defs).sort()).toEqual([...RECORD_TYPES].sort());
  });

  test('every list of the Extraction is an array of its $defs record, and all are required', () => {
    for (const [list, def] of Object.entries(LISTS)) {
      expect(schema.properties[list].type).toBe('array');
      expect(schema.properties[list].items).toEqual({ $ref: `#/$defs/${def}` });
    }
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'docId', ...Object.keys(LISTS)]));
    expect(schema.additionalProperties).toBe(false);
  });

  test('every record is closed (additionalProperties false) and requires its id', () => {
    for (const t of RECORD_TYPES) {
      expect(schema.$defs[t].additionalProperties).toBe(false);
      expect(schema.$defs[t].required).toContain('id');
    }
  });

  test('extractionSchema (the exported object) is the file', () => {
    expect(extractionSchema).toEqual(schema);
  });
});

describe('validateExtraction', () => {
  test('accepts a real extraction, with every record type present', () => {
    const r = validateExtraction(real);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    for (const list of Object.keys(LISTS)) expect((real as unknown as Record<string, unknown[]>)[list].length).toBeGreaterThan(0);
    for (const m of real.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  });

  test('accepts a real extraction made with explain: true', () => {
    const ex = extractor.extract(TEXT, { explain: true });
    expect(validateExtraction(ex).valid).toBe(true);
  });

  test('accepts the empty extraction', () => {
    expect(validateExtraction(extractor.extract('')).valid).toBe(true);
  });

  test.each(Object.keys(LISTS))('rejects an extraction missing the %s list', (list) => {
    const ex = copy();
    delete ex[list];
    const r = validateExtraction(ex);
    expect(r.valid).toBe(false);
    expect(r.errors.some((e) => e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === list)).toBe(true);
  });

  test('rejects a bad mention id', () => {
    const ex = copy();
    ex.mentions[0].id = 'x1';
    const r = validateExtraction(ex);
    expect(r.valid).toBe(false);
    expect(r.errors.some((e) => e.instancePath === '/mentions/0/id' && e.keyword === 'pattern')).toBe(true);
  });

  test.each([
    ['person', 'persons', 'j1'],
    ['position', 'positions', 'p1'],
    ['organisation', 'organisations', 'r1'],
    ['region', 'regions', 'o1'],
    ['metric', 'metrics', 'm1'],
    ['slogan', 'slogans', 'd1'],
    ['document', 'documents', 's1'],
  ])('rejects a %s id with another record type prefix', (_t, list, badId) => {
    const ex = copy() as unknown as Record<string, { id: string }[]>;
    ex[list][0].id = badId;
    expect(validateExtraction(ex).valid).toBe(false);
  });

  test('rejects an extra property at the top level', () => {
    const ex = copy();
    ex.extra = true;
    const r = validateExtraction(ex);
    expect(r.valid).toBe(false);
    expect(r.errors.some((e) => e.keyword === 'additionalProperties')).toBe(true);
  });

  test('rejects an extra property inside a record', () => {
    const ex = copy();
    (ex.persons[0] as unknown as Record<string, unknown>).age = 52;
    const r = validateExtraction(ex);
    expect(r.valid).toBe(false);
    expect(r.errors.some((e) => e.instancePath === '/persons/0' && e.keyword === 'additionalProperties')).toBe(true);
  });

  test.each([
    ['wrong schemaVersion', (ex: Extraction) => ((ex as { schemaVersion: string }).schemaVersion = '2')],
    ['unknown mention type', (ex: Extraction) => ((ex.mentions[0] as { type: string }).type = 'official')],
    ['negative offset', (ex: Extraction) => (ex.mentions[0].start = -1)],
    ['fractional offset', (ex: Extraction) => (ex.mentions[0].end = 2.5)],
    ['empty mention text', (ex: Extraction) => (ex.mentions[0].text = '')],
    ['unknown person role', (ex: Extraction) => ((ex.persons[0] as { role: string }).role = 'minister')],
    ['unknown organisation kind', (ex: Extraction) => ((ex.organisations[0] as { kind: string }).kind = 'ministry')],
    ['region code of five digits', (ex: Extraction) => (ex.regions[0].code = '12000')],
    ['unknown approx', (ex: Extraction) => ((ex.metrics[0] as { approx: string }).approx = 'roughly')],
    ['change without basis', (ex: Extraction) => ((ex.metrics.find((q) => q.change) ?? ex.metrics[0]).change = { direction: 'up' } as never)],
    ['docId a number', (ex: Extraction) => ((ex as { docId: unknown }).docId = 7)],
    ['a list that is not an array', (ex: Extraction) => ((ex as { slogans: unknown }).slogans = {})],
  ])('rejects %s', (_label, breakIt) => {
    const ex = copy();
    breakIt(ex);
    expect(validateExtraction(ex).valid).toBe(false);
  });

  test('slogan category and document kind are set, optional in the schema (an addition to RECORDS.md), and checked when present', () => {
    expect(real.slogans[0].category).toBe('reform');
    expect(real.documents[0].kind).toBe('plan');
    const older = copy();
    delete (older.slogans[0] as Partial<(typeof older.slogans)[0]>).category;
    delete (older.documents[0] as Partial<(typeof older.documents)[0]>).kind;
    expect(validateExtraction(older).valid).toBe(true);
    const bad = copy();
    (bad.documents[0] as { kind: unknown }).kind = 7;
    expect(validateExtraction(bad).valid).toBe(false);
    const badCategory = copy();
    badCategory.slogans[0].category = 'Not A Category';
    expect(validateExtraction(badCategory).valid).toBe(false);
  });

  test.each([[null], [undefined], ['{}'], [[]], [42]])('rejects a non-object %p without throwing', (value) => {
    expect(validateExtraction(value).valid).toBe(false);
  });

  test('the errors are cleared after a valid call', () => {
    const bad = copy();
    delete (bad as Partial<typeof bad>).mentions;
    expect(validateExtraction(bad).errors.length).toBeGreaterThan(0);
    expect(validateExtraction(real).errors).toEqual([]);
  });
});
