import { lastStartingBefore, type Doc, type Span } from '../doc';
import { namedByLevelWord, type Division, type DivisionLevel } from '../resources/gazetteer';
import type { Resources } from '../resources';
import { zoneSuffixAt } from '../resources/organs';
import type { RegionSpan } from '../recognise/region';
import type { OrganisationSpan } from '../recognise/organisation';

/** A division the document names, or one below the gazetteer (code null). */
export interface ResolvedRegion {
  key: string;
  name: string;
  code: string | null;
  level: 'province' | 'prefecture' | 'county' | 'township' | 'village';
  /** Shared with every other region of the same division (see pathNames): copy it before handing it out. */
  path: readonly string[];
  division: Division | null;
  /** For a township or village: the division it lies in, from context. */
  parentDivision: Division | null;
  /** Why the code is null (below the gazetteer; a name several divisions share). */
  note?: string;
  /** The rule that resolved it (for `explain`). */
  reason?: string;
}

/** jieba's tags for names in its dictionary; it tags many places nr or nz. */
const JIEBA_NAME_TAGS = new Set(['ns', 'nr', 'nz']);

/** How many earlier divisions a context question looks back over, at most (bounds the cost per mention). */
const LOOKBACK = 400;

const NO_DIVISIONS: readonly Division[] = Object.freeze([]);
const NO_NAMES: readonly string[] = Object.freeze([]);

/**
 * A division's path (province first, itself last) and the names on it, made once per division: the
 * gazetteer's path() hands out a fresh copy per call, and the linker asked it once or more per region
 * mention. Divisions are the gazetteer's own frozen objects, so a WeakMap keyed by them is safe across
 * extractors. The arrays are shared: callers must not change them (they are frozen).
 */
const divisionPaths = new WeakMap<Division, readonly Division[]>();
const namePaths = new WeakMap<Division, readonly string[]>();

export function divisionPath(res: Resources, d: Division): readonly Division[] {
  let path = divisionPaths.get(d);
  if (!path) {
    path = Object.freeze(res.gazetteer.path(d));
    divisionPaths.set(d, path);
  }
  return path;
}

export function pathNames(res: Resources, d: Division): readonly string[] {
  let names = namePaths.get(d);
  if (!names) {
    names = Object.freeze(divisionPath(res, d).map((x) => x.name));
    namePaths.set(d, names);
  }
  return names;
}

/** Where the document is, so far: every division it has named, in text order. */
export class RegionContext {
  /** Every division noted, in text order, as three parallel lists (no object per note). */
  private readonly seenPos: number[] = [];
  private readonly seenSection: number[] = [];
  private readonly seenDivision: Division[] = [];
  /** One sense per document: what a short form with two readings (喀什) was resolved to first. */
  private readonly senses = new Map<string, Division>();

  constructor(private readonly res: Resources) {}

  remember(surface: string, division: Division): void {
    if (!this.senses.has(surface)) this.senses.set(surface, division);
  }

  recall(surface: string): Division | undefined {
    return this.senses.get(surface);
  }

  note(pos: number, section: number, division: Division | null): void {
    if (!division) return;
    // mentions arrive in text order; keep the lists sorted if one does not
    const n = this.seenPos.length;
    let k = n;
    while (k > 0 && this.seenPos[k - 1] > pos) k--;
    if (k === n) {
      this.seenPos.push(pos);
      this.seenSection.push(section);
      this.seenDivision.push(division);
    } else {
      this.seenPos.splice(k, 0, pos);
      this.seenSection.splice(k, 0, section);
      this.seenDivision.splice(k, 0, division);
    }
  }

  /** Index of the first division named at or after `before` (binary search). */
  private firstAtOrAfter(before: number): number {
    let lo = 0;
    let hi = this.seenPos.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.seenPos[mid] < before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The divisions named before `before`, nearest first, at most LOOKBACK of them, are the indices
   * from - 1 down to lowestEarlier(from) (an index loop: a generator made an object per step).
   */
  private static lowestEarlier(from: number): number {
    return Math.max(0, from - LOOKBACK);
  }

  /**
   * Choose among divisions sharing a name (鼓楼区 ×4, 城关镇 ×88): the one under a division written
   * right before it, else the one the nearest division named before (then after) fits: that division
   * itself, one below it, or one above it. Null when none settles it. Cost per call: the candidates'
   * paths once, then one path walk per division looked at (at most LOOKBACK each way).
   */
  choose(candidates: readonly Division[], before: number, ancestors: readonly Division[] = NO_DIVISIONS): Division | null {
    if (candidates.length === 1) return candidates[0];
    if (candidates.length === 0) return null;
    const g = this.res.gazetteer;
    // code of a division → the candidates at or below it
    const atOrBelow = new Map<string, Division[]>();
    for (const c of candidates) {
      for (const a of divisionPath(this.res, c)) {
        const list = atOrBelow.get(a.code);
        if (list) list.push(c);
        else atOrBelow.set(a.code, [c]);
      }
    }
    for (const a of ancestors) {
      // the one candidate under it (other than itself), if there is exactly one
      let under: Division | null = null;
      let count = 0;
      for (const c of atOrBelow.get(a.code) ?? NO_DIVISIONS) if (c !== a && count++ === 0) under = c;
      if (count === 1) return under;
    }
    const byCode = new Map<string, Division>();
    for (const c of candidates) byCode.set(c.code, c);
    // the one candidate the division fits (null: none, or several): those at or below it, and those
    // above it (市中区 for a township named in 市中区); no Set per division looked at
    const fitsOne = (d: Division): Division | null => {
      let hit: Division | null = null;
      for (const c of atOrBelow.get(d.code) ?? NO_DIVISIONS) {
        if (hit === null) hit = c;
        else if (c !== hit) return null;
      }
      for (let p = g.parentOf(d); p; p = g.parentOf(p)) {
        const c = byCode.get(p.code);
        if (!c) continue;
        if (hit === null) hit = c;
        else if (c !== hit) return null;
      }
      return hit;
    };
    const start = this.firstAtOrAfter(before);
    for (let k = start - 1, low = RegionContext.lowestEarlier(start); k >= low; k--) {
      const hit = fitsOne(this.seenDivision[k]);
      if (hit) return hit;
    }
    for (let k = start; k < this.seenDivision.length && k - start < LOOKBACK; k++) {
      const hit = fitsOne(this.seenDivision[k]);
      if (hit) return hit;
    }
    return null;
  }

  /**
   * The division a bare level word means (市 of 市委, 自治区 of 自治区党委): the nearest division
   * named before in the same section (then anywhere before) that is, or lies in, one of that level.
   */
  resolveLevel(levelWord: string, before: number, section: number, provinceOnly = false): Division | null {
    const start = this.firstAtOrAfter(before);
    const low = RegionContext.lowestEarlier(start);
    for (let pass = 0; pass < 2; pass++) {
      // first pass: the same section only; second: anywhere before
      for (let k = start - 1; k >= low; k--) {
        if (pass === 0 && this.seenSection[k] !== section) continue;
        const path = divisionPath(this.res, this.seenDivision[k]);
        for (let j = path.length - 1; j >= 0; j--) if (this.fitsLevel(path[j], levelWord, provinceOnly)) return path[j];
      }
    }
    return null;
  }

  /** The nearest division named before, for organs that carry no level word (政法委, 公安厅). */
  nearest(before: number, section: number): Division | null {
    const start = this.firstAtOrAfter(before);
    let first: Division | null = null;
    for (let k = start - 1, low = RegionContext.lowestEarlier(start); k >= low; k--) {
      if (this.seenSection[k] === section) return this.seenDivision[k];
      first ??= this.seenDivision[k];
    }
    return first;
  }

  private fitsLevel(d: Division, levelWord: string, provinceOnly: boolean): boolean {
    return provinceOnly ? d.level === 'province' : namedByLevelWord(d, levelWord);
  }
}

/**
 * The regions made for a division so far, one per reason (a handful of rules resolve a division). They
 * are frozen and shared across mentions and documents: one object per division and rule, not one per
 * mention (nothing downstream changes a ResolvedRegion; a namesake's note is added on a copy).
 */
const resolvedRegions = new WeakMap<Division, ResolvedRegion[]>();

/** `reason` is set here, not spread in after: an object spread per region mention was the linker's costliest line. */
export function resolvedFromDivision(res: Resources, d: Division, reason?: string): ResolvedRegion {
  let made = resolvedRegions.get(d);
  if (!made) {
    made = [];
    resolvedRegions.set(d, made);
  }
  for (const r of made) if (r.reason === reason) return r;
  const r: ResolvedRegion = Object.freeze({
    key: d.code, name: d.name, code: d.code, level: d.level, path: pathNames(res, d), division: d, parentDivision: null, reason,
  });
  made.push(r);
  return r;
}

/**
 * A region mention → the division it names. `ancestors` are divisions written right before it
 * (山东省青岛市 before 市北区; 余杭区 before 良渚街道), nearest first; `before` is the region written
 * right before it, when that has no code (乌兰哈达苏木 before 白音套海嘎查); `levelHint` is the level
 * of the items it is listed with (阿克苏、德令哈、井冈山: county). A name that several divisions share
 * and the context does not settle gives a region with code null and a note; a short form that
 * names several divisions (鼓楼) gives null.
 */
export function resolveRegionSpan(
  res: Resources, ctx: RegionContext, span: RegionSpan, ancestors: readonly Division[] = NO_DIVISIONS, before: ResolvedRegion | null = null,
  levelHint: DivisionLevel | null = null,
): ResolvedRegion | null {
  if (span.data.surfaceKind === 'suffix') return belowGazetteer(res, ctx, span, ancestors, before);
  const alternatives = span.data.alternatives;
  if (alternatives?.length) {
    // 喀什: the prefecture unless the document has read it as the city, or the items listed with it are counties
    // (the candidates, then the alternatives: looked through in place, not concatenated)
    const candidates = span.data.candidates;
    const earlier = ctx.recall(span.text);
    let d = earlier && (candidates.includes(earlier) || alternatives.includes(earlier)) ? earlier : null;
    let reason = 'short-form-as-before-in-document';
    if (!d && levelHint) {
      d = firstOfLevel(candidates, levelHint) ?? firstOfLevel(alternatives, levelHint);
      reason = `short-form-level-of-enumeration-${levelHint}`;
    }
    if (!d) {
      d = ctx.choose(span.data.candidates, span.start, ancestors);
      reason = 'short-form-usual-reading';
    }
    if (d) {
      ctx.remember(span.text, d);
      return resolvedFromDivision(res, d, reason);
    }
  }
  const d = ctx.choose(span.data.candidates, span.start, ancestors);
  // a township written under a county that has no township of that name (renamed, new, or a namesake):
  // the table's namesake elsewhere is not it
  const under = ancestors[0];
  if (span.data.level === 'township' && under && under.level !== 'province' && !hasAncestor(res, span.data.candidates, under)) {
    const elsewhere = span.data.candidates.slice(0, 3).map((c) => `${c.code} in ${res.gazetteer.path(c).slice(0, -1).map((x) => x.name).join('')}`).join('; ');
    const r = belowGazetteer(res, ctx, { ...span, reason: 'suffix-table-namesake' }, ancestors, before);
    return { ...r, note: `not in the gazetteer under ${under.name}, where it is written (the table's ${span.text}: ${elsewhere}); no code` };
  }
  if (d) return resolvedFromDivision(res, d, span.data.candidates.length > 1 ? 'shared-name-resolved-by-context' : span.reason);
  return span.data.surfaceKind === 'name' ? sharedName(res, span.text, span.data.candidates) : null;
}

/** The first division of `list` at `level`, or null. */
function firstOfLevel(list: readonly Division[], level: DivisionLevel): Division | null {
  for (const d of list) if (d.level === level) return d;
  return null;
}

/** True when `ancestor` is a strict ancestor of one of `list` (a loop: no closure per mention). */
function hasAncestor(res: Resources, list: readonly Division[], ancestor: Division): boolean {
  for (const d of list) if (res.gazetteer.isAncestor(ancestor, d)) return true;
  return false;
}

/** A full name several divisions share, unresolved: no code, the path they have in common, a note. */
function sharedName(res: Resources, name: string, candidates: Division[]): ResolvedRegion | null {
  if (!candidates.length) return null;
  const paths = candidates.map((c) => res.gazetteer.path(c));
  const common: Division[] = [];
  for (let k = 0; paths.every((p) => p.length > k + 1 && p[k].code === paths[0][k].code); k++) common.push(paths[0][k]);
  const level = candidates.every((c) => c.level === candidates[0].level) ? candidates[0].level : 'county';
  const listed = candidates.slice(0, 5).map((c) => `${c.code} ${res.gazetteer.path(c).slice(0, -1).map((x) => x.name).join('')}`).join('; ');
  return {
    key: `?${common.length ? common[common.length - 1].code : ''}/${name}`, name, code: null, level, path: [...common.map((x) => x.name), name],
    division: null, parentDivision: common.length ? common[common.length - 1] : null, reason: 'shared-name-unresolved',
    note: `shared by ${candidates.length} divisions (${listed}${candidates.length > 5 ? '; …' : ''}); the document names none of their parents, so the code is left null`,
  };
}

/** 良渚街道 under a township-less context, 翠竹社区, 白音套海嘎查: no code; the parent is the region written right before, else the nearest county or city named before. */
function belowGazetteer(res: Resources, ctx: RegionContext, span: RegionSpan, ancestors: readonly Division[], before: ResolvedRegion | null): ResolvedRegion {
  const level = span.data.level ?? 'township';
  const near = ancestors[0] ?? ctx.nearest(span.start, -1);
  const parentDivision = near && near.level !== 'province' ? near : null;
  const parentPath = before ? before.path : parentDivision ? pathNames(res, parentDivision) : NO_NAMES;
  const parentKey = before ? before.key : parentDivision?.code ?? '?';
  const where = before ? `in ${before.name}, written right before it` : parentDivision ? `in ${parentDivision.name}, the nearest division named before it` : 'its parent is not named';
  return {
    key: `${parentKey}/${span.text}`, name: span.text, code: null, level, path: [...parentPath, span.text], division: null,
    parentDivision: before?.division ?? before?.parentDivision ?? parentDivision, reason: span.reason,
    note: `below the gazetteer: a ${level} recognised by its suffix (${span.reason.replace(/^suffix-/, '')}), no code; ${where}`,
  };
}

/**
 * Whether a region mention that needs context (a county short form, a township name that is also an
 * ordinary word) is confirmed by the document: a division above it written right before it (青海德令哈),
 * its full name elsewhere in the document, or (county short forms, as a whole word that jieba tags ns;
 * townships, anywhere) a division above it named in the document.
 *
 * `spans`: the mentions after overlap resolution (in text order, none overlapping). What the document
 * names is gathered on the first mention that needs context: most mentions do not, and many documents
 * have none.
 */
export class RegionConfirmation {
  /** Codes of the divisions the document names; full names it writes (null: not gathered yet). */
  private named: Set<string> | null = null;
  private fullNames: Set<string> | null = null;

  constructor(private readonly doc: Doc, private readonly res: Resources, private readonly spans: readonly Span[]) {}

  private gather(): void {
    const named = (this.named = new Set<string>());
    const fullNames = (this.fullNames = new Set<string>());
    // a region written standalone, or inside an organisation's name (index loops: this runs once per
    // document, where a for-of loop that is not optimised allocates per element; a method, not a closure)
    for (let k = 0; k < this.spans.length; k++) {
      const s = this.spans[k];
      if (s.type === 'region') RegionConfirmation.add(s as RegionSpan, true, named, fullNames);
      else if (s.type === 'organisation') {
        const parts = (s as OrganisationSpan).data.regions;
        for (let j = 0; j < parts.length; j++) RegionConfirmation.add(parts[j].span, false, named, fullNames);
      }
    }
  }

  /** What a region the document writes confirms: its full name, the codes it names. */
  private static add(r: RegionSpan, standalone: boolean, named: Set<string>, fullNames: Set<string>): void {
    const data = r.data;
    if (data.surfaceKind === 'suffix') return;
    if (data.needsContext || (data.insideWord && standalone)) return;
    if (data.surfaceKind === 'name') fullNames.add(r.text);
    if (data.candidates.length === 1) named.add(data.candidates[0].code);
    else if (data.level === 'township') for (const d of data.candidates) named.add(d.code);
  }

  /**
   * True when a division above one of `candidates` is a region (not found by its suffix) that ends at
   * `pos`: a standalone region, or one inside an organisation's name. The spans do not overlap and are
   * in text order, so only the last one starting before `pos` can end there (a binary search, not an
   * index of every region by its end).
   */
  private aboveEndsAt(pos: number, candidates: readonly Division[]): boolean {
    const spans = this.spans;
    const k = lastStartingBefore(spans, pos);
    const prev = k >= 0 ? spans[k] : undefined;
    if (!prev || prev.end !== pos) return false;
    if (prev.type === 'region') return this.isAbove(prev as RegionSpan, candidates);
    if (prev.type === 'organisation')
      for (const part of (prev as OrganisationSpan).data.regions) if (part.span.end === pos && this.isAbove(part.span, candidates)) return true;
    return false;
  }

  private isAbove(prev: RegionSpan, candidates: readonly Division[]): boolean {
    if (prev.data.surfaceKind === 'suffix') return false;
    const g = this.res.gazetteer;
    for (const p of prev.data.candidates) for (const c of candidates) if (g.isAncestor(p, c)) return true;
    return false;
  }

  confirmed(span: RegionSpan): boolean {
    if (span.data.insideWord) return false;
    if (!span.data.needsContext) return true;
    // (杭州西湖边, 太湖之滨: the lake or the mountain of the name, not the county)
    if (span.data.surfaceKind !== 'name' && this.res.featureAfter.hasMatchAt(this.doc.work, span.end)) return false;
    const candidates = span.data.candidates;
    // a division above it written right before it
    if (this.aboveEndsAt(span.start, candidates)) return true;
    if (!this.named) this.gather();
    const named = this.named!;
    const fullNames = this.fullNames!;
    if (span.data.surfaceKind !== 'name') for (const c of candidates) if (fullNames.has(c.name)) return true;
    // a city's short form that is an ordinary word (region-context.json commonWordAliases: 来宾, 白银): only
    // the division above it or its full name confirm it, not the cues of a county short form below
    if (span.data.surfaceKind === 'alias') return false;
    // a township or county full name that is also an ordinary word: its city or county named in the document
    if (span.data.surfaceKind === 'name') {
      for (const c of candidates) {
        const path = divisionPath(this.res, c);
        for (let k = 0; k < path.length - 1; k++) if (path[k].level !== 'province' && named.has(path[k].code)) return true;
      }
      return false;
    }
    // a county short form: a whole word that jieba's own dictionary has as a name (ns; often nr or nz for
    // places: 余杭 nr, 义乌 nz; county short forms are not among the project's words), in a document about its
    // prefecture or right after 在 / 赴 / 落户
    // (the word starting there read by index and end: no Token made for it)
    const doc = this.doc;
    if (doc.tokenEndAt(span.start) !== span.end || !JIEBA_NAME_TAGS.has(doc.readTag(doc.tokenIndexAt(span.start)))) return false;
    for (const c of candidates) for (const a of divisionPath(this.res, c)) if (a.level === 'prefecture' && named.has(a.code)) return true;
    // a development zone's name (调研东湖高新区: the zone is the place, and its name need not be the
    // county's): the word before it is no cue for the county
    if (zoneSuffixAt(this.res, this.doc.work, span.end)) return false;
    return this.locativeBefore(span.start);
  }

  /** A locative word (在, 赴, 落户) that ends right before `pos` and starts a word. */
  private locativeBefore(pos: number): boolean {
    for (let len = 1; len <= 2 && len <= pos; len++) {
      const at = pos - len;
      if (this.res.locativeCues.get(this.doc.work.slice(at, pos)) && this.doc.isBoundary(at)) return true;
    }
    return false;
  }
}

/**
 * The level of the regions listed with a region in a 、 enumeration (新疆阿克苏、青海德令哈、江西井冈山):
 * the nearest item before or after, past a province written before it. Null when there is none.
 */
export function enumerationLevel(doc: Doc, regions: RegionSpan[], k: number): DivisionLevel | null {
  const text = doc.work;
  // after: 、 then the item (a province written before it is skipped)
  let j = k + 1;
  if (j < regions.length && text.charCodeAt(regions[k].end) === 0x3001 && regions[j].start === regions[k].end + 1) {
    if (j + 1 < regions.length && regions[j + 1].start === regions[j].end && level(regions[j]) === 'province') j++;
    const l = level(regions[j]);
    if (l) return l;
  }
  // before: the item, then 、, then (a province and) this one
  let start = regions[k].start;
  let i = k - 1;
  if (i >= 0 && regions[i].end === start && level(regions[i]) === 'province') {
    start = regions[i].start;
    i--;
  }
  if (i >= 0 && text.charCodeAt(start - 1) === 0x3001 && regions[i].end === start - 1) return level(regions[i]);
  return null;
}

/** The one level of a region's candidates (null: several, none, or a short form with alternatives). */
function level(r: RegionSpan): DivisionLevel | null {
  const candidates = r.data.candidates;
  if (r.data.alternatives || !candidates.length) return null;
  const first = candidates[0].level;
  for (const c of candidates) if (c.level !== first) return null;
  return first;
}

/** The region as an organisation's canonical name writes it: a district after its city (青岛市市北区). */
export function canonicalRegionName(res: Resources, r: ResolvedRegion): string {
  if (r.division) return canonicalDivisionName(res, r.division);
  if (r.parentDivision) return `${canonicalDivisionName(res, r.parentDivision)}${r.name}`;
  return r.name;
}

/** canonicalDivisionName by division: the district's and township's names are concatenations, made once. */
const canonicalNames = new WeakMap<Division, string>();

/** canonicalRegionName of a division of the gazetteer (no ResolvedRegion, with its path, made for it). */
function canonicalDivisionName(res: Resources, d: Division): string {
  let name = canonicalNames.get(d);
  if (name === undefined) {
    name = canonicalDivisionNameOf(res, d);
    canonicalNames.set(d, name);
  }
  return name;
}

function canonicalDivisionNameOf(res: Resources, d: Division): string {
  if (d.level === 'county' && d.name.endsWith('区') && d.parent) {
    const parent = res.gazetteer.byCode(d.parent);
    if (parent) return `${parent.name}${d.name}`;
  }
  // a township after its county as that is written (南京市鼓楼区宁海路街道)
  if (d.level === 'township' && d.parent) {
    const parent = res.gazetteer.byCode(d.parent);
    if (parent) return `${canonicalDivisionName(res, parent)}${d.name}`;
  }
  return d.name;
}

export function orgLevel(r: ResolvedRegion | null): 'national' | 'provincial' | 'prefectural' | 'county' | 'township' | 'village' | null {
  if (!r) return null;
  return ({ province: 'provincial', prefecture: 'prefectural', county: 'county', township: 'township', village: 'village' } as const)[r.level];
}
