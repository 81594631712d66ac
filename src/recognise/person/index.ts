import type { Doc, Span } from '../../doc';
import type { Resources } from '../../resources';
import type { PersonRole } from '../../types';
import type { TitleSpan } from '../title';

export interface PersonData {
  name: string;
  role: PersonRole | null;
}
export type PersonSpan = Span<PersonData>;

const HAN = /^[\u3400-\u9fff]$/;
const NAME_SEP = /[ \t\u3000]/;
/** jieba's tags of person names. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/** jieba's tags of function words, pronouns, adverbs, numerals and measure words: never part of a name. */
const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'd', 'f', 'm', 'q', 'y', 'e']);

/**
 * Person names, confirmed by context: a credit cue before them (记者, 本报通讯员), a title or
 * an occupation right before them, a reporting verb right after them, or a byline line; then
 * every later occurrence of a name already found. Names come from a surname table and given-name
 * rules, with jieba's segmentation choosing where the name ends.
 */
export function recognisePersons(doc: Doc, res: Resources, titles: TitleSpan[], heads: Span[] = []): PersonSpan[] {
  const text = doc.work;
  const ctx = res.personContext;
  const out: PersonSpan[] = [];
  const add = (start: number, name: string, role: PersonRole | null, reason: string) => {
    out.push({ type: 'person', start, end: start + name.length, text: name, reason, data: { name, role } });
  };
  // 1. credits: 记者范瑞恒, 通讯员曾芳 王艺蓉, 本报记者 史万森 颜爱勇, … 摄
  for (let i = 0; i < text.length; i++) {
    const cue = ctx.credits.longestAt(text, i);
    if (!cue) continue;
    let pos = cue.end;
    let role: PersonRole = cue.values[0].role;
    const names: [number, string][] = [];
    for (let k = 0; k < 6; k++) {
      while (NAME_SEP.test(text[pos] ?? '')) pos++;
      if (ctx.credits.longestAt(text, pos)) break;
      const found = nameAt(doc, res, pos, true);
      if (!found) break;
      names.push([pos, found]);
      pos += found.length;
    }
    // a photo credit names the photographers: 本报记者 某某 摄
    let after = pos;
    while (NAME_SEP.test(text[after] ?? '')) after++;
    if (ctx.photoCues.longestAt(text, after)) role = 'photographer';
    for (const [at, name] of names) add(at, name, role, `credit:${cue.values[0].cue}`);
    if (names.length) i = pos - 1;
  }
  // 2. a title or an occupation right before: 院长游劝荣, 社区民警王某某
  for (const t of titles) {
    const found = nameAt(doc, res, t.end, false);
    if (found) add(t.end, found, null, 'after-title');
  }
  for (let i = 0; i < text.length; i++) {
    const occ = ctx.occupations.longestAt(text, i);
    if (!occ) continue;
    const found = nameAt(doc, res, occ.end, false);
    if (found && !weakCueLookalike(doc, res, occ.end, found)) add(occ.end, found, 'other', 'after-occupation');
    i = occ.end - 1;
  }
  // 2b. a title right after, at the start of a clause: 某某某总书记
  for (const t of titles) {
    for (const len of [3, 2, 4]) {
      const start = t.start - len;
      if (start < 0) continue;
      // at a clause start, or a word the segmenter itself tags as a person's name (…贯彻某某某总书记…)
      const known = doc.tokenStartingAt(start);
      const nameToken = !!known && known.end === t.start && NAME_TAGS.has(known.tag);
      if (!clauseStart(text, start, ctx.clauseWords) && !nameToken) continue;
      const found = nameAt(doc, res, start, false);
      if (found && found.length === len) {
        add(start, found, null, nameToken ? 'before-title+nr' : 'before-title');
        break;
      }
    }
  }
  // 2b'. a name in apposition before its posts: 某某某，东营市副市长、市公安局局长，…
  const headStartAt = new Map<number, number>();
  for (const h of heads) headStartAt.set(h.end, Math.min(h.start, headStartAt.get(h.end) ?? h.start));
  for (const t of titles) {
    let at = t.start;
    while (headStartAt.has(at) && headStartAt.get(at)! < at) at = headStartAt.get(at)!;
    if (text[at - 1] !== '，' && text[at - 1] !== ',') continue;
    const comma = at - 1;
    for (const len of [3, 2, 4]) {
      const start = comma - len;
      if (start < 0 || !clauseStart(text, start, ctx.clauseWords)) continue;
      const found = nameAt(doc, res, start, false);
      if (found && found.length === len) {
        add(start, found, null, 'apposition-before-posts');
        break;
      }
    }
  }
  const titleStarts = titles.map((t) => t.start).sort((a, b) => a - b);
  // 2c. an author byline: a name alone on its line, its posts on the next line
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at, lineEnd).trim();
    if (line.length >= 2 && line.length <= 8) {
      const start = text.indexOf(line, at);
      const found = nameAt(doc, res, start, true);
      const next = /\S[^\n]*/.exec(text.slice(lineEnd, lineEnd + 200));
      if (found === line && next && titleStartsIn(titleStarts, lineEnd, lineEnd + (next.index ?? 0) + next[0].length))
        add(start, found, 'author', 'byline-line');
    }
    at = lineEnd + 1;
  }
  // 3. a reporting verb right after: 某某某指出
  for (const tok of doc.tokens) {
    if (!ctx.verbs.get(tok.word)) continue;
    for (const len of [3, 2, 4]) {
      const start = tok.start - len;
      if (start < 0 || !doc.isBoundary(start) || !clauseStart(text, start, ctx.clauseWords)) continue;
      const found = nameAt(doc, res, start, false);
      if (found && found.length === len) {
        add(start, found, null, 'before-verb');
        break;
      }
    }
  }
  // 3b. names a user dictionary declares (tag nr), wherever the segmenter keeps them whole
  if (res.knownPersons.size) {
    for (const tok of doc.tokens) if (res.knownPersons.has(tok.word)) add(tok.start, tok.word, null, 'user-dictionary');
  }
  // 4. every later or earlier occurrence of the names found
  const names = new Set(out.map((p) => p.text));
  const seen = new Set(out.map((p) => p.start));
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (seen.has(at)) continue;
      if (at > 0 && HAN.test(text[at - 1]) && !doc.isBoundary(at)) continue;
      add(at, name, null, 'repeat');
    }
  }
  return out;
}

/** True when some title starts in [from, to) (binary search over the sorted starts). */
function titleStartsIn(starts: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo] < to;
}

function isHanChar(ch: string): boolean {
  return HAN.test(ch);
}

/**
 * After a weak cue (an occupation: 群众, 专家), reject what only looks like a name: one dictionary
 * word that is not a name (群众安全感, 群众强烈点赞), or 任 / 为 used as a verb before a post
 * (专家任特邀检察官助理: "serve as").
 */
function weakCueLookalike(doc: Doc, res: Resources, pos: number, name: string): boolean {
  const tok = doc.tokenStartingAt(pos);
  if (tok && tok.end === pos + name.length && tok.tag !== 'x' && !NAME_TAGS.has(tok.tag)) return true;
  if (res.personContext.verbSurnames.has(name[0])) {
    // a post or an occupation within the next characters: 任 is the verb (任特邀检察官助理)
    for (let p = pos + 1; p < pos + 8 && p < doc.work.length; p++)
      if (res.titles.trie.longestAt(doc.work, p) || res.personContext.occupations.longestAt(doc.work, p)) return true;
  }
  return false;
}

/** A name may start a clause: after punctuation, a space, a line break, or a function word. */
function clauseStart(text: string, pos: number, clauseWords: Set<string>): boolean {
  return pos === 0 || !HAN.test(text[pos - 1]) || clauseWords.has(text[pos - 1]);
}

/** A name starting at `pos`, or null: surname + one or two given characters, ending on a word edge. */
function nameAt(doc: Doc, res: Resources, pos: number, credit: boolean): string | null {
  const text = doc.work;
  const ctx = res.personContext;
  const s2 = text.slice(pos, pos + 2);
  const surnameLen = res.surnames.compound.has(s2) ? 2 : res.surnames.single.has(text[pos]) ? 1 : 0;
  // 奇·达楞太: a dot within the first characters makes it a dotted name, whatever its first character
  if (!surnameLen || /^[\u3400-\u9fff]{1,4}·/.test(text.slice(pos, pos + 6))) return minorityName(doc, res, pos, credit);
  const candidates: string[] = [];
  for (const given of [2, 1]) {
    const name = text.slice(pos, pos + surnameLen + given);
    if (name.length !== surnameLen + given || ![...name].every((c) => HAN.test(c))) continue;
    // a credit name set off by spaces or punctuation on both sides (记者潘从武 3月…) needs no stop-character check
    const delimited = credit && !isHanChar(text[pos + name.length] ?? '');
    if (!delimited && [...name.slice(surnameLen)].some((c) => ctx.stopChars.has(c))) continue;
    if (ctx.anonymised.some((m) => name.slice(surnameLen).startsWith(m) && (m === '某' || m.length > 1))) return null;
    if (ctx.nonNames.has(name) || ctx.nonNames.has(text.slice(pos, pos + surnameLen + given + 1))) continue;
    // 任主任, 成华区: a post or a place is not a given name
    if (res.titles.trie.get(name.slice(surnameLen)) || res.titles.trie.longestAt(text, pos + surnameLen) || res.regionTrie.get(name)) continue;
    candidates.push(name);
  }
  if (!candidates.length) return null;
  // Prefer the length the segmentation agrees with: a token, or tokens, ending where the name ends.
  for (const name of candidates) {
    const end = pos + name.length;
    // 伊拉图说: a reporting verb or punctuation after the name settles where it ends
    const verbAfter = ctx.verbs.longestAt(text, end);
    const settled = !HAN.test(text[end] ?? '') || !!verbAfter;
    // 伊拉图说: the segmenter may glue the name's last character to the verb (图说); the verb settles it
    const verbEnd = verbAfter ? verbAfter.end : -1;
    if ((settled || doc.isBoundary(end)) && !insideWord(doc, pos, end, verbEnd)) return name;
  }
  if (credit) {
    // glued credits (刘翔夏小玮): the name ends where the next surname-led name starts
    for (const name of candidates) {
      const end = pos + name.length;
      if (!HAN.test(text[end] ?? '') || res.surnames.single.has(text[end])) return name;
    }
  }
  return null;
}

/** The name is not the start of a longer dictionary word (高质量 is not a name). */
function insideWord(doc: Doc, start: number, end: number, verbEnd = -1): boolean {
  for (const t of doc.tokensOverlapping(start, end)) {
    // a token made of the name's last character and the reporting verb after it (图|说 as 图说)
    if (verbEnd > end && t.start === end - 1 && t.end === verbEnd) continue;
    if (t.start < start || t.end > end) return t.tag !== 'x' && t.tag !== 'nr' && t.word.length > 1 && !(t.start >= start && t.end <= end);
  }
  return false;
}

/** Names with no surname (阿拉腾呼雅嘎, 奇·达楞太): after a cue, up to the next punctuation or verb. */
function minorityName(doc: Doc, res: Resources, pos: number, credit: boolean): string | null {
  const text = doc.work;
  let end = pos;
  while (end < text.length && end - pos < 9 && (HAN.test(text[end]) || text[end] === '·')) {
    if (res.personContext.verbs.longestAt(text, end) && end > pos + 1) break;
    end++;
  }
  // within the run only (a lastIndexOf over the text before would scan the whole document)
  const dotInRun = text.slice(pos, end).lastIndexOf('·');
  const lastDot = dotInRun < 0 ? -1 : pos + dotInRun;
  if (lastDot >= pos) {
    // 奇·达楞太在会上讲话: after the last dot, 1-4 characters ending on a word edge before a
    // function word, a verb, punctuation or the end of the run
    const tail = lastDot + 1;
    let cut = -1;
    for (let k = Math.min(end, tail + 4); k > tail; k--) {
      if ((k === end && (end >= text.length || !HAN.test(text[end]) || !!res.personContext.verbs.longestAt(text, end))) || (doc.isBoundary(k) && (!!res.personContext.verbs.longestAt(text, k) || FUNCTION_TAGS.has(doc.tokenStartingAt(k)?.tag ?? '') || doc.tokenStartingAt(k)?.tag === 'v'))) {
        cut = k;
        break;
      }
    }
    if (cut < 0) return null;
    end = cut;
  }
  const name = text.slice(pos, end);
  if (name.length < 2 || name.length > 8 || name.endsWith('·')) return null;
  if (!name.includes('·')) {
    // without the dot, only a run the segmenter did not know counts (阿拉|腾呼雅|嘎): no function
    // word in it, more than half of it unknown to the dictionary or tagged as a name
    const toks = doc.tokensOverlapping(pos, end).filter((t) => t.start >= pos && t.end <= end);
    const unknown = toks.reduce((n, t) => n + (t.tag === 'x' || NAME_TAGS.has(t.tag) ? t.word.length : 0), 0);
    if (!toks.length || toks.some((t) => FUNCTION_TAGS.has(t.tag)) || unknown * 2 <= name.length || toks.every((t) => t.word.length === 1)) return null;
    if (toks[0].start !== pos || toks[toks.length - 1].end !== end) return null;
    if (!credit && name.length < 3) return null;
  }
  if (!name.includes('·') && [...name].some((c) => res.personContext.stopChars.has(c))) return null;
  return name;
}
