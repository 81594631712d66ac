import { Doc } from './doc';
import { DictionaryError, InputError, OptionsError } from './errors';
import { loadResources, type Resources } from './resources';
import { createSegmenter, segment, WordTagger, type Segmenter, type SegmenterName } from './segment';
import { recogniseRegions } from './recognise/region';
import { regionsAfterNames } from './recognise/region/after-name';
import { recogniseOrganisations } from './recognise/organisation';
import { recogniseTitles } from './recognise/title';
import { recognisePersons } from './recognise/person';
import { recogniseMetrics } from './recognise/metric';
import { recogniseSlogans } from './recognise/slogan';
import { recogniseDocuments } from './recognise/document';
import { link } from './link';
import { buildExtraction } from './records';
import type { Extraction } from './types';

export interface ExtractorOptions {
  /** '@node-rs/jieba' (default) or 'nodejieba' (optional peer dependency, one dictionary per process). */
  segmenter?: SegmenterName;
  /** Extra dictionaries in jieba's `word freq [tag]` format; tags nr (person), nt (organisation), slogan. */
  userDictionaries?: string[];
  /** Another dicts/ folder (the package's own by default). */
  dictsDir?: string;
  /**
   * Which lexicon formulations are slogans wherever they occur: 'core' (default, RECORDS.md: the
   * core formulations and user slogans; the rest of dicts/slogans.tsv only when quoted, and at
   * their recurrences) or 'all' (every entry of the lexicon, for frequency tables of formulations).
   */
  sloganLexicon?: 'core' | 'all';
}

export interface ExtractOptions {
  docId?: string | null;
  /** Adds `reason` (the rule that produced it) to every mention and record. */
  explain?: boolean;
}

const EXTRACTOR_OPTIONS = new Set(['segmenter', 'userDictionaries', 'dictsDir', 'sloganLexicon']);
const EXTRACT_OPTIONS = new Set(['docId', 'explain']);

function checkOptions(given: object | undefined, allowed: Set<string>, what: string): void {
  if (given == null) return;
  if (typeof given !== 'object' || Array.isArray(given)) throw new OptionsError(`${what} options must be an object`);
  for (const key of Object.keys(given)) if (!allowed.has(key)) throw new OptionsError(`unknown ${what} option "${key}" (known: ${[...allowed].join(', ')})`);
}

export class Extractor {
  readonly resources: Resources;
  readonly segmenter: Segmenter;
  private readonly tagger: WordTagger;
  private readonly sloganLexicon: 'core' | 'all';

  constructor(given: ExtractorOptions | null = {}) {
    checkOptions(given ?? undefined, EXTRACTOR_OPTIONS, 'createExtractor');
    const options = given ?? {};
    if (options.userDictionaries != null && (!Array.isArray(options.userDictionaries) || options.userDictionaries.some((p) => typeof p !== 'string')))
      throw new OptionsError('userDictionaries must be an array of file paths');
    if (options.dictsDir != null && typeof options.dictsDir !== 'string') throw new OptionsError('dictsDir must be a folder path (a string)');
    if (options.sloganLexicon != null && options.sloganLexicon !== 'core' && options.sloganLexicon !== 'all')
      throw new OptionsError(`sloganLexicon must be 'core' or 'all', got ${JSON.stringify(options.sloganLexicon)}`);
    this.sloganLexicon = options.sloganLexicon ?? 'core';
    // the engine first: its dictionary load's passing peak of native memory is over before the heap grows
    this.segmenter = createSegmenter(options.segmenter ?? '@node-rs/jieba');
    this.resources = loadResources({ dictsDir: options.dictsDir, userDictionaries: options.userDictionaries });
    try {
      this.segmenter.loadDictionary(this.resources.segmenterLines);
    } catch (e) {
      // the lines were checked when read: a refusal here is the engine's, reported as a dictionary error all the same
      const files = options.userDictionaries?.length ? options.userDictionaries.join(', ') : this.resources.dictsDir;
      throw new DictionaryError(files, null, `the segmenter refused the dictionary: ${(e as Error).message}`);
    }
    this.tagger = new WordTagger(this.segmenter);
  }

  /** Runs the pipeline on one document: normalise → segment → recognise → link → records. */
  extract(text: string, given: ExtractOptions | null = {}): Extraction {
    if (typeof text !== 'string') throw new InputError(`extract() takes a string, got ${text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text}`);
    checkOptions(given ?? undefined, EXTRACT_OPTIONS, 'extract');
    const options = given ?? {};
    if (options.docId != null && typeof options.docId !== 'string') throw new OptionsError('docId must be a string');
    if (options.explain != null && typeof options.explain !== 'boolean') throw new OptionsError('explain must be true or false');
    const res = this.resources;
    const doc = new Doc(text);
    doc.setSegmentation(segment(this.segmenter, doc.work), this.tagger);
    // a span over blanked HTML (《<p>标题》, “放<b>管</b>服”) would show tag text: it is dropped
    const clean = <S extends { start: number; end: number }>(spans: S[]): S[] =>
      doc.norm.markup.length ? spans.filter((s) => !doc.overlapsMarkup(s.start, s.end)) : spans;
    let regions = clean(recogniseRegions(doc, res));
    let organisations = clean(recogniseOrganisations(doc, res, regions));
    const titles = clean(recogniseTitles(doc, res, regions));
    let persons = clean(recognisePersons(doc, res, titles, [...regions, ...organisations]));
    // 县长李明和县人大常委会: a conjunction and a level word after a name, not the county 和县 (rare:
    // the bodies and names are read again without those regions)
    const misread = regionsAfterNames(doc, res, regions, persons);
    if (misread.size) {
      regions = regions.filter((r) => !misread.has(r));
      organisations = clean(recogniseOrganisations(doc, res, regions));
      persons = clean(recognisePersons(doc, res, titles, [...regions, ...organisations]));
    }
    const slogans = clean(recogniseSlogans(doc, res, { lexicon: this.sloganLexicon }));
    const documents = clean(recogniseDocuments(doc, res));
    const exclude = [...slogans.filter((s) => s.data.quoted || /\d/.test(s.text)), ...documents].map((s) => [s.start, s.end] as const);
    const metrics = clean(recogniseMetrics(doc.work, res.units, { exclude, isWordBoundary: (pos) => doc.isBoundary(pos) }));
    const linked = link(doc, res, { regions, organisations, titles, persons, metrics, slogans, documents });
    return buildExtraction(doc, linked, { docId: options.docId ?? null, explain: !!options.explain });
  }
}

export function createExtractor(options?: ExtractorOptions | null): Extractor {
  return new Extractor(options);
}
