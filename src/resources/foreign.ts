import { DictionaryError } from '../errors';
import { Trie } from './trie';
import type { CentralBody } from './lexicons';

/** A sovereign state other than China (dicts/foreign.json `countries`). */
export interface Country {
  /** The usual short name (美国, 刚果（金）): what records carry. */
  name: string;
  /** The full official name (美利坚合众国). */
  full: string;
  /** ISO 3166-1 alpha-2. */
  iso: string;
  aliases?: string[];
}

/** What a mission's host is: a country or an international body, by its usual name. */
export interface Host {
  name: string;
  country: Country | null;
}

export interface ForeignFile {
  countries: Country[];
  home: string[];
  formerMarkers: string[];
  parties: { suffix: string; organs: { name: string; canonical?: string }[]; abbreviations: { name: string; full: string; country: string }[] };
  nameGlue: string[];
  missions: {
    ownName: string;
    inChinaName: string;
    markers: string[];
    inChina: string[];
    bodies: { name: string; canonical?: string; consular?: boolean }[];
    posts: { post: string; body: string }[];
    toInternational?: { marker: string; body: string }[];
    parent: string;
  };
  internationalBodies: { name: string; aliases?: string[]; en?: string }[];
  stateBodies?: string[];
}

export interface ForeignLexicon {
  /** Every written form of a country (short name, full name, aliases) → the country. */
  countries: Map<string, Country>;
  /** The same forms, for a match starting at a position. */
  hosts: Trie<Host>;
  /** The longest written form of a country, in characters. */
  maxCountry: number;
  /** The longest written form of an international body, in characters (how far back a mission's host is looked for). */
  maxInternationalHost: number;
  /** Every written form of a country, read backwards from its last code unit (countryEndingAt). */
  countriesBackwards: Map<number, BackNode>;
  /** How China writes itself before its missions abroad (中国, 我国, 中华人民共和国), longest first. */
  home: string[];
  /** Written between a country and a post it no longer holds (日本前首相). */
  formerMarkers: string[];
  /** Parties of other states: the suffix (党), the organs written after one (中央 → 中央委员会), abbreviations (越共 → 越南共产党, of 越南). */
  partySuffix: string;
  partyOrgans: Trie<string>;
  partyAbbreviations: { name: string; full: string; country: Country }[];
  /** Function characters the segmenter glues to the end of a transliterated name (卢拉同|习近平), by code unit. */
  nameGlue: Set<number>;
  /** 驻, 常驻: a mission's marker before its host, longest first. */
  missionMarkers: string[];
  /** The last characters of the markers (驻): where the text is searched for missions. */
  markerLastChars: string[];
  /** How a foreign mission writes China as its host (华, 中国), longest first. */
  inChina: string[];
  /** A mission's written body (大使馆, 使馆, 总领事馆) → its canonical body and whether it is consular (a city may host it). */
  missionBodies: Trie<{ canonical: string; consular: boolean }>;
  /** A mission's post (大使, 总领事) → the body it heads (大使馆, 总领事馆). */
  missionPosts: Map<string, string>;
  /** The body of China's mission to an international body, by its marker (常驻 → 代表团, 驻 → 使团). */
  missionToInternational: Map<string, string>;
  /** The body China's missions abroad belong to (外交部). */
  missionParent: string;
  /** How China's missions are named (中国) and how another state's mission names China as host (华). */
  missionOwnName: string;
  inChinaName: string;
  /** International bodies, as organisations of kind other (联合国, 世界卫生组织). */
  internationalBodies: CentralBody[];
  /** The bodies of other states that China has none of by that name (国会, 众议院, 外务省), read after a country only. */
  stateBodies: Trie<string>;
}

const HAN = /^[\u3400-\u9fff（）]+$/;

export function compileForeign(file: ForeignFile, path: string): ForeignLexicon {
  const countries = new Map<string, Country>();
  const hosts = new Trie<Host>();
  let maxCountry = 0;
  const countriesBackwards = new Map<number, BackNode>();
  const addBackwards = (form: string, c: Country) => {
    let level = countriesBackwards;
    let node: BackNode | undefined;
    for (let i = form.length - 1; i >= 0; i--) {
      const code = form.charCodeAt(i);
      node = level.get(code);
      if (!node) level.set(code, (node = { country: null, next: null }));
      if (i > 0) level = node.next ??= new Map();
    }
    node!.country = c;
  };
  const seen = new Map<string, string>();
  const claim = (form: string, owner: string) => {
    if (!HAN.test(form) || form.length < 2) throw new DictionaryError(path, null, `"${form}" (${owner}) is not a name of two or more ideographs`);
    const other = seen.get(form);
    if (other !== undefined && other !== owner) throw new DictionaryError(path, null, `"${form}" names both ${other} and ${owner}`);
    seen.set(form, owner);
  };
  for (const c of file.countries) {
    for (const form of new Set([c.name, c.full, ...(c.aliases ?? [])])) {
      claim(form, `${c.name} (${c.iso})`);
      countries.set(form, c);
      hosts.add(form, { name: c.name, country: c });
      maxCountry = Math.max(maxCountry, form.length);
      addBackwards(form, c);
    }
  }
  const internationalBodies: CentralBody[] = [];
  let maxInternationalHost = 0;
  for (const b of file.internationalBodies) {
    const forms = [b.name, ...(b.aliases ?? [])];
    for (const form of forms) {
      claim(form, b.name);
      hosts.add(form, { name: b.name, country: null });
      maxInternationalHost = Math.max(maxInternationalHost, form.length);
    }
    internationalBodies.push({ name: b.name, aliases: b.aliases ?? [], kind: 'other', parent: null });
  }
  const missionBodies = new Trie<{ canonical: string; consular: boolean }>();
  for (const b of file.missions.bodies) missionBodies.add(b.name, { canonical: b.canonical ?? b.name, consular: b.consular ?? false });
  return {
    countries,
    hosts,
    maxCountry,
    maxInternationalHost,
    countriesBackwards,
    home: longestFirst(file.home),
    formerMarkers: file.formerMarkers,
    partySuffix: file.parties.suffix,
    partyOrgans: (() => {
      const t = new Trie<string>();
      for (const o of file.parties.organs) t.add(o.name, o.canonical ?? o.name);
      return t;
    })(),
    partyAbbreviations: file.parties.abbreviations.map((a) => {
      const country = countries.get(a.country);
      if (!country) throw new DictionaryError(path, null, `party abbreviation "${a.name}": no country "${a.country}"`);
      return { name: a.name, full: a.full, country };
    }),
    nameGlue: new Set(file.nameGlue.map((c) => c.charCodeAt(0))),
    missionMarkers: longestFirst(file.missions.markers),
    markerLastChars: [...new Set(file.missions.markers.map((m) => m[m.length - 1]))],
    inChina: longestFirst(file.missions.inChina),
    missionBodies,
    missionPosts: new Map(file.missions.posts.map((p) => [p.post, p.body])),
    missionToInternational: new Map((file.missions.toInternational ?? []).map((t) => [t.marker, t.body])),
    missionParent: file.missions.parent,
    missionOwnName: file.missions.ownName,
    inChinaName: file.missions.inChinaName,
    internationalBodies,
    stateBodies: Trie.ofWords(file.stateBodies ?? []),
  };
}

/**
 * The country whose written form ends at `end` (the longest), with where it starts; null when none does.
 * The forms are walked backwards from `end`, code unit by code unit (no slice of the text: this is asked
 * before every post and every national body).
 */
export function countryEndingAt(lex: ForeignLexicon, text: string, end: number): { country: Country; start: number } | null {
  let node = lex.countriesBackwards.get(text.charCodeAt(end - 1));
  let found: Country | null = null;
  let start = -1;
  for (let i = end - 2; node !== undefined && i >= -1; i--) {
    if (node.country) {
      found = node.country;
      start = i + 1;
    }
    node = i >= 0 ? node.next?.get(text.charCodeAt(i)) : undefined;
  }
  return found ? { country: found, start } : null;
}

/** A node of the countries' forms read backwards: the country whose form ends here, and the characters before. */
interface BackNode {
  country: Country | null;
  next: Map<number, BackNode> | null;
}

function longestFirst(words: string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}
