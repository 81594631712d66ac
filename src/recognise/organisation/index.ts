import { isHanAt, lastStartingBefore, newSpan, type Doc, type Span } from '../../doc';
import { closesNounPhrase } from '../../segment';
import { SpansByStart } from '../spans-by-start';
import { withBodies, zoneBodies } from './zones';
import { foreignBodies } from './foreign';
import type { Resources } from '../../resources';
import { WordStarts } from '../../resources/word-starts';
import type { Organ } from '../../resources/organs';
import { Trie } from '../../resources/trie';
import { charTable, type CharTable } from '../../resources/chars';
import { namedByLevelWord, type Division } from '../../resources/gazetteer';
import type { CentralBody } from '../../resources/lexicons';
import type { Country } from '../../resources/foreign';
import type { OrganisationKind } from '../../types';
import type { RegionSpan } from '../region';

/** One region written inside an organisation name. */
export interface RegionPart {
  start: number;
  end: number;
  span: RegionSpan;
}

export interface OrganisationData {
  kind: OrganisationKind;
  /** Regions written in the name, outermost first (山东省, 青岛市, 市北区). */
  regions: RegionPart[];
  /** The level word of a bare form (市 of 市委), which the linker resolves from context. */
  levelWord: string | null;
  /** Head organ, when the name is built on one. */
  organ: Organ | null;
  /** Party organs after a committee (政法委员会, 全面依法治市委员会办公室), canonical forms. */
  partyOrgans: string[];
  /** State sub-organs and sub-units written after the head (办公厅, 市中分局, 食药监支队). */
  subUnits: string[];
  /** The region of a procuratorate branch (…人民检察院兴安盟分院) or 'implied' (兴安盟检察院分院). */
  branch: RegionPart | 'implied' | null;
  central: CentralBody | null;
  /** A named body (研究院, 协会, 派出所): the name after any region, as written. */
  named: string | null;
  /** For a named body whose parent is implied (派出所 → 公安局). */
  parentSuffix: string | null;
  /** A named body whose name is a company's legal name (…有限公司, …集团): kept as written, its place and all. */
  legalName?: boolean;
  /** Shares the head of the organisation before it in a 、 enumeration. */
  sharesHead: boolean;
  /** A development zone's organ: the template ({Z}管理委员会) and the zone's name after any region, as written (高新区). */
  zone?: { template: string; name: string };
  /**
   * The committee of the Youth League (共青团浙江省委, 团市委) or of a democratic party (致公党浙江省委会): the
   * template of its name (共青团{R}委员会, 中国致公党{R}委员会).
   */
  committeeTemplate?: string;
  /** A discipline commission's group stationed in a body (省纪委监委驻省教育厅纪检监察组): the host's span and the unit (纪检监察组). */
  dispatched?: { host: OrganisationSpan; unit: string };
  /**
   * A body of another state (俄罗斯外交部) or a mission between states (中国驻日本大使馆, 美国驻华大使馆):
   * its canonical name, kind and parent, and the other state (null for China's own missions).
   */
  foreign?: { name: string; kind: OrganisationKind; parent: string | null; country: Country | null; reason: string };
}

export type OrganisationSpan = Span<OrganisationData>;

const MAX_SUBUNIT = 12;
/** Units read one after another after a body (分局 → 大队 → 中队). */
const MAX_DEPTH = 3;

interface Parse {
  end: number;
  data: OrganisationData;
  reason: string;
}

/**
 * An organisation span's data, a region part of it and a parse: made by constructors, not object
 * literals, for the reason given at SpanObject (doc.ts). A roster or a long document proposes
 * hundreds of bodies. Their empty lists are made by Array.of, not `[]`: an array literal is pretenured
 * as an object literal is.
 */
class OrganisationMatchData implements OrganisationData {
  declare kind: OrganisationKind;
  declare regions: RegionPart[];
  declare levelWord: string | null;
  declare organ: Organ | null;
  declare partyOrgans: string[];
  declare subUnits: string[];
  declare branch: RegionPart | 'implied' | null;
  declare central: CentralBody | null;
  declare named: string | null;
  declare parentSuffix: string | null;
  declare sharesHead: boolean;
  constructor(kind: OrganisationKind, regions: RegionPart[]) {
    this.kind = kind;
    this.regions = regions;
    this.levelWord = null;
    this.organ = null;
    this.partyOrgans = Array.of<string>();
    this.subUnits = Array.of<string>();
    this.branch = null;
    this.central = null;
    this.named = null;
    this.parentSuffix = null;
    this.sharesHead = false;
  }
}

class RegionPartObject implements RegionPart {
  constructor(
    public start: number,
    public end: number,
    public span: RegionSpan,
  ) {}
}

class ParseObject implements Parse {
  constructor(
    public end: number,
    public data: OrganisationData,
    public reason: string,
  ) {}
}

export function emptyData(kind: OrganisationKind, regions: RegionPart[] = Array.of<RegionPart>()): OrganisationData {
  return new OrganisationMatchData(kind, regions);
}

/**
 * Organisations by grammar: [regions] + organ (+ party organs | sub-organs | branch | sub-units),
 * central bodies from their list, and named bodies (region + name + 研究院/协会/派出所 …).
 * Leftmost-longest: at each position the longest parse wins and the scan moves past it.
 */
export function recogniseOrganisations(doc: Doc, res: Resources, regions: RegionSpan[]): OrganisationSpan[] {
  const text = doc.work;
  const regionsAt: RegionsAt = new SpansByStart(text.length + 1, regions);
  const out: OrganisationSpan[] = [];
  // A parse starts only at a region or at one of the starts of the one pass (a word of the grammar, a
  // named body's name): the two lists, both in order, are walked together.
  const others = parseStarts(doc, res);
  const starts = regionsAt.spans;
  let r = 0;
  let k = 0;
  let lastEnd = -1;
  for (let i = 0; ;) {
    while (r < starts.length && starts[r].start < i) r++;
    while (k < others.length && others[k] < i) k++;
    const at = Math.min(r < starts.length ? starts[r].start : text.length, k < others.length ? others[k] : text.length);
    if (at >= text.length) break;
    i = at + 1;
    // (the other starts are all ideographs; a region's need not be)
    if (!isHanAt(text, at)) continue;
    const afterEnumeration = lastEnd >= 0 && text.charCodeAt(at - 1) === 0x3001 /* 、 */ && lastEnd === at - 1;
    const prev = out.length ? out[out.length - 1] : null;
    const best = parseAt(doc, res, regionsAt, at, afterEnumeration ? prev : null, afterEnumeration ? null : chainRegionsBefore(doc, res, regions, out, at, lastEnd));
    if (!best) continue;
    // 南京市常委、政法委书记: a bare party organ in a chain of posts that a region opens is that region's
    if (!afterEnumeration && best.data.organ?.role === 'partyOrgan' && !best.data.regions.length && !best.data.levelWord) {
      const opening = regionOpeningChain(doc, res, regions, at, lastEnd);
      if (opening) best.data.regions = [{ start: opening.start, end: opening.end, span: opening }];
    }
    const span = newSpan('organisation', at, best.end, text.slice(at, best.end), best.reason, best.data);
    out.push(dispatchedGroup(doc, res, regionsAt, span) ?? span);
    lastEnd = i = unitsInChain(doc, res, regionsAt, out[out.length - 1], out);
  }
  return foreignBodies(doc, res, withBodies(out, zoneBodies(doc, res, regions)));
}

/** `d` is a discipline commission that stations groups in other bodies (dicts/organs.json dispatchedGroups.parents). */
function stationsGroups(res: Resources, d: OrganisationData): boolean {
  const groups = res.organs.dispatchedGroups;
  const last = d.central ? d.central.name : d.partyOrgans.length ? d.partyOrgans[d.partyOrgans.length - 1] : d.organ?.role === 'partyOrgan' ? d.organ.full : undefined;
  return groups !== null && last !== undefined && groups.parents.has(last);
}

/**
 * 省纪委监委驻省教育厅纪检监察组, 中央纪委国家监委驻农业农村部纪检监察组: a discipline commission (dicts/organs.json
 * dispatchedGroups.parents), 驻, the body it is stationed in and the group's unit make one body, the span
 * of all three (the host's own span in its data); null when `span` is no such commission or no such
 * group follows it.
 */
function dispatchedGroup(doc: Doc, res: Resources, regionsAt: RegionsAt, span: OrganisationSpan): OrganisationSpan | null {
  const groups = res.organs.dispatchedGroups;
  const d = span.data;
  if (!groups || d.subUnits.length || d.dispatched || !stationsGroups(res, d)) return null;
  const text = doc.work;
  const at = span.end + groups.marker.length;
  if (!text.startsWith(groups.marker, span.end) || !isHanAt(text, at)) return null;
  const host = parseAt(doc, res, regionsAt, at, null);
  if (!host) return null;
  // (驻市公安局纪检监察组联合…: the units the host's parse read past the group are given back)
  const units = [...host.data.subUnits];
  let hostEnd = host.end;
  let unit: string | undefined;
  while (!(unit = groups.units.find((u) => text.startsWith(u, hostEnd))) && units.length) hostEnd -= units.pop()!.length;
  if (!unit) return null;
  const end = hostEnd + unit.length;
  const hostData = units.length === host.data.subUnits.length ? host.data : { ...host.data, subUnits: units };
  const hostSpan: OrganisationSpan = newSpan('organisation', at, hostEnd, text.slice(at, hostEnd), host.reason, hostData);
  return { ...span, end, text: text.slice(span.start, end), reason: `${span.reason}+dispatched`, data: { ...d, dispatched: { host: hostSpan, unit } } };
}

/**
 * 许昌市中级人民法院审判委员会委员、民事审判第一庭庭长: a standard division (dicts/organs.json
 * subUnitNames) listed in the chain of posts after its body, before a post of its own, is a unit of
 * that body; 宁夏回族自治区党委副书记、自治区主席: a level word before a post that heads that level's
 * government is that region's government; 市公安局副局长兼刑侦支队支队长, 市委常委、秘书长兼办公室主任: any
 * other unit of the body, read as it would be read written right after the body (a party organ of a
 * committee, a unit ending in a unit suffix), when nothing there is a body of its own (宣传部) or opens
 * with a level word (区公安分局) or a head organ of the grammar (办事处).
 * Pushes their spans onto `out`; returns where the last ends.
 */
function unitsInChain(doc: Doc, res: Resources, regionsAt: RegionsAt, head: OrganisationSpan, out: OrganisationSpan[]): number {
  const text = doc.work;
  return listedInChain(res, text, head.end, out, (start) => {
    const unit = res.organs.subUnitNames.longestAt(text, start);
    // (市委常委、秘书长兼办公室主任: a committee's own organ is read as extend reads it, 中共杭州市委办公室)
    const role = head.data.organ?.role;
    const partyOrgan = (role === 'committee' || role === 'partyOrgan') && res.organs.partyOrgans.hasMatchAt(text, start);
    if (unit && !partyOrgan) {
      const data: OrganisationData = { ...head.data, subUnits: [unit.values[0]], sharesHead: false };
      return newSpan('organisation', start, unit.end, text.slice(start, unit.end), 'sub-unit-in-chain', data);
    }
    return governmentByLevelWord(res, text, start, head) ?? unitOfHeadInChain(doc, res, regionsAt, head, start);
  });
}

/**
 * The unit of `head` written at `start`, in the chain of posts after it, read as `extend` reads what
 * follows a body (办公室 of a committee, 刑侦支队 of a bureau); null when none is read there, when the
 * head names a unit already (which of the two the next one belongs to is not written), or when the
 * text there parses as a body of its own.
 */
function unitOfHeadInChain(doc: Doc, res: Resources, regionsAt: RegionsAt, head: OrganisationSpan, start: number): OrganisationSpan | null {
  const d = head.data;
  if (d.subUnits.length || d.named || d.foreign || d.dispatched || d.zone || (!d.organ && !d.central)) return null;
  if (!doc.isBoundary(start) || parseAt(doc, res, regionsAt, start, null)) return null;
  // (市公安局副局长、区公安分局局长: a level word opens another level's body, not a unit of this one;
  // 县委书记、办事处主任: a head organ of the grammar is a body of its own, whose region is not written)
  if (res.organs.levelWords.some((w) => doc.work.startsWith(w, start)) || res.organs.heads.hasMatchAt(doc.work, start)) return null;
  const data: OrganisationData = { ...d, partyOrgans: [...d.partyOrgans], subUnits: [], branch: null, sharesHead: false };
  const end = extend(doc, res, regionsAt, start, data);
  if (end <= start || data.branch) return null;
  return newSpan('organisation', start, end, doc.work.slice(start, end), 'unit-in-chain', data);
}

/**
 * The bodies listed in the chain of posts that runs from `from` (…书记、[X]主任、[Y]局长): after each
 * post and its 、, `read` gives the body written there, or null (the walk goes on to the next post);
 * a body is kept when a post follows it, and the walk stops at the first that has none. Pushes the
 * bodies onto `out`; returns where the last one ends (`from` when none).
 */
export function listedInChain(
  res: Resources, text: string, from: number, out: OrganisationSpan[], read: (start: number) => OrganisationSpan | null,
): number {
  let end = from;
  for (let p = from; ; ) {
    const post = res.titles.trie.longestAt(text, p);
    // (副局长兼刑侦支队支队长: 兼 lists the posts of one official, as 、 does)
    const c = post ? text.charCodeAt(post.end) : 0;
    if (!post || (c !== 0x3001 /* 、 */ && c !== 0x517c /* 兼 */)) break;
    const body = read(post.end + 1);
    if (!body) {
      p = post.end + 1;
      continue;
    }
    if (!res.titles.trie.hasMatchAt(text, body.end)) break;
    out.push(body);
    p = end = body.end;
  }
  return end;
}

/**
 * At `at`, in the chain of posts after `head`: a level word of head's region, then a post that heads
 * the government there (titles.json governmentHeadIn: 自治区 + 主席): the span of the level word,
 * naming that region's government; null otherwise.
 */
function governmentByLevelWord(res: Resources, text: string, at: number, head: OrganisationSpan): OrganisationSpan | null {
  const organ = tablesOf(res).governmentOrgan;
  if (!organ || tablesOf(res).levelFirst[text.charCodeAt(at)] !== 1) return null;
  const { regions, levelWord } = head.data;
  for (const level of res.organs.levelWords) {
    if (!text.startsWith(level, at)) continue;
    const post = res.titles.trie.longestAt(text, at + level.length);
    if (!post || !post.values[0].governmentHeadIn.includes(level)) return null;
    // the head's region written (宁夏回族自治区党委), or the same level word (自治区党委: the region of the context)
    const data: OrganisationData = { ...emptyData(organ.kind, regions), organ };
    if (regions.length ? !namedAtLevel(regions[regions.length - 1].span, level) : levelWord !== level) return null;
    if (!regions.length) data.levelWord = level;
    const end = at + level.length;
    return newSpan('organisation', at, end, level, 'level-word-in-chain', data);
  }
  return null;
}

/** The grammar's pre-tests, made once per extractor's resources. */
interface Tables {
  /** Heads, central bodies and the Party's names in one trie: one walk where two tries and a list were asked. */
  words: Trie<true>;
  /** Where those words or a named-body suffix may start, the one test at most positions: its bit in res.starts (Doc.startMask). */
  any: number;
  /**
   * The words of one unit (委), and every longer word without its first unit: with `any` (the
   * first two units), a test of the first three before the walk. `any` lets through real
   * beginnings of a word such as 法治, 检察, 行政 (5% of the positions), which a walk had to read
   * to find that no word goes on as the text does; this test turns away two walks in three.
   */
  oneUnitWords: WordStarts;
  wordRests: WordStarts;
  /** The one-character words before a level word that make it generic (全, 各). */
  genericBefore: CharTable;
  /** 为, 向: glued by the segmenter to the level word after them (为市|人民政府). */
  gluedBeforeLevel: CharTable;
  /** Where one of the Party's names may start (中共, 中国共产党): asked at every parse start before the names are. */
  partyNameStarts: WordStarts;
  /** Where a name of the Youth League may start (共青团, 团 of 团市委). */
  leagueStarts: WordStarts;
  /** Where a democratic party's name may start (致公党, 民建). */
  democraticPartyStarts: WordStarts;
  /** Where a name of the People's Armed Police may start (武警). */
  armedPoliceStarts: WordStarts;
  /** Where a name of the CPPCC may start, and its head organ (政协: kind cppcc), if the lexicon has one. */
  cppccNameStarts: WordStarts;
  cppccOrgan: Organ | null;
  /** The organ a region's people's government is (人民政府), if the grammar has one. */
  governmentOrgan: Organ | null;
  /** The level words of two or more characters, in the list's order, and where one may start (自治区 after 广西). */
  longLevelWords: readonly string[];
  longLevelStarts: WordStarts;
  /** Where a level word may start (省, 市, 自治区): before a session (省十四届人大常委会). */
  levelFirst: CharTable;
  /** The longest name of a central body, in code units. */
  longestCentral: number;
}

const tablesByResources = new WeakMap<Resources, Tables>();

function tablesOf(res: Resources): Tables {
  let t = tablesByResources.get(res);
  if (!t) {
    const league = res.organs.league ? [...res.organs.league.names, res.organs.league.short] : [];
    const democratic = res.organs.democraticParties?.parties.flatMap((p) => p.names) ?? [];
    const police = res.organs.armedPolice?.names ?? [];
    const surfaces = [...res.organs.heads.surfaces(), ...res.centralTrie.surfaces(), ...res.organs.partyNames, ...res.organs.cppccNames, ...league, ...democratic, ...police];
    const words = new Trie<true>();
    for (const s of surfaces) words.add(s, true);
    const longLevelWords = res.organs.levelWords.filter((w) => w.length > 1);
    t = {
      words,
      any: res.starts.bitOf('organisations', () => [...surfaces, ...res.organs.namedBodySuffixes.surfaces()]),
      oneUnitWords: new WordStarts(surfaces.filter((s) => s.length === 1)),
      wordRests: new WordStarts(surfaces.filter((s) => s.length > 1).map((s) => s.slice(1))),
      genericBefore: charTable([...res.organs.genericBefore].filter((w) => w.length === 1)),
      gluedBeforeLevel: charTable([...res.organs.gluedBeforeLevel]),
      partyNameStarts: new WordStarts(res.organs.partyNames),
      leagueStarts: new WordStarts(league),
      democraticPartyStarts: new WordStarts(democratic),
      armedPoliceStarts: new WordStarts(police),
      cppccNameStarts: new WordStarts(res.organs.cppccNames),
      cppccOrgan: headOrgan(res, (o) => o.kind === 'cppcc'),
      governmentOrgan: headOrgan(res, (o) => o.kind === 'government' && o.role === 'state' && !o.level && !o.onlyAfter),
      longLevelWords,
      longLevelStarts: new WordStarts(longLevelWords),
      levelFirst: charTable(res.organs.levelWords),
      longestCentral: Math.max(0, ...res.centralTrie.surfaces().map((x) => x.length)),
    };
    tablesByResources.set(res, t);
  }
  return t;
}

/** The starts of the last parseStarts (reused document after document; grown for a longer one). */
let startsBuffer = new Int32Array(256);

/**
 * Where a parse may start besides a region, in order, in one pass over the text: an ideograph where
 * an organ, a central body or the Party's name starts; and the start (an ideograph) of a
 * token of 2-4 characters that a whole named-body suffix follows (敦煌文物|研究院), where namedBody may
 * read a name without a region (it reads one only there); and the start of a word with a suffix in it
 * after its first two characters (清华大学, one word of the dictionary: institutionWord).
 *
 * One filter of the words and the suffixes lets 6% of the positions of a news text through; the
 * names are found from their suffix's side (a suffix may start at 1% of the positions, a token of
 * 2-4 characters at 40%), a few positions after they start: each is put in its place among the
 * starts found since (at most three).
 *
 * A view of a buffer that the next call overwrites: read it before.
 */
export function parseStarts(doc: Doc, res: Resources): Int32Array {
  const text = doc.work;
  const { words, any, oneUnitWords, wordRests } = tablesOf(res);
  const suffixes = res.organs.namedBodySuffixes;
  // a buffer grown past a million starts by one big document is not kept for the ones after it
  if (startsBuffer.length > 1 << 20) startsBuffer = new Int32Array(256);
  let buf = startsBuffer;
  let n = 0;
  const mask = doc.startMask(res.starts);
  /** Room for `extra` more starts in the buffer. */
  const room = (extra: number) => {
    if (n + extra <= buf.length) return;
    const grown = new Int32Array(Math.max(buf.length * 2, n + extra));
    grown.set(buf);
    startsBuffer = buf = grown;
  };
  for (let i = mask.next(any, 0); i < text.length; i = mask.next(any, i + 1)) {
    // room for the (at most three) starts one position adds, the companies' aside
    room(3);
    if (isHanAt(text, i) && (oneUnitWords.mayStartAt(text, i) || wordRests.mayStartAt(text, i + 1)) && words.hasMatchAt(text, i)) buf[n++] = i;
    if (!suffixes.mayStartAt(text, i)) continue;
    // the token that ends at i, when it has 2-4 characters (tokens do not overlap: one at most)
    let before = false;
    for (let s = i - 2; s >= i - 4 && s >= 0; s--) {
      if (doc.tokenEndAt(s) !== i) continue;
      before = true;
      if (isHanAt(text, s) && suffixes.hasMatchAt(text, i)) n = insertStart(buf, n, s);
      break;
    }
    // a company's name of several words before a legal suffix (中国|华能|集团有限公司): where it may start
    // (each proper name before the suffix: the furthest may be no company's, 省公安厅|联合|腾讯|科技有限公司)
    if (doc.isBoundary(i) && legalSuffixAt(res, text, i)) {
      for (let k = doc.tokenIndexAt(i - 1), words = 0; k >= 0 && words < MAX_COMPANY_WORDS && i - doc.startOf(k) <= MAX_COMPANY_NAME; k--, words++) {
        const tag = doc.token(k).tag;
        if (!companyWord(res, doc.wordAt(k), tag)) break;
        if (res.organs.legalNameTags.first.has(tag)) {
          room(1);
          n = insertStart(buf, n, doc.startOf(k));
        }
      }
    }
    // a word of the dictionary that ends in the suffix (清华|大学 in one word 清华大学): its start
    if (!before) {
      const k = doc.tokenIndexAt(i);
      const s = k >= 0 ? doc.startOf(k) : i;
      if (i - s >= 2 && isHanAt(text, s) && suffixes.hasMatchAt(text, i)) n = insertStart(buf, n, s);
    }
  }
  // 省十四届人大常委会: a level word before a session starts a parse (no word of the grammar starts 省十)
  const sessions = res.organs.sessions;
  if (sessions && text.length) for (const s of sessions.starts(text)) {
    for (const level of res.organs.levelWords) {
      const at = s - level.length;
      if (at < 0 || !text.startsWith(level, at)) continue;
      room(1);
      n = insertStart(buf, n, at);
      break;
    }
  }
  return buf.subarray(0, n);
}

/** A company's legal suffix that companyName reads (isCompanySuffix) starts at `at`. */
function legalSuffixAt(res: Resources, text: string, at: number): boolean {
  const m = res.organs.namedBodySuffixes.longestAt(text, at);
  return !!m && isCompanySuffix(res, m.values[0]);
}

/** A legal suffix (organs.json legalNameSuffixes) that names a company: …公司, not a bare 集团 (美国军工集团 is no company's name). */
function isCompanySuffix(res: Resources, suffix: string): boolean {
  return res.organs.legalNameSuffixes.has(suffix) && suffix.endsWith('公司');
}

/** Puts `at` in its place among the `n` ordered starts of `buf` (room for one more), once; the new count. */
function insertStart(buf: Int32Array, n: number, at: number): number {
  let j = n;
  while (j > 0 && buf[j - 1] > at) j--;
  if (j > 0 && buf[j - 1] === at) return n;
  buf.copyWithin(j + 1, j, n);
  buf[j] = at;
  return n + 1;
}

type RegionsAt = SpansByStart<RegionSpan>;

/** No region before the organ (shared, never written: a parse gets its own parts from partsOf). */
const NO_CHAIN: readonly RegionSpan[] = [];

/** The parts of a parse read after the region chain `chain` (a new array: the chain is a stack that the walk reuses). */
function partsOf(chain: readonly RegionSpan[]): RegionPart[] {
  const parts: RegionPart[] = new Array(chain.length);
  for (let k = 0; k < chain.length; k++) parts[k] = new RegionPartObject(chain[k].start, chain[k].end, chain[k]);
  return parts;
}

/**
 * The stack of the region chain being walked, reused for every start (chainParses pops what it
 * pushes, and nothing it calls walks chains): most starts push onto the store of the last.
 */
const chainStack: RegionSpan[] = [];

/** Level words that may follow a province's short form inside a name (西藏自治区检察院). */
const FILLERS = new Set(['自治区', '特别行政区']);

/**
 * Every region chain starting at `pos` (up to four regions), in the order of a depth-first walk
 * (each chain before the chains that extend it), read as the start of an organisation: the organs
 * and the named body after the chain, the best of them and `best`.
 *
 * The chain is a stack (`chain`) pushed and popped as the walk goes: most chains have no organ
 * after them, and a chain's parts are made only for a parse that is kept (partsOf).
 */
function chainParses(
  doc: Doc, res: Resources, regionsAt: RegionsAt, i: number, pos: number, chain: RegionSpan[],
  enumerationHead: OrganisationSpan | null, best: Parse | null,
): Parse | null {
  if (chain.length > 3) return best;
  const regions = regionsAt.spans;
  for (let k = regionsAt.firstAt(pos); k >= 0 && k < regions.length && regions[k].start === pos; k++) {
    const r = regions[k];
    let end = r.end;
    // 西藏自治区检察院, 湖南省高院: a level word after a short form
    if (r.data.surfaceKind === 'alias' && tablesOf(res).longLevelStarts.mayStartAt(doc.work, end)) {
      const filler = levelWordAt(res, doc.work, end);
      if (filler !== null && FILLERS.has(filler)) end += filler.length;
    }
    chain.push(r);
    best = organsAfter(doc, res, regionsAt, i, end, chain, enumerationHead, best);
    // 许昌市第八届人民代表大会常务委员会: a session between the region and its organ is read over
    const session = res.organs.sessions?.at(doc.work, end) ?? 0;
    if (session) best = organsAfter(doc, res, regionsAt, i, end + session, chain, enumerationHead, best, null, true);
    best = better(best, namedBody(doc, res, end, chain));
    best = chainParses(doc, res, regionsAt, i, end, chain, enumerationHead, best);
    chain.pop();
  }
  return best;
}

/**
 * The unit of the armed police that one word of the segmenter names after 武警 (武警|北京总队 read from
 * 武警北京总队): a full name or a strong short form of a division at `from`, then a unit that ends the
 * word; the region is made here, as the region pass makes none inside a word.
 */
function armedPoliceWord(
  res: Resources, text: string, from: number, wordEnd: number, units: NonNullable<Resources['organs']['armedPolice']>['units'],
): Parse | null {
  for (const m of res.regionTrie.matchesAt(text, from)) {
    const unit = units.find((u) => m.end + u.surface.length === wordEnd && text.startsWith(u.surface, m.end));
    if (!unit) continue;
    const kind = m.values.some((v) => v.kind === 'name') ? 'name' : m.values.some((v) => v.kind === 'alias') ? 'alias' : null;
    if (!kind) continue;
    const candidates = m.values.filter((v) => v.kind === kind).map((v) => v.division);
    const region: RegionSpan = { type: 'region', start: from, end: m.end, text: text.slice(from, m.end), reason: `gazetteer-${kind}`, data: { candidates, surfaceKind: kind } };
    if (!ofLevels(region, unit.levels)) continue;
    return { end: wordEnd, data: { ...emptyData('other', partsOf([region])), committeeTemplate: unit.template }, reason: 'armed-police-unit' };
  }
  return null;
}

/** The first level word of two or more characters written at `pos`, in the list's order. */
function levelWordAt(res: Resources, text: string, pos: number): string | null {
  for (const w of tablesOf(res).longLevelWords) if (text.startsWith(w, pos)) return w;
  return null;
}

/** The longest parse; at equal length the one that reads more regions (余杭区 + 良渚街道 + 社会治理中心); else the one found first. */
function better(best: Parse | null, p: Parse | null): Parse | null {
  return p && beats(best, p.end, p.data.regions.length) ? p : best;
}

/** A parse ending at `end` with `regions` regions would replace `best` (asked before the parse is made). */
function beats(best: Parse | null, end: number, regions: number): boolean {
  return !best || end > best.end || (end === best.end && regions > best.data.regions.length);
}

/** The reasons of organ parses, by role: bare, after a region, with a level word (made once, not per parse). */
const ORGAN_REASONS: Record<Organ['role'], readonly [string, string, string]> = {
  committee: ['organ:committee', 'organ:committee+region', 'organ:committee+level'],
  partyOrgan: ['organ:partyOrgan', 'organ:partyOrgan+region', 'organ:partyOrgan+level'],
  state: ['organ:state', 'organ:state+region', 'organ:state+level'],
  department: ['organ:department', 'organ:department+region', 'organ:department+level'],
};

/**
 * The organs written at `q`, after the region chain `chain` that starts at `i` (none: `chain`
 * empty, q = i), each extended over what follows it; the best of them and `best`. After a session
 * (`afterSession`: 第八届 ends at q) only the organs of the kinds that have one; `level`, a level
 * word written at i before the session (省十四届人大常委会): the organs written with it.
 */
function organsAfter(
  doc: Doc, res: Resources, regionsAt: RegionsAt, i: number, q: number, chain: readonly RegionSpan[],
  enumerationHead: OrganisationSpan | null, best: Parse | null, level: string | null = null, afterSession = false,
  chainRegions: readonly RegionPart[] | null = null,
): Parse | null {
  const text = doc.work;
  const hasRegion = chain.length > 0;
  const last = hasRegion ? chain[chain.length - 1] : undefined;
  // the chain's parts, made for the first organ parse and shared by the others (as one chain's parses always were)
  let parts: RegionPart[] | null = null;
  // weak county short forms only count inside an organisation name
  for (const m of res.organs.heads.matchesAt(text, q)) {
    const organs = level === null ? m.values : res.organs.heads.get(level + text.slice(q, m.end));
    if (!organs) continue;
    for (const organ of organs) {
      if (afterSession && !res.organs.sessions!.kinds.has(organ.kind)) continue;
      if (level !== null && organ.level !== level) continue;
      // 华山街道办事处, 喀什地区行政公署: only after a region of its level, or listed bare in the chain of
      // posts after a body of such a region, before a post of its own (华山街道党工委书记、办事处主任): that region's;
      // so is a department listed bare there (湖州市委常委、公安局局长, 大连市副市长、公安局局长)
      const listedIn = last || !chainRegions ? null
        : organ.onlyAfter ? listedAfter(doc, res, chainRegions, organ.onlyAfter, m.end)
        : organ.role === 'department' && organ.afterRegionOnly ? listedAfter(doc, res, chainRegions, DIVISION_LEVELS, m.end) : null;
      if (organ.afterRegionOnly && !hasRegion && !listedIn && !(enumerationHead && organ.role !== 'committee')) continue;
      // 全省法院, 各市公安局: a level word after 全/各 names every body of that level, not one
      if (!hasRegion && organ.level && i > 0 && tablesOf(res).genericBefore[text.charCodeAt(i - 1)] === 1) continue;
      // a level word inside a word (锡盟|法院: 盟法院) is the end of a name, not a bare 盟; one glued
      // to a function word before it (为市|人民政府) is not
      if (!hasRegion && organ.level && !doc.isBoundary(i) && !gluedLevel(doc, res, i)) continue;
      // 桃源|镇党委, 桃源|镇政府: a level word after a region names that region's own body only when it is
      // that region's level (湖北|省委, 延边|州委); after 桃源 (桃源县) a 镇 is part of a township's name
      if (last && organ.level && !namedAtLevel(last, organ.level)) continue;
      // 湖北法院, 锡盟法院: the courts of a province or prefecture as a group, not one body
      if (last && organ.collectiveAfter && allOfLevels(last.data.candidates, organ.collectiveAfter)) continue;
      if (organ.onlyAfter && !(last && ofLevels(last, organ.onlyAfter)) && !listedIn) continue;
      const data = emptyData(organ.kind, hasRegion ? (parts ??= partsOf(chain)) : listedIn ? listedIn.slice() : Array.of<RegionPart>());
      data.organ = organ;
      data.levelWord = hasRegion ? null : organ.level;
      data.sharesHead = !hasRegion && !organ.level && !!enumerationHead;
      if (organ.role === 'partyOrgan') data.partyOrgans.push(organ.full);
      const end = extend(doc, res, regionsAt, m.end, data);
      if (beats(best, end, data.regions.length)) best = new ParseObject(end, data, ORGAN_REASONS[organ.role][hasRegion ? 1 : organ.level ? 2 : 0]);
    }
  }
  return best;
}

/**
 * The body whose chain of posts runs up to `at`: `prev`, then one or more posts each followed by a 、
 * (王家庄村党支部|书记、|村委会): null when anything else stands between.
 */
function chainHeadBefore(doc: Doc, res: Resources, prev: OrganisationSpan, at: number): OrganisationSpan | null {
  const text = doc.work;
  if (at - prev.end > MAX_CHAIN_GAP || text.charCodeAt(at - 1) !== 0x3001 /* 、 */) return null;
  return postsRunUpTo(res, text, prev.end, at) ? prev : null;
}

/**
 * The region that opens the chain of posts running up to `at` (南京市|常委、|政法委): a region standing
 * alone (after `after`, where the last body ended) right before one or more posts each followed by a 、.
 */
function regionOpeningChain(doc: Doc, res: Resources, regions: readonly RegionSpan[], at: number, after: number): RegionSpan | null {
  if (doc.work.charCodeAt(at - 1) !== 0x3001 /* 、 */) return null;
  for (let k = lastStartingBefore(regions, at); k >= 0 && at - regions[k].end <= MAX_CHAIN_GAP; k--) {
    const r = regions[k];
    if (r.start < after || r.data.needsContext) return null;
    if (postsRunUpTo(res, doc.work, r.end, at)) return r;
  }
  return null;
}

/** From `from`, one or more posts each followed by a 、 reach exactly `at` (each may be marked former: 原副市长、). */
function postsRunUpTo(res: Resources, text: string, from: number, at: number): boolean {
  for (let p = from; p < at; ) {
    p += formerMarkerAt(res, text, p);
    const post = res.titles.trie.longestAt(text, p);
    if (!post || text.charCodeAt(post.end) !== 0x3001) return false;
    p = post.end + 1;
    if (p === at) return true;
  }
  return false;
}

/** The most characters of posts and 、 between a body and a bare organ listed after them. */
const MAX_CHAIN_GAP = 40;

/** Every level of the gazetteer a department may be of. */
const DIVISION_LEVELS = ['province', 'prefecture', 'county', 'township'] as const;

/**
 * `regions` (the regions of a chain's body, or the region that opens the chain: see chainRegionsBefore)
 * when the last is of one of `levels` and a post follows the organ ending at `end`.
 */
function listedAfter(doc: Doc, res: Resources, regions: readonly RegionPart[], levels: readonly string[], end: number): readonly RegionPart[] | null {
  if (!regions.length) return null;
  const region = regions[regions.length - 1].span;
  return ofLevels(region, levels) && doc.isBoundary(end) && res.titles.trie.hasMatchAt(doc.work, end + formerMarkerAt(res, doc.work, end)) ? regions : null;
}

/** The length of the former marker (原) written at `pos`, 0 when none is. */
function formerMarkerAt(res: Resources, text: string, pos: number): number {
  for (const m of res.organs.formerMarkers) if (text.startsWith(m, pos)) return m.length;
  return 0;
}

/**
 * The regions of the chain of posts that runs up to `at`: those of the body that opens it (湖州市委|常委、),
 * or of the first body before in the chain that has any (湖州市委|常委、政法委|书记、); else the region that
 * opens it standing alone (大连市|副市长、); null when no chain does.
 */
function chainRegionsBefore(
  doc: Doc, res: Resources, regions: readonly RegionSpan[], bodies: readonly OrganisationSpan[], at: number, lastEnd: number,
): readonly RegionPart[] | null {
  let to = at;
  for (let k = bodies.length - 1; k >= 0; k--) {
    const head = chainHeadBefore(doc, res, bodies[k], to);
    if (!head) break;
    if (head.data.regions.length) return head.data.regions;
    to = head.start;
  }
  if (to !== at) return null;
  const opening = regionOpeningChain(doc, res, regions, at, lastEnd);
  return opening ? [{ start: opening.start, end: opening.end, span: opening }] : null;
}

/** The first head organ of dicts/organs.json that `is` accepts (the CPPCC's, a region's own government), if any. */
function headOrgan(res: Resources, is: (o: Organ) => boolean): Organ | null {
  for (const surface of res.organs.heads.surfaces()) {
    const organ = res.organs.heads.get(surface)?.find(is);
    if (organ) return organ;
  }
  return null;
}

/** The token over `i` is a glued word and a one-character level word: 为市, 向省 (dicts/organs.json gluedBeforeLevel). */
function gluedLevel(doc: Doc, res: Resources, i: number): boolean {
  return i > 0 && doc.tokenEndAt(i - 1) === i + 1 && tablesOf(res).gluedBeforeLevel[doc.work.charCodeAt(i - 1)] === 1;
}

/** The region can be one that the level word names: a division it may be, or, below the gazetteer, its own suffix. */
function namedAtLevel(span: RegionSpan, levelWord: string): boolean {
  const { candidates } = span.data;
  if (!candidates.length) return span.text.endsWith(levelWord);
  // 区 after a region's name is also its own 自治区 (广西|区委), which a bare 区委 never is
  for (const d of candidates) if (levelWord === '区' ? d.name.endsWith('区') : namedByLevelWord(d, levelWord)) return true;
  return false;
}

/** The region is of one of `levels`: each division it may be, or, below the gazetteer (桃源社区), the level its suffix gives. */
function ofLevels(span: RegionSpan, levels: readonly string[]): boolean {
  const { candidates, level } = span.data;
  return candidates.length || !level ? allOfLevels(candidates, levels) : levels.includes(level);
}

/** Every division of `candidates` is of one of `levels`. */
function allOfLevels(candidates: readonly Division[], levels: readonly string[]): boolean {
  for (const c of candidates) if (!levels.includes(c.level)) return false;
  return true;
}

function parseAt(
  doc: Doc, res: Resources, regionsAt: RegionsAt, i: number, enumerationHead: OrganisationSpan | null, chainRegions: readonly RegionPart[] | null = null,
): Parse | null {
  const text = doc.work;
  // the parses are tried in a fixed order and `better` keeps the first of equals: no region, then each region chain
  let best = organsAfter(doc, res, regionsAt, i, i, NO_CHAIN, enumerationHead, null, null, false, chainRegions);
  // 省十四届人大常委会, 市第十五届人大常委会: a level word, a session, the organ
  if (res.organs.sessions && tablesOf(res).levelFirst[text.charCodeAt(i)] === 1) {
    for (const level of res.organs.levelWords) {
      if (!text.startsWith(level, i)) continue;
      const session = res.organs.sessions.at(text, i + level.length);
      if (session) best = organsAfter(doc, res, regionsAt, i, i + level.length + session, NO_CHAIN, enumerationHead, best, level, true);
      break;
    }
  }
  if (regionsAt.has(i)) {
    // empty unless a walk threw; emptied only then (setting the length to 0 would drop the array's store)
    if (chainStack.length) chainStack.length = 0;
    best = chainParses(doc, res, regionsAt, i, i, chainStack, enumerationHead, best);
  }
  // 中共洛阳市委员会, 中国共产党天津市委员会, 中共天津市委政法委员会: the Party's name before a committee
  if (tablesOf(res).partyNameStarts.mayStartAt(text, i)) for (const prefix of res.organs.partyNames) {
    if (!text.startsWith(prefix, i) || !regionsAt.has(i + prefix.length)) continue;
    const inner = parseAt(doc, res, regionsAt, i + prefix.length, null);
    if (!inner || !inner.data.regions.length || (inner.data.kind !== 'party_committee' && inner.data.kind !== 'party_organ')) continue;
    // (…市委员会, the committee written in full, is read whole by extend())
    best = better(best, { end: inner.end, data: inner.data, reason: `party-name+${inner.reason}` });
  }
  // 共青团浙江省委, 中国共产主义青年团浙江省委员会, 团市委: the Youth League's committee, not the Party's
  const league = res.organs.league;
  if (league && tablesOf(res).leagueStarts.mayStartAt(text, i)) {
    let at = -1;
    for (const name of league.names) if (text.startsWith(name, i)) at = Math.max(at, i + name.length);
    // 团市委, 团省委: 团 at the start of a word of the segmenter (not 代表团|省委) and a bare committee, the
    // region the text's (the committee's level word inside the segmenter's one word 团市委)
    if (at < 0 && text.startsWith(league.short, i) && doc.startsWord(i)) {
      const m = res.organs.heads.longestAt(text, i + league.short.length);
      const organ = m?.values.find((o) => o.role === 'committee' && o.level);
      if (m && organ && doc.isBoundary(m.end)) {
        const data: OrganisationData = { ...emptyData('other'), organ, levelWord: organ.level, committeeTemplate: league.template };
        best = better(best, { end: m.end, data, reason: 'league-short' });
      }
    }
    const inner = at > 0 ? parseAt(doc, res, regionsAt, at, null) : null;
    if (inner && inner.data.kind === 'party_committee' && !inner.data.partyOrgans.length && !inner.data.subUnits.length) {
      best = better(best, { end: inner.end, data: { ...inner.data, kind: 'other', committeeTemplate: league.template }, reason: `league+${inner.reason}` });
    }
  }
  // 武警浙江省总队, 武警杭州支队: a unit of the People's Armed Police in a region
  const police = res.organs.armedPolice;
  if (police && tablesOf(res).armedPoliceStarts.mayStartAt(text, i)) {
    const name = police.names.find((n) => text.startsWith(n, i));
    const regions = regionsAt.spans;
    for (let k = name ? regionsAt.firstAt(i + name.length) : -1; k >= 0 && k < regions.length && regions[k].start === i + name!.length; k++) {
      const r = regions[k];
      const unit = police.units.find((u) => text.startsWith(u.surface, r.end) && ofLevels(r, u.levels));
      if (!unit || !doc.isBoundary(r.end + unit.surface.length)) continue;
      const data: OrganisationData = { ...emptyData('other', partsOf([r])), committeeTemplate: unit.template };
      best = better(best, { end: r.end + unit.surface.length, data, reason: 'armed-police-unit' });
    }
    // 武警北京总队, one word of the segmenter: no region starts inside it, so the gazetteer is asked there
    const wordEnd = name ? doc.tokenEndAt(i) : -1;
    if (name && !best && wordEnd > i + name.length) best = armedPoliceWord(res, text, i + name.length, wordEnd, police.units);
  }
  // 致公党浙江省委会, 民建杭州市委, 中国民主同盟浙江省委员会: a democratic party's committee of a region, not the Communist Party's
  const democratic = res.organs.democraticParties;
  if (democratic && tablesOf(res).democraticPartyStarts.mayStartAt(text, i)) {
    for (const party of democratic.parties) {
      const name = party.names.find((n) => text.startsWith(n, i));
      if (!name || !regionsAt.has(i + name.length)) continue;
      const inner = parseAt(doc, res, regionsAt, i + name.length, null);
      if (!inner || !inner.data.regions.length || inner.data.kind !== 'party_committee' || inner.data.partyOrgans.length || inner.data.subUnits.length) break;
      // (浙江省委会: the parties' short form of 委员会, read whole)
      const short = democratic.shortCommittee;
      const end = text.startsWith(short, inner.end - 1) ? inner.end - 1 + short.length : inner.end;
      best = better(best, { end, data: { ...inner.data, kind: 'other', committeeTemplate: party.template }, reason: `democratic-party+${inner.reason}` });
      break;
    }
  }
  // 中国人民政治协商会议洛阳市委员会, 政协洛阳市委员会: the region's CPPCC committee, written in full
  const { cppccNameStarts, cppccOrgan } = tablesOf(res);
  if (cppccOrgan && cppccNameStarts.mayStartAt(text, i)) for (const prefix of res.organs.cppccNames) {
    if (!text.startsWith(prefix, i) || !regionsAt.has(i + prefix.length)) continue;
    const inner = parseAt(doc, res, regionsAt, i + prefix.length, null);
    // the region's committee written in full (许昌市委员会): the CPPCC committee ends with it (what the
    // Party committee's reading put after it, 办公室, is not read as the CPPCC's)
    if (!inner || !inner.data.regions.length || (inner.data.kind !== 'party_committee' && inner.data.kind !== 'party_organ')) continue;
    const regionEnd = inner.data.regions[inner.data.regions.length - 1].end;
    // (政协许昌市第八届委员会: a session may stand between them)
    const nameAt = regionEnd + (res.organs.sessions?.at(text, regionEnd) ?? 0);
    const full = text.indexOf('委员会', regionEnd);
    if (full < 0 || full > nameAt + 3 || full + 3 > inner.end) continue;
    const data: OrganisationData = { ...emptyData(cppccOrgan.kind, inner.data.regions), organ: cppccOrgan };
    best = better(best, { end: full + 3, data, reason: `cppcc-name+${inner.reason}` });
  }
  if (!best || best.end - i < 4) {
    best = better(best, centralAcrossSession(doc, res, i));
    for (const m of res.centralTrie.matchesAt(text, i)) {
      const weak = m.values.every((v) => v.weak);
      // 公安部门, 教育部门: a central body's name inside a longer word of the segmentation is not the body
      // (中央政治局常委: one word of the body and its post)
      // (中国社会科学院经济研究所, one word: the academy and its unit, read as with two words)
      if (!doc.isBoundary(m.end) && !weak && !postEndsTheWord(doc, res, m.end) && !unitsEndTheWord(doc, res, m.values[0].body.name, i, m.end)) continue;
      // (铁道部门: the segmenter keeps 铁道部 a word, but 部门 'departments' is the word written)
      if (res.centralNotBefore.has(text.charAt(m.end))) continue;
      if (weak && (!doc.isBoundary(i) || !doc.isBoundary(m.end) || isHanAt(text, m.end) && !doc.isBoundary(m.end))) continue;
      if (weak && qualifiesANoun(doc, res, i, m.end)) continue;
      const body = m.values[0].body;
      const data = emptyData(body.kind);
      data.central = body;
      const end = extendSubUnits(doc, res, m.end, data, regionsAt);
      best = better(best, { end, data, reason: weak ? 'central-weak-alias' : 'central-body' });
    }
    // (a national bank's name, central-bodies.json kind other, may open a longer one as a named body's
    // does: 中国银行|股份有限公司, 中国工商银行|股份有限公司)
    const bank = best?.data.central?.kind === 'other';
    if ((!best || bank) && doc.isBoundary(i)) best = better(best, namedBody(doc, res, i, NO_CHAIN));
    // (a region opening a company's name is read by the region's parse: 浙江省能源集团有限公司)
    if ((!best || best.data.named || bank) && doc.isBoundary(i) && !regionsAt.has(i)) best = better(best, companyName(doc, res, i));
  }
  return best;
}

/**
 * 中国人民政治协商会议第十四届全国委员会, 中国共产党第二十届中央委员会, 中共十八届中央政治局: the
 * Party's or the CPPCC's name, a session, and the rest of a central body's name (the name read
 * without the session), or a central body's own name (中国共产党第二十届中央纪律检查委员会).
 */
function centralAcrossSession(doc: Doc, res: Resources, i: number): Parse | null {
  const sessions = res.organs.sessions;
  const text = doc.work;
  const t = tablesOf(res);
  if (!sessions || !(t.partyNameStarts.mayStartAt(text, i) || t.cppccNameStarts.mayStartAt(text, i))) return null;
  let best: Parse | null = null;
  for (const names of [res.organs.partyNames, res.organs.cppccNames]) for (const prefix of names) {
    if (!text.startsWith(prefix, i)) continue;
    const session = sessions.at(text, i + prefix.length);
    if (!session) continue;
    const q = i + prefix.length + session;
    const take = (within: string, at: number, shift: number) => {
      for (const m of res.centralTrie.matchesAt(within, at)) {
        const end = m.end + shift;
        if (end <= q || m.values.every((v) => v.weak) || !doc.isBoundary(end)) continue;
        const data = emptyData(m.values[0].body.kind);
        data.central = m.values[0].body;
        best = better(best, { end: extendSubUnits(doc, res, end, data), data, reason: 'central-body+session' });
      }
    };
    // the name without the session (中国共产党 + 中央委员会), then a central body's own name after it
    take(prefix + text.slice(q, q + t.longestCentral), 0, q - prefix.length);
    take(text, q, 0);
    break;
  }
  return best;
}

/** After a head organ: party organs, state sub-organs, a procuratorate branch, free sub-units. */
function extend(doc: Doc, res: Resources, regionsAt: RegionsAt, pos: number, data: OrganisationData): number {
  const text = doc.work;
  let end = pos;
  // 洛阳市委员会: the committee written in full (市委 + 员会), before whatever follows it
  if (data.organ?.role === 'committee' && text.charCodeAt(end - 1) === 0x59d4 /* 委 */ && text.startsWith('员会', end)) end += 2;
  if (data.organ?.role === 'committee' || data.organ?.role === 'partyOrgan') {
    for (;;) {
      const m = res.organs.partyOrgans.longestAt(text, end);
      if (!m) break;
      data.kind = 'party_organ';
      data.partyOrgans.push(m.values[0].full);
      end = m.end;
    }
  } else {
    const m = res.organs.stateSubOrgans.longestAt(text, end);
    if (m && m.values[0].parentKinds.includes(data.kind)) {
      data.subUnits.push(m.values[0].full);
      end = m.end;
    }
  }
  if (data.kind === 'procuratorate') {
    const regions = regionsAt.spans;
    for (let k = regionsAt.firstAt(end); k >= 0 && k < regions.length && regions[k].start === end; k++) {
      const r = regions[k];
      if (text.startsWith('分院', r.end)) {
        data.branch = { start: r.start, end: r.end, span: r };
        return r.end + 2;
      }
    }
    if (text.startsWith('分院', end)) {
      data.branch = 'implied';
      return end + 2;
    }
  }
  return extendSubUnits(doc, res, end, data, regionsAt);
}

/**
 * 人民参与和促进法治局, 市中分局, 食药监支队, 执法监督领域专项组办公室: free text ending in a unit suffix;
 * a unit of that unit after it (锦江区分局刑侦大队, 治安支队一大队, 分局春熙路派出所), to MAX_DEPTH units.
 */
function extendSubUnits(doc: Doc, res: Resources, pos: number, data: OrganisationData, regionsAt: RegionsAt | null = null): number {
  // 市纪委监委驻市公安局纪检监察组: what a discipline commission stations is read by dispatchedGroup, not as
  // its units (nor 纪委 + a unit 监委驻市公安局)
  if (stationsGroups(res, data)) {
    const units = data.subUnits.length;
    const end = extendFreeSubUnits(doc, res, pos, data, regionsAt);
    const marker = res.organs.dispatchedGroups!.marker;
    // (a standard unit's own 驻 stays: 派驻第三纪检监察组)
    if (data.subUnits.some((u, k) => k >= units && u.includes(marker) && res.organs.subUnitNames.longestAt(u, 0)?.end !== u.length)) {
      data.subUnits.length = units;
      return pos;
    }
    return end;
  }
  return extendFreeSubUnits(doc, res, pos, data, regionsAt);
}

/** extendSubUnits after its checks of the head: the units of any body. */
function extendFreeSubUnits(doc: Doc, res: Resources, pos: number, data: OrganisationData, regionsAt: RegionsAt | null): number {
  // 中国社会科学院法学研究所, 中共中央党校马克思主义学院: a unit of a central academy or school
  if (data.central && !data.subUnits.length) {
    const end = institutionUnits(doc, res, pos, data, data.central.name);
    if (end > pos) return end;
  }
  let end = extendSubUnit(doc, res, pos, data, regionsAt);
  for (let depth = 1; depth < MAX_DEPTH && end > pos; depth++) {
    const units = data.subUnits.length;
    const next = extendSubUnit(doc, res, end, data, regionsAt);
    if (next === end) break;
    // (治安支队联合刑侦大队: a unit's name does not open with what the unit does)
    if (notABodyName(doc, res, end, next)) {
      data.subUnits.length = units;
      break;
    }
    pos = end;
    end = next;
  }
  return end;
}

/** One unit after `pos` (see extendSubUnits): where it ends, `pos` when there is none. */
function extendSubUnit(doc: Doc, res: Resources, pos: number, data: OrganisationData, regionsAt: RegionsAt | null): number {
  const text = doc.work;
  // a standard division, read whole (立案庭, 民事审判第一庭, 第三检察部, 政治部), whatever the segmenter
  // made of its last character (民事审判第一庭审结: 庭审 is one word)
  const named = res.organs.subUnitNames.longestAt(text, pos);
  if (named && (doc.isBoundary(named.end) || !postCutInside(doc, res, pos, named.end))) {
    data.subUnits.push(named.values[0]);
    return named.end;
  }
  for (let len = 1; len <= MAX_SUBUNIT && pos + len <= text.length; len++) {
    const k = pos + len - 1;
    // a function character stops the name where a word starts with it (局共破获, 局有关); inside a
    // word (公共法律服务管理局, 目的) it is the word's own character
    if (!isHanAt(text, k) || (res.organs.subUnitStop[text.charCodeAt(k)] === 1 && doc.startsWord(k))) break;
    // 新疆生产建设兵团第八师石河子市公安局: a region followed by a head organ opens a body of its own,
    // which no unit runs through (a bank's 浙江省分行 is the region's branch: 分行 is no head organ)
    if (regionsAt !== null && regionOpensBody(res, text, regionsAt, k)) break;
    if (!(doc.isBoundary(pos + len) || endsInItsPost(doc, res, pos + len)) || !endsInSubUnitSuffix(res, text, pos, pos + len)) continue;
    // the head's own 局 (公安局局长) is a title, not a sub-unit
    if (res.titles.trie.longestAt(text, pos)) return pos;
    if (opensWithNoUnitWord(doc, res, pos)) return pos;
    data.subUnits.push(text.slice(pos, pos + len));
    return pos + len;
  }
  return pos;
}

/** A region mention starts at `pos` and a head organ right after it (石河子市|公安局, 第八师|石河子市|人民法院). */
function regionOpensBody(res: Resources, text: string, regionsAt: RegionsAt, pos: number): boolean {
  const regions = regionsAt.spans;
  for (let k = regionsAt.firstAt(pos); k >= 0 && k < regions.length && regions[k].start === pos; k++) {
    if (res.organs.heads.hasMatchAt(text, regions[k].end)) return true;
  }
  return false;
}

/**
 * True when a post starts at `pos` and the segmentation ends it inside text[pos, end): 市委书记|处理, where
 * the unit 书记处 is not written (a unit's end inside a word is no sign otherwise: 第一庭|审结 is cut 庭审).
 */
function postCutInside(doc: Doc, res: Resources, pos: number, end: number): boolean {
  const post = res.titles.trie.longestAt(doc.work, pos);
  return post !== null && post.end < end && doc.isBoundary(post.end);
}

/**
 * 法治局局长, 指挥处处长, 调研处处长: jieba's word (局局长, 处处) holds the unit's last character and
 * the post right after it, or its start.
 */
function endsInItsPost(doc: Doc, res: Resources, end: number): boolean {
  const k = doc.tokenIndexAt(end - 1);
  if (k < 0 || doc.startOf(k) !== end - 1) return false;
  const post = res.titles.trie.longestAt(doc.work, end);
  return post !== null && end - 1 + doc.wordAt(k).length <= post.end;
}

/**
 * A post starts at `end`, inside the word that holds the body's end, and ends where that word does
 * (中央政治局常委); or the post shares the body's last character (外交部长: 外交部 + 部长, one word).
 */
function postEndsTheWord(doc: Doc, res: Resources, end: number): boolean {
  const k = doc.tokenIndexAt(end);
  if (k < 0 || k !== doc.tokenIndexAt(end - 1)) return false;
  const wordEnd = doc.startOf(k) + doc.wordAt(k).length;
  const post = res.titles.trie.longestAt(doc.work, end);
  if (post !== null && post.end === wordEnd) return true;
  const fused = res.titles.trie.longestAt(doc.work, end - 1);
  return fused !== null && fused.end === wordEnd && fused.end > end;
}

/** The word at `pos` is none a unit's name opens with (公安局和交警支队, 公安局会同刑侦大队: two bodies). */
function opensWithNoUnitWord(doc: Doc, res: Resources, pos: number): boolean {
  const k = doc.tokenIndexAt(pos);
  if (k < 0 || doc.startOf(k) !== pos) return false;
  const { subUnitNotFirstWords: words, subUnitNotFirstTags: tags } = res.organs;
  return words.has(doc.wordAt(k)) || tags.has(doc.token(k).tag);
}

/**
 * text[start, end) ends in a unit suffix after at least one character of its own, two before a suffix
 * of one character (政治处, 法制科; not 多处, 此处) (read in place, not sliced).
 */
function endsInSubUnitSuffix(res: Resources, text: string, start: number, end: number): boolean {
  if (res.organs.subUnitSuffixEnds[text.charCodeAt(end - 1)] !== 1) return false;
  for (const s of res.organs.subUnitSuffixes) {
    if (s.length + (s.length === 1 ? 1 : 0) < end - start && text.startsWith(s, end - s.length)) return true;
  }
  return false;
}

/** jieba tags of a name that stands alone before a body suffix (without a region). */
const NAMED_BODY_TAGS = new Set(['ns', 'nz', 'x', 'nt', 'nr', 'j']);
const ANONYMISED = 0x67d0; // 某

/**
 * After a region, a name that opens with a verb (加强行业协会, 没有行业协会: what the region does) or
 * holds an adverb, preposition, conjunction, pronoun or particle anywhere is no body's name (jieba's
 * dictionary tag of each word). A verb further in is the name's own (社会治理中心, 犯罪预防研究会).
 */
function notABodyName(doc: Doc, res: Resources, start: number, end: number): boolean {
  const { namedBodyFirstWordTags: first, namedBodyWordTags: any } = res.organs;
  const tokens = doc.tokensOverlapping(start, end);
  for (let k = 0; k < tokens.length; k++) {
    const tag = tokens[k].tag;
    if (any.has(tag) || (k === 0 && first.has(tag))) return true;
  }
  return false;
}

/** 赤峰乳业协会, 敦煌文物研究院, 河西派出所: a name ending in a body suffix, after the region chain `regions` (may be empty). */
function namedBody(doc: Doc, res: Resources, pos: number, regions: readonly RegionSpan[]): Parse | null {
  const text = doc.work;
  const maxName = regions.length ? 8 : 4;
  // the name starts on a word boundary: asked first, before the suffix lookups at each length
  if (!doc.isBoundary(pos)) return null;
  const suffixes = res.organs.namedBodySuffixes;
  // without a region the name is one token of 2-4 characters right before a whole suffix (read
  // without making the token: its tag is asked only of a name that passes everything else)
  const tokenEnd = regions.length ? -1 : doc.tokenEndAt(pos);
  // (an institution's word before a suffix the next words complete: 中国石油天然气集团|有限公司)
  if (!regions.length && tokenEnd - pos > 3 && (!suffixes.hasMatchAt(text, tokenEnd) || tokenEnd - pos > maxName)) return institutionWord(doc, res, pos, tokenEnd);
  if (!regions.length && (tokenEnd - pos < 2 || tokenEnd - pos > maxName || !suffixes.hasMatchAt(text, tokenEnd))) return null;
  for (let len = 1; len <= maxName; len++) {
    const k = pos + len - 1;
    // as in a sub-unit: a function character stops the name where a word starts with it (全市, 有关),
    // not inside one (安全生产协会, 作家协会)
    if (k >= text.length || !isHanAt(text, k) || (res.organs.namedBodyStop[text.charCodeAt(k)] === 1 && doc.startsWord(k))) return null;
    const m = suffixes.longestAt(text, pos + len);
    if (!m) continue;
    const end = m.end;
    if (!regions.length) {
      if (!doc.isBoundary(pos + len)) continue;
      if (len < 2 || tokenEnd !== pos + len || !NAMED_BODY_TAGS.has(doc.token(doc.tokenIndexAt(pos)).tag)) return null;
      const name = text.slice(pos, pos + len);
      if (res.personContext.nonNames.has(name) || res.organs.genericStems.has(name)) return null;
      // 湖州市中心, 杭州中心城区: the city centre (a division's full name or short form alone before 中心), not a body
      if (res.organs.suffixesNeedingName.has(m.values[0]) && res.regionTrie.get(name)?.some((s) => s.kind !== 'weak')) return null;
      // the suffix a word of its own, or the start of one it ends (中国|大学生: no 大学)
      if (!doc.isBoundary(end) && !res.titles.trie.hasMatchAt(text, end)) return null;
    } else if (notABodyName(doc, res, pos, pos + len)) return null;
    // RECORDS.md: anonymised bodies (内蒙古某矿业有限公司, 洛阳某科技公司) are not organisations
    for (let j = pos; j < end; j++) if (text.charCodeAt(j) === ANONYMISED) return null;
    const data = emptyData('other', regions.length ? partsOf(regions) : Array.of<RegionPart>());
    data.named = text.slice(pos, end);
    data.parentSuffix = res.organs.namedBodyParents.get(m.values[0]) ?? null;
    if (res.organs.legalNameSuffixes.has(m.values[0]) || res.organs.writtenNameSuffixes.has(m.values[0])) data.legalName = true;
    return { end: institutionUnits(doc, res, end, data, data.named), data, reason: regions.length ? 'named-body+region' : 'named-body' };
  }
  return null;
}

/** jieba's tags of the proper names an institution's name opens with (places, names of their own, transliterations). */
const PROPER_STEM_TAGS = new Set(['ns', 'nz', 'nrt']);

/**
 * A word of the segmenter's dictionary that is an institution's name (tag nt) ending in a
 * named-body suffix, one word with it (清华大学, 中国政法大学, 湘雅医院, 北京协和医院), whose name
 * before the suffix opens with a proper name or a place (清华 nz, 中国 ns, 湘雅 ns): not a kind of
 * school (音乐学院, 理工大学, 法学院), nor a generic stem of dicts/organs.json (中国大学).
 */
function institutionWord(doc: Doc, res: Resources, pos: number, end: number): Parse | null {
  const text = doc.work;
  let stemEnd = -1;
  let suffix = '';
  // (北京大学法学院, one word of the segmenter: the institution and its unit, read by institutionUnits)
  let unitsTo = -1;
  for (let s = pos + 2; s <= end - 2; s++) {
    const m = res.organs.namedBodySuffixes.longestAt(text, s);
    // (中国石化集团|公司: the word's suffix, or a longer one the next word completes, 集团公司)
    if (m && (m.end === end || (m.end > end && doc.isBoundary(m.end)))) {
      stemEnd = s;
      suffix = m.values[0];
      end = m.end;
      break;
    }
    if (m && m.end < end && hasUnits(res, m.values[0])) {
      stemEnd = s;
      suffix = m.values[0];
      unitsTo = end;
      end = m.end;
      break;
    }
  }
  if (stemEnd < 0 || doc.token(doc.tokenIndexAt(pos)).tag !== 'nt') return null;
  const stem = text.slice(pos, stemEnd);
  if (res.organs.genericStems.has(stem)) return null;
  // the longest opening of the stem that is a word of the dictionary
  let tag = 'x';
  for (let len = stem.length; len >= 2 && tag === 'x'; len--) tag = doc.tagOfWord(stem.slice(0, len));
  const legalName = res.organs.legalNameSuffixes.has(suffix);
  // (the segmenter's word is an institution's name, nt, and a legal suffix ends it: any stem, 华为技术有限公司)
  if (!PROPER_STEM_TAGS.has(tag) && !legalName) return null;
  const data = emptyData('other');
  data.named = text.slice(pos, end);
  if (legalName) data.legalName = true;
  data.parentSuffix = res.organs.namedBodyParents.get(suffix) ?? null;
  const unitsEnd = institutionUnits(doc, res, end, data, data.named);
  // the word's units read to its end at least, or the word is no institution's name
  if (unitsEnd < unitsTo) return null;
  return { end: unitsEnd, data, reason: 'named-body-word' };
}

/** The words and characters of a company's name before its legal suffix, at most. */
const MAX_COMPANY_WORDS = 4;
const MAX_COMPANY_NAME = 12;

/**
 * 中国华能集团有限公司, 中国建筑集团有限公司, 中国工商银行股份有限公司: a company's legal name (a suffix
 * of dicts/organs.json legalNameSuffixes ending in 公司) after words that the short named-body reading
 * does not take: up to four, the first a proper name (中国 ns, 华能 nz), the others proper names, nouns
 * or organs.json legalNameWords (控股), ideographs only, twelve characters at most; one word alone only
 * when it is longer than that reading's four characters (中国工商银行 nt), and an institution's name (nt)
 * opens no name of several words (美国商务部|制裁|中国企业…: the segmenter tags 制裁 a noun). Null when
 * the name is a generic stem (organs.json genericStems), holds an anonymising 某, or is not so made.
 */
function companyName(doc: Doc, res: Resources, pos: number): Parse | null {
  const text = doc.work;
  const first = doc.tokenIndexAt(pos);
  if (first < 0 || doc.startOf(first) !== pos) return null;
  // the legal suffix first, within the words a name may hold, ideographs only: no tag is asked of the
  // words before one is found (this runs at every parse start where nothing else was read)
  let words = 0;
  let end = pos;
  let m: ReturnType<Trie<string>['longestAt']> = null;
  while (words < MAX_COMPANY_WORDS && first + words < doc.tokenCount && !m) {
    const k = first + words++;
    end = doc.startOf(k) + doc.wordAt(k).length;
    if (end - pos > MAX_COMPANY_NAME) return null;
    for (let j = doc.startOf(k); j < end; j++) if (!isHanAt(text, j) || text.charCodeAt(j) === ANONYMISED) return null;
    const found = res.organs.namedBodySuffixes.longestAt(text, end);
    if (found && isCompanySuffix(res, found.values[0])) m = found;
  }
  if (!m || (words === 1 && end - pos <= 4)) return null;
  if (!doc.isBoundary(m.end) && !res.titles.trie.hasMatchAt(text, m.end)) return null;
  const tag = doc.token(first).tag;
  if (!res.organs.legalNameTags.first.has(tag) || (words > 1 && tag === 'nt')) return null;
  for (let k = first + 1; k < first + words; k++) {
    if (!companyWord(res, doc.wordAt(k), doc.token(k).tag) || res.organs.namedBodyStop[text.charCodeAt(doc.startOf(k))] === 1) return null;
  }
  const stem = text.slice(pos, end);
  if (res.organs.genericStems.has(stem) || res.personContext.nonNames.has(stem)) return null;
  const data = emptyData('other');
  data.named = text.slice(pos, m.end);
  data.legalName = true;
  return { end: m.end, data, reason: 'company-name' };
}

/** A word after the first of a company's name: of organs.json legalNameTags.words (a proper name, a noun), or of legalNameWords (控股). */
function companyWord(res: Resources, word: string, tag: string): boolean {
  return res.organs.legalNameTags.words.has(tag) || res.organs.legalNameWords.has(word);
}

/** A body so named has units of its own read after it (a name ending in dicts/organs.json institutionUnits.parents: 大学, 科学院). */
function hasUnits(res: Resources, name: string): boolean {
  for (const p of res.organs.institutionUnits.parents) if (name.endsWith(p)) return true;
  return false;
}

/**
 * A body named `head`, written from `start`, ends at `end` inside a word, and a standard unit (subUnitNames:
 * 共青团中央|书记处), a free unit (外交部|亚洲司), or an institution's units, read to the word's end at least.
 */
function unitsEndTheWord(doc: Doc, res: Resources, head: string, start: number, end: number): boolean {
  // (共青团中央书记处, 团|中央书记处: the segmenter's word holds the body's end and a standard unit after it)
  const named = res.organs.subUnitNames.longestAt(doc.work, end);
  if (named && named.end >= doc.tokenEndAt(end) && doc.isBoundary(named.end)) return true;
  // (外交部亚洲司, one word of the segmenter: the body and a unit the grammar reads after it, to the word's end,
  // where no longer central body's name ends there: not 中共 + 中央政治局 in 中共中央政治局)
  const k = doc.tokenIndexAt(end);
  const wordEnd = k >= 0 ? doc.startOf(k) + doc.wordAt(k).length : -1;
  if (wordEnd > 0 && (res.centralTrie.longestAt(doc.work, start)?.end ?? 0) < wordEnd && extendSubUnit(doc, res, end, emptyData('other'), null) === wordEnd) return true;
  if (!hasUnits(res, head)) return false;
  return institutionUnits(doc, res, end, emptyData('other'), head) >= doc.tokenEndAt(end);
}

/** The longest name an institution's unit has before its suffix (诉讼法学|研究院, 马克思主义|学院). */
const MAX_INSTITUTION_UNIT = 8;

/**
 * After a university, academy or Party school (a name ending in one of dicts/organs.json
 * institutionUnits.parents), its units (清华大学|公共管理学院, 中国社会科学院|法学研究所, 复旦大学|附属中山医院,
 * 浙江大学|医学院|附属第二医院): each is pushed to `data.subUnits`, and the end of the last is returned
 * (`pos` when none follows). A unit may itself be a parent (医学院) to MAX_DEPTH units.
 */
function institutionUnits(doc: Doc, res: Resources, pos: number, data: OrganisationData, head: string): number {
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (!hasUnits(res, head)) break;
    const end = institutionUnitAt(doc, res, pos);
    if (end === pos) break;
    head = doc.work.slice(pos, end);
    data.subUnits.push(head);
    pos = end;
  }
  return pos;
}

/**
 * One unit of an institution at `pos`: a joiner (附属) or none, a name of its own (at least one
 * character without a joiner: no 北京大学|医院) and a unit suffix (学院, 研究所, 医院), ending on a word
 * edge; a name with a function word or opening with a verb is none (notABodyName). `pos` when none.
 */
function institutionUnitAt(doc: Doc, res: Resources, pos: number): number {
  const text = doc.work;
  const { joiners, suffixes } = res.organs.institutionUnits;
  let nameStart = pos;
  for (const j of joiners) if (text.startsWith(j, pos)) { nameStart = pos + j.length; break; }
  for (let s = nameStart; s <= nameStart + MAX_INSTITUTION_UNIT && s < text.length; s++) {
    if (s > nameStart) {
      const k = s - 1;
      if (!isHanAt(text, k) || (res.organs.namedBodyStop[text.charCodeAt(k)] === 1 && doc.startsWord(k))) return pos;
    }
    if (s === pos) continue;
    const m = suffixes.longestAt(text, s);
    // (医院|院长, or jieba's 医院院长: the unit's end inside the word of its post)
    if (!m || !(doc.isBoundary(m.end) || endsInItsPost(doc, res, m.end) || postEndsTheWord(doc, res, m.end))) continue;
    if (s > nameStart && notABodyName(doc, res, nameStart, s)) return pos;
    return m.end;
  }
  return pos;
}

/**
 * True when the weak alias at [start, end) is the adjective it also is (中央企业, 中央财政,
 * 中央经济工作会议: "central", dicts/central-bodies.json `attributive`): a noun of its own follows,
 * not one the body issues or has (中央决策部署) and not a post (中央候补委员).
 */
function qualifiesANoun(doc: Doc, res: Resources, start: number, end: number): boolean {
  const { aliases, ownNouns } = res.centralAttributive;
  const text = doc.work;
  if (!aliases.has(text.slice(start, end)) || !isHanAt(text, end)) return false;
  const next = doc.tokenStartingAt(end);
  if (!next) return true;
  if (closesNounPhrase(next.tag) || ownNouns.has(next.word)) return false;
  // (中央第三巡视组: one of the body's listed units)
  if (res.organs.subUnitNames.hasMatchAt(text, end)) return false;
  const post = res.titles.trie.longestAt(text, end);
  return !post || res.titles.notTitles.has(text.slice(end, post.end));
}
