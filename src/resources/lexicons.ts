import type { OrganisationKind } from '../types';
import { Trie } from './trie';
import { DictionaryError } from '../errors';
import type { DataLine } from './read';

// ---- titles -------------------------------------------------------------------------
interface TitlePart {
  name: string;
  en: string;
  orgKinds?: OrganisationKind[];
  posts?: string[];
  impliedOrganisation?: string;
  impliedOrgan?: ImpliedOrgan;
  office?: boolean;
  governmentHeadIn?: string[];
  foreignOnly?: boolean;
  missionOnly?: boolean;
}
export interface TitlesFile {
  posts: TitlePart[];
  modifiers: TitlePart[];
  partyPrefixes: TitlePart[];
  standalone: TitlePart[];
  notTitles?: string[];
  ranks?: string[];
  notPostsBefore?: string[];
}
/** The organ of the region before a post that holds it when no body is written (村支书: 党支部 of a village). */
export interface ImpliedOrgan {
  /** An organ's surface in dicts/organs.json. */
  organ: string;
  afterLevels: readonly ('province' | 'prefecture' | 'county' | 'township' | 'village')[];
}

export interface TitleEntry {
  title: string;
  en: string;
  orgKinds: OrganisationKind[];
  /** The post without modifiers (副市长 → 市长). */
  post: string;
  impliedOrganisation: string | null;
  /** 村支书, 村主任: the organ of the region written right before the post (when of these levels) that holds it, when no body is written. */
  impliedOrgan: ImpliedOrgan | null;
  /** An office of the state in itself (国家主席): no body from the chain it is listed in. */
  office: boolean;
  /** Right after a region whose full name ends with one of these, the post heads its government (自治区 + 主席). */
  governmentHeadIn: readonly string[];
  /** A post of other states only (长官 of 韩国外交部长官): read only after a country or a foreign body. */
  foreignOnly: boolean;
  /** A post of China's missions to international bodies only (代表 of 中国常驻联合国代表): read only right after such a host. */
  missionOnly: boolean;
}

export interface TitleLexicon {
  /** Its `mayStartAt` is the pre-test of a scan of a text for titles. */
  trie: Trie<TitleEntry>;
  notTitles: Set<string>;
  /** Judicial, procuratorial and police ranks (二级高级法官): no titles, and no break between a chain's last post and its name. */
  ranks: Set<string>;
  /** The longest rank, in characters. */
  maxRank: number;
  /** 候选人, 热线: written right after a post, they make it no post (市长候选人, 市长热线). */
  notPostsBefore: Trie<string>;
  /**
   * The posts of China's missions to international bodies (代表, 副代表: `missionOnly`), kept out of
   * `trie`: they are posts only right after such a host, and every other reading of the text (人大代表,
   * a post ending a word) goes on as if they were none.
   */
  missionTrie: Trie<TitleEntry>;
}

const NONE: readonly string[] = [];

/** Every `[partyPrefix][modifier]post` combination and the standalone titles, in one trie. */
export function compileTitles(file: TitlesFile): TitleLexicon {
  const trie = new Trie<TitleEntry>();
  const missionTrie = new Trie<TitleEntry>();
  const seen = new Set<string>();
  const add = (e: TitleEntry) => {
    if (seen.has(e.title)) return;
    seen.add(e.title);
    (e.missionOnly ? missionTrie : trie).add(e.title, e);
  };
  const prefixes: (TitlePart | null)[] = [null, ...file.partyPrefixes];
  const modifiers: (TitlePart | null)[] = [null, ...file.modifiers];
  for (const post of [...file.posts, ...file.standalone]) {
    const standalone = file.standalone.includes(post);
    // (a mission's post takes modifiers, 副代表, but no Party prefix)
    for (const p of standalone || post.missionOnly ? [null] : prefixes)
      for (const m of standalone ? [null] : modifiers) {
        if (m?.posts && !m.posts.includes(post.name)) continue;
        const title = `${p?.name ?? ''}${m?.name ?? ''}${post.name}`;
        let en = m ? `${m.en} ${post.en}` : post.en;
        if (p) en = `${en} of the ${p.en}`;
        // 党组书记, 党委副书记: the Party group or committee inside any body (a court, a bureau …): any kind
        add({
          title, en, orgKinds: p ? [] : post.orgKinds ?? [], post: post.name, impliedOrganisation: post.impliedOrganisation ?? null, impliedOrgan: post.impliedOrgan ?? null, office: post.office ?? false,
          governmentHeadIn: p ? NONE : post.governmentHeadIn ?? NONE, foreignOnly: post.foreignOnly ?? false,
          missionOnly: post.missionOnly ?? false,
        });
      }
  }
  const ranks = file.ranks ?? [];
  return {
    trie,
    notTitles: new Set([...(file.notTitles ?? []), ...ranks]),
    ranks: new Set(ranks),
    maxRank: Math.max(0, ...ranks.map((r) => r.length)),
    notPostsBefore: Trie.ofWords(file.notPostsBefore ?? []),
    missionTrie,
  };
}

// ---- central bodies -----------------------------------------------------------------
export interface CentralBody {
  name: string;
  aliases?: string[];
  weakAliases?: string[];
  kind: OrganisationKind;
  parent: string | null;
  /** The kind of body it is to its posts (最高人民法院: a court, whose 院长 and 庭长 it has). */
  actsAs?: OrganisationKind;
}
export interface CentralSurface {
  body: CentralBody;
  weak: boolean;
}
export function compileCentralBodies(bodies: CentralBody[]): Trie<CentralSurface> {
  const trie = new Trie<CentralSurface>();
  for (const body of bodies) {
    trie.add(body.name, { body, weak: false });
    if (body.name.startsWith('中国共产党')) trie.add(body.name.replace('中国共产党', '中共'), { body, weak: false });
    for (const a of body.aliases ?? []) trie.add(a, { body, weak: false });
    for (const a of body.weakAliases ?? []) trie.add(a, { body, weak: true });
  }
  return trie;
}

// ---- surnames -----------------------------------------------------------------------
export interface Surnames {
  single: Map<string, 'common' | 'rare'>;
  compound: Set<string>;
}
export function compileSurnames(lines: DataLine[], file: string): Surnames {
  const single = new Map<string, 'common' | 'rare'>();
  const compound = new Set<string>();
  for (const { line, fields } of lines) {
    const [name, cls] = fields;
    if (!name || !/^[\u3400-\u9fff]{1,2}$/.test(name)) throw new DictionaryError(file, line, `not a surname: "${name ?? ''}"`);
    if (cls === 'compound' || name.length === 2) compound.add(name);
    else if (cls === 'common' || cls === 'rare') single.set(name, cls);
    else throw new DictionaryError(file, line, `class must be common, rare or compound, got "${cls ?? ''}"`);
  }
  return { single, compound };
}

// ---- person context -----------------------------------------------------------------
export interface PersonContextFile {
  reportingVerbs: string[];
  creditRoles: { cue: string; role: 'reporter' | 'correspondent' | 'photographer' | 'author' | 'other' }[];
  photoCues: string[];
  occupations: string[];
  nonNames: string[];
  anonymisedMarkers: string[];
  givenNameStopChars: string[];
  verbSurnames?: string[];
  andOthers?: string[];
  adverbsBeforeVerb?: string[];
  counterpartJoiners?: string[];
  bioCues?: string[];
  honorificsAfterName?: string[];
  careerVerbs?: { verbs: CareerVerb[]; afterName: string[]; maxNote: number };
  clauseWords?: string[];
  reportFrames?: { verbs: string[]; objects: string[]; maxBetween: number };
  appointmentWords?: string[];
  personnelActs?: PersonnelAct[];
  minorityNames?: { elements: string[]; finals: string[]; maxElements: number };
  leaderGroups?: { groups: string[]; afterAndOthers: string[]; openers: string[]; joiners: string[] };
}
/** 省领导 (names after it or before it with 等), 领导 (names before it with 等 only: 王某、李某等领导). */
export interface LeaderGroup {
  group: string;
  afterAndOthersOnly: boolean;
}
/** 现任, 历任: a verb of a career before a run of posts; `former` when the posts are left. */
export interface CareerVerb {
  verb: string;
  former: boolean;
}
/** 任命王某某为…, 免去王某某的…职务: a name between `before` and `between`, its posts after `between`. */
export interface PersonnelAct {
  before: string[];
  between: string[];
  /** One of them must follow the chain of posts (职务). */
  after?: string[];
  /** The posts are left (removals, resignations). */
  former?: boolean;
}
export interface PersonContext {
  verbs: Trie<string>;
  credits: Trie<PersonContextFile['creditRoles'][number]>;
  photoCues: Trie<string>;
  occupations: Trie<string>;
  nonNames: Set<string>;
  anonymised: string[];
  stopChars: Set<string>;
  verbSurnames: Set<string>;
  /** 等: words between a name and its reporting verb (王晓红等参加). */
  andOthers: string[];
  /** 还, 随后, 不再: adverbs between a name and its reporting verb (王晓东还指出). */
  adverbsBeforeVerb: Set<string>;
  /** 同: "with", glued by the segmenter to a name before a counterpart (王毅同|美国国务卿), by code unit. */
  counterpartJoiners: Set<number>;
  /** ，男， / ，女，: what opens a biographical note right after a name (李某，男，1968年生). */
  bioCues: string[];
  /** 同志: an honorific after a name, which needs no clause start before a name the segmenter reads as one (杰出领导人张国华同志). */
  honorificsAfterName: Set<string>;
  /** 现任, 历任, 曾任: career verbs before a run of posts (longest first), the words between a name and one (同志), and how far a biographical note runs. */
  careerVerbs: { verbs: CareerVerb[]; afterName: string[]; maxNote: number };
  clauseWords: Set<string>;
  /** 作 + what + 报告 (作法院工作报告): a reporting verb with its object some words after it. */
  reportFrames: { verbs: string[]; objects: string[]; maxBetween: number };
  /** Between a name and the posts it is appointed to (同志任, 担任, 为), longest first. */
  appointmentWords: string[];
  /** Personnel decisions, and the words written right before their names (任命, 免去) → the acts. */
  acts: PersonnelAct[];
  actCues: Trie<PersonnelAct>;
  /** The elements of Tibetan and Mongolian given names written without a dot (次仁|卓玛), and the one-character finals after them (拉毛|措). */
  minorityNames: { elements: Trie<string>; finals: Set<string>; maxElements: number };
  /** 省领导, 市领导: a group of leaders named by a list of names after it (or before it, with 等), what may open that list (有, ：) and join its last name (和, 及). */
  leaderGroups: { groups: Trie<LeaderGroup>; openers: string[]; joiners: string[] };
}
export function compilePersonContext(file: PersonContextFile): PersonContext {
  const trieOf = Trie.ofWords;
  const credits = new Trie<PersonContextFile['creditRoles'][number]>();
  for (const c of file.creditRoles) credits.add(c.cue, c);
  const acts = file.personnelActs ?? [];
  const groups = new Trie<LeaderGroup>();
  for (const group of file.leaderGroups?.groups ?? []) groups.add(group, { group, afterAndOthersOnly: false });
  for (const group of file.leaderGroups?.afterAndOthers ?? []) groups.add(group, { group, afterAndOthersOnly: true });
  const actCues = new Trie<PersonnelAct>();
  for (const act of acts) for (const w of act.before) actCues.add(w, act);
  return {
    acts,
    actCues,
    appointmentWords: [...(file.appointmentWords ?? [])].sort((a, b) => b.length - a.length),
    verbs: trieOf(file.reportingVerbs),
    credits,
    photoCues: trieOf(file.photoCues),
    occupations: trieOf(file.occupations),
    nonNames: new Set(file.nonNames),
    anonymised: file.anonymisedMarkers,
    stopChars: new Set(file.givenNameStopChars),
    verbSurnames: new Set(file.verbSurnames ?? []),
    andOthers: file.andOthers ?? [],
    adverbsBeforeVerb: new Set(file.adverbsBeforeVerb ?? []),
    counterpartJoiners: new Set((file.counterpartJoiners ?? []).map((c) => c.charCodeAt(0))),
    bioCues: file.bioCues ?? [],
    honorificsAfterName: new Set(file.honorificsAfterName ?? []),
    careerVerbs: {
      verbs: [...(file.careerVerbs?.verbs ?? [])].sort((a, b) => b.verb.length - a.verb.length),
      afterName: file.careerVerbs?.afterName ?? [],
      maxNote: file.careerVerbs?.maxNote ?? 0,
    },
    clauseWords: new Set(file.clauseWords ?? []),
    leaderGroups: { groups, openers: [...(file.leaderGroups?.openers ?? [])].sort((a, b) => b.length - a.length), joiners: file.leaderGroups?.joiners ?? [] },
    minorityNames: {
      elements: trieOf(file.minorityNames?.elements ?? []),
      finals: new Set(file.minorityNames?.finals ?? []),
      maxElements: file.minorityNames?.maxElements ?? 0,
    },
    reportFrames: {
      verbs: file.reportFrames?.verbs ?? [],
      objects: [...(file.reportFrames?.objects ?? [])].sort((a, b) => b.length - a.length),
      maxBetween: file.reportFrames?.maxBetween ?? 0,
    },
  };
}

// ---- slogans ------------------------------------------------------------------------
/** The categories of dicts/slogans.tsv; `user` is given to the slogans of a user dictionary. */
export const SLOGAN_CATEGORIES = [
  'theory', 'principle', 'campaign', 'mechanism', 'reform', 'programme', 'legal', 'discipline', 'development', 'security', 'governance',
] as const;
export type SloganScope = 'anywhere' | 'quoted';
export interface SloganEntry {
  name: string;
  category: string;
  /** anywhere: a slogan wherever it occurs; quoted: only where quoted, and at its recurrences. */
  scope: SloganScope;
  expansion: string[];
}
/** dicts/slogans.tsv: `name<TAB>category<TAB>scope[<TAB>part|part|…]`, one formulation a line. */
export function compileSlogans(lines: DataLine[], file: string): Map<string, SloganEntry> {
  const categories = new Set<string>(SLOGAN_CATEGORIES);
  const byName = new Map<string, SloganEntry>();
  for (const { line, fields } of lines) {
    const [name, category, scope, expansion, ...rest] = fields;
    if (!name) throw new DictionaryError(file, line, 'empty slogan name');
    if (rest.length) throw new DictionaryError(file, line, `slogan "${name}": expected at most 4 columns, got ${fields.length}`);
    if (!category || !categories.has(category))
      throw new DictionaryError(file, line, `slogan "${name}": category must be one of ${SLOGAN_CATEGORIES.join(', ')}, got "${category ?? ''}"`);
    if (scope !== 'anywhere' && scope !== 'quoted')
      throw new DictionaryError(file, line, `slogan "${name}": scope must be anywhere or quoted, got "${scope ?? ''}"`);
    if (byName.has(name)) throw new DictionaryError(file, line, `slogan "${name}" is listed twice`);
    const parts = expansion ? expansion.split('|').map((p) => p.trim()) : [];
    if (parts.some((p) => !p)) throw new DictionaryError(file, line, `slogan "${name}": empty part in the expansion`);
    byName.set(name, { name, category, scope, expansion: parts });
  }
  return byName;
}
