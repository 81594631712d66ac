import type { Doc } from '../doc';
import type { Resources } from '../resources';
import type { Country } from '../resources/foreign';
import {
  chinasMarker, cityWord, countryBefore, countryCueBefore, inChinaMissionName, internationalHostBefore, markerEndingAt, ownMissionName, stateBeforeInChina,
} from '../recognise/organisation/foreign';
import type { TitleSpan } from '../recognise/title';
import type { LinkedOrganisation } from '.';

/**
 * The other state whose posts a chain holds: a country written right before the chain's first post
 * (美国总统, 日本前首相: with 前 between, the posts are former ones); null when none is, or when 驻 makes
 * the country a mission's host (中国驻日本大使: a Chinese post).
 */
export function foreignChainCue(doc: Doc, res: Resources, chainStart: number): { country: Country; former: boolean } | null {
  return countryCueBefore(doc, res, chainStart);
}

/**
 * The mission a mission's post heads when the text names its host but not the mission (中国驻日本大使X:
 * 中国驻日本大使馆; 美国驻华大使X: 美国驻华大使馆), made once per document and kept in `orgs`; null when
 * the post is no mission's (dicts/foreign.json missions.posts) or no [home] marker host stands before it.
 */
export function impliedMission(doc: Doc, res: Resources, title: TitleSpan, orgs: Map<string, LinkedOrganisation>): { org: LinkedOrganisation } | null {
  const lex = res.foreign;
  const body = lex.missionPosts.get(title.data.post);
  if (!body) return null;
  const text = doc.work;
  const at = title.start;
  let name: string;
  let kind: 'central' | 'other';
  let country: Country | null = null;
  let city: { name: string; marker: string } | null;
  const host = countryBefore(doc, res, at);
  const hostMarker = host ? markerEndingAt(res, text, host.start) : '';
  let international: ReturnType<typeof internationalHostBefore>;
  if (!host && (international = internationalHostBefore(doc, res, at))) {
    // 中国常驻联合国代表X, 中国驻东盟大使X: China's mission to the international body (常驻 → 代表团, 驻 → 使团),
    // whatever the post (a mission to a body has no embassy)
    name = ownMissionName(res, international.marker, international.name, lex.missionToInternational.get(international.marker)!);
    kind = 'central';
  } else if (host && hostMarker) {
    // China's own: [中国] 驻 country post; another state written before 驻 makes it that state's mission there
    const markerStart = host.start - hostMarker.length;
    if (!chinasMarker(doc, res, markerStart)) return null;
    name = ownMissionName(res, hostMarker, host.country.name, body);
    kind = 'central';
  } else if ((city = consularHostEndingAt(doc, res, at, body))) {
    // 中国驻旧金山总领事: a city hosts China's consulate
    name = ownMissionName(res, city.marker, city.name, body);
    kind = 'central';
  } else {
    // another state's in China: country 驻华 post
    const state = stateBeforeInChina(doc, res, at);
    if (!state) return null;
    name = inChinaMissionName(res, state.country, state.marker, body);
    kind = 'other';
    country = state.country;
  }
  let org = orgs.get(name);
  if (!org) {
    org = {
      key: name, name, kind, actsAs: null, level: kind === 'central' ? 'national' : null, region: null,
      parentName: kind === 'central' ? lex.missionParent : null, spans: [], reason: 'post-implies-mission', country,
    };
    orgs.set(name, org);
  }
  return { org };
}

/**
 * A city written right before a consular post (中国驻旧金山总领事): one word the segmenter tags as a
 * place, no Chinese one, after a marker with China's name or nothing before it; null otherwise.
 */
function consularHostEndingAt(doc: Doc, res: Resources, end: number, body: string): { name: string; marker: string } | null {
  const consular = res.foreign.missionBodies.longestAt(body, 0);
  if (!consular || consular.end !== body.length || !consular.values[0].consular) return null;
  const k = doc.tokenIndexAt(end - 1);
  if (k < 0 || doc.startOf(k) + doc.wordAt(k).length !== end) return null;
  const city = cityWord(doc, res, k);
  const start = doc.startOf(k);
  if (!city) return null;
  const marker = markerEndingAt(res, doc.work, start);
  if (!marker) return null;
  const markerStart = start - marker.length;
  if (!chinasMarker(doc, res, markerStart)) return null;
  return { name: city, marker };
}
