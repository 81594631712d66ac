import { isHanAt, type Doc, type Span } from '../../doc';
import type { Division } from '../../resources/gazetteer';
import type { Resources } from '../../resources';

export interface RegionData {
  /** Divisions the surface can name (several when a name is shared: 朝阳区, 市北区). */
  candidates: Division[];
  surfaceKind: 'name' | 'alias' | 'weak' | 'suffix';
  /** For divisions below the gazetteer (…街道, …社区): the level and the suffix that told it. */
  level?: 'township' | 'village';
}

export type RegionSpan = Span<RegionData>;

const HAN = /[\u3400-\u9fff]/;
const NAME_TAGS = new Set(['ns', 'nr', 'nz', 'nt', 'n', 'x', 'j', 'nrt', 'nrfg', 'f', 's']);

/**
 * Every division name the gazetteer knows (full names, short forms; county short forms only
 * as weak candidates that an organisation name or a level word must confirm), plus divisions
 * below the gazetteer recognised by their suffix (良渚街道, 庐山社区, 宝力根陶海苏木).
 */
export function recogniseRegions(doc: Doc, res: Resources): RegionSpan[] {
  const out: RegionSpan[] = [];
  const text = doc.work;
  for (let i = 0; i < text.length; i++) {
    if (!isHanAt(text, i)) continue;
    for (const m of res.regionTrie.matchesAt(text, i)) {
      const surface = text.slice(i, m.end);
      if (res.regionStop.has(surface)) continue;
      const byKind = new Map<string, Division[]>();
      for (const v of m.values) {
        const list = byKind.get(v.kind) ?? [];
        list.push(v.division);
        byKind.set(v.kind, list);
      }
      const kind = byKind.has('name') ? 'name' : byKind.has('alias') ? 'alias' : 'weak';
      const candidates = byKind.get(kind)!;
      // A short form inside a longer word of the segmentation (长治久安, 大同小异) is not a region.
      if (kind !== 'name' && !doc.isBoundary(i)) continue;
      out.push({ type: 'region', start: i, end: m.end, text: surface, reason: `gazetteer-${kind}`, data: { candidates, surfaceKind: kind } });
    }
  }
  out.push(...recogniseBySuffix(doc, res));
  return out;
}

/** 良渚街道, 南苑街道, 庐山社区, 宝力根陶海苏木, 哈夏图嘎查: a name token right before the suffix. */
function recogniseBySuffix(doc: Doc, res: Resources): RegionSpan[] {
  const out: RegionSpan[] = [];
  const text = doc.work;
  const tokens = doc.tokens;
  const lastChars = new Set(res.subRegionSuffixes.map((x) => x.suffix.charCodeAt(x.suffix.length - 1)));
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!lastChars.has(tok.word.charCodeAt(tok.word.length - 1))) continue;
    for (const suffix of res.subRegionSuffixes) {
      let nameStart: number;
      let end: number;
      if (tok.word.endsWith(suffix.suffix) && tok.word.length > suffix.suffix.length) {
        nameStart = tok.start;
        end = tok.end;
      } else if (tok.word === suffix.suffix && t > 0) {
        // 联合街道开展: a verb, adverb or function word before the suffix is not a name
        if (!NAME_TAGS.has(tokens[t - 1].tag)) continue;
        nameStart = tokens[t - 1].start;
        end = tok.end;
        // a name of two tokens (宝力根|陶海|苏木): take the one before too when it is unknown to the dictionary
        if (t > 1 && tokens[t - 1].tag === 'x' && tokens[t - 2].tag === 'x') nameStart = tokens[t - 2].start;
      } else continue;
      const name = text.slice(nameStart, end - suffix.suffix.length);
      if (name.length < 2 || name.length > 6 || ![...name].every((c) => HAN.test(c))) continue;
      if (res.subRegionStop.some((w) => name.startsWith(w))) continue;
      out.push({
        type: 'region', start: nameStart, end, text: text.slice(nameStart, end), reason: `suffix-${suffix.suffix}`,
        data: { candidates: [], surfaceKind: 'suffix', level: suffix.level },
      });
      break;
    }
  }
  return out;
}
