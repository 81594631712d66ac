/**
 * In-text expansions of a slogan: the appositive that spells out its parts.
 *   “1234”（即一个中心、两个平台、三项机制、四个到位）   → the four parts
 *   “三项制度”，即A、B和C。                               → A, B, C
 *   “135N”（“1”指X，“3”指Y，“5”指Z，“N”指W）            → X, Y, Z, W
 *   “四个聚焦”工作法（即…）                              → the appositive may follow a short head noun
 */
const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const MAX_BODY = 120;
const MAX_PART = 40;

/** The parts written right after a slogan that ends at `pos` (after its closing quote), or []. */
export function expansionAfter(text: string, pos: number, name: string): string[] {
  // both shapes open with at most four CJK characters and then （ ( ， or ,: most slogans have
  // neither, and are answered without slicing a window and running the regexes
  let k = pos;
  while (k < pos + 4 && isCjk(text.charCodeAt(k))) k++;
  const mark = text.charCodeAt(k);
  if (mark !== 0xff08 && mark !== 0x28 && mark !== 0xff0c && mark !== 0x2c) return [];
  const window = text.slice(pos, pos + MAX_BODY + 12);
  const paren = /^[\u3400-\u9fff]{0,4}[（(]\s*(?:即|也就是|就是)?\s*([^（）()]{2,120})[)）]/.exec(window);
  if (paren) {
    const keyed = keyedParts(paren[1]);
    if (keyed.length >= 2) return keyed;
    return listParts(paren[1], expectedParts(name));
  }
  const apposition = /^[\u3400-\u9fff]{0,4}[，,]\s*即\s*([^。；;！？!?\n，,]{2,120})/.exec(window);
  if (apposition) return listParts(apposition[1], expectedParts(name));
  return [];
}

/** A code unit in U+3400..U+9FFF (the `[\u3400-\u9fff]` of the regexes; NaN past the end is none). */
function isCjk(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** “1”指…，“4”指…: the explanation of each key, in order. */
function keyedParts(body: string): string[] {
  const parts: string[] = [];
  const re = /[“"‘]([^”"’]{1,6})[”"’]\s*(?:是指|指|即|代表|是)\s*([^，,；;。“"‘]+)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) parts.push(m[2].trim());
  return parts.filter((p) => p && p.length <= MAX_PART);
}

/**
 * A、B、C和D: the parts of a list. The last part is split at 和 / 及 / 以及 when the list has
 * 、 and the count then fits the slogan's number (三书一函 → 4), or when the number says two.
 */
function listParts(body: string, expected: number | null): string[] {
  const trimmed = body.trim().replace(/等$/, '');
  let parts = trimmed.split('、').map((p) => p.trim());
  const last = parts[parts.length - 1];
  const joined = /^(.{2,}?)(?:以及|和|及|与)(.{2,})$/.exec(last);
  if (joined) {
    const split = [...parts.slice(0, -1), joined[1], joined[2]];
    const fits = expected == null ? parts.length >= 2 : split.length === expected;
    if (fits && (expected == null || parts.length !== expected)) parts = split;
  }
  if (parts.length < 2 || parts.some((p) => !p || p.length > MAX_PART)) return [];
  return parts;
}

/**
 * How many parts a numbered slogan announces: 1234 → 4 (one per digit), 1+3+N → 3 (one per
 * term), 三项制度 → 3, 三书一函 → 4 (the numerals added up); null when the name does not say.
 */
export function expectedParts(name: string): number | null {
  if (/^[0-9]{2,}[A-Z]?$/.test(name)) return name.length;
  if (/^[^+＋]+(?:[+＋][^+＋]+)+$/.test(name)) return name.split(/[+＋]/).length;
  const single = /^([一二两三四五六七八九十])[个项大条种类点张]?[^一二两三四五六七八九十]+$/.exec(name);
  if (single) return NUMERALS[single[1]];
  const alternating = /^(?:[一二两三四五六七八九十][^一二两三四五六七八九十]{1,3})+$/.test(name);
  if (alternating) return [...name].reduce((sum, c) => sum + (NUMERALS[c] ?? 0), 0);
  return null;
}
