import { appendAll, isHanAt, lastStartingBefore, newSpan, noteAt, type Doc, type Span } from '../doc';
import type { Resources } from '../resources';
import type { Division } from '../resources/gazetteer';
import type { MentionType, OrganisationKind, PersonRole } from '../types';
import type { RegionSpan } from '../recognise/region';
import type { OrganisationSpan, OrganisationData } from '../recognise/organisation';
import type { TitleSpan } from '../recognise/title';
import { careerVerbEndingAt, isColon, sentenceEndBetween, type PersonSpan } from '../recognise/person';
import type { MetricSpan } from '../recognise/metric';
import type { SloganSpan } from '../recognise/slogan';
import type { DocumentSpan } from '../recognise/document';
import type { Country } from '../resources/foreign';
import { foreignChainCue, impliedMission } from './foreign';
import { internationalHostBefore } from '../recognise/organisation/foreign';
import {
  RegionConfirmation, RegionContext, canonicalRegionName, divisionPath, enumerationLevel, orgLevel, resolveRegionSpan, resolvedFromDivision, type ResolvedRegion,
} from './regions';

/** What the linker hands to the records stage: kept spans and the relations between them. */
export interface Linked {
  /** `reason`: how the document names the region (a standalone mention's rule, or inside / implied by an organisation). */
  regions: { span: RegionSpan | null; region: ResolvedRegion; reason: string }[];
  organisations: LinkedOrganisation[];
  titles: TitleSpan[];
  persons: PersonSpan[];
  positions: LinkedPosition[];
  metrics: MetricSpan[];
  slogans: SloganSpan[];
  documents: DocumentSpan[];
  /** Every kept span, in text order, and (same index in mentionKeys) the key of its record (null: a mention with no record). */
  mentions: Span[];
  mentionKeys: (string | null)[];
}

export interface LinkedOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  /** A national body's kind to its posts (最高人民法院: court), from dicts/central-bodies.json `actsAs`. */
  actsAs: OrganisationKind | null;
  level: ReturnType<typeof orgLevel> | 'national';
  region: ResolvedRegion | null;
  parentName: string | null;
  spans: OrganisationSpan[];
  reason: string;
  /** The other state a foreign body or mission is of (俄罗斯外交部, 美国驻华大使馆); absent for a Chinese body. */
  country?: Country | null;
}

export interface LinkedPosition {
  person: PersonSpan | null;
  title: TitleSpan;
  /** The post as the position names it: the title's text, or the whole post fused with its body (公安局长 → 局长). */
  titleText: string;
  organisation: LinkedOrganisation | null;
  /** The other state whose post it is (美国总统, 俄罗斯外交部发言人); null for a Chinese post. */
  country: Country | null;
  /** 原 before the chain or between the body and the post: no longer held. */
  former: boolean;
  start: number;
  end: number;
  reason: string;
}

/** Width in positions of a bucket of sortByStart (a few spans start in 32 characters). */
const START_BUCKET_SHIFT = 5;

/**
 * Scratch arrays of resolveOverlaps and sortByStart, kept across documents and grown when one needs
 * more: ten typed arrays made per document (each with a buffer of its own) cost more than the sort
 * itself. Only their first elements are used, with explicit counts; they are module state, safe because
 * both functions run to completion without calling out (no re-entry), and nothing they return refers
 * to them.
 */
let scratchStarts = new Int32Array(256);
let scratchEnds = new Int32Array(256);
let scratchRanks = new Uint8Array(256);
let scratchByStart = new Int32Array(256);
let scratchOrder = new Int32Array(256);
let scratchSorted = new Int32Array(256);
let scratchBuckets = new Int32Array(256);
let scratchTaken = new Uint8Array(4096);

/** `a` if it holds `n` elements, else a new array of at least twice its length (what it held is not kept). */
function atLeast<A extends Int32Array | Uint8Array>(a: A, n: number, make: (n: number) => A): A {
  return a.length >= n ? a : make(Math.max(n, a.length * 2));
}
const makeInt32 = (n: number) => new Int32Array(n);
const makeUint8 = (n: number) => new Uint8Array(n);

/**
 * Sorts `ks` (indices into `starts`, ascending) by start, equal starts in index order: a counting sort by
 * start / 32, then a (stable) insertion sort inside each bucket, which holds few. Linear in spans plus
 * positions / 32; a comparator sort costs a call per comparison, a counting sort by exact start a pass
 * over every position. `size`: above every start.
 */
export function sortByStart(ks: Int32Array, starts: Int32Array, size: number): void {
  sortFirstByStart(ks, ks.length, starts, size);
  releaseLargeScratch();
}

/** sortByStart of the first `count` elements of `ks` (the rest is left as it is). */
function sortFirstByStart(ks: Int32Array, count: number, starts: Int32Array, size: number): void {
  const buckets = (size >> START_BUCKET_SHIFT) + 2;
  const firstIn = (scratchBuckets = atLeast(scratchBuckets, buckets, makeInt32));
  firstIn.fill(0, 0, buckets);
  for (let j = 0; j < count; j++) firstIn[(starts[ks[j]] >> START_BUCKET_SHIFT) + 1]++;
  for (let b = 1; b < buckets; b++) firstIn[b] += firstIn[b - 1];
  const sorted = (scratchSorted = atLeast(scratchSorted, count, makeInt32));
  for (let j = 0; j < count; j++) {
    const k = ks[j];
    sorted[firstIn[starts[k] >> START_BUCKET_SHIFT]++] = k;
  }
  // firstIn[b] is now where bucket b ends (and bucket b + 1 starts)
  for (let b = 0, from = 0; b < buckets; from = firstIn[b], b++) {
    for (let j = from + 1; j < firstIn[b]; j++) {
      const k = sorted[j];
      let i = j - 1;
      for (; i >= from && starts[sorted[i]] > starts[k]; i--) sorted[i + 1] = sorted[i];
      sorted[i + 1] = k;
    }
  }
  for (let j = 0; j < count; j++) ks[j] = sorted[j];
}

/** The priority of a mention type (a switch on the interned type strings, not a keyed load per span). */
function priorityOf(type: MentionType): number {
  switch (type) {
    case 'document': return 7;
    case 'organisation': return 6;
    case 'person': return 5;
    case 'title': return 4;
    case 'region': return 3;
    case 'slogan': return 2;
    default: return 1; // metric
  }
}

/** Mentions never overlap: the longest reading wins, then the type's priority, then the earliest. */
export function resolveOverlaps<T extends Span>(spans: T[]): T[] {
  const n = spans.length;
  // offsets and priorities read once into typed arrays: the spans come in many shapes, and a sort
  // comparator reading them pays megamorphic property loads in each of its n log n calls
  const starts = (scratchStarts = atLeast(scratchStarts, n, makeInt32));
  const ends = (scratchEnds = atLeast(scratchEnds, n, makeInt32));
  const ranks = (scratchRanks = atLeast(scratchRanks, n, makeUint8)); // (priorities are 1 to 7)
  let size = 0;
  let longest = 0;
  let tried = 0;
  for (let k = 0; k < n; k++) {
    const s = spans[k];
    const start = s.start;
    const end = s.end;
    starts[k] = start;
    ends[k] = end;
    ranks[k] = priorityOf(s.type);
    if (end > size) size = end;
    if (end - start > longest) longest = end - start;
    if (end > start) tried++; // an empty span is never kept
  }
  // The order to try them in: length down, priority down, start up, input order up (what a stable sort of
  // the spans with that comparator gave). By start first, then a stable counting sort by (length, priority)
  // keeps the start order within each bucket.
  const byStart = (scratchByStart = atLeast(scratchByStart, tried, makeInt32));
  for (let k = 0, j = 0; k < n; k++) if (ends[k] > starts[k]) byStart[j++] = k;
  sortFirstByStart(byStart, tried, starts, size);
  // bucket of span k: (longest - length) * 8 + (7 - priority)
  const buckets = (longest + 1) * 8 + 1;
  const firstOfBucket = (scratchBuckets = atLeast(scratchBuckets, buckets, makeInt32));
  firstOfBucket.fill(0, 0, buckets);
  for (let j = 0; j < tried; j++) {
    const k = byStart[j];
    firstOfBucket[(longest - (ends[k] - starts[k])) * 8 + (7 - ranks[k]) + 1]++;
  }
  for (let b = 1; b < buckets; b++) firstOfBucket[b] += firstOfBucket[b - 1];
  const order = (scratchOrder = atLeast(scratchOrder, tried, makeInt32));
  for (let j = 0; j < tried; j++) {
    const k = byStart[j];
    order[firstOfBucket[(longest - (ends[k] - starts[k])) * 8 + (7 - ranks[k])]++] = k;
  }
  // one flag per position taken: a span is kept when none of its positions is (linear, not a scan of all
  // kept spans); a kept span's rank is set to 0 (ranks are not read after the bucket sort)
  const taken = (scratchTaken = atLeast(scratchTaken, size, makeUint8));
  taken.fill(0, 0, size);
  for (let j = 0; j < tried; j++) {
    const k = order[j];
    const start = starts[k];
    const end = ends[k];
    let free = true;
    for (let p = start; p < end && free; p++) if (taken[p]) free = false;
    if (!free) continue;
    for (let p = start; p < end; p++) taken[p] = 1; // (fill() costs more than the few positions of a mention)
    ranks[k] = 0;
  }
  // in text order: the start order already made
  const out: T[] = [];
  for (let j = 0; j < tried; j++) if (ranks[byStart[j]] === 0) out.push(spans[byStart[j]]);
  releaseLargeScratch();
  return out;
}

/** Scratch arrays grown past this many elements by one big document are not kept for the next. */
const SCRATCH_KEEP = 1 << 20;

function releaseLargeScratch(): void {
  if (scratchStarts.length > SCRATCH_KEEP) scratchStarts = new Int32Array(256);
  if (scratchEnds.length > SCRATCH_KEEP) scratchEnds = new Int32Array(256);
  if (scratchRanks.length > SCRATCH_KEEP) scratchRanks = new Uint8Array(256);
  if (scratchByStart.length > SCRATCH_KEEP) scratchByStart = new Int32Array(256);
  if (scratchOrder.length > SCRATCH_KEEP) scratchOrder = new Int32Array(256);
  if (scratchSorted.length > SCRATCH_KEEP) scratchSorted = new Int32Array(256);
  if (scratchBuckets.length > SCRATCH_KEEP) scratchBuckets = new Int32Array(256);
  if (scratchTaken.length > SCRATCH_KEEP) scratchTaken = new Uint8Array(4096);
}

/**
 * Posts fused with their body's name, which share its last character (公安局长 for 公安局局长,
 * 外交部长, 公安厅长, 派出所长): the post is read from the body's end (its span holds the rest of the
 * post, 长; the position's title is the whole post, its entry's), so the body and the post both reach
 * the linker without overlapping. `spans` holds those remade spans (no mention of their own).
 */
export function fusedTitles(
  text: string, titles: TitleSpan[], organisations: readonly OrganisationSpan[], regions: readonly RegionSpan[],
): { titles: TitleSpan[]; spans: Map<Span, number> } {
  const spans = new Map<Span, number>();
  if ((!organisations.length && !regions.length) || !titles.length) return { titles, spans };
  // where a body (or a place, for the head of its government: 杭州市长) ends, and the earliest start of one ending there
  const ends = new Map<number, number>();
  const note = (start: number, end: number) => {
    if (end - start >= 2 && (ends.get(end) ?? Infinity) > start) ends.set(end, start);
  };
  for (let k = 0; k < organisations.length; k++) note(organisations[k].start, organisations[k].end);
  const placeEnds = new Set<number>();
  for (let k = 0; k < regions.length; k++) placeEnds.add(regions[k].end);
  // (社区党委 + 党委书记: what follows the shared part is a post of its own, 书记, read there: no fusion)
  const titleAt = new Map<number, number>();
  for (let k = 0; k < titles.length; k++) titleAt.set(titles[k].start, titles[k].end);
  let out: TitleSpan[] | null = null;
  for (let k = 0; k < titles.length; k++) {
    const t = titles[k];
    // the shared part: one character (局长), or two (大队长 after 刑警大队)
    for (let shared = 1; shared <= 2 && t.start + shared < t.end; shared++) {
      const at = t.start + shared;
      const orgStart = ends.get(at);
      const body = orgStart !== undefined && orgStart < t.start;
      if (!body && !(shared === 1 && placeEnds.has(at) && isGovernmentHead(t))) continue;
      if (titleAt.get(at) === t.end) break;
      out ??= titles.slice();
      const span: TitleSpan = { ...t, start: at, text: text.slice(at, t.end), reason: 'title-fused-with-body' };
      out[k] = span;
      spans.set(span, t.start);
      break;
    }
  }
  return { titles: out ?? titles, spans };
}

/** A police or tax 分局 is named by the district it serves (公安局市中分局 → 市中区). */
const BRANCH = /^([\u3400-\u9fff]{2,4})分局$/;

export function link(doc: Doc, res: Resources, spans: {
  regions: RegionSpan[]; organisations: OrganisationSpan[]; titles: TitleSpan[]; persons: PersonSpan[];
  metrics: MetricSpan[]; slogans: SloganSpan[]; documents: DocumentSpan[];
}): Linked {
  // every proposed mention in one list (a metric wrapped as a Span), filled in place: spreads grew it step by
  // step. (Index loops here and below: link runs once per document, often before it is optimised, and a
  // for-of loop that is not optimised makes an iterator result per element.)
  const fused = fusedTitles(doc.work, spans.titles, spans.organisations, spans.regions);
  const groups: Span[][] = [spans.documents, spans.organisations, spans.persons, fused.titles, spans.regions, spans.slogans];
  const metricSpans = spans.metrics;
  let total = metricSpans.length;
  for (let g = 0; g < groups.length; g++) total += groups[g].length;
  const proposed = new Array<Span>(total);
  let n = 0;
  for (let g = 0; g < groups.length; g++) for (let k = 0, list = groups[g]; k < list.length; k++) proposed[n++] = list[k];
  for (let k = 0; k < metricSpans.length; k++) {
    const m = metricSpans[k];
    proposed[n++] = newSpan('metric', m.start, m.end, m.text, m.reason, m);
  }
  const all = resolveOverlaps<Span>(proposed);
  const ctx = new RegionContext(res);
  // `implied`: why a region with no standalone mention is a region of the document; once a standalone mention
  // is seen, how the first one was resolved (a context choice among namesakes …, else the mention's rule)
  const regionsOut = new Map<string, RegionEntry>();
  const addRegion = (r: ResolvedRegion, span: RegionSpan | null, implied = 'standalone') => {
    let entry = regionsOut.get(r.key);
    if (!entry) {
      entry = { span, region: r, reason: implied, standalone: false };
      regionsOut.set(r.key, entry);
    }
    if (span && !entry.standalone) {
      entry.reason = r.reason ?? span.reason;
      entry.standalone = true;
    }
    return r.key;
  };
  // Standalone county short forms and generic township names count only when the document confirms them.
  const confirmation = new RegionConfirmation(doc, res, all);
  // (lists of known bound made at that size, then cut to length: a push per element grew them step by step)
  const kept = new Array<Span>(all.length);
  let keptCount = 0;
  for (let k = 0; k < all.length; k++) if (all[k].type !== 'region' || confirmation.confirmed(all[k] as RegionSpan)) kept[keptCount++] = all[k];
  kept.length = keptCount;
  /** The kept regions, made when a short form with alternatives first asks for its enumeration. */
  let keptRegions: RegionSpan[] | null = null;
  const text = doc.work;

  // One pass in text order: regions feed the context that bare organs are resolved from. It also sorts the
  // kept spans by type (one pass, not a filter per type). What the chains ask later (the span ending or
  // starting at a position) is found by binary search in `kept`: no Map per position kind.
  /** The record key of each kept region and organisation (index: in `kept`); null: no record. */
  const keyOf = new Array<string | null>(kept.length).fill(null);
  /** The organisation each kept organisation span was resolved to (index: in `kept`; null: none). */
  const orgAt = new Array<LinkedOrganisation | null>(kept.length).fill(null);
  const orgs = new Map<string, LinkedOrganisation>();
  /** orgs.values() as they are added in this pass (a copy of the Map per organisation was quadratic). */
  const orgList: LinkedOrganisation[] = [];
  // the organisation span before, and what it was resolved to (an enumeration's head)
  let lastOrgSpan: OrganisationSpan | null = null;
  let lastOrg: LinkedOrganisation | null = null;
  /** Every organisation resolved so far, in text order: what 该院 / 该局 refer back to. */
  const timeline: Timeline = { pos: [], section: [], org: [] };
  const titles: TitleSpan[] = [];
  const persons: PersonSpan[] = [];
  const metrics: MetricSpan[] = [];
  const slogans: SloganSpan[] = [];
  const documents: DocumentSpan[] = [];
  // The region written right before the current one (山东省青岛市 before 市北区), with its ancestors: the
  // division it names (or lies in), then the ancestors it was resolved with. The list is made only when
  // the next region is adjacent (most are not).
  let chainEnd = -1;
  let chainRegion: ResolvedRegion | null = null;
  let chainAbove: Division | null = null;
  let chainOuter: readonly Division[] = NO_DIVISIONS;
  let regionCount = 0;
  /** The regions inside an organisation's name, as canonicalOrganisation resolved them (refilled per organisation). */
  const parts: (ResolvedRegion | null)[] = [];
  for (let i = 0; i < kept.length; i++) {
    const s = kept[i];
    if (s.type === 'region') {
      const span = s as RegionSpan;
      const section = doc.sectionOf(s.start);
      const adjacent = chainRegion !== null && chainEnd === span.start;
      const ancestors = !adjacent ? NO_DIVISIONS : chainAbove ? [chainAbove, ...chainOuter] : chainOuter;
      const hint = span.data.alternatives ? enumerationLevel(doc, (keptRegions ??= regionsOf(kept)), regionCount) : null;
      regionCount++;
      const r = resolveRegionSpan(res, ctx, span, ancestors, adjacent ? chainRegion : null, hint);
      if (r) {
        ctx.note(span.start, section, r.division ?? r.parentDivision);
        keyOf[i] = addRegion(r, span);
        chainEnd = span.end;
        chainRegion = r;
        chainAbove = r.division ?? r.parentDivision;
        chainOuter = ancestors;
      } else chainRegion = null;
    } else if (s.type === 'organisation') {
      const span = s as OrganisationSpan;
      const section = doc.sectionOf(s.start);
      // the organisation listed right before, after a 、
      const enumerationHead = lastOrgSpan && span.start === lastOrgSpan.end + 1 && text.charCodeAt(lastOrgSpan.end) === 0x3001 ? lastOrg : null;
      parts.length = 0;
      const org = canonicalOrganisation(doc, res, ctx, span, section, enumerationHead, orgList, orgs, parts);
      orgAt[i] = org;
      keyOf[i] = org?.key ?? null;
      // every region written in the name is a region of the document (河南省 of 河南省洛阳市委); when
      // canonicalOrganisation resolved them (with the same context), its readings are taken as they are
      const regionParts = span.data.regions;
      if (parts.length === regionParts.length) {
        for (let k = 0; k < regionParts.length; k++) {
          const r = parts[k];
          if (r && regionParts[k].span.data.surfaceKind !== 'weak') addRegion(r, null, 'in-organisation-name');
        }
      } else {
        const ancestors: Division[] = [];
        let before: ResolvedRegion | null = null;
        for (const part of regionParts) {
          const r = resolveRegionSpan(res, ctx, part.span, ancestors, before);
          if (r?.division) ancestors.unshift(r.division);
          if (r && part.span.data.surfaceKind !== 'weak') addRegion(r, null, 'in-organisation-name');
          before = r;
        }
      }
      // 济南市公安局市中分局: a branch named by a district's short form names that district
      const branchOf = org?.region?.division;
      if (branchOf) {
        for (const unit of span.data.subUnits) {
          const stem = unit.endsWith('分局') ? BRANCH.exec(unit)?.[1] : undefined; // (no match array made for other units)
          const district = stem ? res.gazetteer.childByShortForm(branchOf, stem) : undefined;
          if (district) addRegion(resolvedFromDivision(res, district), null, 'branch-named-by-district');
        }
      }
      chainRegion = null;
      if (org) {
        const existing = orgs.get(org.key);
        if (existing) existing.spans.push(span);
        else {
          orgs.set(org.key, org);
          orgList.push(org);
        }
        if (org.region) {
          addRegion(org.region, null, 'region-of-organisation');
          ctx.note(span.start, section, org.region.division ?? org.region.parentDivision);
        }
        timeline.pos.push(span.start);
        timeline.section.push(section);
        timeline.org.push(org);
      }
      lastOrgSpan = span;
      lastOrg = org;
    } else if (s.type === 'title') titles.push(s as TitleSpan);
    else if (s.type === 'person') persons.push(s as PersonSpan);
    else if (s.type === 'metric') metrics.push(s.data as MetricSpan);
    else if (s.type === 'slogan') slogans.push(s as SloganSpan);
    else if (s.type === 'document') documents.push(s as DocumentSpan);
  }

  // The kept spans are in text order, do not overlap and are not empty: their ends rise as their starts do.
  /** Index in `kept` of the span ending at `pos` with type `type`, else -1. */
  const endingAt = (pos: number, type: MentionType): number => {
    const k = lastStartingBefore(kept, pos);
    return k >= 0 && kept[k].end === pos && kept[k].type === type ? k : -1;
  };
  /** Index in `kept` of the span starting at `pos` with type `type`, else -1. */
  const startingAt = (pos: number, type: MentionType): number => {
    const k = lastStartingBefore(kept, pos + 1);
    return k >= 0 && kept[k].start === pos && kept[k].type === type ? k : -1;
  };
  // Titles and persons: chains of [org] title (、 [org] title)* around a name.
  // 平江县政府相关负责人: a word may stand between a body and its post; a body so followed by a gap word
  // takes the position after it even from a body ending there (of several, the one ending last)
  const gaps = res.organs.orgTitleGap;
  /** Index in `kept` of the organisation right before a post starting at `pos` (-1: none). */
  const orgBefore = (pos: number): number => {
    let found = -1;
    for (let g = 0; g < gaps.length; g++) {
      const gap = gaps[g];
      const at = pos - gap.length;
      if (at < 0 || !text.startsWith(gap, at)) continue;
      const k = endingAt(at, 'organisation');
      if (k > found) found = k;
    }
    if (found < 0) found = endingAt(pos, 'organisation');
    // 中央党校（国家行政学院）副校长, 省委党校（省行政学院）常务副校长: the body's other name in brackets
    // between it and the post
    if (found < 0) {
      const open = bracketedNameBefore(text, pos);
      if (open >= 0) found = endingAt(open, 'organisation');
    }
    return found;
  };
  // a region right before a head-of-government post (通辽市常务副市长): that region's government
  /** The region whose mention ends at `pos` (a village below the gazetteer too). */
  const anyRegionEndingAt = (pos: number): ResolvedRegion | undefined => {
    const k = endingAt(pos, 'region');
    const key = k >= 0 ? keyOf[k] : null;
    return key ? regionsOut.get(key)?.region : undefined;
  };
  /** The division of the gazetteer whose mention ends at `pos`. */
  const regionEndingAt = (pos: number): ResolvedRegion | undefined => {
    const region = anyRegionEndingAt(pos);
    return region?.division ? region : undefined;
  };
  const positions: LinkedPosition[] = [];
  const keptTitles: TitleSpan[] = [];
  // 王某某同志任洛阳市副市长, 任命王某某为…: the name right before an appointment word and the chain
  const appointment = res.personContext.appointmentWords;
  const appointedBefore = (chainStart: number): PersonSpan | undefined => {
    for (const w of appointment) {
      const at = chainStart - w.length;
      if (at <= 0 || !text.startsWith(w, at)) continue;
      const k = endingAt(at, 'person');
      if (k >= 0) return kept[k] as PersonSpan;
    }
    return undefined;
  };

  // 任命王某某为…, 免去王某某的…职务, 接受王某某辞去…职务: the name of a personnel decision and the
  // chain right after it (dicts/person-context.json personnelActs)
  const acts = res.personContext.acts;
  /**
   * One of the act's words ends at `at`, a colon between or not (任命：王某…); or a ； stands there and the
   * act's word opens an earlier clause of the sentence (任命：王某为…；李某为…).
   */
  const actOpens = (before: readonly string[], at: number): boolean => {
    const opensAt = (p: number) => before.some((b) => p >= b.length && text.startsWith(b, p - b.length));
    if (opensAt(at) || (isColon(text.charCodeAt(at - 1)) && opensAt(at - 1))) return true;
    if (text.charCodeAt(at - 1) !== 0xff1b /* ； */) return false;
    for (let p = at - 1; p > 0 && !sentenceEndBetween(text, p - 1, p); p--) if (opensAt(p)) return true;
    return false;
  };
  // (免去某甲、某乙的…职务: every name listed)
  const namedByAct = (chainStart: number, chainEnd: number): { persons: PersonSpan[]; former: boolean } | undefined => {
    for (const act of acts) {
      if (act.after && !act.after.some((w) => text.startsWith(w, chainEnd))) continue;
      for (const w of act.between) {
        const at = chainStart - w.length;
        if (at <= 0 || !text.startsWith(w, at)) continue;
        let k = endingAt(at, 'person');
        if (k < 0) continue;
        const persons = [kept[k] as PersonSpan];
        while (text.charCodeAt(persons[0].start - 1) === 0x3001 && (k = endingAt(persons[0].start - 1, 'person')) >= 0) persons.unshift(kept[k] as PersonSpan);
        const first = persons[0].start;
        if (actOpens(act.before, first)) return { persons, former: !!act.former };
      }
    }
    return undefined;
  };

  // 某某某同志历任…等职; 某某某，男，1972年5月生，…，现任…: the posts after a career verb are those of the
  // name right before it, or of the name its sentence opens with (dicts/person-context.json careerVerbs)
  const career = res.personContext.careerVerbs;
  const careerHolder = (chainStart: number): { person: PersonSpan; former: boolean } | undefined => {
    const cv = careerVerbEndingAt(res, text, chainStart);
    if (!cv) return undefined;
    const at = chainStart - cv.verb.length;
    let k = endingAt(at, 'person');
    for (const w of career.afterName) if (k < 0 && text.startsWith(w, at - w.length)) k = endingAt(at - w.length, 'person');
    if (k >= 0) return { person: kept[k] as PersonSpan, former: cv.former };
    // 王某某，男，汉族，1965年3月生，…，大学学历。现任…: a career verb that opens a sentence of a
    // biography belongs to the name the biography opens with (a bio cue, ，男，, right after it), the
    // nearest name before it in the same paragraph
    if (endsSentence(text.charCodeAt(at - 1))) {
      const q = lastStartingBefore(kept, at);
      for (let n = q; n >= 0; n--) {
        const s = kept[n];
        if (s.type !== 'person') continue;
        if (s.end > at || at - s.end > career.maxNote || text.lastIndexOf('\n', at - 1) >= s.end) return undefined;
        return res.personContext.bioCues.some((cue) => text.startsWith(cue, s.end)) ? { person: s as PersonSpan, former: cv.former } : undefined;
      }
      return undefined;
    }
    if (text.charCodeAt(at - 1) !== 0xff0c) return undefined;
    // after a ，: the nearest name before, which opens its sentence, with no sentence end between
    for (let q = lastStartingBefore(kept, at); q >= 0; q--) {
      const s = kept[q];
      if (s.type !== 'person') continue;
      if (s.end > at || at - s.end > career.maxNote) return undefined;
      for (let c = s.end; c < at; c++) if (endsSentence(text.charCodeAt(c))) return undefined;
      // (拟任县委书记：周海涛，现任…: a name after a colon opens its clause too)
      const opens = s.start === 0 || endsSentence(text.charCodeAt(s.start - 1)) || /\s/.test(text[s.start - 1]) || isColon(text.charCodeAt(s.start - 1));
      const c = text.charCodeAt(s.end);
      return opens && (c === 0xff0c || c === 0x2c || c === 0xff08 || c === 0x28) ? { person: s as PersonSpan, former: cv.former } : undefined;
    }
    return undefined;
  };

  /**
   * The chain being read: its items are titles[i], titles[i + 1] … (consecutive titles), and chainOrgs[c]
   * is the organisation written before item c (index in `kept`, -1 for none). One list for the document.
   */
  const chainOrgs: number[] = [];
  // the name after the last chain and the organisation of that chain's last post: 院长刘峰、副院长张雪 —
  // a chain right after that name and a 、 or ， with no body or region of its own is of the same body
  let listedAfter = -1;
  let listedOrg: LinkedOrganisation | null = null;
  // 原 (dicts/organs.json formerMarkers) ending at `at`, as a word of its own (not the end of 平原,
  // 高原): its length, else 0
  const formers = res.organs.formerMarkers;
  const markedBefore = (at: number): number => {
    for (const w of formers) {
      const from = at - w.length;
      if (from >= 0 && text.startsWith(w, from) && doc.startsWord(from)) return w.length;
    }
    return 0;
  };
  /** The length of 原 ending at `at`, however the segmenter cut it (郑州|市原|副市长), else 0. */
  const formerBefore = (at: number): number => {
    for (const w of formers) if (at >= w.length && text.startsWith(w, at - w.length)) return w.length;
    return 0;
  };
  /** 原 is all that stands between a body ending at `from` and its post starting at `to`. */
  const formerBetween = (from: number, to: number): boolean => {
    for (const w of formers) if (from + w.length === to && text.startsWith(w, from)) return true;
    return false;
  };
  /**
   * The name right after the chain that starts with titles[k] (or the body written before it) at
   * `from`, its items joined by 、 or 兼: as the chain loop reads them, without 原 (a second run of
   * posts is a plain list).
   */
  const holderOfChainAt = (k: number, from: number): PersonSpan | null => {
    const first = orgBefore(titles[k].start);
    if ((first >= 0 ? kept[first].start : titles[k].start) !== from) return null;
    let end = titles[k].end;
    for (let n = k + 1; n < titles.length; n++) {
      const org = orgBefore(titles[n].start);
      const itemStart = org >= 0 ? kept[org].start : titles[n].start;
      const c = text.charCodeAt(end);
      if (itemStart !== end + 1 || (c !== 0x3001 && c !== 0x517c)) break;
      end = titles[n].end;
    }
    while (isSeparator(text.charCodeAt(end))) end++;
    const named = startingAt(end, 'person');
    return named >= 0 ? (kept[named] as PersonSpan) : null;
  };
  /** Per chain item: 原 written right before it, after the 、 (副书记、原市长). */
  const itemFormer: boolean[] = [];
  /** Per chain item: a bare body written before its post (、村委会主任, 、镇|党委书记): its body is unknown. */
  const itemBare: boolean[] = [];
  const bareBodies = res.organs.bareBodies;
  /** The length of the bare body from `from` to the post at `at` (dicts/organs.json bareBodies), else 0. */
  const bareBodyBetween = (from: number, at: number): number =>
    bareBodies.has(text.slice(from, at)) || unnamedBodyBetween(res, text, from, at, startingAt(from, 'region') >= 0 || startingAt(from, 'organisation') >= 0) ? at - from : 0;
  /** Names listed after the holder that hold the same posts (副院长李建华、陈红). */
  const coHolders: PersonSpan[] = [];
  let i = 0;
  while (i < titles.length) {
    // build a chain of items: each item is [org] title+
    chainOrgs.length = 0;
    itemFormer.length = 0;
    itemBare.length = 0;
    let j = i;
    let chainStart = titles[i].start;
    while (j < titles.length) {
      const t = titles[j];
      const org = orgBefore(t.start);
      const itemStart = org >= 0 ? kept[org].start : t.start;
      let former = false;
      let bare = 0;
      if (j > i) {
        // what stands between two items: nothing, 、 or 兼, and after it 原 (副书记、原市长) or a bare body
        // (村党支部书记、村委会主任)
        const prevEnd = titles[j - 1].end;
        const c = text.charCodeAt(prevEnd);
        const marker = itemStart > prevEnd + 1 ? markedBefore(itemStart) : 0;
        former = marker > 0;
        const listed = c === 0x3001 || c === 0x517c;
        if (org < 0 && listed && itemStart > prevEnd + 1 + marker) bare = bareBodyBetween(prevEnd + 1 + marker, itemStart);
        if (itemStart > prevEnd && !(itemStart === prevEnd + 1 + marker + bare && listed)) break;
      } else chainStart = itemStart;
      chainOrgs.push(org);
      itemFormer.push(former);
      itemBare.push(bare > 0);
      j++;
    }
    // a region written before a first post with no organisation (东营市副市长) belongs to the chain
    if (chainOrgs[0] < 0) for (let k = endingAt(chainStart, 'region'); k >= 0; k = endingAt(chainStart, 'region')) chainStart = kept[k].start;
    const chainEnd = titles[j - 1].end;
    // the holder: a name right after the chain, or right before it (byline, apposition)
    let holder: PersonSpan | null = null;
    let reason = 'title-chain';
    let actFormer = false;
    let actListed: PersonSpan[] = [];
    let after = chainEnd;
    while (isSeparator(text.charCodeAt(after))) after++;
    // 副院长（主持工作）X, 副县长（挂职）X: a bracketed note between the last post and the name
    after += noteAt(text, after);
    // 院长、二级高级法官X, 局长，一级警监X: a rank between the last post and the name does not part them
    after += rankAfterComma(res, text, after);
    while (isSeparator(text.charCodeAt(after))) after++;
    const afterK = startingAt(after, 'person');
    if (afterK >= 0) {
      holder = kept[afterK] as PersonSpan;
      reason = 'title-chain-before-name';
    } else {
      let before = chainStart;
      while (before > 0 && (isSeparator(text.charCodeAt(before - 1)) || text.charCodeAt(before - 1) === 0xff0c)) before--;
      // 王某（湖州市人民检察院检察长）: the posts in brackets right after a name are that name's
      if (before === chainStart && isOpeningBracket(text.charCodeAt(before - 1)) && isClosingBracket(text.charCodeAt(chainEnd))) before--;
      const beforeK = endingAt(before, 'person');
      let p: PersonSpan | undefined = beforeK >= 0 ? (kept[beforeK] as PersonSpan) : undefined;
      let act: ReturnType<typeof namedByAct>;
      let ofCareer: ReturnType<typeof careerHolder>;
      if (p && before >= chainStart - 2) reason = 'name-before-title-chain';
      else if ((act = namedByAct(chainStart, chainEnd))) {
        [p, ...actListed] = act.persons;
        actFormer = act.former;
        reason = 'name-in-personnel-act';
      } else if ((p = appointedBefore(chainStart))) reason = 'name-appointed-to-chain';
      else if ((ofCareer = careerHolder(chainStart))) {
        p = ofCareer.person;
        actFormer = ofCareer.former;
        reason = 'name-before-career-verb';
      }
      else {
        // an author byline: the name alone on its line, the posts on the next one (广西壮族自治区柳州市副市长,
        // 市公安局局长、党委副书记): every chain of that posts line belongs to the name
        p = undefined;
        const lineStart = text.lastIndexOf('\n', chainStart - 1) + 1;
        // the posts line holds only regions, organisations, titles and separators before this chain
        if (lineStart > 0 && chainStart - lineStart <= 60 && onlyPosts(text, kept, lineStart, chainStart)) {
          let k = lineStart - 1;
          while (k > 0 && /\s/.test(text[k - 1])) k--;
          const namedK = endingAt(k, 'person');
          const named = namedK >= 0 ? (kept[namedK] as PersonSpan) : undefined;
          if (named && text.slice(text.lastIndexOf('\n', named.start - 1) + 1, named.start).trim() === '') {
            p = named;
            reason = 'byline-name-then-posts';
          }
        }
      }
      if (p) holder = p;
    }
    // 广州市委常委、政法委书记，市公安局党委书记、局长王某: a chain with no holder, a ， and a chain right
    // after it that ends in a name: one official's posts, listed in two runs
    if (!holder && text.charCodeAt(chainEnd) === 0xff0c && j < titles.length) {
      const next = holderOfChainAt(j, chainEnd + 1);
      if (next) {
        holder = next;
        reason = 'title-chain-before-comma-and-chain';
      }
    }
    // 该院党组书记、院长…: the posts of the court or procuratorate named last before, in the same section
    let inherited: LinkedOrganisation | null = chainOrgs[0] >= 0 ? null : anaphoricOrganisation(res, text, chainStart, doc.sectionOf(chainStart), timeline);
    let shared = 'shared-head';
    if (!inherited && chainOrgs[0] < 0 && listedOrg && chainStart === titles[i].start && chainStart === listedAfter + 1) {
      const c = text.charCodeAt(listedAfter);
      if (c === 0x3001 || c === 0xff0c) {
        inherited = listedOrg;
        shared = 'listed-after';
      }
    }
    listedOrg = null;
    // 副院长李建华、陈红: names listed with 、 right after the holder, each not followed by a post of
    // its own, hold the same posts
    coHolders.length = 0;
    appendAll(coHolders, actListed);
    let lastHolderEnd = holder ? holder.end : -1;
    if (holder && reason === 'title-chain-before-name') {
      for (let at = holder.end; text.charCodeAt(at) === 0x3001; ) {
        const k = startingAt(at + 1, 'person');
        if (k < 0) break;
        const p = kept[k] as PersonSpan;
        if (startingAt(p.end, 'title') >= 0 || startingAt(p.end, 'organisation') >= 0) break;
        coHolders.push(p);
        at = p.end;
        lastHolderEnd = p.end;
      }
    }
    // 原洛阳市委副书记、市长…: every post of the chain is a former one
    let chainFormer = actFormer || markedBefore(chainStart) > 0;
    // 美国总统, 日本前首相: a country written before a first post with no body makes the chain's posts
    // that country's (no Chinese body's, whatever came before)
    // (朝鲜劳动党总书记、国务委员长: a chain a foreign body opens is that state's too)
    const firstForeign = chainOrgs[0] >= 0 ? (kept[chainOrgs[0]] as OrganisationSpan).data.foreign?.country : null;
    const abroad = chainOrgs[0] < 0 ? foreignChainCue(doc, res, chainStart) : firstForeign ? { country: firstForeign, former: false } : null;
    if (abroad?.former) chainFormer = true;
    for (let c = 0; c < chainOrgs.length; c++) {
      const title = titles[i + c];
      const orgSpan = chainOrgs[c] >= 0 ? kept[chainOrgs[c]] : null;
      // 中国驻日本大使, 美国驻华大使: the mission the post heads, written or not; 中国驻东盟大使: the mission to
      // the international body written before the post, not that body
      const toInternational = !!orgSpan && orgSpan.end === title.start && internationalHostBefore(doc, res, title.start) !== null;
      const mission = c > 0 || (orgSpan && !toInternational) ? null : impliedMission(doc, res, title, orgs);
      // (in a foreign chain, a post with no body of its own is of the foreign body before it, or of none)
      let org: LinkedOrganisation | null = mission ? mission.org : orgSpan ? orgAt[chainOrgs[c]] : title.data.office || itemBare[c] ? null : abroad ? (inherited?.country ? inherited : null) : inherited;
      // (the chain's body before a post of another kind: its region is where an implied organ is, below)
      const chainRegion = !orgSpan ? org?.region ?? null : null;
      if (org && !orgSpan && title.data.orgKinds.length && !isOfKind(org, title.data.orgKinds)) {
        org = siblingOrganisation(res, org, title.data.orgKinds, orgs);
      }
      if (orgSpan) inherited = org;
      if (!org && !abroad && title.data.impliedOrganisation) org = impliedOrganisation(res, title.data.impliedOrganisation, orgs);
      if (!org && !abroad && c === 0 && (isGovernmentHead(title) || title.data.governmentHeadIn.length)) {
        // (郑州市原副市长: 原 may stand between the region and the post)
        const region = regionEndingAt(title.start) ?? regionEndingAt(title.start - formerBefore(title.start));
        // 内蒙古自治区主席: a post that heads the government of some regions only (titles.json governmentHeadIn)
        if (region && (isGovernmentHead(title) || headsGovernmentIn(title, canonicalRegionName(res, region)))) org = governmentOf(res, region, orgs);
        // (大连市市长、党组书记: the government the first post implies is the chain's body, as a written one is)
        if (org) inherited = org;
      }
      if (!org && !abroad && title.data.impliedOrgan) {
        // 东坑村村支书, 东坑村村主任: the village's Party branch or committee (titles.json impliedOrgan); later
        // in a chain (东坑村村主任、村支书), of the village of the chain's body
        const region = c === 0 ? anyRegionEndingAt(title.start) : chainRegion;
        if (region && title.data.impliedOrgan.afterLevels.includes(region.level)) org = organOf(res, region, title.data.impliedOrgan.organ, orgs);
        if (org && c === 0) inherited = org;
      }
      if (!org && !holder) continue;
      // (长官: a post of other states only, here with no country or foreign body)
      if (title.data.foreignOnly && !abroad && !org?.country) continue;
      // 政法委原书记: the marker between the body and the post
      // (the segmenter may glue 原 to the body's last character: 区委|原 as 委原; the body ends there all the same)
      const between = !!orgSpan && orgSpan.end < title.start && (markedBefore(title.start) > 0 || formerBetween(orgSpan.end, title.start));
      // 江宁区委原常委、副区长: 原 on the first post of a chain leaves every post of it
      if (c === 0 && between) chainFormer = true;
      const former = chainFormer || itemFormer[c] || between;
      // (a post fused with a place, 杭州市长: the post as written, its first character the place's last)
      const start = orgSpan ? orgSpan.start : fused.spans.get(title) ?? title.start;
      const titleText = fused.spans.has(title) ? title.data.title : title.text;
      // (the other state: its body's, or the country's written before the chain)
      const country = org ? org.country ?? null : abroad?.country ?? null;
      positions.push({
        person: holder, title, titleText, organisation: org, country, former, start, end: title.end,
        reason: orgSpan ? reason : `${reason}+${shared}`,
      });
      for (const p of coHolders) {
        positions.push({
          person: p, title, titleText, organisation: org, country, former, start, end: title.end,
          reason: `${orgSpan ? reason : `${reason}+${shared}`}+listed-name`,
        });
      }
      if (keptTitles[keptTitles.length - 1] !== title) keptTitles.push(title);
      if (c === chainOrgs.length - 1 && holder && reason === 'title-chain-before-name' && org) {
        listedOrg = org;
        listedAfter = lastHolderEnd;
      }
    }
    i = j;
  }

  // the titles that made a position are mentions; the others are not (titles and keptTitles are both in text order)
  const mentions = new Array<Span>(kept.length);
  const mentionKeys = new Array<string | null>(kept.length);
  let m = 0;
  let t = 0;
  for (let k = 0; k < kept.length; k++) {
    const s = kept[k];
    if (s.type === 'title') {
      if (t < keptTitles.length && keptTitles[t] === s) {
        // a post fused with its body (公安局长) is read for the position, but its mention is the body's
        if (!fused.spans.has(s)) {
          mentions[m] = s;
          mentionKeys[m++] = null;
        }
        t++;
      }
    } else if (s.type !== 'region' || keyOf[k] !== null || (s as RegionSpan).data.surfaceKind !== 'weak') {
      mentions[m] = s;
      mentionKeys[m++] = keyOf[k];
    }
  }
  mentions.length = m;
  mentionKeys.length = m;
  return {
    regions: [...regionsOut.values()],
    organisations: [...orgs.values()],
    titles: keptTitles,
    persons,
    positions,
    metrics,
    slogans,
    documents,
    mentions,
    mentionKeys,
  };
}

/** A region of the document, as the linker gathers them (`standalone`: `reason` is a standalone mention's). */
interface RegionEntry {
  span: RegionSpan | null;
  region: ResolvedRegion;
  reason: string;
  standalone: boolean;
}

/** The organisations resolved so far, in text order, as parallel lists (no object per organisation). */
interface Timeline {
  pos: number[];
  section: number[];
  org: LinkedOrganisation[];
}

const NO_DIVISIONS: readonly Division[] = Object.freeze([]);

/** The regions among `spans`, in order. */
function regionsOf(spans: readonly Span[]): RegionSpan[] {
  const out: RegionSpan[] = [];
  for (const s of spans) if (s.type === 'region') out.push(s as RegionSpan);
  return out;
}


/**
 * True when text[from, at), between the 、 of a chain of posts and the next post, is a body the lexicon
 * does not name (dicts/organs.json unnamedBodies): a level word, a region or a body the text names
 * (`fromRegion`) first, a suffix of a body last (中心, 办, 局, 室), ideographs only, no post inside, and
 * before the suffix no character that ends a body's name (organs.json namedBodyStop: 的, 和, 各 …)
 * (省委政法委副书记、省网格化服务管理中心主任X, 中央政法委副秘书长、中央政法委政法队伍建设指导室主任X:
 * the chain goes on to the name).
 */
function unnamedBodyBetween(res: Resources, text: string, from: number, at: number, fromRegion: boolean): boolean {
  const { suffixes, maxLength } = res.organs.unnamedBodies;
  const length = at - from;
  if (length < 3 || length > maxLength) return false;
  if (!fromRegion && !res.organs.levelWords.some((w) => text.startsWith(w, from))) return false;
  const suffix = suffixes.find((s) => s.length < length && text.startsWith(s, at - s.length));
  if (!suffix) return false;
  const stop = res.organs.namedBodyStop;
  for (let k = from; k < at; k++) {
    if (!isHanAt(text, k) || (k < at - suffix.length && stop[text.charCodeAt(k)] === 1) || res.titles.trie.hasMatchAt(text, k)) return false;
  }
  return true;
}

/**
 * True when [from, to) holds only regions, organisations, titles (as kept) and separators (、 , ， 兼, white
 * space): a byline's posts line. The kept span covering a position is found by binary search (they are
 * sorted and do not overlap), then skipped whole.
 */
function onlyPosts(text: string, kept: readonly Span[], from: number, to: number): boolean {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid].start <= from) lo = mid + 1;
    else hi = mid;
  }
  // k: the last span starting at or before c
  for (let c = from, k = lo - 1; c < to; ) {
    while (k + 1 < kept.length && kept[k + 1].start <= c) k++;
    const s = k >= 0 ? kept[k] : undefined;
    if (s && s.end > c && (s.type === 'region' || s.type === 'organisation' || s.type === 'title')) c = s.end;
    else if (/[、,，\s兼]/.test(text[c])) c++;
    else return false;
  }
  return true;
}

/** Space, tab or ideographic space (what may stand between a chain of posts and a name). */
/** The length of 、 or ， and a rank (dicts/titles.json ranks) at `at`, 0 when there is none. */
function rankAfterComma(res: Resources, text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c !== 0x3001 && c !== 0xff0c) return 0;
  const { ranks, maxRank } = res.titles;
  for (let len = maxRank; len >= 2; len--) if (ranks.has(text.slice(at + 1, at + 1 + len))) return 1 + len;
  return 0;
}

/** 。！？； or a line break: a sentence ends. */
function endsSentence(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x0a || c === 0x21 || c === 0x3f || c === 0x3b;
}

function isOpeningBracket(c: number): boolean {
  return c === 0xff08 || c === 0x28;
}

function isClosingBracket(c: number): boolean {
  return c === 0xff09 || c === 0x29;
}

function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}


/** 总书记 belongs to 中共中央 whether or not the text says so. */
function impliedOrganisation(res: Resources, name: string, orgs: Map<string, LinkedOrganisation>): LinkedOrganisation | null {
  const existing = orgs.get(name);
  if (existing) return existing;
  const body = res.centralTrie.get(name)?.[0]?.body;
  if (!body) return null;
  const created: LinkedOrganisation = {
    key: body.name, name: body.name, kind: body.kind, actsAs: body.actsAs ?? null, level: 'national', region: null, parentName: body.parent, spans: [], reason: 'post-implies-organisation',
  };
  orgs.set(body.name, created);
  return created;
}

/**
 * 该院 / 该局 right before a chain of posts: the nearest organisation named before it in the same
 * section whose kind the anaphor allows (dicts/organs.json `anaphora`); null when there is none.
 * The anaphor itself is no organisation mention (RECORDS.md: a named body, as written).
 */
function anaphoricOrganisation(
  res: Resources, text: string, at: number, section: number, timeline: Timeline,
): LinkedOrganisation | null {
  let entry: { kinds: OrganisationKind[]; notAnOrganisation?: boolean } | null = null;
  for (let len = 2; len <= 4 && !entry; len++) {
    const m = at - len >= 0 ? res.organs.anaphora.longestAt(text, at - len) : null;
    if (m && m.end === at && !m.values[0].notAnOrganisation) entry = m.values[0];
  }
  if (!entry) return null;
  for (let k = timeline.pos.length - 1, seen = 0; k >= 0 && seen < 200; k--, seen++) {
    if (timeline.pos[k] >= at) continue;
    if (timeline.section[k] !== section) break;
    if (isOfKind(timeline.org[k], entry.kinds)) return timeline.org[k];
  }
  return null;
}

/** Posts held in a government only (省长, 市长, 县长, 旗长 …): the titles lexicon says which. */
function isGovernmentHead(title: TitleSpan): boolean {
  return title.data.orgKinds.length === 1 && title.data.orgKinds[0] === 'government';
}

function headsGovernmentIn(title: TitleSpan, regionName: string): boolean {
  for (const suffix of title.data.governmentHeadIn) if (regionName.endsWith(suffix)) return true;
  return false;
}

/** 市长 after 市委副书记: the post belongs to the government of the same region. */
function siblingOrganisation(res: Resources, org: LinkedOrganisation, kinds: OrganisationKind[], orgs: Map<string, LinkedOrganisation>): LinkedOrganisation | null {
  if (!org.region || !kinds.includes('government')) return org.kind === 'party_organ' && kinds.includes('party_committee') ? org : null;
  return governmentOf(res, org.region, orgs);
}

/** The people's government of a region, created when the text has not named it. */
function governmentOf(res: Resources, region: ResolvedRegion, orgs: Map<string, LinkedOrganisation>): LinkedOrganisation {
  const name = templateIn(res, 'government', canonicalRegionName(res, region), '{R}人民政府');
  return impliedBody(orgs, name, 'government', region, 'post-implies-government');
}

/** The organisation named `name` that the text has named already, else one made (a body a post implies). */
function impliedBody(orgs: Map<string, LinkedOrganisation>, name: string, kind: OrganisationKind, region: ResolvedRegion, reason: string): LinkedOrganisation {
  let existing = orgs.get(name);
  if (!existing) for (const o of orgs.values()) if (o.name === name) { existing = o; break; }
  if (existing) return existing;
  const created: LinkedOrganisation = { key: name, name, kind, actsAs: null, level: orgLevel(region), region, parentName: null, spans: [], reason };
  orgs.set(name, created);
  return created;
}

/**
 * The body an organ of organs.json (党支部, 村委会) makes in a region, created when the text has not
 * named it: named as the written organ after the region would be (中共东坑村支部委员会, 东坑村村民委员会).
 */
function organOf(res: Resources, region: ResolvedRegion, surface: string, orgs: Map<string, LinkedOrganisation>): LinkedOrganisation | null {
  const organ = res.organs.heads.get(surface)?.[0];
  if (!organ || (organ.onlyAfter && !organ.onlyAfter.includes(region.level))) return null;
  const R = canonicalRegionName(res, region);
  const committee = organ.role === 'committee';
  const kind: OrganisationKind = committee ? 'party_committee' : organ.kind;
  const name = committee ? organ.template.replace('{R}', R) : templateIn(res, kind, R, organ.template);
  return impliedBody(orgs, name, kind, region, 'post-implies-organ');
}

/**
 * The LinkedOrganisation `span` names (a function, not a closure made per mention): the one already
 * made for an earlier mention when it is the same in every field (the caller adds the span to it), else
 * a new one with this span.
 */
function makeOrg(
  span: OrganisationSpan, known: ReadonlyMap<string, LinkedOrganisation>, name: string, kind: OrganisationKind, region: ResolvedRegion | null, reason: string,
  parentName: string | null = null, actsAs: OrganisationKind | null = null,
): LinkedOrganisation {
  const level = kind === 'central' ? 'national' : orgLevel(region);
  const same = known.get(name);
  if (same && same.kind === kind && same.level === level && same.region === region && same.parentName === parentName && same.reason === reason) return same;
  return { key: name, name, kind, actsAs, level, region, parentName, spans: [span], reason };
}

/** The organisation is of one of `kinds`, by its kind or, for a national body, the kind it acts as (最高人民法院: court). */
function isOfKind(org: LinkedOrganisation, kinds: readonly OrganisationKind[]): boolean {
  return kinds.includes(org.kind) || (org.actsAs !== null && kinds.includes(org.actsAs));
}

/**
 * Canonical name, kind, level and region of an organisation mention (RECORDS.md section 4). When it
 * resolves the regions written in the name (in order), it appends them to `parts`, for the caller to reuse.
 */
function canonicalOrganisation(
  doc: Doc, res: Resources, ctx: RegionContext, span: OrganisationSpan, section: number, enumerationHead: LinkedOrganisation | null,
  known: readonly LinkedOrganisation[], orgs: ReadonlyMap<string, LinkedOrganisation>, parts: (ResolvedRegion | null)[],
): LinkedOrganisation | null {
  const d = span.data;
  // 俄罗斯外交部, 中国驻日本大使馆, 美国驻华大使馆: named when read
  if (d.foreign) {
    const org = makeOrg(span, orgs, d.foreign.name, d.foreign.kind, null, d.foreign.reason, d.foreign.parent);
    if (d.foreign.country) org.country = d.foreign.country;
    return org;
  }
  if (d.dispatched) {
    // 中共湖南省委纪律检查委员会驻湖南省教育厅纪检监察组: the commission's name, 驻, the host's, the unit
    const { host, unit } = d.dispatched;
    const commission = canonicalOrganisation(doc, res, ctx, { ...span, data: { ...d, dispatched: undefined } }, section, enumerationHead, known, orgs, parts);
    // (驻省公安厅: the host's level word is the commission's region's)
    if (commission?.region) ctx.note(span.start, section, commission.region.division ?? commission.region.parentDivision);
    const stationedIn = canonicalOrganisation(doc, res, ctx, host, section, null, known, orgs, []);
    if (!commission || !stationedIn) return commission;
    const kind = commission.kind === 'central' ? 'central' : 'party_organ';
    return makeOrg(span, orgs, `${commission.name}${res.organs.dispatchedGroups!.marker}${stationedIn.name}${unit}`, kind, commission.region, 'dispatched-group', commission.name);
  }
  if (d.central) {
    const name = `${d.central.name}${d.subUnits.join('')}`;
    const parent = d.subUnits.length ? unitParent(d.central.name, d.subUnits) : d.central.parent;
    // 中国工商银行浙江省分行, 中国人民银行杭州中心支行: a unit named with a division is in it (the record's
    // region), and the division is the context of what follows (省政府 after it)
    const unitRegion = d.subUnits.length ? regionOpening(res, doc.work, span.end - d.subUnits.join('').length) : null;
    if (unitRegion) ctx.note(span.start, section, unitRegion);
    const region = unitRegion ? resolvedFromDivision(res, unitRegion) : null;
    return makeOrg(span, orgs, name, d.central.kind, region, 'central-body', parent, d.central.actsAs ?? null);
  }
  // the region the name is about
  let region: ResolvedRegion | null = null;
  if (d.regions.length) {
    const ancestors: Division[] = [];
    for (const part of d.regions) {
      const r = resolveRegionSpan(res, ctx, part.span, ancestors, region);
      if (r?.division) ancestors.unshift(r.division);
      parts.push(r);
      region = r;
    }
  } else if (d.levelWord) {
    const div = ctx.resolveLevel(d.levelWord, span.start, section);
    region = div ? resolvedFromDivision(res, div) : null;
  } else if (d.organ?.role === 'partyOrgan' || d.sharesHead) {
    const head = enumerationHead ?? lastPartyBodyWithRegion(known);
    region = head?.region ?? null;
  } else if (d.organ?.regionLevels?.includes('province')) {
    const near = ctx.nearest(span.start, section);
    const prov = near ? divisionPath(res, near)[0] : null;
    region = prov ? resolvedFromDivision(res, prov) : null;
  } else if (d.zone) {
    // 雄安新区党工委: a zone with no region written in its name
    return makeOrg(span, orgs, d.zone.template.replace('{Z}', d.zone.name), d.kind as OrganisationKind, null, 'zone-body');
  } else if (d.named && d.parentSuffix) {
    const suffix = d.parentSuffix;
    const parent = lastEndingWith(known, suffix);
    if (!parent) return null;
    return makeOrg(span, orgs, `${parent.name}${d.named}`, 'other', parent.region, 'named-body-in-parent', parent.name);
  } else if (d.named) {
    // (清华大学公共管理学院: a unit of the institution, the institution its parent)
    const parent = d.subUnits.length ? unitParent(d.named, d.subUnits) : null;
    return makeOrg(span, orgs, `${d.named}${d.subUnits.join('')}`, 'other', null, 'named-body', parent);
  }
  if (!region) return null;
  const R = canonicalRegionName(res, region);
  // (立法会 of a special administrative region only: 浙江省立法会 names no body)
  if (d.organ?.regionSuffixes && !d.organ.regionSuffixes.some((x) => R.endsWith(x))) return null;
  // 郑州高新区管委会 → 郑州市高新区管理委员会
  if (d.zone) return makeOrg(span, orgs, d.zone.template.replace('{Z}', `${R}${d.zone.name}`), d.kind as OrganisationKind, region, 'zone-body+region');
  if (d.named) {
    let weak = false;
    for (const p of d.regions) if (p.span.data.surfaceKind === 'weak') weak = true;
    // (江苏银行股份有限公司: a company's legal name holds its place as the company writes it)
    // (清华大学公共管理学院: the units of an institution after its name, the institution their parent)
    const units = d.subUnits.join('');
    const body = weak || d.legalName ? span.text.slice(0, span.text.length - units.length) : `${R}${d.named}`;
    return makeOrg(span, orgs, `${body}${units}`, 'other', region, 'named-body+region', units ? unitParent(body, d.subUnits) : null);
  }
  const organ = d.organ!;
  // (the Youth League's and the democratic parties' committees: 共青团{R}委员会, 中国致公党{R}委员会)
  if (d.committeeTemplate) return makeOrg(span, orgs, d.committeeTemplate.replace('{R}', R), 'other', region, 'named-committee');
  if (organ.role === 'committee' && !d.partyOrgans.length)
    return makeOrg(span, orgs, `${organ.template.replace('{R}', R)}${d.subUnits.join('')}`, 'party_committee', region, 'committee');
  if (d.partyOrgans.length) {
    const committee = `中共${R}委`;
    return makeOrg(span, orgs, `${committee}${d.partyOrgans.join('')}${d.subUnits.join('')}`, 'party_organ', region, 'party-organ', `中共${R}委员会`);
  }
  if (d.branch) {
    if (d.branch === 'implied') {
      const province = region.division ? divisionPath(res, region.division)[0] : null;
      if (!province || province === region.division) return null;
      return makeOrg(span, orgs, `${province.name}人民检察院${region.name}分院`, 'procuratorate', region, 'procuratorate-branch', `${province.name}人民检察院`);
    }
    const branch = resolveRegionSpan(res, ctx, d.branch.span, region.division ? [region.division] : []);
    const name = `${organ.template.replace('{R}', R)}${branch?.name ?? d.branch.span.text}分院`;
    return makeOrg(span, orgs, name, 'procuratorate', branch ?? region, 'procuratorate-branch', organ.template.replace('{R}', R));
  }
  if (organ.template.includes('{S}')) {
    // 杭州互联网法院, 上海海事法院: named with the short form of the city, whether 市 is written or not
    const S = region.division?.aliases[0];
    if (!S) return null;
    const name = organ.template.replace('{S}', S);
    return makeOrg(span, orgs, `${name}${d.subUnits.join('')}`, d.kind as OrganisationKind, region, `organ-${organ.role}`, d.subUnits.length ? unitParent(name, d.subUnits) : null);
  }
  if (organ.template.includes('{P}')) {
    // 渝北区公安分局 → 重庆市公安局渝北区分局: the branch of the body of the division above the county
    const path = region.division ? divisionPath(res, region.division) : [];
    if (path.length < 2) return null;
    const P = path[path.length - 2].name;
    const D = region.division!.name;
    const name = organ.template.replace('{P}', P).replace('{D}', D);
    // its parent: what the template names before the county (重庆市公安局)
    const parent = organ.template.slice(0, organ.template.indexOf('{D}')).replace('{P}', P);
    return makeOrg(span, orgs, `${name}${d.subUnits.join('')}`, d.kind as OrganisationKind, region, `organ-${organ.role}`, d.subUnits.length ? unitParent(name, d.subUnits) : parent);
  }
  const base = templateIn(res, d.kind as OrganisationKind, R, organ.template);
  return makeOrg(span, orgs, `${base}${d.subUnits.join('')}`, d.kind as OrganisationKind, region, `organ-${organ.role}`, d.subUnits.length ? unitParent(base, d.subUnits) : null);
}

/** The one division whose full name or strong short form opens text at `pos` (浙江省 of 浙江省分行, 杭州 of 杭州中心支行), else null. */
function regionOpening(res: Resources, text: string, pos: number): Division | null {
  const m = res.regionTrie.longestAt(text, pos);
  if (!m) return null;
  let division: Division | null = null;
  for (const v of m.values) {
    if (v.kind === 'weak' || (division && division !== v.division)) return null;
    division = v.division;
  }
  return division;
}

/** The longest other name of a body written in brackets (国家行政学院) between the body and its post. */
const MAX_BRACKETED_NAME = 16;

/**
 * Where the opening bracket stands when a bracketed group of ideographs only (a body's other name)
 * ends right before `pos`; -1 when none does.
 */
function bracketedNameBefore(text: string, pos: number): number {
  const close = text.charCodeAt(pos - 1);
  if (close !== 0xff09 /* ） */ && close !== 0x29 /* ) */) return -1;
  const openCode = close === 0xff09 ? 0xff08 : 0x28;
  for (let k = pos - 2; k >= 0 && k >= pos - 2 - MAX_BRACKETED_NAME; k--) {
    const c = text.charCodeAt(k);
    if (c === openCode) return k < pos - 2 ? k : -1;
    if (!isHanAt(text, k)) return -1;
  }
  return -1;
}

/** A body's canonical name in region R: the organ's template, or the one dicts/organs.json gives for regions like R (香港特别行政区 + 政府). */
function templateIn(res: Resources, kind: OrganisationKind, R: string, template: string): string {
  for (const t of res.organs.regionTemplates) if (t.kind === kind && R.endsWith(t.regionSuffix)) return t.template.replace('{R}', R);
  return template.replace('{R}', R);
}

/** The body a unit belongs to: the head with every unit but the last (…公安局锦江区分局 for its 刑侦大队). */
function unitParent(head: string, units: readonly string[]): string {
  return units.length === 1 ? head : head + units.slice(0, -1).join('');
}

export type { OrganisationData, PersonRole };

/** The last party committee or party organ with a region (loops, not findLast with a closure per mention). */
function lastPartyBodyWithRegion(list: readonly LinkedOrganisation[]): LinkedOrganisation | undefined {
  for (let k = list.length - 1; k >= 0; k--) {
    const o = list[k];
    if (o.region !== null && (o.kind === 'party_committee' || o.kind === 'party_organ')) return o;
  }
  return undefined;
}

/** The last organisation whose name ends with `suffix`. */
function lastEndingWith(list: readonly LinkedOrganisation[], suffix: string): LinkedOrganisation | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (list[k].name.endsWith(suffix)) return list[k];
  return undefined;
}
