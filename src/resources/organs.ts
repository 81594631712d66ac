import { charTable, type CharTable } from './chars';
import type { OrganisationKind } from '../types';
import { Trie } from './trie';

/** dicts/organs.json: the grammar of organisation names (see its schema). */
export interface OrgansFile {
  levelWords: string[];
  committees: { surface: string; template: string; afterRegionOnly?: boolean; levels?: string[] }[];
  partyOrgans: { surface: string; full: string }[];
  governedUnits: string[];
  partyOrganWithLevel: string[];
  stateOrgans: { surface: string; kind: OrganisationKind; template: string; regionLevels?: string[]; collectiveAfter?: string[]; onlyAfter?: string[]; regionSuffixes?: string[] }[];
  stateSubOrgans: { surface: string; full: string; parentKinds: OrganisationKind[] }[];
  departments: { full: string; abbr?: string[]; suffixes: string[]; canonicalSuffix?: string }[];
  subUnitSuffixes: string[];
  subUnitNames?: string[];
  /** The ordinals a {O} in a party organ or a unit name stands for (第{O}巡视组 → 第一巡视组 …). */
  ordinals?: string[];
  namedBodySuffixes: string[];
  namedBodyStop: string[];
  genericStems?: string[];
  legalNameSuffixes?: string[];
  legalNameWords?: string[];
  legalNameTags?: { first: string[]; words: string[] };
  namedBodyWordTags?: { first: string[]; any: string[] };
  anaphora: { surface: string; kinds: OrganisationKind[]; notAnOrganisation?: boolean }[];
  namedBodyParents: Record<string, string>;
  suffixesNeedingName?: string[];
  writtenNameSuffixes?: string[];
  institutionUnits?: { parents: string[]; joiners?: string[]; suffixes: string[] };
  dispatchedGroups?: { parents: string[]; marker: string; units: string[] };
  bareBodies?: string[];
  unnamedBodies?: { suffixes: string[]; maxLength: number };
  orgTitleGap?: string[];
  formerMarkers?: string[];
  genericBefore?: string[];
  gluedBeforeLevel?: string[];
  partyNames?: string[];
  league?: { names: string[]; short: string; template: string };
  democraticParties?: { shortCommittee: string; parties: { names: string[]; template: string }[] };
  armedPolice?: { names: string[]; units: { surface: string; levels: string[]; template: string }[] };
  cppccNames?: string[];
  subUnitStop?: string[];
  subUnitNotFirst?: { tags: string[]; words: string[] };
  sessions?: SessionsFile;
  zones?: { suffixes: string[]; organs: ZoneOrgan[] };
  regionTemplates?: RegionTemplate[];
}

/** The canonical template of a kind of body in the regions whose name ends with `regionSuffix` (香港特别行政区政府). */
export interface RegionTemplate {
  regionSuffix: string;
  kind: OrganisationKind;
  template: string;
}

/** The organ of a development zone (管委会 → {Z}管理委员会, 党工委 → 中共{Z}工作委员会). */
export interface ZoneOrgan {
  surface: string;
  template: string;
  kind: OrganisationKind;
}

/** A session (第八届, 十四届) written inside a body's name: [before] numerals after. */
export interface SessionsFile {
  before: string[];
  numerals: string;
  maxNumerals: number;
  after: string[];
  kinds: OrganisationKind[];
}

/** The session grammar, compiled: `at` gives the length of a session written at a position (0: none). */
export interface Sessions {
  at(text: string, pos: number): number;
  /** Where each session of the text starts, in order (found from its last word, 届). */
  starts(text: string): number[];
  kinds: ReadonlySet<OrganisationKind>;
}


/** What an organ surface means. `level` is the level word written in it (市 of 市委), if any. */
export interface Organ {
  role: 'committee' | 'partyOrgan' | 'state' | 'department';
  kind: OrganisationKind;
  /** Template with {R} for the canonical region name (committees, state organs). */
  template: string;
  /** Canonical form of the organ itself (政法委 → 政法委员会; 人社局 → 人力资源和社会保障局). */
  full: string;
  level: string | null;
  afterRegionOnly: boolean;
  regionLevels: string[] | null;
  /** After a region of these levels the surface names a group of bodies, not one (湖北法院): no organisation. */
  collectiveAfter?: string[];
  /** The organ is one only right after a region of these levels (街道 + 办事处, 地区 + 行政公署). */
  onlyAfter?: string[];
  /** The organ exists only in regions whose canonical name ends with one of these (立法会: 特别行政区). */
  regionSuffixes?: string[];
  /** A party organ written with its level (盟政法委): its committee is implied. */
  impliesCommittee: boolean;
}

export interface OrganGrammar {
  /** Organs that can follow a region or stand at the start of an organisation name. */
  heads: Trie<Organ>;
  /** Party organs that follow a committee (政法委, 组织部, 全面依法治市委员会办公室). */
  partyOrgans: Trie<Organ>;
  stateSubOrgans: Trie<{ full: string; parentKinds: OrganisationKind[] }>;
  subUnitSuffixes: string[];
  /** Standard internal divisions read whole (立案庭, 第三检察部, 政治部). */
  subUnitNames: Trie<string>;
  /** The last characters of the unit suffixes (局 队 室 …): a cheap pre-test before trying each suffix. */
  subUnitSuffixEnds: CharTable;
  namedBodySuffixes: Trie<string>;
  /** The suffixes of a company's legal name (有限公司, 集团): such a body is named as written. */
  legalNameSuffixes: Set<string>;
  /** Verbs a company's legal name holds before its suffix (控股 of 腾讯控股有限公司). */
  legalNameWords: Set<string>;
  /** jieba's tags of a company name's first word (中国 ns) and of the words after it (建筑 n). */
  legalNameTags: { first: Set<string>; words: Set<string> };
  /** 中国 of 中国大学: names before a named-body suffix that make a kind of body, not one (a dictionary word's stem). */
  genericStems: Set<string>;
  /** Characters that end a body's name (one-character entries, as a table). */
  namedBodyStop: CharTable;
  /** jieba tags the first word of a free body name after a region may not carry (verbs). */
  namedBodyFirstWordTags: Set<string>;
  /** jieba tags no word of such a name may carry (adverbs, prepositions …). */
  namedBodyWordTags: Set<string>;
  levelWords: string[];
  anaphora: Trie<OrgansFile['anaphora'][number]>;
  namedBodyParents: Map<string, string>;
  /** Named-body suffixes that make no body right after a division's full name alone (湖州市中心). */
  suffixesNeedingName: Set<string>;
  /** Named-body suffixes whose bodies keep their names as written after a place (银行). */
  writtenNameSuffixes: Set<string>;
  /** Units of a university, academy or Party school (学院, 研究所, 附属…医院): see institutionUnits in the schema. */
  institutionUnits: { parents: string[]; joiners: string[]; suffixes: Trie<string> };
  /** Grassroots bodies and level words written bare before a post in a chain (、村委会主任): the chain goes on, the post's body unknown. */
  bareBodies: Set<string>;
  /**
   * Bodies the lexicon does not name, written between two posts of a chain (、省网格化服务管理中心主任): a
   * level word or a region, then up to `maxLength` characters in all ending in one of `suffixes`.
   */
  unnamedBodies: { suffixes: string[]; maxLength: number };
  /** A discipline commission's group stationed in a body (…纪委驻X纪检监察组): see dispatchedGroups in the schema; null when the file has none. */
  dispatchedGroups: { parents: Set<string>; marker: string; units: string[] } | null;
  orgTitleGap: string[];
  /** 原: a post no longer held, written before its chain or between its body and it. */
  formerMarkers: string[];
  /** 全省法院, 各市公安局: a level word after these names every body of that level, not one. */
  genericBefore: Set<string>;
  /** 为, 向: one-character words the segmenter glues to a level word (为市|人民政府). */
  gluedBeforeLevel: Set<string>;
  /** 中国共产党, 中共: written before a committee (longest first). */
  partyNames: string[];
  /** The Youth League's names before a committee (共青团, 团 of 团市委) and its committee's template (共青团{R}委员会); null when the file has none. */
  league: { names: string[]; short: string; template: string } | null;
  /** The democratic parties' committees of a region (致公党浙江省委会): each party's names, longest first, and the template of its name. */
  democraticParties: { shortCommittee: string; parties: { names: string[]; template: string }[] } | null;
  /** The People's Armed Police's units of a region (武警浙江省总队): its names, longest first, and each unit's surface, levels and template. */
  armedPolice: { names: string[]; units: { surface: string; levels: string[]; template: string }[] } | null;
  /** 中国人民政治协商会议, 政协: written before a region and 委员会 (longest first). */
  cppccNames: string[];
  subUnitStop: CharTable;
  /** jieba tags and words a free unit's name does not open with (公安局和交警支队, 公安局会同刑侦大队). */
  subUnitNotFirstTags: Set<string>;
  subUnitNotFirstWords: Set<string>;
  /** 许昌市第八届人民代表大会常务委员会, 政协第十四届全国委员会: a session between a name's parts (none when the file has no grammar). */
  sessions: Sessions | null;
  /** Development zones: their suffixes (longest first) and the organs written after them. */
  zones: { suffixes: string[]; organs: ZoneOrgan[] };
  regionTemplates: RegionTemplate[];
}

/** The development-zone suffix (高新区, 经济技术开发区 …) written at `at`, longest first; '' when none. */
export function zoneSuffixAt(res: { organs: OrganGrammar }, text: string, at: number): string {
  for (const s of res.organs.zones.suffixes) if (text.startsWith(s, at)) return s;
  return '';
}

/** A surface and its full name with {O} (each ordinal) and {G} (each governed unit: 省, 市 …) written out. */
function expandPlaceholders(surface: string, full: string, units: string[], ordinals: string[] = []): { surface: string; full: string }[] {
  if (surface.includes('{O}')) return ordinals.flatMap((o) => expandPlaceholders(surface.replace('{O}', o), full.replace('{O}', o), units));
  if (!surface.includes('{G}')) return [{ surface, full }];
  return units.map((g) => ({ surface: surface.replace('{G}', g), full: full.replace('{G}', g) }));
}

export function compileOrgans(file: OrgansFile): OrganGrammar {
  const heads = new Trie<Organ>();
  const partyOrgans = new Trie<Organ>();
  for (const c of file.committees) {
    const template = c.template;
    if (c.surface.includes('{L}')) {
      for (const level of c.levels ?? [])
        heads.add(c.surface.replace('{L}', level), {
          role: 'committee', kind: 'party_committee', template, full: '', level, afterRegionOnly: false, regionLevels: null, impliesCommittee: false,
        });
    } else {
      heads.add(c.surface, {
        role: 'committee', kind: 'party_committee', template, full: '', level: null, afterRegionOnly: !!c.afterRegionOnly, regionLevels: null, impliesCommittee: false,
      });
    }
  }
  for (const p of file.partyOrgans)
    for (const e of expandPlaceholders(p.surface, p.full, file.governedUnits, file.ordinals))
      partyOrgans.add(e.surface, {
        role: 'partyOrgan', kind: 'party_organ', template: '', full: e.full, level: null, afterRegionOnly: false, regionLevels: null, impliesCommittee: false,
      });
  // 盟政法委, 市委组织部 … : a level word, then a party organ, the committee implied.
  const committeeLevels = file.committees.flatMap((c) => c.levels ?? []);
  for (const surface of file.partyOrganWithLevel)
    for (const e of expandPlaceholders(surface, surface, file.governedUnits)) {
      const organ = partyOrgans.get(e.surface)?.[0];
      if (!organ) continue;
      heads.add(e.surface, organ);
      for (const level of committeeLevels)
        heads.add(`${level}${e.surface}`, { ...organ, level, impliesCommittee: true });
    }
  for (const s of file.stateOrgans) {
    const organ: Organ = {
      role: 'state', kind: s.kind, template: s.template, full: '', level: null, afterRegionOnly: false, regionLevels: s.regionLevels ?? null, impliesCommittee: false,
    };
    if (s.collectiveAfter) organ.collectiveAfter = s.collectiveAfter;
    if (s.onlyAfter) organ.onlyAfter = s.onlyAfter;
    if (s.regionSuffixes) organ.regionSuffixes = s.regionSuffixes;
    heads.add(s.surface, { ...organ, afterRegionOnly: true });
    for (const level of file.levelWords) heads.add(`${level}${s.surface}`, { ...organ, level });
  }
  for (const d of file.departments) {
    for (const suffix of d.suffixes) {
      const full = `${d.full}${d.canonicalSuffix ?? suffix}`;
      for (const name of [d.full, ...(d.abbr ?? [])]) {
        const organ: Organ = {
          role: 'department', kind: 'department', template: `{R}${full}`, full, level: null, afterRegionOnly: false,
          regionLevels: suffix === '厅' ? ['province'] : null, impliesCommittee: false,
        };
        // A bare 局 is too vague to stand alone; a bare 厅 names a provincial department.
        heads.add(`${name}${suffix}`, { ...organ, afterRegionOnly: suffix !== '厅' });
        for (const level of file.levelWords) heads.add(`${level}${name}${suffix}`, { ...organ, level });
      }
    }
  }
  const stateSubOrgans = new Trie<{ full: string; parentKinds: OrganisationKind[] }>();
  for (const s of file.stateSubOrgans) stateSubOrgans.add(s.surface, { full: s.full, parentKinds: s.parentKinds });
  const namedBodySuffixes = Trie.ofWords(file.namedBodySuffixes);
  const anaphora = new Trie<OrgansFile['anaphora'][number]>();
  for (const a of file.anaphora) anaphora.add(a.surface, a);
  return {
    heads,
    partyOrgans,
    stateSubOrgans,
    subUnitSuffixes: [...file.subUnitSuffixes].sort((a, b) => b.length - a.length),
    subUnitNames: Trie.ofWords((file.subUnitNames ?? []).flatMap((n) => expandPlaceholders(n, n, [], file.ordinals).map((e) => e.surface))),
    subUnitSuffixEnds: charTable(file.subUnitSuffixes.map((s) => s.charCodeAt(s.length - 1))),
    namedBodySuffixes,
    namedBodyStop: charTable(file.namedBodyStop),
    genericStems: new Set(file.genericStems ?? []),
    legalNameSuffixes: new Set(file.legalNameSuffixes ?? []),
    legalNameWords: new Set(file.legalNameWords ?? []),
    legalNameTags: { first: new Set(file.legalNameTags?.first ?? []), words: new Set(file.legalNameTags?.words ?? []) },
    namedBodyFirstWordTags: new Set(file.namedBodyWordTags?.first ?? []),
    namedBodyWordTags: new Set(file.namedBodyWordTags?.any ?? []),
    levelWords: file.levelWords,
    anaphora,
    namedBodyParents: new Map(Object.entries(file.namedBodyParents)),
    suffixesNeedingName: new Set(file.suffixesNeedingName ?? []),
    writtenNameSuffixes: new Set(file.writtenNameSuffixes ?? []),
    bareBodies: new Set(file.bareBodies ?? []),
    unnamedBodies: { suffixes: [...(file.unnamedBodies?.suffixes ?? [])].sort((a, b) => b.length - a.length), maxLength: file.unnamedBodies?.maxLength ?? 0 },
    dispatchedGroups: file.dispatchedGroups
      ? { parents: new Set(file.dispatchedGroups.parents), marker: file.dispatchedGroups.marker, units: [...file.dispatchedGroups.units].sort((a, b) => b.length - a.length) }
      : null,
    institutionUnits: {
      parents: file.institutionUnits?.parents ?? [],
      joiners: [...(file.institutionUnits?.joiners ?? [])].sort((a, b) => b.length - a.length),
      suffixes: Trie.ofWords(file.institutionUnits?.suffixes ?? []),
    },
    orgTitleGap: file.orgTitleGap ?? [],
    formerMarkers: file.formerMarkers ?? [],
    genericBefore: new Set(file.genericBefore ?? []),
    gluedBeforeLevel: new Set(file.gluedBeforeLevel ?? []),
    partyNames: [...(file.partyNames ?? [])].sort((a, b) => b.length - a.length),
    league: file.league ? { ...file.league, names: [...file.league.names].sort((a, b) => b.length - a.length) } : null,
    armedPolice: file.armedPolice ? { ...file.armedPolice, names: [...file.armedPolice.names].sort((a, b) => b.length - a.length) } : null,
    democraticParties: file.democraticParties
      ? {
          shortCommittee: file.democraticParties.shortCommittee,
          parties: file.democraticParties.parties.map((p) => ({ ...p, names: [...p.names].sort((a, b) => b.length - a.length) })),
        }
      : null,
    cppccNames: [...(file.cppccNames ?? [])].sort((a, b) => b.length - a.length),
    subUnitStop: charTable(file.subUnitStop ?? []),
    subUnitNotFirstTags: new Set(file.subUnitNotFirst?.tags ?? []),
    subUnitNotFirstWords: new Set(file.subUnitNotFirst?.words ?? []),
    sessions: file.sessions ? compileSessions(file.sessions) : null,
    zones: {
      suffixes: [...(file.zones?.suffixes ?? [])].sort((a, b) => b.length - a.length),
      organs: [...(file.zones?.organs ?? [])].sort((a, b) => b.surface.length - a.surface.length),
    },
    regionTemplates: file.regionTemplates ?? [],
  };
}

function compileSessions(file: SessionsFile): Sessions {
  const before = [...file.before].sort((a, b) => b.length - a.length);
  const after = [...file.after].sort((a, b) => b.length - a.length);
  const numerals = charTable([...file.numerals]);
  const first = charTable([...file.numerals, ...before]);
  const max = file.maxNumerals;
  const at = (text: string, pos: number): number => {
    if (first[text.charCodeAt(pos)] !== 1) return 0;
    let j = pos;
    for (const b of before) if (text.startsWith(b, j)) { j += b.length; break; }
    const digits = j;
    while (j < text.length && j - digits < max && numerals[text.charCodeAt(j)] === 1) j++;
    if (j === digits || (j < text.length && numerals[text.charCodeAt(j)] === 1)) return 0;
    for (const a of after) if (text.startsWith(a, j)) return j + a.length - pos;
    return 0;
  };
  const starts = (text: string): number[] => {
    const out: number[] = [];
    for (const a of after) {
      for (let p = text.indexOf(a); p >= 0; p = text.indexOf(a, p + 1)) {
        let s = p;
        while (s > 0 && p - s < max && numerals[text.charCodeAt(s - 1)] === 1) s--;
        if (s === p) continue;
        for (const b of before) if (s >= b.length && text.startsWith(b, s - b.length)) { s -= b.length; break; }
        if (at(text, s) === p + a.length - s) out.push(s);
      }
    }
    return after.length > 1 ? out.sort((x, y) => x - y) : out;
  };
  return { kinds: new Set(file.kinds), at, starts };
}
