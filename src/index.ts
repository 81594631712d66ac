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

/**
 * Divisions by full name (townships included), short form or code (2, 4, 6 or 9 digits), each with its
 * path from the province down: [] when unknown. Several when a name is shared (鼓楼区, 城关镇).
 * Never throws on a string. The gazetteer loads on the first call (~20 ms; townships ~25 ms more).
 */
export function lookupRegion(nameOrCode: string): RegionLookup[] {
  if (typeof nameOrCode !== 'string') return [];
  const dicts = defaultDictsDir();
  gazetteer ??= Gazetteer.fromFile(join(dicts, 'regions.json'), join(dicts, 'townships.tsv'));
  return gazetteer.lookup(nameOrCode);
}
