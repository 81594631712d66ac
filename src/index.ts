import { createExtractor, Extractor, type ExtractOptions, type ExtractorOptions } from './extractor';
import { Gazetteer, type RegionLookup } from './resources/gazetteer';
import { defaultDictsDir } from './resources';
import { join } from 'node:path';
import type { Extraction } from './types';

export { createExtractor, Extractor };
export type { ExtractOptions, ExtractorOptions, RegionLookup };
export { validateExtraction, extractionSchema } from './records/validate';
export { GuanzhiError, OptionsError, InputError, DictionaryError } from './errors';
export { toCsv, TABLES, type TableName } from './records/csv';
export { extractMany, type BatchInput, type ExtractManyOptions } from './batch';
export { renderReport, type ReportDocument, type ReportOptions } from './report';
export { sloganCounts } from './records/counts';
export type * from './types';

let defaultExtractor: Extractor | null = null;

/** Extracts with a default extractor, created on first use (dictionaries load once, ~0.3 s). */
export function extract(text: string, options?: ExtractOptions): Extraction {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, options);
}

let gazetteer: Gazetteer | null = null;

/** A division by name, short form or code, with its path: [] when unknown. Never throws on a string. */
export function lookupRegion(nameOrCode: string): RegionLookup[] {
  if (typeof nameOrCode !== 'string') return [];
  gazetteer ??= Gazetteer.fromFile(join(defaultDictsDir(), 'regions.json'));
  return gazetteer.lookup(nameOrCode);
}
