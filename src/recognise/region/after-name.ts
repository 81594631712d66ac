import type { Doc, Span } from '../../doc';
import type { Resources } from '../../resources';
import type { RegionSpan } from './index';

/**
 * Regions that are a conjunction and a level word run together after a name: 县长李明和县人大常委会
 * 主任张华 is 李明 和 县人大常委会, not 和县 (a county of Anhui). A region is read so when it starts
 * right where a person's name ends, its first character is a word that both ends a given name and
 * opens a clause (dicts/person-context.json `givenNameStopChars` and `clauseWords`: 和, 与, 向 …), and
 * a level word (县, 市, 区 …) follows that character. A county whose name goes on past the level word's
 * place (和平区, 向阳区) is not touched: 李明向阳区 is not read either way.
 */
export function regionsAfterNames(doc: Doc, res: Resources, regions: readonly RegionSpan[], persons: readonly Span[]): Set<RegionSpan> {
  const misread = new Set<RegionSpan>();
  if (!regions.length || !persons.length) return misread;
  const text = doc.work;
  const ctx = res.personContext;
  const nameEnds = new Set<number>();
  for (const p of persons) nameEnds.add(p.end);
  for (const r of regions) {
    if (!nameEnds.has(r.start)) continue;
    const first = text[r.start];
    if (!ctx.stopChars.has(first) || !ctx.clauseWords.has(first)) continue;
    if (res.organs.levelWords.some((w) => r.text.length === 1 + w.length && r.text.endsWith(w))) misread.add(r);
  }
  return misread;
}
