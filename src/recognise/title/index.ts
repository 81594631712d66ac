import { isHanAt, type Doc, type Span } from '../../doc';
import type { Resources } from '../../resources';
import type { TitleEntry } from '../../resources/lexicons';

export type TitleSpan = Span<TitleEntry>;


/**
 * Every post of the title lexicon ([党组|党委][副|代|常务副]书记, 市长, 检察长 …) that sits on a
 * word edge. Whether it is a title of someone or of some body is decided by the linker, which
 * keeps only titles attached to an organisation or a person.
 */
export function recogniseTitles(doc: Doc, res: Resources): TitleSpan[] {
  const text = doc.work;
  const out: TitleSpan[] = [];
  // the pair of characters at a position tells where a title may start (a few positions in a
  // hundred: 市, 主, 长 start many words, few of them posts); the trie is asked there only
  const starts = res.titles.trie;
  for (let i = 0; i < text.length; i++) {
    if (!starts.mayStartAt(text, i) || !isHanAt(text, i)) continue;
    const m = res.titles.trie.longestAt(text, i);
    if (!m) continue;
    const surface = text.slice(i, m.end);
    if (res.titles.notTitles.has(surface)) continue;
    if (res.titles.notTitles.has(text.slice(i, m.end + 2)) || res.titles.notTitles.has(text.slice(Math.max(0, i - 2), m.end))) continue;
    if (!doc.isBoundary(i) && !doc.isBoundary(m.end)) continue;
    out.push({ type: 'title', start: i, end: m.end, text: surface, reason: 'title-lexicon', data: m.values[0] });
  }
  return out;
}
