import { appendAll, isHanAt, newSpan, type Doc } from '../../doc';
import type { Resources } from '../../resources';
import type { RegionSpan } from '../region';
import { emptyData, listedInChain, type OrganisationData, type OrganisationSpan } from '.';

/** The most characters of a zone's own name before its suffix, when no region is written before it. */
const MAX_ZONE_NAME = 8;
/** jieba's tags of the words a zone's name is made of (places, names, nouns, unknown words). */
const ZONE_NAME_TAGS = new Set(['ns', 'nz', 'nt', 'nr', 'nrt', 'nrfg', 'n', 'j', 'x']);
/** Tags of the proper names a zone's name with no region before it opens with. */
const PROPER_TAGS = new Set(['ns', 'nz', 'nt', 'nr', 'nrt', 'nrfg', 'j', 'x']);
/** Tags of words that may stand inside a zone's name, not open it (城乡|一体化, 国家级). */
const INNER_TAGS = new Set(['l', 'vn', 'b']);

/**
 * The bodies of development zones, which are no administrative divisions (dicts/organs.json
 * `zones`): 苏州工业园区管委会, 郑州高新区管委会, 雄安新区党工委, and in a chain of posts a bare organ
 * after a 、 (雄安新区党工委书记、管委会主任: the same zone's). The zone's name is a region written
 * right before its suffix, with the regions before that one (河南省郑州市|高新区), or words of two to
 * eight characters (雄安|新区) that the segmenter tags as names or nouns.
 */
export function zoneBodies(doc: Doc, res: Resources, regions: readonly RegionSpan[]): OrganisationSpan[] {
  const { suffixes, organs } = res.organs.zones;
  const out: OrganisationSpan[] = [];
  if (!organs.length) return out;
  const text = doc.work;
  const regionEndingAt = new Map<number, RegionSpan>();
  for (const r of regions) if (!r.data.needsContext) regionEndingAt.set(r.end, r);
  // where each organ is next written (each text searched once per organ: no rescans of the text)
  const next = organs.map((o) => text.indexOf(o.surface));
  let from = 0;
  for (;;) {
    const at = nextOrgan(text, organs, next, from);
    if (at < 0) break;
    from = at + 1;
    const organ = organAt(text, organs, at)!;
    const end = at + organ.surface.length;
    if (!doc.isBoundary(at) || !doc.isBoundary(end)) continue;
    let suffix = '';
    for (const s of suffixes) if (at >= s.length && text.startsWith(s, at - s.length)) { suffix = s; break; }
    if (!suffix) continue;
    const suffixStart = at - suffix.length;
    // a region that covers the suffix (滨海新区 is a district): its own bodies are read as a region's
    if (regions.some((r) => r.start < at && r.end > suffixStart)) continue;
    const named = zoneNameBefore(doc, suffixStart, regionEndingAt);
    if (!named) continue;
    const zone = { template: organ.template, name: text.slice(named.nameStart, at) };
    const data: OrganisationData = { ...emptyData(organ.kind, named.chain.map((span) => ({ start: span.start, end: span.end, span }))), zone };
    out.push(newSpan('organisation', named.start, end, text.slice(named.start, end), named.chain.length ? 'zone-body+region' : 'zone-body', data));
    // 党工委书记、管委会主任: a bare organ after a post and a 、 is the same zone's
    from = listedInChain(res, text, end, out, (start) => {
      const listed = organAt(text, organs, start);
      const stop = listed ? start + listed.surface.length : -1;
      if (!listed || !doc.isBoundary(stop)) return null;
      return {
        type: 'organisation', start, end: stop, text: text.slice(start, stop), reason: 'zone-body-in-chain',
        data: { ...data, kind: listed.kind, zone: { template: listed.template, name: zone.name } },
      };
    });
  }
  return out;
}

/**
 * The first position at or after `from` where a zone organ is written, -1 when none is. `next[k]`
 * is where organ k is next written (-1: nowhere more), moved on only when it falls behind `from`.
 */
function nextOrgan(text: string, organs: Resources['organs']['zones']['organs'], next: number[], from: number): number {
  let best = -1;
  for (let k = 0; k < organs.length; k++) {
    if (next[k] >= 0 && next[k] < from) next[k] = text.indexOf(organs[k].surface, from);
    if (next[k] >= 0 && (best < 0 || next[k] < best)) best = next[k];
  }
  return best;
}

function organAt(text: string, organs: Resources['organs']['zones']['organs'], at: number) {
  for (const o of organs) if (text.startsWith(o.surface, at)) return o;
  return undefined;
}

/**
 * Where the zone's name before its suffix at `suffixStart` starts: at a region ending right there
 * (and the regions chained before it), or at the first of the name words before it (2 to 8
 * characters); null when neither reads. `nameStart` is where the name after the regions starts.
 */
function zoneNameBefore(doc: Doc, suffixStart: number, regionEndingAt: Map<number, RegionSpan>): { start: number; nameStart: number; chain: RegionSpan[] } | null {
  const text = doc.work;
  const chainBefore = (end: number): RegionSpan[] => {
    const chain: RegionSpan[] = [];
    for (let r = regionEndingAt.get(end); r; r = regionEndingAt.get(r.start)) chain.unshift(r);
    return chain;
  };
  // 郑州|高新区, 河南省郑州市|经济技术开发区
  let chain = chainBefore(suffixStart);
  if (chain.length) return { start: chain[0].start, nameStart: suffixStart, chain };
  // 雄安|新区, 许昌市|城乡|一体化|示范区 (a region, then name words), 郑东新|区 and 中关村科技园区 (the
  // segmenter glued the name to the suffix, or part of it)
  let k = doc.tokenIndexAt(suffixStart - 1);
  if (k < 0) return null;
  const words: string[] = [];
  let start = suffixStart;
  if (!doc.isBoundary(suffixStart)) {
    const t = doc.token(doc.tokenIndexAt(suffixStart));
    if (!ZONE_NAME_TAGS.has(t.tag)) return null;
    start = t.start;
    words.push(t.tag);
    k = doc.tokenIndexAt(start - 1);
    chain = chainBefore(start);
    if (chain.length) return { start: chain[0].start, nameStart: start, chain };
  }
  for (; k >= 0; k--) {
    const t = doc.token(k);
    if (t.end !== start || !allHan(text, t.start, t.end) || !(ZONE_NAME_TAGS.has(t.tag) || INNER_TAGS.has(t.tag)) || suffixStart - t.start > MAX_ZONE_NAME) break;
    start = t.start;
    words.unshift(t.tag);
    chain = chainBefore(start);
    if (chain.length) return { start: chain[0].start, nameStart: start, chain };
  }
  // no region: the name alone, of two characters or more, opening with a proper name (雄安, 两江,
  // 中关村科技园区), not a common noun or an attribute (全力支持|高新区, 国家级经济技术开发区)
  let w = 0;
  while (w < words.length && !PROPER_TAGS.has(words[w])) start += doc.token(doc.tokenIndexAt(start)).word.length, w++;
  if (suffixStart - start < 2) return null;
  return { start, nameStart: start, chain: [] };
}

/**
 * Bodies read apart from the grammar (a zone's, a foreign state's, a mission) put among the bodies the
 * grammar read, in text order: each takes the place of the bodies inside it, and gives way to one that
 * it cuts across or that covers it.
 */
export function withBodies(spans: OrganisationSpan[], zones: OrganisationSpan[]): OrganisationSpan[] {
  if (!zones.length) return spans;
  const kept = zones.filter((z) => !spans.some((s) => s.start < z.end && s.end > z.start && (s.start < z.start || s.end > z.end)));
  if (!kept.length) return spans;
  const out = spans.filter((s) => !kept.some((z) => s.start >= z.start && s.end <= z.end));
  appendAll(out, kept);
  return out.sort((a, b) => a.start - b.start);
}

function allHan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isHanAt(text, i)) return false;
  return to > from;
}
