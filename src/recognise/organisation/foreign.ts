import { appendAll, isHanAt, type Doc } from '../../doc';
import type { Resources } from '../../resources';
import { countryEndingAt, type Country } from '../../resources/foreign';
import { emptyData, type OrganisationSpan } from '.';
import { withBodies } from './zones';

/** The longest city name read as a consulate's host (中国驻大阪总领事馆, 驻旧金山总领事馆). */
const MAX_CITY = 6;
/** The most ideographs between a country and a party's suffix (老挝|人民革命|党, 日本|自由民主|党). */
const MAX_PARTY_NAME = 8;
/** jieba's tags of words that are no part of a party's name: conjunctions, prepositions, particles, adverbs, pronouns, verbs. */
const NOT_IN_NAME = /^(c|p|u.*|d|r|v|y|m|q|f)$/;

/**
 * The bodies of other states and the missions between states (dicts/foreign.json):
 * - a national body's name with a country written right before it is that country's body, not China's
 *   (俄罗斯外交部, 美国国防部): named as written, kind other;
 * - China's missions: [中国|我国] 驻|常驻 host mission (中国驻日本大使馆, 驻日本使馆, 中国常驻联合国代表团,
 *   中国驻大阪总领事馆), named 中国{marker}{host}{body}, kind central, its parent 外交部;
 * - a foreign state's mission in China: country 驻华 mission (美国驻华大使馆), named {country}驻华{body},
 *   kind other.
 * Returns `spans` with these read in: a foreign body replaces the national body inside it.
 */
export function foreignBodies(doc: Doc, res: Resources, spans: OrganisationSpan[]): OrganisationSpan[] {
  const text = doc.work;
  const lex = res.foreign;
  let out = spans;
  for (let k = 0; k < out.length; k++) {
    const s = out[k];
    const central = s.data.central;
    if (!central || s.data.regions.length || s.data.foreign || lex.internationalBodies.includes(central)) continue;
    const country = countryBefore(doc, res, s.start);
    if (!country) continue;
    if (out === spans) out = spans.slice();
    const written = text.slice(s.start, s.end);
    out[k] = {
      type: 'organisation', start: country.start, end: s.end, text: text.slice(country.start, s.end), reason: 'foreign-body',
      data: { ...emptyData('other'), foreign: { name: `${country.country.name}${written}`, kind: 'other', parent: null, country: country.country, reason: 'foreign-body' } },
    };
  }
  const missions: OrganisationSpan[] = [];
  // (every marker ends with 驻: the text is searched once for each last character)
  for (const ch of lex.markerLastChars) {
    for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) {
      const m = missionAt(doc, res, at + 1);
      if (m) missions.push(m);
    }
  }
  appendAll(missions, foreignParties(doc, res));
  appendAll(missions, foreignStateBodies(doc, res));
  return withBodies(out, missions);
}

/**
 * The bodies of other states that China has none of by that name, right after a country (foreign.json
 * `stateBodies`): 美国国会众议院, 日本外务省, 英国议会下院. One body may follow another (国会 + 众议院); the
 * last ends on a word edge or where a post starts. Named as written, kind other, of that country.
 */
function foreignStateBodies(doc: Doc, res: Resources): OrganisationSpan[] {
  const text = doc.work;
  const lex = res.foreign;
  const out: OrganisationSpan[] = [];
  // where one may start: the document's start mask (one pass for all the recognisers' lists), the trie there only
  const bit = res.starts.bitOf('foreign-state-bodies', () => lex.stateBodies.surfaces());
  const mask = doc.startMask(res.starts);
  for (let at = mask.next(bit, 0); at < text.length; at = mask.next(bit, at + 1)) {
    const first = lex.stateBodies.longestAt(text, at);
    if (!first) continue;
    const country = countryBefore(doc, res, at);
    if (!country) continue;
    let end = first.end;
    for (let next = lex.stateBodies.longestAt(text, end); next; next = lex.stateBodies.longestAt(text, end)) end = next.end;
    if (!doc.isBoundary(end) && !res.titles.trie.longestAt(text, end)) continue;
    const written = text.slice(country.start, end);
    out.push({
      type: 'organisation', start: country.start, end, text: written, reason: 'foreign-state-body',
      data: { ...emptyData('other'), foreign: { name: written, kind: 'other', parent: null, country: country.country, reason: 'foreign-state-body' } },
    });
    at = end - 1;
  }
  return out;
}

/** China's mission as named: 中国 (dicts/foreign.json missions.ownName), the marker, the host, the body (中国驻日本大使馆). */
export function ownMissionName(res: Resources, marker: string, host: string, body: string): string {
  return `${res.foreign.missionOwnName}${marker}${host}${body}`;
}

/** Another state's mission in China as named: the state, the marker, 华 (missions.inChinaName), the body (美国驻华大使馆). */
export function inChinaMissionName(res: Resources, country: Country, marker: string, body: string): string {
  return `${country.name}${marker}${res.foreign.inChinaName}${body}`;
}

/**
 * A country written before a post (美国总统), possibly with 前 between (日本前首相: `former`), on a word
 * edge and not a mission's host (中国驻日本大使 is a Chinese post); null when none is.
 */
export function countryCueBefore(doc: Doc, res: Resources, pos: number): { country: Country; former: boolean } | null {
  const text = doc.work;
  let at = pos;
  let former = false;
  for (const marker of res.foreign.formerMarkers) {
    if (at >= marker.length && text.startsWith(marker, at - marker.length) && countryBefore(doc, res, at - marker.length)) {
      at -= marker.length;
      former = true;
      break;
    }
  }
  const found = countryBefore(doc, res, at);
  return found && !markerEndingAt(res, text, found.start) ? { country: found.country, former } : null;
}

/** The country written right before `pos`, from a word edge, that no Chinese place shares its name with (黑山, 黑山县). */
export function countryBefore(doc: Doc, res: Resources, pos: number): { country: Country; start: number } | null {
  const found = countryEndingAt(res.foreign, doc.work, pos);
  if (!found || !doc.isBoundary(found.start)) return null;
  if (res.regionTrie.get(doc.work.slice(found.start, pos))) return null;
  return found;
}

/**
 * The mission whose host starts at `hostStart`, right after a marker (驻, 常驻) that ends there; null
 * when no host and mission body follow.
 */
function missionAt(doc: Doc, res: Resources, hostStart: number): OrganisationSpan | null {
  const text = doc.work;
  const lex = res.foreign;
  const marker = markerEndingAt(res, text, hostStart);
  if (!marker) return null;
  const markerStart = hostStart - marker.length;
  if (!isHanAt(text, hostStart)) return null;
  // a foreign state's mission in China: 美国驻华大使馆
  const inChina = lex.inChina.find((w) => text.startsWith(w, hostStart));
  if (inChina && !lex.hosts.longestAt(text, hostStart)) {
    const body = lex.missionBodies.longestAt(text, hostStart + inChina.length);
    const country = body ? countryBefore(doc, res, markerStart) : null;
    if (!body || !country || !doc.isBoundary(body.end)) return null;
    const name = inChinaMissionName(res, country.country, marker, body.values[0].canonical);
    return missionSpan(text, country.start, body.end, { name, kind: 'other', parent: null, country: country.country, reason: 'foreign-mission' });
  }
  // China's own: [中国] 驻 host body
  let hostName: string | null = null;
  let hostEnd = -1;
  const host = lex.hosts.longestAt(text, hostStart);
  if (host) {
    hostName = host.values[0].name;
    hostEnd = host.end;
  }
  let body = hostEnd > 0 ? lex.missionBodies.longestAt(text, hostEnd) : null;
  if (!body) {
    // a city hosts a consulate (中国驻大阪总领事馆): one word the segmenter tags as a place, not a Chinese one
    const k = doc.tokenIndexAt(hostStart);
    if (k < 0 || doc.startOf(k) !== hostStart) return null;
    const city = cityWord(doc, res, k);
    const consulate = city ? lex.missionBodies.longestAt(text, hostStart + city.length) : null;
    if (!city || !consulate || !consulate.values[0].consular) return null;
    hostName = city;
    body = consulate;
  }
  if (!hostName || !doc.isBoundary(body.end)) return null;
  if (!chinasMarker(doc, res, markerStart)) return null;
  const home = homeEndingAt(res, text, markerStart);
  const start = home >= 0 ? home : markerStart;
  return missionSpan(text, start, body.end, { name: ownMissionName(res, marker, hostName, body.values[0].canonical), kind: 'central', parent: lex.missionParent, country: null, reason: 'mission' });
}

/**
 * Token `k` as a city that may host a consulate (大阪, 旧金山): a word of two to six characters the
 * segmenter tags as a place, no Chinese division's name; null when it is none.
 */
export function cityWord(doc: Doc, res: Resources, k: number): string | null {
  const city = doc.wordAt(k);
  return city.length >= 2 && city.length <= MAX_CITY && doc.token(k).tag === 'ns' && !res.regionTrie.get(city) ? city : null;
}

/**
 * The international body written right before `end` after a mission marker, as one of China's missions
 * names its host (中国常驻联合国|代表, 中国驻东盟|大使): the body's name, the marker and where the marker
 * starts; null when no international body ends there, or no marker of one of China's missions stands
 * before it (美国常驻联合国代表 is another state's).
 */
export function internationalHostBefore(doc: Doc, res: Resources, end: number): { name: string; marker: string; markerStart: number } | null {
  const text = doc.work;
  for (let start = end - 2; start >= 0 && end - start <= res.foreign.maxInternationalHost; start--) {
    const host = res.foreign.hosts.get(text.slice(start, end))?.[0];
    if (!host || host.country) continue;
    const marker = markerEndingAt(res, text, start);
    if (!marker || !res.foreign.missionToInternational.has(marker)) return null;
    const markerStart = start - marker.length;
    return chinasMarker(doc, res, markerStart) ? { name: host.name, marker, markerStart } : null;
  }
  return null;
}

/**
 * A post of a mission to an international body may start at `at`: right after the host (中国常驻联合国|代表)
 * or after the mission's body written in full (中国常驻联合国代表团|副代表).
 */
export function afterMissionToInternational(doc: Doc, res: Resources, at: number): boolean {
  if (internationalHostBefore(doc, res, at)) return true;
  for (const body of res.foreign.missionToInternational.values()) {
    if (at > body.length && doc.work.startsWith(body, at - body.length) && internationalHostBefore(doc, res, at - body.length)) return true;
  }
  return false;
}

/** The mission marker (驻, 常驻) ending at `end`, the longest; '' when none does. */
export function markerEndingAt(res: Resources, text: string, end: number): string {
  for (const m of res.foreign.missionMarkers) if (end >= m.length && text.startsWith(m, end - m.length)) return m;
  return '';
}

/**
 * The state whose mission in China is written right before `end` (美国驻华 of 美国驻华大使): a country, a
 * marker and China as host (华, 中国); null when none is.
 */
export function stateBeforeInChina(doc: Doc, res: Resources, end: number): { country: Country; start: number; marker: string } | null {
  const text = doc.work;
  for (const w of res.foreign.inChina) {
    if (end < w.length || !text.startsWith(w, end - w.length)) continue;
    const marker = markerEndingAt(res, text, end - w.length);
    const state = marker ? countryBefore(doc, res, end - w.length - marker.length) : null;
    if (state) return { ...state, marker };
  }
  return null;
}

/** The marker at `markerStart` opens one of China's missions: China's name before it, or no other state's (美国驻华 is the United States'). */
export function chinasMarker(doc: Doc, res: Resources, markerStart: number): boolean {
  return homeEndingAt(res, doc.work, markerStart) >= 0 || !countryBefore(doc, res, markerStart);
}

/** Where China's own name (中国, 我国, 中华人民共和国) ending at `end` starts; -1 when none ends there. */
export function homeEndingAt(res: Resources, text: string, end: number): number {
  for (const h of res.foreign.home) if (end >= h.length && text.startsWith(h, end - h.length)) return end - h.length;
  return -1;
}

function missionSpan(text: string, start: number, end: number, foreign: NonNullable<OrganisationSpan['data']['foreign']>): OrganisationSpan {
  return { type: 'organisation', start, end, text: text.slice(start, end), reason: foreign.reason, data: { ...emptyData(foreign.kind), foreign } };
}

/**
 * Parties of other states (dicts/foreign.json parties): a country on a word edge, up to eight
 * ideographs of the party's own name and the suffix (朝鲜劳动党, 老挝人民革命党), or an abbreviation
 * (越共), then optionally an organ (越共中央): named with the party's full name and the organ's
 * canonical form (越南共产党中央委员会), kind other.
 */
function foreignParties(doc: Doc, res: Resources): OrganisationSpan[] {
  const text = doc.work;
  const lex = res.foreign;
  const out: OrganisationSpan[] = [];
  const withOrgan = (start: number, end: number, full: string, country: Country) => {
    const organ = lex.partyOrgans.longestAt(text, end);
    const stop = organ && doc.isBoundary(organ.end) ? organ.end : end;
    if (!doc.isBoundary(stop)) return;
    const name = `${full}${organ && stop === organ.end ? organ.values[0] : ''}`;
    out.push({
      type: 'organisation', start, end: stop, text: text.slice(start, stop), reason: 'foreign-party',
      data: { ...emptyData('other'), foreign: { name, kind: 'other', parent: null, country, reason: 'foreign-party' } },
    });
  };
  const suffix = lex.partySuffix;
  for (let q = text.indexOf(suffix); q >= 0; q = text.indexOf(suffix, q + 1)) {
    // the country, then the party's own name up to the suffix (the farthest country first: 老挝|人民革命|党)
    for (let e = Math.max(2, q - MAX_PARTY_NAME); e <= q; e++) {
      const found = countryBefore(doc, res, e);
      if (!found || !partyName(doc, e, q)) continue;
      withOrgan(found.start, q + suffix.length, text.slice(found.start, q + suffix.length), found.country);
      break;
    }
  }
  for (const a of lex.partyAbbreviations) {
    for (let at = text.indexOf(a.name); at >= 0; at = text.indexOf(a.name, at + 1)) {
      if (doc.isBoundary(at)) withOrgan(at, at + a.name.length, a.full, a.country);
    }
  }
  return out;
}

/** [from, to) is ideographs only, its words no function words or verbs (not 日本政府和执政党). */
function partyName(doc: Doc, from: number, to: number): boolean {
  const text = doc.work;
  for (let i = from; i < to; i++) if (!isHanAt(text, i)) return false;
  for (let k = doc.tokenIndexAt(from); k >= 0 && k < doc.tokenCount && doc.startOf(k) < to; k++) {
    if (doc.startOf(k) < from) continue;
    if (NOT_IN_NAME.test(doc.token(k).tag)) return false;
  }
  return true;
}
