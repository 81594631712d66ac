import { isHanAt, type Doc, type Span } from '../../doc';
import type { Resources } from '../../resources';
import { countryCueBefore, stateBeforeInChina } from '../organisation/foreign';
import type { OrganisationData } from '../organisation';

/** The longest transliterated name read after a foreign post (阿尔巴尼斯, 哇集拉隆功), dots excluded. */
const MAX_FOREIGN_NAME = 10;
const MIDDLE_DOT = 0xb7;
/** jieba's tags of the words a transliterated name is cut into: unknown words, names, places, other proper nouns, abbreviations. */
const NAME_PART_TAGS = new Set(['x', 'nr', 'nrt', 'nrfg', 'ns', 'nz', 'j']);
/** Tags of the one-character words a name ends before: prepositions, conjunctions, particles, adverbs, pronouns, numerals (a verb's character may be a name's: 卡特|勒). */
const ENDING_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'd', 'r', 'f', 'm', 'q']);

/** Tags of a one-character word no name starts with (和 of 美国总统和第一夫人); a verb may (扎|哈罗|娃). */
const START_BLOCKING_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r']);

/**
 * True when the post has a foreign cue: a country ending where it starts, on a word edge (possibly with
 * 前 between: 日本前首相), not a mission's host (中国驻日本大使); another state's mission in China (美国驻华大使);
 * or a foreign body (俄罗斯外交部) or an international one (联合国) ending there (`bodyEndingAt` gives
 * those only).
 */
export function hasForeignCue(doc: Doc, res: Resources, title: Span, bodyEndingAt: (pos: number) => Span<OrganisationData> | undefined): boolean {
  if (countryCueBefore(doc, res, title.start) || stateBeforeInChina(doc, res, title.start)) return true;
  // (美国国防部长: a post fused with the body, its first character the body's last)
  const body = bodyEndingAt(title.start) ?? bodyEndingAt(title.start + 1);
  return !!body && isForeignBody(res, body);
}

/** A body of another state (俄罗斯外交部, 越共中央) or an international body (联合国). */
export function isForeignBody(res: Resources, body: Span<OrganisationData>): boolean {
  return !!body.data.foreign || (!!body.data.central && res.foreign.internationalBodies.includes(body.data.central));
}

/**
 * The transliterated name right after a foreign post (美国总统拜登, 土耳其总统埃尔多安说, 泰国国王哇集拉隆功):
 * a run of ideographs (and middle dots) from a word edge, ended by punctuation, a reporting verb, a
 * function word or a verb the segmenter cut off, or a post; its words are all names, places, unknown
 * words or single characters, and at least two characters long. null when no such run starts at `pos`.
 */
export function foreignNameAt(doc: Doc, res: Resources, pos: number): string | null {
  const text = doc.work;
  if (!doc.isBoundary(pos) || !isHanAt(text, pos) || !namePartAt(doc, pos, START_BLOCKING_TAGS)) return null;
  const verbs = res.personContext.verbs;
  let end = pos;
  let han = 0;
  while (end < text.length && han <= MAX_FOREIGN_NAME) {
    const c = text.charCodeAt(end);
    if (c === MIDDLE_DOT) {
      end++;
      continue;
    }
    if (!isHanAt(text, end)) break;
    if (end - pos >= 2) {
      // (卢拉同|习近平: a preposition or conjunction glued to the end of an unknown word, before the next word)
      if (end - pos > 2 && doc.isBoundary(end) && res.foreign.nameGlue.has(text.charCodeAt(end - 1)) && unknownWordEndingAt(doc, end)) {
        end--;
        han--;
        break;
      }
      // a reporting verb, a function word or a verb on a word edge; or a reporting verb the segmenter
      // glued to the name's last characters in one unknown word (斯塔|默说)
      if (doc.isBoundary(end) && (verbs.hasMatchAt(text, end) || res.titles.trie.hasMatchAt(text, end))) break;
      // 植田|和|男表示: a conjunction of one character, one more character and a reporting verb or punctuation
      // after it joins nothing; it is a given name's (Japanese 和男, 和夫, 和子)
      if (doc.isBoundary(end) && joinedCharacterEnd(doc, res, end) > 0) {
        han += 2;
        end += 2;
        break;
      }
      if (doc.isBoundary(end) && !namePartAt(doc, end)) {
        // (黄循|财会|见: a word of the dictionary that a reporting verb starts inside of, the segmenter's
        // miscut of the name's last character and the verb: the name runs to the verb)
        const wordEnd = doc.tokenEndAt(end);
        let verbAt = -1;
        // (not 朔尔茨|举行会谈: a verb inside the word, 会谈, is the word's own)
        for (let q = end + 1; q < wordEnd && verbAt < 0; q++) if (gluedVerbAt(doc, res, q) && res.personContext.verbs.longestAt(text, q)!.end > wordEnd) verbAt = q;
        if (verbAt > 0) {
          han += verbAt - end;
          end = verbAt;
        }
        break;
      }
      if (!doc.isBoundary(end) && gluedVerbAt(doc, res, end)) break;
    }
    end++;
    han++;
  }
  if (han > MAX_FOREIGN_NAME || han < 2 || text.charCodeAt(end - 1) === MIDDLE_DOT) return null;
  return wordsOfAName(doc, res, pos, end) ? text.slice(pos, end) : null;
}

/**
 * The word starting at `pos` may be part of a transliterated name: a word of two or more characters
 * tagged as a name, a place or an unknown word (not 通电话, 第一夫人), or one character that is no
 * function word (和, 在; of `singleBlocking`).
 */
function namePartAt(doc: Doc, pos: number, singleBlocking: ReadonlySet<string> = ENDING_TAGS): boolean {
  const k = doc.tokenIndexAt(pos);
  if (k < 0 || doc.startOf(k) !== pos) return true;
  const tag = doc.token(k).tag;
  return doc.wordAt(k).length === 1 ? !singleBlocking.has(tag) : NAME_PART_TAGS.has(tag);
}

/**
 * Where a one-character conjunction at `pos` (tag c) and one character after it, each a word of its own,
 * end when a reporting verb or punctuation follows them; -1 otherwise.
 */
function joinedCharacterEnd(doc: Doc, res: Resources, pos: number): number {
  const k = doc.tokenIndexAt(pos);
  if (k < 0 || k + 1 >= doc.tokenCount || doc.wordAt(k).length !== 1 || doc.wordAt(k + 1).length !== 1 || doc.token(k).tag !== 'c') return -1;
  const end = pos + 2;
  if (!isHanAt(doc.work, pos + 1)) return -1;
  return !isHanAt(doc.work, end) || res.personContext.verbs.hasMatchAt(doc.work, end) ? end : -1;
}

/**
 * A reporting verb starts at `pos` inside a word: one of two or more characters ending on a word edge
 * (黄循|财会|见: 会见), or one ending an unknown word (斯塔|默说, 埃|尔多|安说).
 */
function gluedVerbAt(doc: Doc, res: Resources, pos: number): boolean {
  const m = res.personContext.verbs.longestAt(doc.work, pos);
  if (!m) return false;
  if (m.end - pos >= 2 && doc.isBoundary(m.end)) return true;
  const k = doc.tokenIndexAt(pos);
  return k >= 0 && doc.startOf(k) + doc.wordAt(k).length === m.end && doc.token(k).tag === 'x';
}

/** The word ending at `end` is one the dictionary does not know (卢拉同: x). */
function unknownWordEndingAt(doc: Doc, end: number): boolean {
  const k = doc.tokenIndexAt(end - 1);
  return k >= 0 && doc.startOf(k) + doc.wordAt(k).length === end && doc.wordAt(k).length >= 2 && doc.token(k).tag === 'x';
}

/**
 * Every word inside [start, end) is a name's part (a name, a place, an unknown word) or one character;
 * words of two or more characters hold at least half of it as names or unknown words. A word the
 * segmenter tags as a place that is no Chinese division and no country (普京 ns) counts as a name.
 */
function wordsOfAName(doc: Doc, res: Resources, start: number, end: number): boolean {
  let named = 0;
  for (let k = doc.tokenIndexAt(start); k >= 0 && k < doc.tokenCount && doc.startOf(k) < end; k++) {
    const s = doc.startOf(k);
    const length = doc.wordAt(k).length;
    const e = Math.min(end, s + length);
    if (length === 1 || doc.wordAt(k) === '·') continue;
    const tag = doc.token(k).tag;
    // (a word the name's end cuts: its part in the name is an unknown word's)
    if (s + length > end) {
      if (tag === 'x') named += e - s;
      continue;
    }
    if (!NAME_PART_TAGS.has(tag)) return false;
    if (tag === 'ns' ? !res.regionTrie.get(doc.wordAt(k)) && !res.foreign.countries.has(doc.wordAt(k)) : tag !== 'j') named += e - s;
  }
  return named * 2 >= end - start;
}

/** A longer post runs from the last characters of the post ending at `pos` past it (外交部长|官朴振: 长官; 国务委员|长: 委员长): where a name would start is unsure. */
export function postRunsOn(res: Resources, text: string, pos: number): boolean {
  // (国务委员|长金正恩: 委员长, from the post's last two characters)
  for (let back = 1; back <= 2 && back <= pos; back++) {
    const across = res.titles.trie.longestAt(text, pos - back);
    if (across && across.end > pos) return true;
  }
  return false;
}
