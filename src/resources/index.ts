import { join, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { DictionaryError } from '../errors';
import { Gazetteer, type Division } from './gazetteer';
import { Trie } from './trie';
import { readJsonDictionary, readLineDictionary, readJiebaDictionary, type JiebaEntry } from './read';
import { compileOrgans, type OrganGrammar, type OrgansFile } from './organs';
import {
  compileCentralBodies, compilePersonContext, compileSlogans, compileSurnames, compileTitles,
  type CentralBody, type CentralSurface, type PersonContext, type PersonContextFile, type SloganEntry, type Surnames,
  type TitleEntry, type TitlesFile,
} from './lexicons';
import { loadUnits, type UnitLexicon } from '../recognise/metric';

export interface RegionSurface {
  division: Division;
  kind: 'name' | 'alias' | 'weak';
}

/** Everything an extractor reads from dicts/, loaded and indexed once. */
export interface Resources {
  dictsDir: string;
  gazetteer: Gazetteer;
  regionTrie: Trie<RegionSurface>;
  regionStop: Set<string>;
  subRegionSuffixes: { suffix: string; level: 'township' | 'village' }[];
  subRegionStop: string[];
  organs: OrganGrammar;
  centralTrie: Trie<CentralSurface>;
  titles: { trie: Trie<TitleEntry>; notTitles: Set<string> };
  surnames: Surnames;
  personContext: PersonContext;
  slogans: Map<string, SloganEntry>;
  sloganTrie: Trie<SloganEntry>;
  sloganCues: { after: string[]; before: string[]; numeral: RegExp; notSlogans: Set<string>; maxLength: number };
  documentKinds: { kinds: { kind: string; endings: string[] }[]; notDocuments: string[] };
  units: UnitLexicon;
  /** `word freq tag` lines for the segmenter: the project's words, then the user's. */
  segmenterLines: string;
  /** Person names a user dictionary declares (tag nr). */
  knownPersons: Set<string>;
}

/** The dicts/ folder of the installed package (dist/ and src/ both sit beside it). */
export function defaultDictsDir(): string {
  for (const dir of [join(__dirname, '..', 'dicts'), join(__dirname, '..', '..', 'dicts')]) if (existsSync(join(dir, 'organs.json'))) return dir;
  return join(__dirname, '..', '..', 'dicts');
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export interface LoadOptions {
  dictsDir?: string;
  userDictionaries?: string[];
}

export function loadResources(options: LoadOptions = {}): Resources {
  const dictsDir = resolve(options.dictsDir ?? defaultDictsDir());
  if (!isFolder(dictsDir)) throw new DictionaryError(dictsDir, null, 'dictionaries folder not found');
  const schemasDir = join(dictsDir, '..', 'schemas');
  const file = (name: string) => join(dictsDir, name);

  const gazetteer = Gazetteer.fromFile(file('regions.json'));
  const regionContext = readJsonDictionary<{
    aliasStop: string[]; subRegionSuffixes: Resources['subRegionSuffixes']; subRegionStop: string[];
  }>(file('region-context.json'), 'region-context', schemasDir);
  const regionTrie = new Trie<RegionSurface>();
  for (const s of gazetteer.surfaces()) regionTrie.add(s.surface, { division: s.division, kind: s.kind });

  const organs = compileOrgans(readJsonDictionary<OrgansFile>(file('organs.json'), 'organs', schemasDir));
  const central = readJsonDictionary<{ bodies: CentralBody[] }>(file('central-bodies.json'), 'central-bodies', schemasDir);
  const titles = compileTitles(readJsonDictionary<TitlesFile>(file('titles.json'), 'titles', schemasDir));
  const surnames = compileSurnames(readLineDictionary(file('surnames.txt')), file('surnames.txt'));
  const personContext = compilePersonContext(readJsonDictionary<PersonContextFile>(file('person-context.json'), 'person-context', schemasDir));
  const slogans = compileSlogans(readLineDictionary(file('slogans.tsv')), file('slogans.tsv'));
  const cues = readJsonDictionary<{ after: string[]; before: string[]; numeral: string; notSlogans: string[]; maxLength: number }>(
    file('slogan-cues.json'), 'slogan-cues', schemasDir);
  const documentKinds = readJsonDictionary<Resources['documentKinds']>(file('documents.json'), 'documents', schemasDir);
  const units = loadUnits(file('units.json'));

  const knownPersons = new Set<string>();
  const userLines: string[] = [];
  const userBodies: CentralBody[] = [];
  for (const path of options.userDictionaries ?? []) {
    for (const e of readJiebaDictionary(path)) {
      userLines.push(`${e.word} ${e.freq}${e.tag ? ` ${e.tag}` : ''}`);
      addUserEntry(e, knownPersons, slogans, userBodies);
    }
  }
  const sloganTrie = new Trie<SloganEntry>();
  for (const s of slogans.values()) sloganTrie.add(s.name, s);
  const centralTrie = compileCentralBodies([...central.bodies, ...userBodies]);

  return {
    dictsDir,
    gazetteer,
    regionTrie,
    regionStop: new Set(regionContext.aliasStop),
    subRegionSuffixes: regionContext.subRegionSuffixes,
    subRegionStop: regionContext.subRegionStop,
    organs,
    centralTrie,
    titles,
    surnames,
    personContext,
    slogans,
    sloganTrie,
    sloganCues: { after: cues.after, before: cues.before, numeral: new RegExp(cues.numeral), notSlogans: new Set(cues.notSlogans), maxLength: cues.maxLength },
    documentKinds,
    units,
    segmenterLines: [...projectWords(gazetteer, central.bodies), ...userLines].join('\n'),
    knownPersons,
  };
}

/** User dictionaries may declare persons (nr), organisations (nt) and slogans (tag `slogan`). */
function addUserEntry(e: JiebaEntry, persons: Set<string>, slogans: Map<string, SloganEntry>, orgs: CentralBody[]): void {
  if (e.tag === 'nr') persons.add(e.word);
  else if (e.tag === 'slogan') slogans.set(e.word, { name: e.word, category: 'user', expansion: [] });
  else if (e.tag === 'nt') orgs.push({ name: e.word, kind: 'other', parent: null });
}

/** The project's own words for the segmenter, so that names and titles are cut where they end. */
function projectWords(gazetteer: Gazetteer, bodies: CentralBody[]): string[] {
  const lines: string[] = [];
  for (const s of gazetteer.surfaces()) if (s.kind !== 'weak') lines.push(`${s.surface} 1000 ns`);
  for (const b of bodies) lines.push(`${b.name} 1000 nt`);
  return lines;
}
