import type { Doc, Span } from '../doc';
import type { Division, DivisionLevel } from '../resources/gazetteer';
import type { Resources } from '../resources';
import type { RegionSpan } from '../recognise/region';
import type { OrganisationSpan } from '../recognise/organisation';

/** A division the document names, or one below the gazetteer (code null). */
export interface ResolvedRegion {
  key: string;
  name: string;
  code: string | null;
  level: 'province' | 'prefecture' | 'county' | 'township' | 'village';
  path: string[];
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

/** Where the document is, so far: every division it has named, in text order. */
export class RegionContext {
  private readonly seen: { pos: number; section: number; division: Division }[] = [];
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
    const entry = { pos, section, division };
    // mentions arrive in text order; keep the list sorted if one does not
    let k = this.seen.length;
    while (k > 0 && this.seen[k - 1].pos > pos) k--;
    if (k === this.seen.length) this.seen.push(entry);
    else this.seen.splice(k, 0, entry);
  }

  /** Index of the first division named at or after `before` (binary search). */
  private firstAtOrAfter(before: number): number {
    let lo = 0;
    let hi = this.seen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.seen[mid].pos < before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The divisions named before `before`, nearest first, at most LOOKBACK of them. */
  private *earlier(before: number): Generator<{ pos: number; section: number; division: Division }> {
    const from = this.firstAtOrAfter(before) - 1;
    for (let k = from; k >= 0 && from - k < LOOKBACK; k--) yield this.seen[k];
  }

  /**
   * Choose among divisions sharing a name (鼓楼区 ×4, 城关镇 ×88): the one under a division written
   * right before it, else the one the nearest division named before (then after) fits: that division
   * itself, one below it, or one above it. Null when none settles it. Cost per call: the candidates'
   * paths once, then one path walk per division looked at (at most LOOKBACK each way).
   */
  choose(candidates: Division[], before: number, ancestors: Division[] = []): Division | null {
    if (candidates.length === 1) return candidates[0];
    if (candidates.length === 0) return null;
    const g = this.res.gazetteer;
    // code of a division → the candidates at or below it
    const atOrBelow = new Map<string, Division[]>();
    for (const c of candidates) {
      for (const a of g.path(c)) {
        const list = atOrBelow.get(a.code);
        if (list) list.push(c);
        else atOrBelow.set(a.code, [c]);
      }
    }
    for (const a of ancestors) {
      const under = (atOrBelow.get(a.code) ?? []).filter((c) => c !== a);
      if (under.length === 1) return under[0];
    }
    const byCode = new Map(candidates.map((c) => [c.code, c]));
    const fitsOne = (d: Division): Division | null => {
      const fits = new Set(atOrBelow.get(d.code) ?? []);
      // candidates above it (市中区 for a township named in 市中区)
      for (let p = g.parentOf(d); p; p = g.parentOf(p)) {
        const c = byCode.get(p.code);
        if (c) fits.add(c);
      }
      return fits.size === 1 ? fits.values().next().value! : null;
    };
    for (const s of this.earlier(before)) {
      const hit = fitsOne(s.division);
      if (hit) return hit;
    }
    const start = this.firstAtOrAfter(before);
    for (let k = start; k < this.seen.length && k - start < LOOKBACK; k++) {
      const hit = fitsOne(this.seen[k].division);
      if (hit) return hit;
    }
    return null;
  }

  /**
   * The division a bare level word means (市 of 市委, 自治区 of 自治区党委): the nearest division
   * named before in the same section (then anywhere before) that is, or lies in, one of that level.
   */
  resolveLevel(levelWord: string, before: number, section: number, provinceOnly = false): Division | null {
    const fits = (d: Division) => this.fitsLevel(d, levelWord, provinceOnly);
    for (const sameSection of [true, false]) {
      for (const s of this.earlier(before)) {
        if (sameSection && s.section !== section) continue;
        const path = this.res.gazetteer.path(s.division);
        for (let k = path.length - 1; k >= 0; k--) if (fits(path[k])) return path[k];
      }
    }
    return null;
  }

  /** The nearest division named before, for organs that carry no level word (政法委, 公安厅). */
  nearest(before: number, section: number): Division | null {
    let first: Division | null = null;
    for (const s of this.earlier(before)) {
      if (s.section === section) return s.division;
      first ??= s.division;
    }
    return first;
  }

  private fitsLevel(d: Division, levelWord: string, provinceOnly: boolean): boolean {
    if (provinceOnly) return d.level === 'province';
    if (levelWord === '区') return d.name.endsWith('区') && !d.name.endsWith('自治区');
    if (levelWord === '州') return d.name.endsWith('州') && d.level === 'prefecture';
    if (levelWord === '市') return d.name.endsWith('市');
    return d.name.endsWith(levelWord);
  }
}

/** `reason` is set here, not spread in after: an object spread per region mention was the linker's costliest line. */
export function resolvedFromDivision(res: Resources, d: Division, reason?: string): ResolvedRegion {
  return {
    key: d.code, name: d.name, code: d.code, level: d.level, path: res.gazetteer.path(d).map((x) => x.name), division: d, parentDivision: null, reason,
  };
}

/**
 * A region mention → the division it names. `ancestors` are divisions written right before it
 * (山东省青岛市 before 市北区; 余杭区 before 良渚街道), nearest first; `before` is the region written
 * right before it, when that has no code (宝力根陶海苏木 before 哈夏图嘎查); `levelHint` is the level
 * of the items it is listed with (喀什、格尔木、瑞金: county). A name that several divisions share
 * and the context does not settle gives a region with code null and a note; a short form that
 * names several divisions (鼓楼) gives null.
 */
export function resolveRegionSpan(
  res: Resources, ctx: RegionContext, span: RegionSpan, ancestors: Division[] = [], before: ResolvedRegion | null = null,
  levelHint: DivisionLevel | null = null,
): ResolvedRegion | null {
  if (span.data.surfaceKind === 'suffix') return belowGazetteer(res, ctx, span, ancestors, before);
  const alternatives = span.data.alternatives;
  if (alternatives?.length) {
    // 喀什: the prefecture unless the document has read it as the city, or the items listed with it are counties
    const all = [...span.data.candidates, ...alternatives];
    const earlier = ctx.recall(span.text);
    let d = earlier && all.includes(earlier) ? earlier : null;
    let reason = 'short-form-as-before-in-document';
    if (!d && levelHint) {
      d = all.find((c) => c.level === levelHint) ?? null;
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
  if (span.data.level === 'township' && under && under.level !== 'province' && !span.data.candidates.some((c) => res.gazetteer.isAncestor(under, c))) {
    const elsewhere = span.data.candidates.slice(0, 3).map((c) => `${c.code} in ${res.gazetteer.path(c).slice(0, -1).map((x) => x.name).join('')}`).join('; ');
    const r = belowGazetteer(res, ctx, { ...span, reason: 'suffix-table-namesake' }, ancestors, before);
    return { ...r, note: `not in the gazetteer under ${under.name}, where it is written (the table's ${span.text}: ${elsewhere}); no code` };
  }
  if (d) return resolvedFromDivision(res, d, span.data.candidates.length > 1 ? 'shared-name-resolved-by-context' : span.reason);
  return span.data.surfaceKind === 'name' ? sharedName(res, span.text, span.data.candidates) : null;
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

/** 良渚街道 under a township-less context, 庐山社区, 哈夏图嘎查: no code; the parent is the region written right before, else the nearest county or city named before. */
function belowGazetteer(res: Resources, ctx: RegionContext, span: RegionSpan, ancestors: Division[], before: ResolvedRegion | null): ResolvedRegion {
  const level = span.data.level ?? 'township';
  const near = ancestors[0] ?? ctx.nearest(span.start, -1);
  const parentDivision = near && near.level !== 'province' ? near : null;
  const parentPath = before ? before.path : parentDivision ? res.gazetteer.path(parentDivision).map((x) => x.name) : [];
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
 * ordinary word) is confirmed by the document: a division above it written right before it (青海格尔木),
 * its full name elsewhere in the document, or (county short forms, as a whole word that jieba tags ns;
 * townships, anywhere) a division above it named in the document.
 */
export class RegionConfirmation {
  private readonly named = new Set<string>();
  private readonly fullNames = new Set<string>();
  private readonly endingAt = new Map<number, RegionSpan[]>();

  constructor(private readonly doc: Doc, private readonly res: Resources, spans: Span[]) {
    for (const s of spans) {
      if (s.type === 'region') this.add(s as RegionSpan, true);
      else if (s.type === 'organisation') for (const part of (s as OrganisationSpan).data.regions) this.add(part.span, false);
    }
  }

  /** A region written standalone, or inside an organisation's name. */
  private add(r: RegionSpan, standalone: boolean): void {
    const data = r.data;
    if (data.surfaceKind === 'suffix') return;
    const list = this.endingAt.get(r.end);
    if (list) list.push(r);
    else this.endingAt.set(r.end, [r]);
    if (data.needsContext || (data.insideWord && standalone)) return;
    if (data.surfaceKind === 'name') this.fullNames.add(r.text);
    if (data.candidates.length === 1) this.named.add(data.candidates[0].code);
    else if (data.level === 'township') for (const d of data.candidates) this.named.add(d.code);
  }

  confirmed(span: RegionSpan): boolean {
    if (span.data.insideWord) return false;
    if (!span.data.needsContext) return true;
    const g = this.res.gazetteer;
    const candidates = span.data.candidates;
    // a division above it written right before it
    for (const prev of this.endingAt.get(span.start) ?? [])
      if (prev.data.candidates.some((p) => candidates.some((c) => g.isAncestor(p, c)))) return true;
    if (span.data.surfaceKind !== 'name' && candidates.some((c) => this.fullNames.has(c.name))) return true;
    // a township or county full name that is also an ordinary word: its city or county named in the document
    if (span.data.surfaceKind === 'name') return candidates.some((c) => g.path(c).slice(0, -1).some((a) => a.level !== 'province' && this.named.has(a.code)));
    // a county short form: a whole word that jieba's own dictionary has as a name (ns; often nr or nz for
    // places: 余杭 nr, 义乌 nz; county short forms are not among the project's words), in a document about its
    // prefecture or right after 在 / 赴 / 落户
    const tok = this.doc.tokenStartingAt(span.start);
    if (!tok || tok.end !== span.end || !JIEBA_NAME_TAGS.has(tok.tag)) return false;
    if (candidates.some((c) => g.path(c).some((a) => a.level === 'prefecture' && this.named.has(a.code)))) return true;
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
 * The level of the regions listed with a region in a 、 enumeration (新疆喀什、青海格尔木、江西瑞金):
 * the nearest item before or after, past a province written before it. Null when there is none.
 */
export function enumerationLevel(doc: Doc, regions: RegionSpan[], k: number): DivisionLevel | null {
  const text = doc.work;
  const level = (r: RegionSpan): DivisionLevel | null => {
    const levels = new Set(r.data.candidates.map((c) => c.level));
    return levels.size === 1 && !r.data.alternatives ? [...levels][0] : null;
  };
  // after: 、 then the item (a province written before it is skipped)
  let j = k + 1;
  if (j < regions.length && text[regions[k].end] === '、' && regions[j].start === regions[k].end + 1) {
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
  if (i >= 0 && text[start - 1] === '、' && regions[i].end === start - 1) return level(regions[i]);
  return null;
}

/** The region as an organisation's canonical name writes it: a district after its city (青岛市市北区). */
export function canonicalRegionName(res: Resources, r: ResolvedRegion): string {
  if (r.division) return canonicalDivisionName(res, r.division);
  if (r.parentDivision) return `${canonicalDivisionName(res, r.parentDivision)}${r.name}`;
  return r.name;
}

/** canonicalRegionName of a division of the gazetteer (no ResolvedRegion, with its path, made for it). */
function canonicalDivisionName(res: Resources, d: Division): string {
  if (d.level === 'county' && d.name.endsWith('区') && d.parent) {
    const parent = res.gazetteer.byCode(d.parent);
    if (parent) return `${parent.name}${d.name}`;
  }
  // a township after its county as that is written (南京市建邺区南苑街道)
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
