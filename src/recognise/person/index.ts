import { appendAll, isHanAt, newSpan, noteAt, type Doc, type Span } from '../../doc';
import { closesNounPhrase } from '../../segment';
import type { Resources } from '../../resources';
import type { CareerVerb, LeaderGroup } from '../../resources/lexicons';
import type { PersonRole } from '../../types';
import type { TitleSpan } from '../title';
import { PersonChar, personTables, type PersonTables } from './chars';
import { hasForeignCue, foreignNameAt, isForeignBody, postRunsOn } from './foreign';
import { countryBefore } from '../organisation/foreign';
import type { OrganisationData } from '../organisation';
// what trim() removes, by code unit (the slogan recogniser's table)
import { WHITESPACE } from '../slogan/quoted';

export interface PersonData {
  name: string;
  role: PersonRole | null;
}
export type PersonSpan = Span<PersonData>;

/** The lengths of a name tried before a title or a verb, most likely first. */
const NAME_LENGTHS = [3, 2, 4];
/** The longest part of a dotted name, and the longest dotted name (阿布都热依木·买买提 is ten). */
const MAX_DOTTED_PART = 7;
const MAX_DOTTED_NAME = 16;
const MIDDLE_DOT = 0xb7;
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
  const tables = personTables(res);
  const chars = tables.chars;
  const out: PersonSpan[] = [];
  const add = (start: number, name: string, role: PersonRole | null, reason: string) => {
    out.push(personSpan(start, name, role, reason));
  };
  // steps 1, 2 (occupations) and 3 look for cues in the text: one pass finds them all
  const cued = namesAtCues(doc, res, tables);
  // 1. credits: 记者张立新, 通讯员李静 王晓雨, 本报记者 赵德明 孙红梅, … 摄
  appendAll(out, cued.credits);
  // 2. a title or an occupation right before: 院长陈国强, 社区民警王某某
  // (the bodies a foreign post may follow, by where they end: 俄罗斯外交部发言人, 联合国秘书长)
  let bodiesByEnd: Map<number, Span<OrganisationData>> | null = null;
  const bodyEndingAt = (pos: number) => {
    if (bodiesByEnd === null) {
      bodiesByEnd = new Map();
      for (const h of heads) if (h.type === 'organisation' && isForeignBody(res, h as Span<OrganisationData>)) bodiesByEnd.set(h.end, h as Span<OrganisationData>);
    }
    return bodiesByEnd.get(pos);
  };
  let lastCueEnd = -1;
  for (const t of titles) {
    // (副院长（主持工作）X: a bracketed note may stand between the post and the name)
    const from = t.end + noteAt(text, t.end);
    // 美国总统拜登, 联合国秘书长古特雷斯: after a foreign post, a transliterated name (and after a post
    // listed with 、 right after a foreign one: 俄罗斯外交部发言人、副部长X)
    const listed = lastCueEnd >= 0 && t.start === lastCueEnd + 1 && text.charCodeAt(lastCueEnd) === 0x3001;
    const cue = listed || hasForeignCue(doc, res, t, bodyEndingAt);
    lastCueEnd = cue ? t.end : -1;
    if (!cue && t.data.foreignOnly) continue;
    if (cue) {
      // (外交部长|官朴振: a longer post runs on from this one's last character: no name where it is unsure)
      if (postRunsOn(res, text, from)) continue;
      const foreign = foreignNameAt(doc, res, from);
      if (foreign) {
        add(from, foreign, null, 'after-foreign-title');
        continue;
      }
    }
    // (国务委员|长金正恩: the post may be the longer 委员长, and the name start after it)
    if (postRunsOn(res, text, from)) continue;
    const found = nameAt(doc, res, tables, from, false, NO_WORDS, true);
    if (!found) continue;
    add(from, found, null, 'after-title');
    // 副市长孙明、王芳分别…: the names listed with 、 after the first one (each confirmed by what ends it)
    namesListedAfter(doc, res, tables, from + found.length, 'listed-after-title', out, null);
  }
  appendAll(out, cued.afterOccupation);
  // 2a. named in a personnel decision: 任命王某某为…, 免去王某某的…职务
  appendAll(out, cued.afterAct);
  // 2a'. listed as a group of leaders: 省领导王某、李某出席, 王某、李某等市领导
  appendAll(out, cued.leaders);
  // 2b. a title right after, at the start of a clause: 某某某总书记
  for (const t of titles) {
    // (平水镇镇长, 某某局局长: the post's first character repeats the last one before it, a place's or a
    // unit's suffix: no name ends there)
    if (t.start > 0 && text.charCodeAt(t.start - 1) === text.charCodeAt(t.start)) continue;
    // (苏丹总统府, 蒙古国总统: a country before a post is no name)
    const country = countryBefore(doc, res, t.start);
    for (const len of NAME_LENGTHS) {
      const start = t.start - len;
      if (start < 0 || (country && country.start <= start)) continue;
      // at a clause start, or a word the segmenter itself tags as a person's name (…贯彻某某某总书记…)
      const nameToken = nameTokenAt(doc, start, t.start);
      if (!clauseStart(text, start, chars) && !nameToken) continue;
      const found = nameAt(doc, res, tables, start, false);
      if (found && found.length === len) {
        // (国民党主席: one word the segmenter tags as an organisation's name, nt, is no person's)
        if (doc.tokenEndAt(start) === t.start && doc.token(doc.tokenIndexAt(start)).tag === 'nt') break;
        add(start, found, null, nameToken ? 'before-title+nr' : 'before-title');
        break;
      }
    }
  }
  // 2b'. a name in apposition before its posts: 某某某，东营市副市长、市公安局局长，…
  const postsStart = postsStarts(text.length, titles, heads);
  // (某某某，现任…, 某某某，历任…: a career verb between the comma and the posts)
  for (let k = 0; k < titles.length; k++) {
    const verb = careerVerbEndingAt(res, text, postsStart[k]);
    const at = postsStart[k] - (verb ? verb.verb.length : 0);
    const before = text.charCodeAt(at - 1);
    if (before !== 0xff0c /* ， */ && before !== 0x2c /* , */) continue;
    const start = clauseNameEndingAt(doc, res, tables, at - 1);
    if (start >= 0) add(start, text.slice(start, at - 1), null, verb ? 'before-career-verb' : 'apposition-before-posts');
  }
  // 2b''. a biographical note right after a name at a clause start: 某某某，男，1968年生 (the cues are
  // found by one indexOf walk per ideograph they hold, 男 and 女: few texts have one)
  for (const [marker, cues] of bioMarkers(res)) {
    for (let hit = text.indexOf(marker); hit >= 0; hit = text.indexOf(marker, hit + 1)) {
      let at = -1;
      for (const { cue, offset } of cues) if (hit >= offset && text.startsWith(cue, hit - offset)) at = hit - offset;
      if (at < 0) continue;
      const start = clauseNameEndingAt(doc, res, tables, at);
      if (start >= 0) add(start, text.slice(start, at), null, 'before-bio-note');
    }
  }
  // 2b-bis. posts in brackets right after a name at a clause start: 王某（湖州市副市长）出席 (one indexOf walk)
  const titleEnds = new Set<number>();
  for (const t of titles) titleEnds.add(t.end);
  for (let open = text.indexOf('（'); open > 0; open = text.indexOf('（', open + 1)) {
    const close = text.indexOf('）', open + 1);
    if (close < 0 || close - open > MAX_BRACKETED_POSTS || !titleEnds.has(close) || !postsOnly(text, open + 1, close)) continue;
    const start = clauseNameEndingAt(doc, res, tables, open);
    if (start >= 0) add(start, text.slice(start, open), null, 'before-bracketed-posts');
  }
  const titleStarts = titles.map((t) => t.start).sort((a, b) => a - b);
  // 2c. an author byline: a name alone on its line, its posts on the next line
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    // the line as trim() would leave it, as bounds (no slices of every line of the text)
    let start = at;
    while (start < lineEnd && WHITESPACE[text.charCodeAt(start)]) start++;
    let end = lineEnd;
    while (end > start && WHITESPACE[text.charCodeAt(end - 1)]) end--;
    if (end - start >= 2 && end - start <= 8) {
      const found = nameAt(doc, res, tables, start, true);
      const next = /\S[^\n]*/.exec(text.slice(lineEnd, lineEnd + 200));
      // the name is the whole line
      if (found !== null && found.length === end - start && next && titleStartsIn(titleStarts, lineEnd, lineEnd + (next.index ?? 0) + next[0].length))
        add(start, found, 'author', 'byline-line');
    }
    at = lineEnd + 1;
  }
  // 3. a reporting verb right after: 某某某指出 (not the end of a name a post opens: 副盟长苏和巴特尔出席 is
  // one Mongolian name, and 巴特尔 after its 和 no name of its own)
  for (const p of cued.beforeVerb) if (!afterOneCharacterOfPost(text, p.start, titleEnds, chars)) out.push(p);
  // 3b. names a user dictionary declares (tag nr), wherever the segmenter keeps them whole
  if (res.knownPersons.size) {
    for (let k = 0; k < doc.tokenCount; k++) if (res.knownPersons.has(doc.wordAt(k))) add(doc.startOf(k), doc.wordAt(k), null, 'user-dictionary');
  }
  // 3c. the other names of a list with 、 that one found name is in (省领导张建华、李卫东、王晓红出席: the
  // verb confirms the last; every item of the list must read as a whole name)
  listedWith(doc, res, tables, out);
  // 4. every later or earlier occurrence of the names found
  const names = [...new Set(out.map((p) => p.text))];
  const seen = new Set(out.map((p) => p.start));
  const occurrences = occurrencesOf(text, names);
  for (let k = 0; k < names.length; k++) {
    for (const at of occurrences[k]) {
      if (seen.has(at)) continue;
      if (at > 0 && isHanAt(text, at - 1) && !doc.isBoundary(at)) continue;
      add(at, names[k], null, 'repeat');
    }
  }
  return out;
}

/**
 * True when a clause word (和, 与) stands right before `start` and a post ends one character before
 * it: 副盟长苏和巴特尔: no name has one character, so the 和 is inside the name the post opens, not a
 * conjunction before a name of its own (县长和巴特尔, with nothing between, is one).
 */
function afterOneCharacterOfPost(text: string, start: number, titleEnds: Set<number>, chars: Uint8Array): boolean {
  return start >= 2 && (chars[text.charCodeAt(start - 1)] & PersonChar.clause) !== 0 && titleEnds.has(start - 2) && isHanAt(text, start - 2);
}

/** True when one token spans exactly [start, end). */
function wholeWord(doc: Doc, start: number, end: number): boolean {
  const k = doc.tokenIndexAt(start);
  return k >= 0 && doc.startOf(k) === start && start + doc.wordAt(k).length === end;
}

/**
 * True when the segmenter glued the character at `at` to the name before it, in a word it does not
 * know: one token ends right after `at` and starts within the name, at `from` or after (陈伟俊到, 平已).
 */
function gluedAfter(doc: Doc, from: number, at: number): boolean {
  const k = doc.tokenIndexAt(at);
  return k >= 0 && doc.startOf(k) >= from && doc.startOf(k) < at && doc.startOf(k) + doc.wordAt(k).length === at + 1 && doc.token(k).tag === 'x';
}

/** A one-character joiner of two names at `pos` (和, 及 of leaderGroups.joiners; 同, 跟 of counterpartJoiners). */
function isJoinerAt(res: Resources, text: string, pos: number): boolean {
  const ctx = res.personContext;
  if (ctx.counterpartJoiners.has(text.charCodeAt(pos))) return true;
  for (const w of ctx.leaderGroups.joiners) if (w.length === 1 && w.charCodeAt(0) === text.charCodeAt(pos)) return true;
  return false;
}

/**
 * The start of the name at a clause start that ends right at `end` (before a comma, a biographical
 * note, posts in brackets), its lengths tried in NAME_LENGTHS order; -1 when none does.
 */
function clauseNameEndingAt(doc: Doc, res: Resources, tables: PersonTables, end: number): number {
  for (const len of NAME_LENGTHS) {
    const start = end - len;
    if (start < 0 || !clauseStart(doc.work, start, tables.chars)) continue;
    const found = nameAt(doc, res, tables, start, false);
    if (found && found.length === len) return start;
  }
  return -1;
}

/** The most characters between the brackets of posts written after a name (王某（湖州市副市长）). */
const MAX_BRACKETED_POSTS = 30;

/** [from, to) holds ideographs and 、 only (a chain of posts, not a note such as 左二 with digits, or a sentence). */
function postsOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isHanAt(text, k) && text.charCodeAt(k) !== 0x3001) return false;
  return to > from;
}

/** A full-width or ASCII colon. */
export function isColon(c: number): boolean {
  return c === 0xff1a || c === 0x3a;
}

/** A sentence ends (。！？ or a line break; not ；, which parts the clauses of a list of decisions) in [from, to). */
export function sentenceEndBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x0a) return true;
  }
  return false;
}

/** True when a country, a division, a post or a national body starts at `pos` (the counterpart after 同). */
function counterpartAt(res: Resources, text: string, pos: number): boolean {
  return res.foreign.hosts.hasMatchAt(text, pos) || res.regionTrie.hasMatchAt(text, pos) || res.titles.trie.hasMatchAt(text, pos) || res.centralTrie.hasMatchAt(text, pos);
}

/** True when a token spans exactly [start, end) and is tagged as a person's name (its Token made only then). */
function nameTokenAt(doc: Doc, start: number, end: number): boolean {
  const k = doc.tokenIndexAt(start);
  return k >= 0 && doc.startOf(k) === start && start + doc.wordAt(k).length === end && NAME_TAGS.has(doc.token(k).tag);
}

/** A person span's data, made by a constructor (see SpanObject in doc.ts: a roster proposes hundreds per document). */
class PersonMatchData implements PersonData {
  constructor(
    public name: string,
    public role: PersonRole | null,
  ) {}
}

function personSpan(start: number, name: string, role: PersonRole | null, reason: string): PersonSpan {
  return newSpan('person', start, start + name.length, name, reason, new PersonMatchData(name, role));
}

/**
 * The names after a credit cue, after an occupation, in a personnel decision (任命…为) and before
 * a reporting verb, each kind in text order. One pass over the text: a pre-test of the character
 * pair at each position tells where a cue may start (a few positions in a hundred), and the tries
 * are asked there only.
 */
function namesAtCues(doc: Doc, res: Resources, tables: PersonTables) {
  const text = doc.work;
  const ctx = res.personContext;
  const cues = tables.cues;
  const boundaries = doc.boundaries;
  const credits: PersonSpan[] = [];
  const afterOccupation: PersonSpan[] = [];
  const beforeVerb: PersonSpan[] = [];
  // a cue inside the names of the credit before is part of a name; occupations do not overlap
  let creditFrom = 0;
  let occupationFrom = 0;
  let actFrom = 0;
  const afterAct: PersonSpan[] = [];
  const leaders: PersonSpan[] = [];
  let leadersFrom = 0;
  const mask = doc.startMask(res.starts);
  for (let i = mask.next(cues, 0); i < text.length; i = mask.next(cues, i + 1)) {
    if (i >= creditFrom) creditFrom = Math.max(creditFrom, creditNames(doc, res, tables, i, credits));
    if (i >= occupationFrom) {
      // 社区民警王某某
      const occ = ctx.occupations.longestAt(text, i);
      if (occ) {
        const found = nameAt(doc, res, tables, occ.end, false);
        if (found && !weakCueLookalike(doc, res, occ.end, found)) afterOccupation.push(personSpan(occ.end, found, 'other', 'after-occupation'));
        occupationFrom = occ.end;
      }
    }
    // 任命王某某为…, 免去王某某的…职务: the name between the act's words
    if (i >= actFrom) {
      const act = ctx.actCues.longestAt(text, i);
      if (act) {
        // one name, or several listed with 、 (免去某甲、某乙的…职务)
        const names: PersonSpan[] = [];
        const between = act.values.length === 1 ? act.values[0].between : act.values.flatMap((a) => a.between);
        // (任命：王某某为…: a colon may follow the act's word)
        for (let pos = act.end + (isColon(text.charCodeAt(act.end)) ? 1 : 0); names.length < 8; pos++) {
          const found = nameAt(doc, res, tables, pos, false, between);
          if (!found) break;
          names.push(personSpan(pos, found, null, 'personnel-act'));
          pos += found.length;
          if (text.charCodeAt(pos) !== 0x3001 /* 、 */) break;
        }
        const end = names.length ? names[names.length - 1].end : -1;
        if (end > 0 && between.some((w) => text.startsWith(w, end))) {
          appendAll(afterAct, names);
          actFrom = end;
          // 任命：王某为…；李某为…: each clause after a ； in the sentence that opens with a name and the act's word
          for (let semi = text.indexOf('；', end); semi > 0 && !sentenceEndBetween(text, end, semi); semi = text.indexOf('；', semi + 1)) {
            const found = nameAt(doc, res, tables, semi + 1, false, between);
            if (!found || !between.some((w) => text.startsWith(w, semi + 1 + found.length))) continue;
            afterAct.push(personSpan(semi + 1, found, null, 'personnel-act'));
            actFrom = semi + 1 + found.length;
          }
        }
      }
    }
    // 省领导王某、李某, 王某、李某等市领导
    if (i >= leadersFrom) {
      const group = ctx.leaderGroups.groups.longestAt(text, i);
      if (group) leadersFrom = Math.max(leadersFrom, leaderNames(doc, res, tables, i, group, leaders));
    }
    // a reporting verb is a word of its own: a token starts there
    if (boundaries[i] & 1) {
      const name = nameBeforeVerb(doc, res, tables, i);
      if (name) beforeVerb.push(name);
    }
  }
  return { credits, afterOccupation, afterAct, beforeVerb, leaders };
}

/**
 * The names of a group of leaders that starts at `i` (the trie's match), pushed onto `out` as
 * officials; returns where the group and its names end. After it (省领导王某、李某、赵某等, 市领导有：王某、李某和赵某):
 * names listed with 、 (a joiner, 和 or 及, before the last), each on a word edge, the last confirmed by
 * what ends it (punctuation, 等, a verb: endsAListedName; or a reporting verb: 刘某列席会议, where the
 * segmenter tags 列席会议 a noun). Before it, with 等 between (王某、李某等省领导, 王某等领导):
 * names listed with 、, the last one right before 等. The group is a word of its own (not the 市领导 of
 * 市领导干部), and an item that is no whole name ends the list.
 */
function leaderNames(doc: Doc, res: Resources, tables: PersonTables, i: number, match: { end: number; values: readonly LeaderGroup[] }, out: PersonSpan[]): number {
  const text = doc.work;
  const end = match.end;
  if (!doc.isBoundary(i) || !doc.isBoundary(end)) return 0;
  const found: PersonSpan[] = [];
  // before it: 王某、李某等省领导
  const others = andOthersBefore(doc, res, i);
  if (others) {
    for (let last = i - others.length, n = 0; n < MAX_LISTED; n++) {
      const start = nameEndingAt(doc, res, tables, last);
      if (start < 0) break;
      found.unshift(personSpan(start, text.slice(start, last), 'official', 'leader-group'));
      if (text.charCodeAt(start - 1) !== 0x3001 /* 、 */) break;
      last = start - 1;
    }
    appendAll(out, found);
    return end;
  }
  if (match.values.every((g) => g.afterAndOthersOnly)) return 0;
  // after it: 省领导王某、李某
  let pos = end;
  const opener = res.personContext.leaderGroups.openers.find((w) => text.startsWith(w, pos));
  if (opener) pos += opener.length;
  for (let n = 0; n < MAX_LISTED; n++) {
    const name = nameAt(doc, res, tables, pos, false, NO_WORDS, true);
    if (!name) break;
    const after = pos + name.length;
    const c = text.charCodeAt(after);
    const listed = c === 0x3001; /* 、 */
    const joiner = listed ? undefined : res.personContext.leaderGroups.joiners.find((w) => text.startsWith(w, after));
    const joined = joiner !== undefined && doc.isBoundary(after) && doc.isBoundary(after + joiner.length);
    if (!listed && !joined && !endsAListedName(doc, after) && !res.personContext.verbs.longestAt(text, after)) break;
    found.push(personSpan(pos, name, 'official', 'leader-group'));
    pos = after + (listed ? 1 : joined ? joiner.length : 0);
    if (!listed && !joined) break;
  }
  if (!found.length) return 0;
  appendAll(out, found);
  return found[found.length - 1].end;
}

/**
 * The start of a whole name that ends at `end` on a word edge, or -1: one led by a surname first
 * (…的有|李明: not 有李明, read as a name with no surname), then any (a Tibetan or Mongolian name).
 */
function nameEndingAt(doc: Doc, res: Resources, tables: PersonTables, end: number): number {
  for (let pass = 0; pass < 2; pass++) {
    for (const len of NAME_LENGTHS) {
      const at = end - len;
      if (at < 0 || !doc.isBoundary(at) || (pass === 0 && !surnameLength(res, tables, doc.work, at))) continue;
      const name = nameAt(doc, res, tables, at, false, NO_WORDS, true);
      if (name && name.length === len) return at;
    }
  }
  return -1;
}

/**
 * The names of a credit whose cue may start at `i` (记者张立新, 通讯员李静 王晓雨, 本报记者 赵德明
 * 孙红梅, … 摄), added to `out`; returns where the names end, or 0 when there are none.
 */
function creditNames(doc: Doc, res: Resources, tables: PersonTables, i: number, out: PersonSpan[]): number {
  const text = doc.work;
  const ctx = res.personContext;
  const cue = ctx.credits.longestAt(text, i);
  if (!cue) return 0;
  // (作者：王某, 责任编辑：李某: a colon may follow the cue)
  let pos = cue.end + (isColon(text.charCodeAt(cue.end)) ? 1 : 0);
  let role: PersonRole = cue.values[0].role;
  const names: [number, string][] = [];
  for (let k = 0; k < 6; k++) {
    // (记者 王小明、李冬: a 、 between two names of the credit)
    if (k > 0 && text.charCodeAt(pos) === 0x3001 /* 、 */) pos++;
    while (isNameSeparator(text.charCodeAt(pos))) pos++;
    if (ctx.credits.longestAt(text, pos)) break;
    const found = nameAt(doc, res, tables, pos, true);
    if (!found) break;
    names.push([pos, found]);
    pos += found.length;
  }
  // a photo credit names the photographers: 本报记者 某某 摄
  let after = pos;
  while (isNameSeparator(text.charCodeAt(after))) after++;
  if (ctx.photoCues.longestAt(text, after)) role = 'photographer';
  for (const [at, name] of names) out.push(personSpan(at, name, role, `credit:${cue.values[0].cue}`));
  return names.length ? pos : 0;
}

/**
 * The name before a reporting verb whose token may start at `at` (某某某指出), at a clause start.
 * The word is read by index (no Token made: this runs at every token start a cue may begin).
 */
function nameBeforeVerb(doc: Doc, res: Resources, tables: PersonTables, at: number): PersonSpan | null {
  const verbs = res.personContext.verbs;
  // the verbs' own pair filter first: most positions the cue filter lets through start a credit or an occupation
  if (!verbs.mayStartAt(doc.work, at)) return null;
  // the verb whole words of the segmentation: one (指出), or several (发表|讲话, 对|记者|说)
  const k = doc.tokenIndexAt(at);
  if (k < 0 || doc.startOf(k) !== at || !verbEndsOnWord(doc, verbs, at)) return null;
  // 王晓东还指出, 王晓东随后考察: an adverb (person-context.json adverbsBeforeVerb) between the name and the verb, a word of its own
  const adverb = wordEndingAt(doc, res.personContext.adverbsBeforeVerb, at);
  const verbAt = at - (adverb?.length ?? 0);
  // 王晓红等参加: 等 (and others, person-context.json andOthers) between the name and the verb, a word of its own
  const others = andOthersBefore(doc, res, verbAt);
  const end = verbAt - (others?.length ?? 0);
  for (const len of NAME_LENGTHS) {
    const start = end - len;
    if (start < 0 || !doc.isBoundary(start)) continue;
    // 杰出领导人张国华同志: before an honorific (同志), the name need not open its clause when the
    // segmenter reads it as one word, a person's name or a word its dictionary lacks
    const honorific = !adverb && !others && res.personContext.honorificsAfterName.has(doc.wordAt(k)) && nameWordAt(doc, start, end);
    if (!honorific && !clauseStart(doc.work, start, tables.chars)) continue;
    const found = nameAt(doc, res, tables, start, false, others ? res.personContext.andOthers : NO_WORDS);
    if (found && found.length === len) return personSpan(start, found, null, others ? 'before-others-verb' : adverb ? 'before-adverb-verb' : honorific ? 'before-honorific' : 'before-verb');
  }
  return null;
}

/** One word of the segmentation spans [start, end), a person's name to its dictionary (张国华/nr) or a word it does not know (x). */
function nameWordAt(doc: Doc, start: number, end: number): boolean {
  const k = doc.tokenIndexAt(start);
  if (k < 0 || doc.startOf(k) !== start || start + doc.wordAt(k).length !== end) return false;
  const tag = doc.token(k).tag;
  return tag === 'x' || NAME_TAGS.has(tag);
}

/** Where an adverb of adverbsBeforeVerb written at `at`, of two characters or more, ends when a reporting verb follows it; -1 otherwise. */
function adverbBeforeVerbEnd(doc: Doc, ctx: Resources['personContext'], at: number): number {
  const text = doc.work;
  for (const a of ctx.adverbsBeforeVerb) {
    if (a.length < 2 || !text.startsWith(a, at)) continue;
    const end = at + a.length;
    if (reportingVerbEnd(doc, ctx, end) > 0) return end;
  }
  return -1;
}

/** True when a verb of `verbs` that starts at `at` ends where a word of the segmentation ends. */
function verbEndsOnWord(doc: Doc, verbs: Resources['personContext']['verbs'], at: number): boolean {
  for (const m of verbs.matchesAt(doc.work, at)) if (doc.isBoundary(m.end)) return true;
  return false;
}

/** The word for 'and others' (等) that ends right at `at` as a word of its own, if any. */
function andOthersBefore(doc: Doc, res: Resources, at: number): string | undefined {
  return wordEndingAt(doc, res.personContext.andOthers, at);
}

/** The word of the segmentation that ends right at `at`, when it is one of `words`. */
function wordEndingAt(doc: Doc, words: ReadonlySet<string> | readonly string[], at: number): string | undefined {
  const k = doc.tokenIndexAt(at - 1);
  if (k < 0 || doc.startOf(k) + doc.wordAt(k).length !== at || doc.startOf(k) === 0) return undefined;
  const word = doc.wordAt(k);
  return (Array.isArray(words) ? (words as readonly string[]).includes(word) : (words as ReadonlySet<string>).has(word)) ? word : undefined;
}

/** A space, a tab or an ideographic space: what separates the names of a credit. */
function isNameSeparator(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/**
 * Where the posts of each title start: the title's start, or the start of the heads (regions,
 * organisations) written right before it (东营市副市长 → 东营市; 市公安局局长 → 市公安局 → 市),
 * where a name in apposition ends.
 */
function postsStarts(length: number, titles: TitleSpan[], heads: Span[]): number[] {
  if (!titles.length) return [];
  // 1 + the earliest start of a head ending at each position, 0: none
  const headStartAt = positionIndex(length + 1);
  try {
    for (const h of heads) {
      if (!(h.end >= 0 && h.end <= length)) continue;
      const prev = headStartAt[h.end];
      if (prev === 0 || h.start + 1 < prev) headStartAt[h.end] = h.start + 1;
    }
    return titles.map((t) => {
      let at = t.start;
      while (headStartAt[at] !== 0 && headStartAt[at] - 1 < at) at = headStartAt[at] - 1;
      return at;
    });
  } finally {
    for (const h of heads) if (h.end >= 0 && h.end <= length) headStartAt[h.end] = 0;
  }
}

/**
 * An index by position reused from one document to the next (a fresh typed array for every
 * document, allocated off the heap, cost more than the lookups it serves); its user zeroes again
 * what it set. A document of over a million characters gets one of its own, not kept.
 */
let positionScratch = new Int32Array(0);
const POSITION_SCRATCH_MAX = 1 << 20;
/** An all-zero Int32Array of at least `size` entries. */
function positionIndex(size: number): Int32Array {
  if (size > POSITION_SCRATCH_MAX) return new Int32Array(size);
  if (positionScratch.length < size) positionScratch = new Int32Array(Math.min(POSITION_SCRATCH_MAX, Math.max(size, positionScratch.length * 2)));
  return positionScratch;
}
/** First code units of the names of occurrencesOf, a bit each (zeroed after each call, as the index above). */
const nameFirstBits = new Uint32Array(65536 >>> 5);
const NONE: number[] = [];

/**
 * For each name, where it occurs in `text`, left to right and not overlapping itself (as
 * repeated indexOf calls would find them): one pass over the text, where an indexOf per name
 * scanned the text once for every name.
 */
export function occurrencesOf(text: string, names: string[]): number[][] {
  const found: number[][] = names.map(() => []);
  if (!names.length) return found;
  // a bit per first code unit (8 KB, in cache) is the pre-test; then the names under that unit
  const firstBits = nameFirstBits;
  const byFirst = new Map<number, number[]>();
  names.forEach((name, k) => {
    const c = name.charCodeAt(0) || 0;
    firstBits[c >>> 5] |= 1 << (c & 31);
    const list = byFirst.get(c);
    if (list) list.push(k);
    else byFirst.set(c, [k]);
  });
  // where each name may occur next: after its last occurrence
  const next: number[] = names.map(() => 0);
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if ((firstBits[c >>> 5] & (1 << (c & 31))) === 0) continue;
    for (const k of byFirst.get(c) ?? NONE) {
      if (at < next[k] || !text.startsWith(names[k], at)) continue;
      found[k].push(at);
      next[k] = at + names[k].length;
    }
  }
  for (const c of byFirst.keys()) firstBits[c >>> 5] = 0;
  return found;
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
function clauseStart(text: string, pos: number, chars: Uint8Array): boolean {
  return pos === 0 || !isHanAt(text, pos - 1) || (chars[text.charCodeAt(pos - 1)] & PersonChar.clause) !== 0;
}

/** True when every code unit of text[from, to) is a CJK ideograph. */
function allHan(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (!isHanAt(text, p)) return false;
  return true;
}

/** True when a character of text[from, to) has the given PersonChar bit. */
function anyChar(text: string, from: number, to: number, chars: Uint8Array, bit: number): boolean {
  for (let p = from; p < to; p++) if (chars[text.charCodeAt(p)] & bit) return true;
  return false;
}

/**
 * 奇·达楞太, 阿布都热依木·买买提: one to seven ideographs (Uyghur and Kazakh given names run to six
 * or seven), then a middle dot (as /^[\u3400-\u9fff]{1,7}·/).
 */
function dottedAt(text: string, pos: number): boolean {
  let p = pos;
  while (p < pos + MAX_DOTTED_PART && isHanAt(text, p)) p++;
  return p > pos && text.charCodeAt(p) === MIDDLE_DOT;
}

const NO_WORDS: readonly string[] = [];
/**
 * The names listed with 、 around the names found so far, added to `out`: before a name that a 、
 * precedes, the whole item before that 、 when it reads as a name of its own length and starts a
 * word; after one that a 、 follows, the next item when it reads as a name that ends the list or
 * is followed by another 、 (see endsAListedName). A list is read up to MAX_LISTED names each way,
 * and stops at the first item that is not a name.
 */
function listedWith(doc: Doc, res: Resources, tables: PersonTables, out: PersonSpan[]): void {
  const text = doc.work;
  const starts = new Set<number>();
  for (const p of out) starts.add(p.start);
  const found = out.length;
  for (let k = 0; k < found; k++) {
    const p = out[k];
    if (p.data.role === 'reporter' || p.data.role === 'correspondent' || p.data.role === 'photographer') continue;
    // backwards: 张建华、[李卫东]
    let listStart = p.start;
    for (let end = p.start - 1, n = 0; n < MAX_LISTED && end > 0 && text.charCodeAt(end) === 0x3001 /* 、 */; n++) {
      const start = nameEndingAt(doc, res, tables, end);
      if (start < 0 || starts.has(start)) break;
      starts.add(start);
      out.push(personSpan(start, text.slice(start, end), null, 'listed-with-name'));
      end = start - 1;
      listStart = start;
    }
    // backwards over a joiner before the list, a word of its own: [王晓东]和李明华出席, [习近平]同普京会谈,
    // [王晓东]同李明华、张海峰座谈; the name at a clause start (after punctuation or a function word: 由王某和李某主持),
    // not the end of a longer one (图门|吉日格)
    const before = listStart - 1;
    if (before > 0 && doc.isBoundary(before) && isJoinerAt(res, text, before)) {
      const start = nameEndingAt(doc, res, tables, before);
      if (start >= 0 && !starts.has(start) && (start === 0 || !isHanAt(text, start - 1) || tables.chars[text.charCodeAt(start - 1)] & PersonChar.clause)) {
        starts.add(start);
        out.push(personSpan(start, text.slice(start, before), null, 'joined-with-name'));
      }
    }
    // forwards: [王晓红]、张建华
    namesListedAfter(doc, res, tables, p.end, 'listed-with-name', out, starts);
  }
}

/** The career verb (现任, 历任 …) that ends at `pos`, longest first; null when none does. */
export function careerVerbEndingAt(res: Resources, text: string, pos: number): CareerVerb | null {
  for (const cv of res.personContext.careerVerbs.verbs) if (pos >= cv.verb.length && text.startsWith(cv.verb, pos - cv.verb.length)) return cv;
  return null;
}

/** The bio cues by the ideograph each holds (男 → ，男，, （男，…) and its offset in the cue; made once per extractor. */
const bioMarkersOf = new WeakMap<Resources, Map<string, { cue: string; offset: number }[]>>();
function bioMarkers(res: Resources): Map<string, { cue: string; offset: number }[]> {
  let markers = bioMarkersOf.get(res);
  if (!markers) {
    markers = new Map();
    for (const cue of res.personContext.bioCues) {
      let offset = 0;
      while (offset < cue.length && !isHanAt(cue, offset)) offset++;
      if (offset === cue.length) continue;
      const marker = cue[offset];
      let list = markers.get(marker);
      if (!list) markers.set(marker, (list = []));
      list.push({ cue, offset });
    }
    bioMarkersOf.set(res, markers);
  }
  return markers;
}

/** The length of the surname that starts at `pos`: 2 (欧阳), 1, or 0 for none. */
function surnameLength(res: Resources, tables: PersonTables, text: string, pos: number): number {
  const first = tables.chars[text.charCodeAt(pos)];
  return first & PersonChar.compoundStart && res.surnames.compound.has(text.slice(pos, pos + 2)) ? 2 : first & PersonChar.surname ? 1 : 0;
}

/**
 * The names listed with 、 after a name that ends at `end` (孙明、王芳、李强), pushed onto `out`: each
 * one a name that ends the list or is followed by another 、 (endsAListedName), up to MAX_LISTED; the
 * list stops at an item that is no name, or at a start already in `taken` (which gets the new ones).
 */
function namesListedAfter(
  doc: Doc, res: Resources, tables: PersonTables, end: number, reason: string, out: PersonSpan[], taken: Set<number> | null,
): void {
  const text = doc.work;
  for (let pos = end, n = 0; n < MAX_LISTED && text.charCodeAt(pos) === 0x3001 /* 、 */; n++) {
    const name = nameAt(doc, res, tables, pos + 1, false, NO_WORDS, true);
    if (!name || !endsAListedName(doc, pos + 1 + name.length) || taken?.has(pos + 1)) break;
    taken?.add(pos + 1);
    out.push(personSpan(pos + 1, name, null, reason));
    pos += 1 + name.length;
  }
}

/** How many names listed with 、 after a post's first name are read (副市长孙明、王芳、李强). */
const MAX_LISTED = 8;

/**
 * True when a name listed after a post's name may end at `end`: at punctuation or the text's end,
 * another 、, or before a verb, an adverb, a preposition, a conjunction or a particle (王芳分别,
 * 王芳在, 王芳等). A noun after it (王芳村) leaves the name unconfirmed.
 */
function endsAListedName(doc: Doc, end: number): boolean {
  const text = doc.work;
  if (end >= text.length || !isHanAt(text, end)) return true;
  const k = doc.tokenIndexAt(end);
  if (k < 0 || doc.startOf(k) !== end) return false;
  return closesNounPhrase(doc.token(k).tag);
}

/** A reporting verb this long (作报告, 介绍说) outweighs the segmenter where a name ends (see nameAt). */
const LONG_VERB = 3;

/**
 * A name starting at `pos`, or null: a Tibetan or Mongolian name of its elements (次仁卓玛), or surname
 * + one or two given characters, ending on a word edge (or before one of `endWords`, which settle
 * the end as a reporting verb does: 任命某某为).
 */
function nameAt(
  doc: Doc, res: Resources, tables: PersonTables, pos: number, credit: boolean, endWords: readonly string[] = NO_WORDS, afterPost = false,
): string | null {
  const name = nameReadingAt(doc, res, tables, pos, credit, endWords, afterPost);
  if (!name || !afterPost) return name;
  // 书记包呼格|吉勒表示, 旗长白音|仓布说: right after a post, a Mongolian name runs on past the
  // part read as a name, through words the segmenter does not know or tags as a transliterated
  // name, up to a reporting verb or punctuation
  const end = unknownTailEnd(doc, res.personContext, tables, pos, pos + name.length);
  return end > 0 ? doc.work.slice(pos, end) : name;
}

/** The longest name a run of unknown words may make after a post (巴音达来呼格, 敖日格乐). */
const MAX_UNDOTTED_MINORITY_NAME = 6;

/**
 * Where a name read as text[pos, end) ends when it runs on through words the segmenter does not
 * know or tags as a transliterated name, up to a reporting verb or punctuation; -1 when it does not (the text
 * after it is settled already, or a known word, a function character or more than
 * MAX_UNDOTTED_MINORITY_NAME characters stand before the verb).
 */
function unknownTailEnd(doc: Doc, ctx: Resources['personContext'], tables: PersonTables, pos: number, end: number): number {
  const text = doc.work;
  if (settledAfter(doc, ctx, end)) return -1;
  for (let at = end; ; ) {
    const k = doc.tokenIndexAt(at);
    if (k < 0 || doc.startOf(k) !== at) return -1;
    const next = at + doc.wordAt(k).length;
    if (next - pos > MAX_UNDOTTED_MINORITY_NAME || !allHan(text, at, next) || anyChar(text, at, next, tables.chars, PersonChar.stop)) return -1;
    // (unknown, or a transliterated name: 吉勒/nrt; not a Chinese name's word, 燕子/nr in 刘晓|燕子说)
    const tag = doc.token(k).tag;
    if (tag !== 'x' && tag !== 'nrt') return -1;
    at = next;
    if (settledAfter(doc, ctx, at)) return at;
  }
}

/** nameAt before a Mongolian name's unknown tail (see there). */
function nameReadingAt(
  doc: Doc, res: Resources, tables: PersonTables, pos: number, credit: boolean, endWords: readonly string[], afterPost: boolean,
): string | null {
  // 次仁卓玛, 扎西|多吉, 拉毛措, 其其格: a run of name elements of three characters or more is the name,
  // whether or not its first character is also a surname (尼玛|顿珠 is no 尼 + 玛顿)
  // (a longer run the minority reading takes is kept: 巴音|达来|呼格吉勒)
  const elements = elementNameEnd(doc, res, tables, pos);
  const found = surnameOrMinorityName(doc, res, tables, pos, credit, endWords, afterPost);
  if (elements - pos >= 3 && (!found || found.length <= elements - pos)) return doc.work.slice(pos, elements);
  if (found || elements < 0 || !(afterPost || credit)) return found;
  // 书记扎西说, 主席达瓦在…: one element alone, only right after a post or a credit, and where a reporting
  // verb, a preposition or punctuation settles its end
  const settled = !isHanAt(doc.work, elements) || reportingVerbEnd(doc, res.personContext, elements) > 0 || startsParticle(doc, elements);
  return settled && endsOnWordEdge(doc, res.personContext, pos, elements, endWords, afterPost) ? doc.work.slice(pos, elements) : null;
}

/**
 * Where a Tibetan or Mongolian given name written without a dot ends when one starts at `pos`, -1
 * when none does: up to `maxElements` elements of person-context.json `minorityNames` (次仁|卓玛,
 * 扎西|多吉, 额尔敦|巴特尔), or one of its `finals` after them (拉毛|措), ending where a word ends;
 * not a division's name (德庆, 乌兰 alone).
 */
function elementNameEnd(doc: Doc, res: Resources, tables: PersonTables, pos: number): number {
  const { elements, finals, maxElements } = res.personContext.minorityNames;
  const text = doc.work;
  // (乌日娜·其木格: a dotted name is read whole by minorityName)
  if (!elements.mayStartAt(text, pos) || !doc.isBoundary(pos) || dottedAt(text, pos)) return -1;
  // a word ends there, or the segmenter glued a function character to the name (嘎玛泽登到|昌都, 拉毛|措为)
  const ends = (k: number) => doc.isBoundary(k) || (k < text.length && (tables.chars[text.charCodeAt(k)] & PersonChar.stop) !== 0 && doc.isBoundary(k + 1));
  let best = -1;
  let at = pos;
  for (let n = 0; n < maxElements; n++) {
    const m = elements.longestAt(text, at);
    if (!m) break;
    at = m.end;
    if (ends(at)) best = at;
  }
  if (at > pos && at < text.length && finals.has(text[at]) && ends(at + 1)) best = at + 1;
  return best > 0 && text.charCodeAt(best) !== MIDDLE_DOT && !namesPlace(res, text.slice(pos, best)) ? best : -1;
}

/** A name of a surname and given characters, or a minority name that has no element reading (see nameAt). */
function surnameOrMinorityName(
  doc: Doc, res: Resources, tables: PersonTables, pos: number, credit: boolean, endWords: readonly string[], afterPost: boolean,
): string | null {
  const text = doc.work;
  const ctx = res.personContext;
  const chars = tables.chars;
  const surnameLen = surnameLength(res, tables, text, pos);
  // 奇·达楞太: a dot within the first characters makes it a dotted name, whatever its first character
  if (!surnameLen || dottedAt(text, pos)) return minorityName(doc, res, tables, pos, credit, afterPost);
  // 任主任: a post right after the surname is not a given name (whichever length: a post that is
  // the whole given name starts there too)
  if (res.titles.trie.hasMatchAt(text, pos + surnameLen)) return null;
  // the candidates are kept as their ends (two given characters, then one), not as strings: most
  // are rejected, and only the name returned is sliced
  const two = givenNameEnd(doc, res, tables, pos, pos + surnameLen, 2, credit, afterPost);
  if (two < 0) return null;
  const one = givenNameEnd(doc, res, tables, pos, pos + surnameLen, 1, credit, afterPost);
  if (one < 0 || (two === 0 && one === 0)) return null;
  // 王浩到|湖州, 陈伟俊到|喀什, 赵国|平已|从事: the segmenter glued a function character (到, 在, 向) to the
  // name, or to its last character, in a word it does not know: the name ends before it (after two given
  // characters first: the shorter reading would leave 俊 or 平 alone)
  for (const end of two > 0 ? [two, one] : [one]) {
    if (end > 0 && chars[text.charCodeAt(end)] & PersonChar.stop && gluedAfter(doc, pos, end)) return text.slice(pos, end);
  }
  // 王毅同|美国国务卿, 李强|同|新加坡总理: 同 ("with") glued to the name in a word the segmenter does not know,
  // or a word of its own after a name of its dictionary, the counterpart (a country, a place, a post, a national
  // body) right after it: 同 is no given-name character there
  if (two > 0 && one > 0 && ctx.counterpartJoiners.has(text.charCodeAt(one)) && (gluedAfter(doc, pos, one) || (nameTokenAt(doc, pos, one) && doc.isBoundary(two))) && counterpartAt(res, text, two))
    return text.slice(pos, one);
  // 张明作报告, 李强作动员讲话, 张文介绍说: a reporting verb of three or more characters that starts after
  // one given character and runs past two ends the name there, whatever the segmenter glued (张明作|报告)
  // 李红|担任: so does a shorter one that the segmentation cuts as a word of its own after the name
  // (not 李红担 + 任; 刘国强|调研 is cut after three characters)
  if (two > 0 && one > 0) {
    const verbEnd = reportingVerbEnd(doc, ctx, one);
    if (verbEnd > two && doc.isBoundary(verbEnd) && (verbEnd - one >= LONG_VERB || (doc.isBoundary(one) && wholeWord(doc, one, verbEnd)))) return text.slice(pos, one);
    // 杨光|明天|出席 (cut 杨|光明|天): so does an adverb of two characters or more before a reporting verb
    // (person-context.json adverbsBeforeVerb: 明天, 随后)
    const adverbEnd = adverbBeforeVerbEnd(doc, ctx, one);
    if (adverbEnd > two) return text.slice(pos, one);
  }
  // Prefer the length the segmentation agrees with: a token, or tokens, ending where the name ends.
  if (two > 0 && endsOnWordEdge(doc, ctx, pos, two, endWords, afterPost)) return text.slice(pos, two);
  if (one > 0 && endsOnWordEdge(doc, ctx, pos, one, endWords, afterPost)) return text.slice(pos, one);
  if (credit) {
    // glued credits (刘洋张晓明): the name ends where the next surname-led name starts
    if (two > 0 && (!isHanAt(text, two) || chars[text.charCodeAt(two)] & PersonChar.surname)) return text.slice(pos, two);
    if (one > 0 && (!isHanAt(text, one) || chars[text.charCodeAt(one)] & PersonChar.surname)) return text.slice(pos, one);
  }
  // 旗长敖日格乐说, 书记包呼格吉勒表示: a Mongolian name may start with a character that is also a
  // surname, and runs past where a surname and two given characters end. Right after a post, a run of
  // four or more characters the segmenter does not know, settled by a reporting verb or punctuation,
  // is read as such a name (minorityName checks the run)
  if (afterPost && two > 0) {
    const name = minorityName(doc, res, tables, pos, credit, afterPost);
    if (name && name.length >= 4 && settledAfter(doc, ctx, pos + name.length)) return name;
  }
  return null;
}

/** True when punctuation, the end of the text or a reporting verb follows `end`. */
function settledAfter(doc: Doc, ctx: Resources['personContext'], end: number): boolean {
  return !isHanAt(doc.work, end) || reportingVerbEnd(doc, ctx, end) > 0;
}

/**
 * 副主席张又侠会见: right after a post and before a reporting verb, a stop character that opens a given
 * name of two (not its last character) is the name's when the segmenter reads that last character as a
 * name of its own (张|又|侠/nr|会见). 书记王又强调 stays 王: 王又强 would end inside the word 强调.
 */
function stopInsideNameAfterPost(doc: Doc, res: Resources, tables: PersonTables, givenFrom: number, end: number, afterPost: boolean): boolean {
  if (!afterPost || end - givenFrom !== 2 || !doc.isBoundary(end) || tables.chars[doc.work.charCodeAt(end - 1)] & PersonChar.stop) return false;
  return nameTokenAt(doc, end - 1, end) && reportingVerbEnd(doc, res.personContext, end) > 0;
}

/**
 * Where the name of `given` characters after the surname (text[pos, givenFrom)) ends when it may be
 * a name; 0 when it may not; -1 when an anonymising marker (某) there makes the whole candidate no name.
 */
function givenNameEnd(doc: Doc, res: Resources, tables: PersonTables, pos: number, givenFrom: number, given: number, credit: boolean, afterPost = false): number {
  const text = doc.work;
  const chars = tables.chars;
  const end = givenFrom + given;
  if (end > text.length || !allHan(text, pos, end)) return 0;
  // a credit name set off by spaces or punctuation on both sides (记者马建华 3月…) needs no stop-character check
  const delimited = credit && !isHanAt(text, end);
  // 马向东, 张|向阳: a stop character in a name the segmenter's dictionary itself reads as a name (whole, or its given part) is the name's
  if (!delimited && anyChar(text, givenFrom, end, chars, PersonChar.stop) && !nameTokenAt(doc, pos, end) && !(doc.isBoundary(givenFrom) && nameTokenAt(doc, givenFrom, end)) && !stopInsideNameAfterPost(doc, res, tables, givenFrom, end, afterPost))
    return 0;
  // a marker anywhere in the given name (王某, 王某某; 单位某: 单 and a given name 位某, which no one bears)
  for (let k = givenFrom; k < end; k++) {
    if (!(chars[text.charCodeAt(k)] & PersonChar.anonymised)) continue;
    for (const m of tables.anonymised) if (m.length <= end - k && text.startsWith(m, k)) return -1;
  }
  // the sets are asked only where one of their words may start (a slice per candidate otherwise)
  if (tables.nonNameStarts.mayStartAt(text, pos)) {
    const nonNames = res.personContext.nonNames;
    if (nonNames.has(text.slice(pos, end + 1))) return 0;
    // (市长高峰出席: right after a post and before a reporting verb, a word the segmenter reads as a name
    // here is one, though the word is an ordinary one elsewhere: 高峰期, 攀登高峰)
    if (nonNames.has(text.slice(pos, end)) && !(afterPost && nameTokenAt(doc, pos, end) && reportingVerbEnd(doc, res.personContext, end) > 0)) return 0;
  }
  // 成华区: a place is not a name, unless a place's short form stands between a post and a reporting verb
  // (副会长金华表示: a post is held by a person, and no place 'says'; a full name, 主任成华区表示, stays a place)
  if (res.regionTrie.mayStartAt(text, pos)) {
    const places = res.regionTrie.get(text.slice(pos, end));
    if (places && !(afterPost && places.every((p) => p.kind !== 'name') && reportingVerbEnd(doc, res.personContext, end) > 0)) return 0;
  }
  return end;
}

/** True when the segmentation, a reporting verb or punctuation lets a name text[pos, end) end at `end`. */
function endsOnWordEdge(
  doc: Doc, ctx: Resources['personContext'], pos: number, end: number, endWords: readonly string[] = NO_WORDS, afterPost = false,
): boolean {
  const text = doc.work;
  // 巴特尔说: a reporting verb or punctuation after the name settles where it ends
  let verbEnd = reportingVerbEnd(doc, ctx, end);
  for (const w of endWords) if (text.startsWith(w, end)) verbEnd = Math.max(verbEnd, end + w.length);
  const settled = !isHanAt(text, end) || verbEnd > 0;
  // 巴特尔说: the segmenter may glue the name's last character to the verb (尔说); the verb settles it
  return (settled || doc.isBoundary(end)) && !insideWord(doc, pos, end, verbEnd, afterPost);
}

/**
 * Where the reporting verb written at `at` ends, -1 when none is: a verb of the list (说, 表示, 作报告),
 * or a frame of them (dicts/person-context.json `reportFrames`: 作 + what + 报告, as in 作法院工作报告,
 * 作政府工作报告), whose verb is a word of its own and whose object ends a word.
 */
function reportingVerbEnd(doc: Doc, ctx: Resources['personContext'], at: number): number {
  const verb = ctx.verbs.longestAt(doc.work, at);
  const listed = verb ? verb.end : -1;
  const frames = ctx.reportFrames;
  const text = doc.work;
  for (const v of frames.verbs) {
    if (!text.startsWith(v, at)) continue;
    const from = at + v.length;
    if (!doc.isBoundary(from)) continue;
    // the nearest object within reach, what stands between it and the verb all ideographs, digits or
    // title marks and brackets (作关于《…法（草案）》的说明, 作关于2025年预算执行情况的报告)
    for (let k = from + 1; k <= from + frames.maxBetween && k < text.length && inFrame(text, k - 1); k++) {
      for (const o of frames.objects) if (text.startsWith(o, k) && doc.isBoundary(k + o.length)) return Math.max(listed, k + o.length);
    }
  }
  return listed;
}

/** A character the object phrase of a report frame may hold: no clause punctuation (，。；：、). */
function inFrame(text: string, pos: number): boolean {
  if (isHanAt(text, pos)) return true;
  const c = text.charCodeAt(pos);
  // 0-9, ０-９, 《》〈〉, （）, ()
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || (c >= 0x3008 && c <= 0x300b) || c === 0xff08 || c === 0xff09 || c === 0x28 || c === 0x29;
}

/**
 * The index of the first token that overlaps [start, end), -1 when none does (as
 * doc.tokensOverlapping finds it; the callers then walk the indexes: no array, no Token unless
 * its tag is read).
 */
function firstTokenOverlapping(doc: Doc, start: number, end: number): number {
  let k = -1;
  for (let p = Math.max(0, start); p < end && k < 0; p++) k = doc.tokenIndexAt(p);
  return k;
}

/** The name is not the start of a longer dictionary word (高质量 is not a name). */
function insideWord(doc: Doc, start: number, end: number, verbEnd = -1, afterPost = false): boolean {
  const count = doc.tokenCount;
  for (let k = firstTokenOverlapping(doc, start, end); k >= 0 && k < count && doc.startOf(k) < end; k++) {
    const tStart = doc.startOf(k);
    const length = doc.wordAt(k).length;
    const tEnd = tStart + length;
    // a token made of the name's last character and the reporting verb after it (图|说 as 图说)
    // (not after a common word of the dictionary: 被告人利用|担任 is no name 利用担 + 任)
    if (verbEnd > end && tStart === end - 1 && tEnd === verbEnd && !commonWordAt(doc, start, end - 1)) continue;
    // a token of two made of the post's last character and the surname (处长龙海燕 cut 处处|长龙|海燕)
    if (afterPost && tStart === start - 1 && tEnd === start + 1) continue;
    // the first token that crosses an edge of the name decides
    if (tStart < start || tEnd > end) {
      if (length <= 1) return false;
      const tag = doc.token(k).tag;
      return tag !== 'x' && tag !== 'nr';
    }
  }
  return false;
}

/** True when one token of two or more characters spans [start, end) and the dictionary gives it a tag other than a name's (利用: n). */
function commonWordAt(doc: Doc, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const k = doc.tokenIndexAt(start);
  if (k < 0 || doc.startOf(k) !== start || start + doc.wordAt(k).length !== end) return false;
  const tag = doc.token(k).tag;
  return tag !== 'x' && !NAME_TAGS.has(tag);
}

/** Names with no surname (巴图孟和, 奇·达楞太): after a cue, up to the next punctuation or verb. */
function minorityName(doc: Doc, res: Resources, tables: PersonTables, pos: number, credit: boolean, afterPost = false): string | null {
  const text = doc.work;
  const verbs = res.personContext.verbs;
  let end = pos;
  while (end < text.length && end - pos < MAX_DOTTED_NAME && (isHanAt(text, end) || text.charCodeAt(end) === MIDDLE_DOT)) {
    // a verb where a word starts (买买提|出席, not 买买|提出席)
    if (end > pos + 1 && verbs.hasMatchAt(text, end) && doc.isBoundary(end)) break;
    end++;
  }
  // within the run only (a lastIndexOf over the text before would scan the whole document)
  let lastDot = end - 1;
  while (lastDot >= pos && text.charCodeAt(lastDot) !== MIDDLE_DOT) lastDot--;
  // the run holds only ideographs and dots: it has a dot when it has a last one (kept by the cut below)
  const dotted = lastDot >= pos;
  if (dotted) {
    // 奇·达楞太在会上讲话: after the last dot, 1-6 characters ending on a word edge before a
    // function word, a verb, punctuation or the end of the run
    const tail = lastDot + 1;
    let cut = -1;
    // no preposition or particle inside the tail (奇·达楞太|在会上讲话)
    let limit = Math.min(end, tail + MAX_DOTTED_PART - 1);
    for (let k = tail + 1; k < limit; k++) if (startsParticle(doc, k)) limit = k;
    for (let k = limit; k > tail; k--) {
      if ((k === end && (end >= text.length || !isHanAt(text, end) || verbs.hasMatchAt(text, end))) || (doc.isBoundary(k) && (verbs.hasMatchAt(text, k) || cutsBefore(doc, k)))) {
        cut = k;
        break;
      }
    }
    if (cut < 0) return null;
    end = cut;
  }
  const length = end - pos;
  if (length < 2 || length > (dotted ? MAX_DOTTED_NAME : 8) || text.charCodeAt(end - 1) === MIDDLE_DOT) return null;
  if (!dotted) {
    // without the dot, only a run the segmenter did not know counts (阿拉|腾呼雅|嘎): no function
    // word in it, more than half of it unknown to the dictionary or tagged as a name
    // the cheap tests first: unknownRun reads tags (a Token each)
    // two characters only between a post and a reporting verb (副区长乌兰表示, 书记扎西说)
    const betweenPostAndVerb = afterPost && length === 2 && doc.startsWord(end) && verbs.hasMatchAt(text, end);
    if (!credit && length < 3 && !betweenPostAndVerb) return null;
    if (anyChar(text, pos, end, tables.chars, PersonChar.stop)) return null;
    // no post on a word edge inside it (、校长杜江峰出席: a post and a name, not one name)
    if (holdsAPost(doc, res, pos, end)) return null;
    // there a word jieba's dictionary tags as a place (乌兰, 扎西: ns) is a name, unless the gazetteer
    // names a division by it without context (西藏, 那曲; a county's short form, 乌兰 of 乌兰县, needs context)
    if (!unknownRun(doc, pos, end, betweenPostAndVerb && !namesPlace(res, text.slice(pos, end)))) return null;
  }
  return text.slice(pos, end);
}

/** True when a post of the title lexicon starts on a word edge in [pos, end) and ends on one within it. */
function holdsAPost(doc: Doc, res: Resources, pos: number, end: number): boolean {
  const text = doc.work;
  for (let k = pos; k < end - 1; k++) {
    if (!doc.startsWord(k)) continue;
    const m = res.titles.trie.longestAt(text, k);
    if (m && m.end <= end && doc.isBoundary(m.end)) return true;
  }
  return false;
}

/** The gazetteer names a division by `word` on its own: its full name or an alias, not a short form that needs context. */
function namesPlace(res: Resources, word: string): boolean {
  const surfaces = res.regionTrie.get(word);
  return !!surfaces && surfaces.some((s) => s.kind !== 'weak');
}

const PARTICLE_TAGS = new Set(['p', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud']);
/** A preposition or particle starts at `pos` (在, 的, 对 …): a dotted name's tail ends before it. */
function startsParticle(doc: Doc, pos: number): boolean {
  const k = doc.tokenIndexAt(pos);
  return k >= 0 && doc.startOf(k) === pos && PARTICLE_TAGS.has(doc.token(k).tag);
}

/** A token starting at `k` that is a function word or a verb: a dotted name's tail may end before it. */
function cutsBefore(doc: Doc, pos: number): boolean {
  const k = doc.tokenIndexAt(pos);
  if (k < 0 || doc.startOf(k) !== pos) return false;
  const tag = doc.token(k).tag;
  return FUNCTION_TAGS.has(tag) || tag === 'v';
}

/**
 * The tokens inside [start, end) cover it exactly, not all of one character, none a function word,
 * and more than half of the characters in words unknown to the dictionary or tagged as names (or,
 * with `placeIsName`, as places). Tags are read last (a Token is made for each): the other tests settle most runs.
 */
function unknownRun(doc: Doc, start: number, end: number, placeIsName = false): boolean {
  const count = doc.tokenCount;
  const from = firstTokenOverlapping(doc, start, end);
  let first = -1;
  let last = -1;
  let allSingle = true;
  for (let k = from; k >= 0 && k < count && doc.startOf(k) < end; k++) {
    const tStart = doc.startOf(k);
    const tEnd = tStart + doc.wordAt(k).length;
    if (tStart < start || tEnd > end) continue;
    if (first < 0) first = k;
    last = k;
    if (tEnd - tStart !== 1) allSingle = false;
  }
  if (first < 0 || allSingle) return false;
  if (doc.startOf(first) !== start || doc.startOf(last) + doc.wordAt(last).length !== end) return false;
  let unknown = 0;
  for (let k = first; k <= last; k++) {
    const tStart = doc.startOf(k);
    const length = doc.wordAt(k).length;
    if (tStart < start || tStart + length > end) continue;
    const tag = doc.token(k).tag;
    if (FUNCTION_TAGS.has(tag)) return false;
    if (tag === 'x' || NAME_TAGS.has(tag) || (placeIsName && tag === 'ns')) unknown += length;
  }
  return unknown * 2 > end - start;
}
