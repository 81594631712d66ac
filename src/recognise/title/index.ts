import { isHanAt, newSpan, type Doc, type Span } from '../../doc';
import type { Resources } from '../../resources';
import type { TitleEntry } from '../../resources/lexicons';
import { WordStarts } from '../../resources/word-starts';
import { afterMissionToInternational } from '../organisation/foreign';
import { villagePostOpens } from '../region';

export type TitleSpan = Span<TitleEntry>;


/**
 * Every post of the title lexicon ([党组|党委][副|代|常务副]书记, 市长, 检察长 …) that sits on a
 * word edge. Whether it is a title of someone or of some body is decided by the linker, which
 * keeps only titles attached to an organisation or a person.
 */
export function recogniseTitles(doc: Doc, res: Resources, regions: readonly Span<{ level?: string }>[] = []): TitleSpan[] {
  const text = doc.work;
  const out: TitleSpan[] = [];
  // the pair of characters at a position tells where a title may start (a few positions in a
  // hundred: 市, 主, 长 start many words, few of them posts); the trie is asked there only
  const starts = res.starts.bitOf('titles', () => res.titles.trie.surfaces());
  const mask = doc.startMask(res.starts);
  const notStarts = notTitleStarts(res);
  for (let i = mask.next(starts, 0); i < text.length; i = mask.next(starts, i + 1)) {
    if (!isHanAt(text, i)) continue;
    const m = res.titles.trie.longestAt(text, i);
    if (!m) continue;
    // (调研处处长龙海燕 cut 处处|长龙: a post whose first character doubles the unit's last one, after a word that starts with it)
    if (!doc.isBoundary(i) && !doc.isBoundary(m.end) && !(text.charCodeAt(i - 1) === text.charCodeAt(i) && doc.isBoundary(i - 1)) && !gluedToNameAfter(doc, i, m.end) && !surnameAcrossEnd(doc, res, m.end))
      continue;
    // the non-titles (slices of the text) are looked up only where one may start
    const notTitles = res.titles.notTitles;
    if (notStarts.mayStartAt(text, i) && notTitleFrom(notTitles, text, i, m.end)) continue;
    // (one or two characters before the post: 团支书, not 支书)
    let notTitle = false;
    for (let before = Math.max(0, i - 2); before < i && !notTitle; before++) notTitle = notStarts.mayStartAt(text, before) && notTitles.has(text.slice(before, m.end));
    if (notTitle) continue;
    // 市长候选人, 市长热线: the post names a candidate or a hotline
    if (res.titles.notPostsBefore.hasMatchAt(text, m.end)) continue;
    out.push(newSpan('title', i, m.end, text.slice(i, m.end), 'title-lexicon', m.values[0]));
  }
  if (regions.length) afterVillageSuffix(doc, res, out, regions);
  return missionPosts(doc, res, out);
}

/**
 * 东坑村支书, 东坑村主任: a village post that opens with 村 (村支书, 村主任: titles.json impliedOrgan) right
 * where a village ends with that 村 is the rest of it as written (支书, 主任), still the village post
 * (its implied organ: the village's Party branch or committee). Replaced in place in `out`.
 */
function afterVillageSuffix(doc: Doc, res: Resources, out: TitleSpan[], regions: readonly Span<{ level?: string }>[]): void {
  const text = doc.work;
  let villageEnds: Set<number> | null = null;
  for (let k = 0; k < out.length; k++) {
    const t = out[k];
    if (!t.data.impliedOrgan || !villagePostOpens(res, text, t.start, t.end)) continue;
    villageEnds ??= new Set(regions.filter((r) => r.data.level === 'village').map((r) => r.end));
    if (villageEnds.has(t.start + 1)) out[k] = newSpan('title', t.start + 1, t.end, text.slice(t.start + 1, t.end), 'title-after-village-suffix', t.data);
  }
}

/**
 * The posts of China's missions to international bodies (titles.json `missionOnly`: 代表, 副代表), read
 * only right after the host or the mission written in full (中国常驻联合国|代表, 中国常驻联合国代表团|副代表),
 * merged in order into `out` (the other titles); a post of the lexicon found there stays.
 */
function missionPosts(doc: Doc, res: Resources, out: TitleSpan[]): TitleSpan[] {
  const text = doc.work;
  const posts = res.titles.missionTrie;
  const { missionToInternational, missionBodies, maxInternationalHost } = res.foreign;
  // how far after the marker a post may start: the host and the mission's body
  const reach = maxInternationalHost + Math.max(0, ...[...missionToInternational.values()].map((b) => b.length));
  // by start: 驻 is read for itself and as the end of 常驻
  const found = new Map<number, TitleSpan>();
  for (const marker of missionToInternational.keys()) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      const from = at + marker.length;
      // (驻村, 驻地: no host after the marker, no post to look for)
      if (!res.foreign.hosts.mayStartAt(text, from)) continue;
      for (let i = from + 2; i < text.length && i <= from + reach; i++) {
        const m = posts.mayStartAt(text, i) ? posts.longestAt(text, i) : null;
        // (代表团: the mission's body, not its post)
        if (!m || missionBodies.hasMatchAt(text, i) || !afterMissionToInternational(doc, res, i) || res.titles.trie.hasMatchAt(text, i)) continue;
        if (!found.has(i)) found.set(i, newSpan('title', i, m.end, text.slice(i, m.end), 'title-mission-post', m.values[0]));
        break;
      }
    }
  }
  return found.size ? [...out, ...found.values()].sort((a, b) => a.start - b.start) : out;
}

/**
 * 刑警大队|长王|五, 杭州市|长张|三: a post fused with the body or place it shares its first characters
 * with (大队长 after 刑警大队, 市长 after 杭州市), whose last character the segmenter glued to the name
 * after it, in a word its dictionary does not have (jieba's tag x; not 公安局|长期, a word of its own).
 */
function gluedToNameAfter(doc: Doc, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const k = doc.tokenIndexAt(end - 1);
  if (k < 0 || doc.startOf(k) !== end - 1) return false;
  const length = doc.wordAt(k).length;
  return length >= 2 && length <= 3 && doc.token(k).tag === 'x';
}

/**
 * 海淀区长孙明: the segmenter read the post's last character and the surname after it as the compound
 * surname 长孙 (海淀区|长孙|明). A word that is a compound surname and starts on the post's last
 * character is cut there: the post ends at `end`, a name of the single surname after it.
 */
function surnameAcrossEnd(doc: Doc, res: Resources, end: number): boolean {
  const k = doc.tokenIndexAt(end - 1);
  if (k < 0 || doc.startOf(k) !== end - 1) return false;
  const word = doc.wordAt(k);
  return word.length === 2 && res.surnames.compound.has(word) && res.surnames.single.has(word[1]);
}

/** The longest non-title, in characters, of each set (its resources'), measured once. */
const longestOf = new WeakMap<ReadonlySet<string>, number>();
/**
 * True when a non-title starts at `start` and holds the post that ends at `end`: the post itself,
 * or the post and the characters after it (主任医师, 主任检察官, 委员会).
 */
function notTitleFrom(notTitles: ReadonlySet<string>, text: string, start: number, end: number): boolean {
  let longest = longestOf.get(notTitles);
  if (longest === undefined) {
    longest = 0;
    for (const w of notTitles) longest = Math.max(longest, w.length);
    longestOf.set(notTitles, longest);
  }
  for (let e = end, last = Math.min(text.length, start + longest); e <= last; e++) if (notTitles.has(text.slice(start, e))) return true;
  return false;
}

/** Where a non-title may start, made once per extractor (its resources). */
const notStartsOf = new WeakMap<Resources, WordStarts>();
function notTitleStarts(res: Resources): WordStarts {
  let starts = notStartsOf.get(res);
  if (!starts) {
    starts = new WordStarts(res.titles.notTitles);
    notStartsOf.set(res, starts);
  }
  return starts;
}
