import type { Division } from '../resources/gazetteer';
import type { Resources } from '../resources';
import type { RegionSpan } from '../recognise/region';

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
  note?: string;
}

/** How many earlier divisions a context question looks back over, at most (bounds the cost per mention). */
const LOOKBACK = 400;

/** Where the document is, so far: every division it has named, in text order. */
export class RegionContext {
  private readonly seen: { pos: number; section: number; division: Division }[] = [];

  constructor(private readonly res: Resources) {}

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

  /** Choose among divisions sharing a name: the one under a division named before (or anywhere). */
  choose(candidates: Division[], before: number, ancestors: Division[] = []): Division | null {
    if (candidates.length === 1) return candidates[0];
    const g = this.res.gazetteer;
    for (const a of ancestors) {
      const under = candidates.filter((c) => g.isAncestor(a, c));
      if (under.length === 1) return under[0];
    }
    const fitsOne = (s: { division: Division }) => {
      const under = candidates.filter((c) => c === s.division || g.isAncestor(s.division, c) || g.isAncestor(c, s.division));
      return under.length === 1 ? under[0] : null;
    };
    for (const s of this.earlier(before)) {
      const hit = fitsOne(s);
      if (hit) return hit;
    }
    const start = this.firstAtOrAfter(before);
    for (let k = start; k < this.seen.length && k - start < LOOKBACK; k++) {
      const hit = fitsOne(this.seen[k]);
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

export function resolvedFromDivision(res: Resources, d: Division): ResolvedRegion {
  return {
    key: d.code, name: d.name, code: d.code, level: d.level, path: res.gazetteer.path(d).map((x) => x.name), division: d, parentDivision: null,
  };
}

/** A standalone region mention → the division it names (null when it cannot be justified). */
export function resolveRegionSpan(res: Resources, ctx: RegionContext, span: RegionSpan, ancestors: Division[] = []): ResolvedRegion | null {
  if (span.data.surfaceKind === 'suffix') {
    const parent = ctx.nearest(span.start, -1);
    const parentCounty = parent && parent.level !== 'province' ? parent : null;
    const path = parentCounty ? [...res.gazetteer.path(parentCounty).map((x) => x.name), span.text] : [span.text];
    return {
      key: `${parentCounty?.code ?? '?'}/${span.text}`, name: span.text, code: null, level: span.data.level ?? 'township', path, division: null,
      parentDivision: parentCounty, note: 'below the gazetteer: recognised by its suffix, no code',
    };
  }
  const d = ctx.choose(span.data.candidates, span.start, ancestors);
  if (!d) return null;
  return resolvedFromDivision(res, d);
}

/** The region as an organisation's canonical name writes it: a district after its city (青岛市市北区). */
export function canonicalRegionName(res: Resources, r: ResolvedRegion): string {
  if (r.division) {
    const d = r.division;
    if (d.level === 'county' && d.name.endsWith('区') && d.parent) {
      const parent = res.gazetteer.byCode(d.parent);
      if (parent) return `${parent.name}${d.name}`;
    }
    return d.name;
  }
  if (r.parentDivision) return `${canonicalRegionName(res, resolvedFromDivision(res, r.parentDivision))}${r.name}`;
  return r.name;
}

export function orgLevel(r: ResolvedRegion | null): 'national' | 'provincial' | 'prefectural' | 'county' | 'township' | 'village' | null {
  if (!r) return null;
  return ({ province: 'provincial', prefecture: 'prefectural', county: 'county', township: 'township', village: 'village' } as const)[r.level];
}
