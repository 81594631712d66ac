import { join, resolve } from 'node:path';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { DictionaryError } from '../errors';
import { Gazetteer, type Division } from './gazetteer';
import { Trie } from './trie';
import { StartTable } from './start-table';
import { readJsonDictionary, readLineDictionary, readJiebaDictionary, type JiebaEntry } from './read';
import { compileOrgans, type OrganGrammar, type OrgansFile } from './organs';
import { compileForeign, type ForeignFile, type ForeignLexicon } from './foreign';
import {
  compileCentralBodies, compilePersonContext, compileSlogans, compileSurnames, compileTitles,
  type CentralBody, type CentralSurface, type PersonContext, type PersonContextFile, type SloganEntry, type Surnames,
  type TitleLexicon, type TitlesFile,
} from './lexicons';
import { loadUnits, type UnitLexicon } from '../recognise/metric';
import { compileSloganCues, type SloganCues, type SloganCuesFile } from '../recognise/slogan/cues';
import { compileDocumentKinds, type DocumentKinds, type DocumentKindsFile } from '../recognise/document/kinds';

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
  /** The last characters of the sub-region suffixes. */
  subRegionSuffixLastChars: string[];
  /** Suffixes a township of the table must be written with; `townshipSuffixLastChars`: their last characters. */
  townshipSuffixes: string[];
  townshipSuffixLastChars: string[];
  subRegionStop: string[];
  /** Road words (路, 大街 …), longest first, and the direction and ordinal characters before them (北路, 二路): road-named divisions below the gazetteer. */
  roadSuffixes: string[];
  roadMarkers: string;
  /** The one-character words of subRegionStop (各, 全, 该): the only ones that stop a road's name (文化路, 和谐路 are roads). */
  subRegionStopDeterminers: string[];
  /** Township names that are also ordinary words (新城镇, 中心镇): they need context. */
  townshipGeneric: RegExp;
  /** Full county names that are also ordinary words (新城区, 老城区, 东区): they need context. */
  genericNames: Set<string>;
  /** Strong short forms that are also ordinary words (来宾 guest, 白银 silver): they need context. */
  commonWordAliases: Set<string>;
  /** Words before a county short form that read it as a place (在, 赴, 落户). */
  locativeCues: Trie<string>;
  /** Words after a county short form that make it a lake or a mountain of that name (西湖边, 黄山脚下). */
  featureAfter: Trie<string>;
  organs: OrganGrammar;
  centralTrie: Trie<CentralSurface>;
  /** Other states, China's missions abroad and international bodies (dicts/foreign.json). */
  foreign: ForeignLexicon;
  /** Weak aliases that are also an adjective (中央): before a noun of their own, no body (dicts/central-bodies.json `attributive`). */
  centralAttributive: { aliases: Set<string>; ownNouns: Set<string> };
  /** Characters that, right after a central body's name, join its last character into a longer word (门: 铁道部门 'railway departments'). */
  centralNotBefore: Set<string>;
  titles: TitleLexicon;
  surnames: Surnames;
  personContext: PersonContext;
  slogans: Map<string, SloganEntry>;
  sloganTrie: Trie<SloganEntry>;
  sloganCues: SloganCues;
  documentKinds: DocumentKinds;
  units: UnitLexicon;
  /** `word freq tag` lines for the segmenter: the project's words (dicts/segmenter-words.txt among them), then the user's. */
  segmenterLines: string;
  /** Person names a user dictionary declares (tag nr). */
  knownPersons: Set<string>;
  /** The word lists whose starts one pass over a document finds for all the recognisers (Doc.startMask). */
  starts: StartTable;
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

  // townships.tsv is read on the first document that writes a township suffix (see Gazetteer.townships)
  const gazetteer = Gazetteer.fromFile(file('regions.json'), file('townships.tsv'));
  const regionContext = readJsonDictionary<{
    aliasStop: string[]; townshipSuffixes: string[]; subRegionSuffixes: Resources['subRegionSuffixes']; subRegionStop: string[]; roadSuffixes?: string[]; roadMarkers?: string; townshipGeneric: string; locativeCues: string[]; featureAfter?: string[]; genericNames: string[]; commonWordAliases?: string[];
  }>(file('region-context.json'), 'region-context', schemasDir);
  let townshipGeneric: RegExp;
  try {
    townshipGeneric = new RegExp(regionContext.townshipGeneric);
  } catch (e) {
    throw new DictionaryError(file('region-context.json'), null, `townshipGeneric is not a regular expression: ${(e as Error).message}`);
  }
  const regionTrie = new Trie<RegionSurface>();
  for (const s of gazetteer.surfaces()) regionTrie.add(s.surface, { division: s.division, kind: s.kind });

  const organsFile = readJsonDictionary<OrgansFile>(file('organs.json'), 'organs', schemasDir);
  const organs = compileOrgans(organsFile);
  const central = readJsonDictionary<{ bodies: CentralBody[]; attributive?: { aliases: string[]; ownNouns?: string[] }; notBefore?: string[] }>(file('central-bodies.json'), 'central-bodies', schemasDir);
  const foreign = compileForeign(readJsonDictionary<ForeignFile>(file('foreign.json'), 'foreign', schemasDir), file('foreign.json'));
  const titlesFile = readJsonDictionary<TitlesFile>(file('titles.json'), 'titles', schemasDir);
  // (a post's implied organ is one of organs.json's committees or state organs: checked here, where both
  // are read, in the file's lists: asking the organ trie would build its index at start, 20-25 ms)
  const organSurfaces = new Set([...organsFile.committees.map((c) => c.surface), ...organsFile.stateOrgans.map((o) => o.surface)]);
  for (const post of [...titlesFile.posts, ...titlesFile.standalone]) {
    if (post.impliedOrgan && !organSurfaces.has(post.impliedOrgan.organ)) {
      // (the line of the entry's name, read again on this path only)
      const lines = readFileSync(file('titles.json'), 'utf8').split('\n');
      const at = lines.findIndex((l) => l.includes(JSON.stringify(post.name)) && l.includes('impliedOrgan'));
      throw new DictionaryError(file('titles.json'), at >= 0 ? at + 1 : null, `${post.name}: impliedOrgan "${post.impliedOrgan.organ}" is not a committee or state organ of organs.json`);
    }
  }
  const titles = compileTitles(titlesFile);
  const surnames = compileSurnames(readLineDictionary(file('surnames.txt')), file('surnames.txt'));
  const personContext = compilePersonContext(readJsonDictionary<PersonContextFile>(file('person-context.json'), 'person-context', schemasDir));
  const slogans = compileSlogans(readLineDictionary(file('slogans.tsv')), file('slogans.tsv'));
  const sloganCues = compileSloganCues(readJsonDictionary<SloganCuesFile>(file('slogan-cues.json'), 'slogan-cues', schemasDir), file('slogan-cues.json'));
  const documentKinds = compileDocumentKinds(readJsonDictionary<DocumentKindsFile>(file('documents.json'), 'documents', schemasDir));
  const units = loadUnits(file('units.json'));

  // words of legal news jieba's dictionary lacks (独任, 执结, 法官助理): cut whole, not joined to a name before them
  const domainWords = readJiebaDictionary(file('segmenter-words.txt')).map(jiebaLine);

  const knownPersons = new Set<string>();
  const userLines: string[] = [];
  const userBodies: CentralBody[] = [];
  for (const path of options.userDictionaries ?? []) {
    for (const e of readJiebaDictionary(path)) {
      userLines.push(jiebaLine(e));
      addUserEntry(e, knownPersons, slogans, userBodies);
    }
  }
  const sloganTrie = new Trie<SloganEntry>();
  for (const s of slogans.values()) sloganTrie.add(s.name, s);
  const centralTrie = compileCentralBodies([...central.bodies, ...foreign.internationalBodies, ...userBodies]);

  return {
    dictsDir,
    gazetteer,
    regionTrie,
    regionStop: new Set(regionContext.aliasStop),
    subRegionSuffixes: regionContext.subRegionSuffixes,
    subRegionSuffixLastChars: [...new Set(regionContext.subRegionSuffixes.map((x) => x.suffix[x.suffix.length - 1]))],
    townshipSuffixes: regionContext.townshipSuffixes,
    townshipSuffixLastChars: [...new Set(regionContext.townshipSuffixes.map((x) => x[x.length - 1]))],
    subRegionStop: regionContext.subRegionStop,
    roadSuffixes: [...(regionContext.roadSuffixes ?? [])].sort((a, b) => b.length - a.length),
    roadMarkers: regionContext.roadMarkers ?? '',
    subRegionStopDeterminers: regionContext.subRegionStop.filter((w) => w.length === 1),
    townshipGeneric,
    genericNames: new Set(regionContext.genericNames),
    commonWordAliases: new Set(regionContext.commonWordAliases ?? []),
    locativeCues: Trie.ofWords(regionContext.locativeCues),
    featureAfter: Trie.ofWords(regionContext.featureAfter ?? []),
    organs,
    centralTrie,
    foreign,
    centralAttributive: { aliases: new Set(central.attributive?.aliases ?? []), ownNouns: new Set(central.attributive?.ownNouns ?? []) },
    centralNotBefore: new Set(central.notBefore ?? []),
    titles,
    surnames,
    personContext,
    slogans,
    sloganTrie,
    sloganCues,
    documentKinds,
    units,
    segmenterLines: [...projectWords(gazetteer, [...central.bodies, ...foreign.internationalBodies]), ...domainWords, ...userLines].join('\n'),
    knownPersons,
    starts: new StartTable(),
  };
}

/** An entry as the segmenter's `word freq [tag]` line. */
function jiebaLine(e: JiebaEntry): string {
  return `${e.word} ${e.freq}${e.tag ? ` ${e.tag}` : ''}`;
}

/** User dictionaries may declare persons (nr), organisations (nt) and slogans (tag `slogan`). */
function addUserEntry(e: JiebaEntry, persons: Set<string>, slogans: Map<string, SloganEntry>, orgs: CentralBody[]): void {
  if (e.tag === 'nr') persons.add(e.word);
  else if (e.tag === 'slogan') {
    // a user's slogan counts wherever it occurs; one the lexicon knows keeps its category and expansion
    const known = slogans.get(e.word);
    slogans.set(e.word, known ? { ...known, scope: 'anywhere' } : { name: e.word, category: 'user', scope: 'anywhere', expansion: [] });
  }
  else if (e.tag === 'nt') orgs.push({ name: e.word, kind: 'other', parent: null });
}

/** The project's own words for the segmenter, so that names and titles are cut where they end. */
function projectWords(gazetteer: Gazetteer, bodies: CentralBody[]): string[] {
  const lines: string[] = [];
  for (const s of gazetteer.surfaces()) if (s.kind !== 'weak') lines.push(`${s.surface} 1000 ns`);
  // (and the aliases, not the weak ones: 国家发展改革委|副主任, not 改革|委副|主任, a body cut short of its end)
  // (not the banks and other bodies of kind other: the engine knows them, and at 1000 中国银行 would
  // take 中国银行|业 from 中国|银行业)
  for (const b of bodies) if (b.kind !== 'other') for (const name of [b.name, ...(b.aliases ?? [])]) lines.push(`${name} 1000 nt`);
  return lines;
}
