import { appendAll, isHanAt, lastStartingBefore, newSpan, type Doc, type Span } from '../../doc';
import { charTable, type CharTable } from '../../resources/chars';
import type { Division } from '../../resources/gazetteer';
import type { RegionSurface, Resources } from '../../resources';
import type { Token } from '../../segment';
import { SpansByStart } from '../spans-by-start';

export interface RegionData {
  /** Divisions the surface can name (several when a name is shared: 朝阳区, 鼓楼区, 城关镇). */
  candidates: Division[];
  /** name: a full name (townships included); alias: a strong short form; weak: a county short form; suffix: below the gazetteer. */
  surfaceKind: 'name' | 'alias' | 'weak' | 'suffix';
  /** For divisions below the gazetteer (…街道, …社区) and townships: the level. */
  level?: 'township' | 'village';
  /**
   * Divisions of another level that the same short form also names: 喀什 is 喀什地区 (the
   * prefecture, its usual reading) but also 喀什市, the county-level city that shares the form.
   */
  alternatives?: Division[];
  /**
   * The surface counts only when the document confirms it: a county short form (海淀, 德令哈),
   * or a township name that is also an ordinary word (中心镇, 小城镇).
   */
  needsContext?: boolean;
  /**
   * A short form that ends inside a longer word of the segmentation (青岛啤酒, 北京时间, 南京路):
   * kept for the organisation grammar, which reads its own words, but not a region on its own.
   */
  insideWord?: boolean;
}

export type RegionSpan = Span<RegionData>;

/**
 * The data of a region span of the gazetteer pass, made by a constructor for the reason given at
 * SpanObject (doc.ts): the pass proposes a hundred or more per document.
 */
class RegionMatchData implements RegionData {
  declare level?: 'township' | 'village';
  declare alternatives?: Division[];
  declare needsContext?: boolean;
  declare insideWord?: boolean;
  constructor(
    public candidates: Division[],
    public surfaceKind: RegionData['surfaceKind'],
  ) {}
}

/** jieba tags a name before 街道 / 社区 may carry. */
const NAME_TAGS = new Set(['ns', 'nr', 'nz', 'nt', 'n', 'x', 'j', 'nrt', 'nrfg', 'f', 's']);
/** Tags of a word that is not a name by itself (助力, 服务, 走进, 联合): such a name needs a division before it. */
const COMMON_TAGS = new Set(['n', 'v', 'vn', 'vd', 'f', 'd', 'p', 'c', 'r', 'm', 'q', 'a', 'ad', 'an', 'u']);
/** Tags of a word that keeps a suffix character inside an ordinary word (乡村, 农村, 度假村). */
const PLACE_TAGS = new Set(['ns', 'nr', 'nz', 'x', 'j', 'nrt', 'nrfg']);
/** Numerals: 三村 or 十二社区 are counts, not names. */
const NUMERAL_NAME = /^[一二三四五六七八九十百千两几多数各]+$/;

/**
 * Every division name the text writes:
 * - full names and short forms of provinces, prefectures and counties from the gazetteer (county
 *   short forms as weak candidates that the linker must confirm);
 * - township names from the township table, written with their suffix (良渚街道, 城关镇);
 * - divisions below the gazetteer, recognised by their suffix (翠竹社区, 乌兰哈达苏木, 白音套海嘎查).
 */
export function recogniseRegions(doc: Doc, res: Resources): RegionSpan[] {
  const tables = tablesOf(res);
  // one pass over the text: the gazetteer's names, and where a suffix of the divisions below it may end
  const suffixEnds: number[] = [];
  const out = gazetteerMatches(doc, res, tables, suffixEnds);
  preferParentThenChild(res, out);
  preferShortBeforeHeadPost(doc, res, out);
  chainsInOneWord(res, out);
  const townships = townshipMatches(doc, res, tables, suffixEnds, out);
  appendAll(out, townships);
  // recogniseBySuffix reads the spans so far before it adds any; a short form inside a road's name
  // (上海|路社区) is dropped
  const inRoads = new Set<RegionSpan>();
  appendAll(out, recogniseBySuffix(doc, res, tables, suffixEnds, out, inRoads));
  return inRoads.size ? out.filter((r) => !inRoads.has(r)) : out;
}

/** Pre-tests read at every position of a document, built once per extractor's resources. */
interface RegionTables {
  /** The last characters of the township suffixes (镇 乡 道 木) and of the sub-region suffixes (区 村 道 查 木). */
  townshipEnd: CharTable;
  subRegionEnd: CharTable;
  /** Either of them. */
  suffixEnd: CharTable;
  /** Where a division's name may start or a suffix end is, where the one pass stops: its bit in res.starts (Doc.startMask). */
  stops: number;
}

const regionTables = new WeakMap<Resources, RegionTables>();

function tablesOf(res: Resources): RegionTables {
  let t = regionTables.get(res);
  if (!t) {
    t = {
      townshipEnd: charTable(res.townshipSuffixLastChars),
      subRegionEnd: charTable(res.subRegionSuffixLastChars),
      suffixEnd: charTable([...res.townshipSuffixLastChars, ...res.subRegionSuffixLastChars]),
      stops: res.starts.bitOf('regions', () => [...res.regionTrie.surfaces(), ...res.townshipSuffixLastChars, ...res.subRegionSuffixLastChars]),
    };
    regionTables.set(res, t);
  }
  return t;
}

/** What a gazetteer surface names, worked out once per surface (the trie gives the same values array for it every time). */
interface SurfaceReading {
  /** The surface itself: every span of it takes this string as its text (no slice per match). */
  surface: string;
  /** A stop word (aliasStop): never a region. */
  stop: boolean;
  kind: 'name' | 'alias' | 'weak';
  candidates: Division[];
  needsContext: boolean;
  alternatives: Division[] | null;
}

/** Keyed by the trie's values array of a surface, which belongs to one extractor's resources. */
const readings = new WeakMap<RegionSurface[], SurfaceReading>();

function readingOf(res: Resources, text: string, start: number, end: number, values: RegionSurface[]): SurfaceReading {
  let r = readings.get(values);
  if (r) return r;
  const surface = text.slice(start, end);
  const byKind = new Map<string, Division[]>();
  for (const v of values) {
    const list = byKind.get(v.kind) ?? [];
    list.push(v.division);
    byKind.set(v.kind, list);
  }
  const kind = byKind.has('name') ? 'name' : byKind.has('alias') ? 'alias' : 'weak';
  const candidates = byKind.get(kind)!;
  // 喀什: the prefecture's short form, and the short form of the county-level city it is named after
  const seats = kind === 'alias' && byKind.has('weak') ? byKind.get('weak')!.filter((w) => candidates.some((c) => c.code === w.parent)) : [];
  r = {
    surface,
    stop: res.regionStop.has(surface),
    kind,
    candidates,
    needsContext: kind === 'weak' || (kind === 'name' && res.genericNames.has(surface)) || (kind === 'alias' && res.commonWordAliases.has(surface)),
    alternatives: seats.length ? seats : null,
  };
  readings.set(values, r);
  return r;
}

const GAZETTEER_REASON = { name: 'gazetteer-name', alias: 'gazetteer-alias', weak: 'gazetteer-weak' } as const;

/**
 * The gazetteer's surfaces at every position; and, read in the same pass, the positions of the
 * last characters of the suffixes below the gazetteer (`suffixEnds`, in order), which the
 * township and sub-region passes start from.
 *
 * A span's candidates and alternatives are the reading's arrays, shared by every span of the
 * surface (no copy per match): the later stages only read them.
 */
function gazetteerMatches(doc: Doc, res: Resources, tables: RegionTables, suffixEnds: number[]): RegionSpan[] {
  const out: RegionSpan[] = [];
  const text = doc.work;
  const trie = res.regionTrie;
  const { suffixEnd, stops } = tables;
  // the filter's bits before the trie: a division's first character is at 40% of the positions, its
  // first two (or a suffix's last character) at 3%; the pass stops only there
  const mask = doc.startMask(res.starts);
  for (let i = mask.next(stops, 0); i < text.length; i = mask.next(stops, i + 1)) {
    const c = text.charCodeAt(i);
    if (suffixEnd[c] === 1) suffixEnds.push(i);
    if (c < 0x3400 || c > 0x9fff || !trie.mayStartAt(text, i)) continue;
    for (const m of trie.matchesAt(text, i)) {
      const reading = readingOf(res, text, i, m.end, m.values);
      if (reading.stop) continue;
      const kind = reading.kind;
      // A short form inside a longer word of the segmentation (长治久安, 大同小异) is not a region.
      if (kind !== 'name' && !doc.isBoundary(i)) continue;
      const data = new RegionMatchData(reading.candidates, kind);
      if (reading.needsContext) data.needsContext = true;
      if (!doc.isBoundary(m.end)) data.insideWord = true;
      if (reading.alternatives) data.alternatives = reading.alternatives;
      out.push(newSpan('region', i, m.end, reading.surface, GAZETTEER_REASON[kind], data));
    }
  }
  return out;
}

/**
 * 青岛市北区 is 青岛 + 市北区 (青岛市市北区 with one 市 written), not 青岛市 + 北区: when a full
 * name overlaps a division below it that starts on its last characters, and the part before
 * that division is a short form of the same division, the full-name reading is dropped.
 *
 * `spans` are in start order, those of one start together (as gazetteerMatches gives them): the
 * short form is found in the run of the full name's start, the child in the runs after it,
 * without an index by start built for every document.
 */
function preferParentThenChild(res: Resources, spans: RegionSpan[]): void {
  let drop: Set<RegionSpan> | null = null;
  const g = res.gazetteer;
  let runStart = 0;
  for (let k = 0; k < spans.length; k++) {
    const full = spans[k];
    if (full.start !== spans[runStart].start) runStart = k;
    if (full.data.surfaceKind !== 'name' || full.end - full.start < 3) continue;
    for (let cut = full.start + 2; cut < full.end; cut++) {
      let short: RegionSpan | undefined;
      for (let j = runStart; j < spans.length && spans[j].start === full.start; j++) {
        if (spans[j].end === cut && spans[j].data.surfaceKind === 'alias') {
          short = spans[j];
          break;
        }
      }
      if (!short) continue;
      let child: RegionSpan | undefined;
      for (let j = k + 1; j < spans.length && spans[j].start <= cut; j++) {
        if (spans[j].start === cut && spans[j].end > full.end && spans[j].data.surfaceKind === 'name') {
          child = spans[j];
          break;
        }
      }
      if (!child) continue;
      const same = short.data.candidates.filter((d) => full.data.candidates.includes(d));
      if (same.some((p) => child.data.candidates.some((c) => g.isAncestor(p, c)))) (drop ??= new Set()).add(full);
    }
  }
  if (drop) removeAll(spans, drop);
}

/**
 * 洛阳市长李明 is 洛阳 + 市长: when the full name's last character and the word after it make a post
 * held in a government only (the titles lexicon), that word is the rest of the post alone (the
 * segmenter cut 洛阳市|长|李明), and the short form of the same division is also read there, the
 * short form is the region. 南京市长江大桥 keeps 南京市: there 长 is part of the word 长江大桥.
 */
function preferShortBeforeHeadPost(doc: Doc, res: Resources, spans: RegionSpan[]): void {
  const text = doc.work;
  let drop: Set<RegionSpan> | null = null;
  for (let k = 0; k < spans.length; k++) {
    const full = spans[k];
    const cut = full.end - 1;
    if (full.data.surfaceKind !== 'name' || full.data.insideWord || cut - full.start < 2) continue;
    const post = res.titles.trie.longestAt(text, cut);
    if (!post || post.end <= full.end || doc.tokenEndAt(full.end) !== post.end) continue;
    const kinds = post.values[0].orgKinds;
    if (kinds.length !== 1 || kinds[0] !== 'government') continue;
    let short: RegionSpan | null = null;
    for (let j = k - 1; j >= 0 && spans[j].start === full.start && !short; j--) if (isShortOf(spans[j], full, cut)) short = spans[j];
    for (let j = k + 1; j < spans.length && spans[j].start === full.start && !short; j++) if (isShortOf(spans[j], full, cut)) short = spans[j];
    if (!short) continue;
    (drop ??= new Set()).add(full);
    // the segmenter's word 洛阳市 is the name and the post's first character: the short form ends a word here
    delete short.data.insideWord;
  }
  if (drop) removeAll(spans, drop);
}

/**
 * 云南省西双版纳傣族自治州, 吉林省延边朝鲜族自治州: one word of the segmenter that holds a division's full
 * name and a division below it, written after it, to the word's end: the first ends inside the word, but
 * the word is the two names, so it is a region all the same. Walked from the end, so a chain of three
 * (…省…州…县 in one word) is read whole. `spans` are in start order.
 */
function chainsInOneWord(res: Resources, spans: RegionSpan[]): void {
  const g = res.gazetteer;
  for (let k = spans.length - 1; k >= 0; k--) {
    const parent = spans[k];
    if (!parent.data.insideWord || parent.data.surfaceKind !== 'name') continue;
    for (let j = k + 1; j < spans.length && spans[j].start <= parent.end; j++) {
      const child = spans[j];
      if (child.start !== parent.end || child.data.surfaceKind !== 'name' || child.data.insideWord) continue;
      if (!parent.data.candidates.some((p) => child.data.candidates.some((c) => g.isAncestor(p, c)))) continue;
      delete parent.data.insideWord;
      break;
    }
  }
}

/** Drops the spans of `drop` from `spans`, in place, keeping the order. */
function removeAll(spans: RegionSpan[], drop: Set<RegionSpan>): void {
  let k = 0;
  for (const s of spans) if (!drop.has(s)) spans[k++] = s;
  spans.length = k;
}

/** `span` is a short form of a division of `full`, ending at `cut`. */
function isShortOf(span: RegionSpan, full: RegionSpan, cut: number): boolean {
  return span.end === cut && span.data.surfaceKind === 'alias' && span.data.candidates.some((d) => full.data.candidates.includes(d));
}

/**
 * Townships from the table: at every place a township suffix ends, the longest name of the table
 * that ends there (3+ characters) and starts and ends on a word boundary of the segmentation, or
 * is followed by an organ (良渚镇政府, where jieba cuts 镇政府), or, right after its own county, has
 * its suffix glued to the next word (安吉县天荒坪镇余村: 天荒坪|镇余|村).
 */
function townshipMatches(doc: Doc, res: Resources, tables: RegionTables, suffixEnds: number[], known: readonly RegionSpan[]): RegionSpan[] {
  const out: RegionSpan[] = [];
  const text = doc.work;
  let table: ReturnType<Resources['gazetteer']['townships']> | null = null;
  // where the last character of a township suffix is (镇 乡 道 木): found in the gazetteer's pass
  for (const p of suffixEnds) {
    if (p < 1 || tables.townshipEnd[text.charCodeAt(p)] !== 1) continue;
    const suffix = suffixEndingAt(res.townshipSuffixes, text, p + 1);
    if (suffix === null) continue;
    const end = p + 1;
    const glued = !doc.isBoundary(end) && !res.organs.heads.startsAt(text, end);
    if (glued && !doc.isBoundary(end - suffix.length)) continue;
    table ??= res.gazetteer.townships();
    if (!table.size) return out;
    for (let len = Math.min(table.maxNameLength, end); len >= suffix.length + 2; len--) {
      const start = end - len;
      if (!isHanAt(text, start) || !doc.isBoundary(start)) continue;
      const name = text.slice(start, end);
      if (!table.hasName(name)) continue;
      let candidates = table.byName(name);
      // (or, its county not written, when the word its suffix is glued to is a one-character village's name
      // with one of the village's bodies or a post after it: 天荒坪镇余村村委会, 天荒坪|镇余村|村委会)
      if (glued && !gluedVillageAfter(doc, res, end)) {
        candidates = candidates.filter((t) => parentEndsAt(known, start, t));
        if (!candidates.length) continue;
      }
      const data = new RegionMatchData(candidates, 'name');
      data.level = 'township';
      // 新城镇, 中心镇; 联合街道 in 司法局联合街道开展 (a verb and a noun): real names, but also ordinary words;
      // 快于城镇居民 (a function word, adverb or verb cut as a word of its own, then an ordinary word)
      const stem = doc.tokenStartingAt(start);
      if (res.townshipGeneric.test(name) || (stem && ((stem.end === end - suffix.length && COMMON_TAGS.has(stem.tag)) || (stem.end < end - suffix.length && FUNCTION_TAGS.has(stem.tag)))))
        data.needsContext = true;
      out.push(newSpan('region', start, end, name, 'township-table', data));
      break;
    }
  }
  return out;
}

/**
 * True when the word holding position `end - 1` (a township suffix's last character) runs on to one
 * more character and a village suffix (镇余村: the suffix, 余, 村) and an organ or a post follows it.
 */
function gluedVillageAfter(doc: Doc, res: Resources, end: number): boolean {
  const k = doc.tokenIndexAt(end - 1);
  if (k < 0 || doc.startOf(k) + doc.wordAt(k).length !== end + 2) return false;
  const wordEnd = end + 2;
  const text = doc.work;
  for (const s of res.subRegionSuffixes) if (s.level === 'village' && s.suffix.length === 1 && text.charCodeAt(end + 1) === s.suffix.charCodeAt(0)) return bodyOrPostAt(res, text, wordEnd);
  return false;
}

/** A full name of `township`'s county (or its prefecture) ends at `pos`. */
function parentEndsAt(known: readonly RegionSpan[], pos: number, township: Division): boolean {
  const prefecture = `${township.code.slice(0, 4)}00`;
  for (let k = lastStartingBefore(known, pos); k >= 0 && known[k].start >= pos - MAX_PARENT_NAME; k--) {
    const s = known[k];
    if (s.end !== pos || s.data.surfaceKind !== 'name') continue;
    for (const d of s.data.candidates) if (d.code === township.parent || d.code === prefecture) return true;
  }
  return false;
}

/** The longest full name of a county or prefecture, in characters (a bound for the look back, not a rule). */
const MAX_PARENT_NAME = 16;

/** True when an organ of the grammar (党支部, 村委会) or a post starts at `pos`. */
/**
 * A post of a village (titles.json impliedOrgan: 村支书, 村主任) is the word from `pos` to `wordEnd`, and
 * what follows its first character is a post too (支书, 主任): 东坑|村支书 may be 东坑村 + 支书.
 */
export function villagePostOpens(res: Resources, text: string, pos: number, wordEnd: number): boolean {
  const m = res.titles.trie.longestAt(text, pos);
  return !!m && m.end === wordEnd && m.values[0].impliedOrgan !== null && res.titles.trie.longestAt(text, pos + 1)?.end === wordEnd;
}

function bodyOrPostAt(res: Resources, text: string, pos: number): boolean {
  return res.organs.heads.hasMatchAt(text, pos) || res.titles.trie.hasMatchAt(text, pos);
}

/** The first of `suffixes` that ends at `end` (a loop: no closure per position). */
function suffixEndingAt(suffixes: readonly string[], text: string, end: number): string | null {
  for (const s of suffixes) if (text.startsWith(s, end - s.length)) return s;
  return null;
}

/**
 * 翠竹社区, 乌兰哈达苏木, 白音套海嘎查, 小岗村: a name before a suffix of the divisions below the
 * gazetteer. The name is the part of the suffix's word before it, extended over the words
 * before while it is shorter than two characters or they are words the dictionary does not
 * know (transliterated names: 宝力|根陶海); it stops where another region ends.
 */
function recogniseBySuffix(
  doc: Doc, res: Resources, tables: RegionTables, suffixEnds: number[], known: RegionSpan[], inRoads: Set<RegionSpan>,
): RegionSpan[] {
  const out: RegionSpan[] = [];
  const text = doc.work;
  // the known regions by start, made when a road's name is first read (most texts have none)
  let knownByStart: SpansByStart<RegionSpan> | null = null;
  // where a region ends: a name before a suffix does not run back over it (county short forms, which may be
  // part of a transliterated name such as 哈日乌苏, do not count)
  const regionEnds = new Set<number>();
  const covered = new Set<number>();
  for (const s of known) {
    if (!s.data.needsContext && !s.data.insideWord) regionEnds.add(s.end);
    if (s.data.level === 'township') covered.add(s.end);
  }
  // the tokens that end in the last character of a suffix (区 村 查 …), found in the gazetteer's pass
  for (const p of suffixEnds) {
    if (tables.subRegionEnd[text.charCodeAt(p)] !== 1) continue;
    const t = doc.tokenIndexAt(p);
    if (t < 0) continue;
    const tok = doc.token(t);
    // the token must end right after p (the next position is not in it), or start at p with a village
    // post that opens with the suffix (东坑|村支书: the village's 村, then 支书; titles.json impliedOrgan)
    const endsHere = doc.tokenIndexAt(p + 1) !== t;
    // (not where a region ends before the 村: 余村|村支书, 天荒坪镇|村支书 — that 村 is the post's)
    if (!endsHere && !(tok.start === p && !regionEnds.has(p) && villagePostOpens(res, text, p, tok.end))) continue;
    if (covered.has(tok.end)) continue;
    for (const suffix of res.subRegionSuffixes) {
      if (endsHere ? !tok.word.endsWith(suffix.suffix) : suffix.level !== 'village' || !text.startsWith(suffix.suffix, p + 1 - suffix.suffix.length)) continue;
      // 东坑|村村|主任: the segmenter joined a village's 村 to the 村 that opens a village post or body
      // after it (村主任, 村支书, 村委会): the village ends after the first
      const doubled = endsHere && suffix.level === 'village' && tok.word === suffix.suffix + suffix.suffix && bodyOrPostAt(res, text, tok.start + suffix.suffix.length);
      // the suffix inside an ordinary word of the dictionary (乡村, 农村, 度假村) is no suffix
      if (endsHere && tok.word.length > suffix.suffix.length && !PLACE_TAGS.has(tok.tag) && !doubled) continue;
      const end = !endsHere ? p + 1 : doubled ? tok.start + suffix.suffix.length : tok.end;
      // 民主村社区, 新秀村社区: a village's name that is itself a village's (the community of an old village)
      const last = out.length ? out[out.length - 1] : null;
      if (last && last.end === tok.start && tok.word === suffix.suffix && last.data.level === 'village' && suffix.level === 'village') {
        out[out.length - 1] = { ...last, end: tok.end, text: text.slice(last.start, tok.end), reason: `${last.reason}+${suffix.suffix}` };
        regionEnds.add(tok.end);
        break;
      }
      const road = roadNameBefore(doc, res, t, suffix.suffix, (knownByStart ??= new SpansByStart(text.length + 1, known)));
      const found = road ? { start: road, words: [] } : nameBefore(doc, t, suffix.suffix, regionEnds, end);
      if (!found) continue;
      const { start, words } = found;
      const name = text.slice(start, end - suffix.suffix.length);
      // (one character, 余村 of 天荒坪镇余村党支部, only right after its parent division and before one of its
      // bodies or a post: 该村, 本村 and 农村 stay words, and so does 新村 of 新村建设)
      if ((name.length < 2 && !(name.length === 1 && suffix.level === 'village' && regionEnds.has(start) && bodyOrPostAt(res, text, end))) || !allHan(name) || NUMERAL_NAME.test(name)) continue;
      // (a road's name may be a word that names no place alone: 文化路, 和谐路; a determiner still stops it)
      if (startsWithAny(name, road ? res.subRegionStopDeterminers : res.subRegionStop)) continue;
      // “平安社区”, “无讼村居”: a term in quotes of its own is a programme or a title, not a place
      if (isOpeningQuote(text.charCodeAt(start - 1)) && isClosingQuote(text.charCodeAt(end))) continue;
      // a common word alone before the suffix (助力社区, 服务社区) is a name only after its parent division
      if (words.length === 1 && COMMON_TAGS.has(words[0].tag) && !regionEnds.has(start)) continue;
      if (road) forRegionsStartingIn(knownByStart!, start, end - suffix.suffix.length, (r) => r.end <= end - suffix.suffix.length && inRoads.add(r));
      const data = new RegionMatchData(Array.of<Division>(), 'suffix');
      data.level = suffix.level;
      out.push(newSpan('region', start, end, text.slice(start, end), `suffix-${suffix.suffix}`, data));
      regionEnds.add(end);
      break;
    }
  }
  return out;
}

/**
 * The start of a road's name before the suffix that ends token `t` (玉林北路|社区, 上海|路|社区,
 * 八|一路|社区, 胜利|二路|社区), 0 when the name there is no road's: a road word (dicts/region-context.json
 * `roadSuffixes`) ends the name, after a direction or ordinal (`roadMarkers`) or not, and whole words
 * before it give the road's own name of at least two characters (one when a division's full name ends
 * before it: 解放碑街道八一路社区). A short form of a division may be the road's name (上海, 玉林); a
 * division's full name (河北区) never is, nor a function word.
 */
function roadNameBefore(doc: Doc, res: Resources, t: number, suffix: string, known: SpansByStart<RegionSpan>): number {
  const text = doc.work;
  const tok = doc.token(t);
  const nameEnd = tok.end - suffix.length;
  let road = '';
  for (const w of res.roadSuffixes) if (nameEnd >= w.length && text.startsWith(w, nameEnd - w.length)) { road = w; break; }
  if (!road) return 0;
  let coreEnd = nameEnd - road.length;
  if (coreEnd > 0 && res.roadMarkers.includes(text[coreEnd - 1])) coreEnd--;
  // the word holding the road word's first character, then whole words back
  let k = nameEnd > tok.start ? t : t - 1;
  while (k >= 0 && doc.token(k).start > coreEnd - 1) k--;
  let start = -1;
  for (; k >= 0; k--) {
    const w = doc.token(k);
    if (start >= 0 && w.end !== start) break;
    // (a verb may name a road: 解放路, 胜利二路, 建设路)
    if (!allHan(w.word) || (FUNCTION_TAGS.has(w.tag) && w.tag !== 'v' && w.tag !== 'vn')) break;
    let fullName = false;
    forRegionsStartingIn(known, w.start - MAX_REGION_NAME, w.end, (r) => (fullName ||= r.data.surfaceKind === 'name' && r.end > w.start));
    if (fullName) break;
    if (nameEnd - w.start > 6) break;
    start = w.start;
    if (coreEnd - start >= 2) break;
  }
  if (start < 0 || coreEnd - start < 1) return 0;
  // one character of the road's own name only after a division's full name
  let afterDivision = false;
  forRegionsStartingIn(known, start - MAX_REGION_NAME, start, (r) => (afterDivision ||= r.end === start && r.data.surfaceKind !== 'weak'));
  if (coreEnd - start < 2 && !afterDivision) return 0;
  return start;
}

/** Longer than any division's name (黔东南苗族侗族自治州: 10): how far back a region that reaches a position may start. */
const MAX_REGION_NAME = 16;

/** Calls `fn` with every region of `spans` that starts in [from, to). */
function forRegionsStartingIn(spans: SpansByStart<RegionSpan>, from: number, to: number, fn: (r: RegionSpan) => unknown): void {
  for (let p = Math.max(0, from); p < to; p++) {
    const k = spans.firstAt(p);
    if (k < 0) continue;
    for (let j = k; j < spans.spans.length && spans.spans[j].start === p; j++) fn(spans.spans[j]);
  }
}

/**
 * The start of the name before the suffix that ends token `t`, and the words it is made of: the
 * part of that token before the suffix, then the words before it while the name is shorter than
 * two characters, or while they and the name so far are words the dictionary does not know.
 */
function nameBefore(doc: Doc, t: number, suffix: string, regionEnds: Set<number>, suffixEnd = doc.token(t).end): { start: number; words: Token[] } | null {
  const tok = doc.token(t);
  const nameEnd = suffixEnd - suffix.length;
  const maxName = suffix === '苏木' || suffix === '嘎查' ? 7 : 6;
  // (the suffix at the token's start, 东坑|村村|主任: the name is in the words before it)
  const words: Token[] = suffixEnd === tok.end && tok.word.length > suffix.length ? [tok] : [];
  let start = words.length ? tok.start : nameEnd;
  let allUnknown = words.every((w) => w.tag === 'x');
  // the suffix's own word across the end of another region (天荒坪镇余村 cut 天荒坪|镇余村)
  const within = words.length ? regionEndInside(regionEnds, tok.start, nameEnd + 1) : 0;
  if (within > 0) return within < nameEnd ? { start: within, words: [] } : null;
  // right after another region (…苏木哈|日|乌苏|嘎查): the name is everything between, when it reads as one
  const filled = gapAfterRegion(doc, t, nameEnd, maxName, regionEnds, words);
  if (filled) return filled;
  for (let k = t - 1; k >= 0; k--) {
    const w = doc.token(k);
    if ((start < nameEnd && regionEnds.has(start)) || w.end !== start || !allHan(w.word) || !NAME_TAGS.has(w.tag)) break;
    // a word across the end of another region (天荒坪镇余村 cut 天荒坪|镇余|村): the name starts after that region
    const inside = regionEndInside(regionEnds, w.start, w.end);
    if (inside > 0) {
      start = inside;
      break;
    }
    const unknown = w.tag === 'x';
    if (nameEnd - start >= 2 && !(unknown && allUnknown)) break;
    if (nameEnd - w.start > maxName) break;
    start = w.start;
    words.unshift(w);
    allUnknown &&= unknown;
  }
  return start === nameEnd ? null : { start, words };
}

const isOpeningQuote = (c: number) => c === 0x201c || c === 0x2018 || c === 0x300c || c === 0x300e || c === 0x22; // “ ‘ 「 『 "
const isClosingQuote = (c: number) => c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x22; // ” ’ 」 』 "

/** A region's end strictly inside (from, to), 0 when none is. */
function regionEndInside(regionEnds: Set<number>, from: number, to: number): number {
  for (let p = to - 1; p > from; p--) if (regionEnds.has(p)) return p;
  return 0;
}

/** Tags that never begin or sit inside a place name as a word of their own (和, 与, 的, 在, 组织 …). */
const FUNCTION_TAGS = new Set(['c', 'p', 'u', 'uj', 'ul', 'ud', 'uz', 'd', 'r', 'v', 'vn', 'y', 'e', 'o']);

/**
 * When a region ends 2 to maxName characters before the suffix and the words between are names,
 * unknown words or single characters (a transliteration that jieba cut up: 哈|日|乌苏), the name is
 * that whole stretch. Never when a function word or verb begins it or stands in it (良渚街道和桃源社区).
 */
function gapAfterRegion(doc: Doc, t: number, nameEnd: number, maxName: number, regionEnds: Set<number>, suffixWord: Token[]): { start: number; words: Token[] } | null {
  const words: Token[] = [...suffixWord];
  let start = suffixWord.length ? suffixWord[0].start : nameEnd;
  if (regionEnds.has(start)) return null; // the suffix's own word is the whole name (…镇杨家村)
  for (let k = t - 1; k >= 0 && nameEnd - doc.token(k).start <= maxName; k--) {
    const w = doc.token(k);
    if (w.end !== start || !allHan(w.word) || FUNCTION_TAGS.has(w.tag)) return null;
    if (w.word.length > 1 && !PLACE_TAGS.has(w.tag)) return null;
    start = w.start;
    words.unshift(w);
    if (regionEnds.has(start)) return nameEnd - start >= 2 ? { start, words } : null;
  }
  return null;
}

/** Every code unit of `s` is a CJK ideograph (read by code, not as one-character strings). */
function allHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isHanAt(s, i)) return false;
  return s.length > 0;
}

function startsWithAny(s: string, prefixes: readonly string[]): boolean {
  for (const w of prefixes) if (s.startsWith(w)) return true;
  return false;
}
