/**
 * The administrative-division gazetteer: provinces, prefectures and counties
 * with their codes, parents and short forms, loaded from dicts/regions.json
 * (written by scripts/build-regions.mjs, format in schemas/dicts/regions.schema.json),
 * and the townships of dicts/townships.tsv (same script; format in dicts/README.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { DictionaryError } from '../errors';

export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village';

export interface Division {
  /** Six-digit code: province XX0000, prefecture XXXX00, county XXXXXX; nine digits for a township. */
  code: string;
  /** Full official name, e.g. 延边朝鲜族自治州. */
  name: string;
  level: DivisionLevel;
  /** Code of the parent division; null for provinces. */
  parent: string | null;
  /** Strong aliases: short forms a news text uses alone (延边, 锡盟). */
  aliases: string[];
  /** Weak aliases: county short forms, to accept only with context (海淀, 义乌). */
  weakAliases: string[];
}

/**
 * The division is one a level word names (市 of 市委, 镇 of 镇党委, 自治区 of 自治区党委): its full
 * name ends in that word (区 not as 自治区; 州 only for a prefecture, not a 自治县 in a 州).
 */
export function namedByLevelWord(d: Division, levelWord: string): boolean {
  if (levelWord === '区') return d.name.endsWith('区') && !d.name.endsWith('自治区');
  if (levelWord === '州') return d.name.endsWith('州') && d.level === 'prefecture';
  return d.name.endsWith(levelWord);
}

export interface RegionLookup {
  code: string;
  name: string;
  level: DivisionLevel;
  /** Names from the province down, including this division. */
  path: string[];
  /** Codes from the province down, including this division. */
  pathCodes: string[];
  /** Strong aliases followed by weak aliases. */
  aliases: string[];
}

export interface AliasMatch {
  division: Division;
  weak: boolean;
}

export interface Surface {
  surface: string;
  division: Division;
  kind: 'name' | 'alias' | 'weak';
}

const LEVELS: ReadonlySet<string> = new Set<DivisionLevel>(['province', 'prefecture', 'county', 'township', 'village']);
const CODE = /^\d{6}$/;
const PARTIAL_CODE = /^(?:\d{2}|\d{4}|\d{6})$/;
const TOWNSHIP_CODE = /^\d{9}$/;
const NO_ALIASES: string[] = Object.freeze([]) as unknown as string[];

/**
 * The townships of dicts/townships.tsv, held compactly: codes in a typed array (in file order,
 * which is ascending), names as slices of the file, one Map from name to the first township of
 * that name with a chain to the next; Division objects are made only for townships asked for.
 */
export class TownshipIndex {
  /** Length of the longest township name. */
  readonly maxNameLength: number;
  private readonly divisionCache: (Division | undefined)[];

  constructor(
    private readonly codes: Uint32Array,
    private readonly parents: Uint32Array,
    private readonly names: string[],
    private readonly firstByName: Map<string, number>,
    private readonly nextSameName: Int32Array,
  ) {
    let max = 0;
    for (const n of names) if (n.length > max) max = n.length;
    this.maxNameLength = max;
    this.divisionCache = new Array(names.length);
  }

  get size(): number {
    return this.names.length;
  }

  /** True when some township has this exact name (no allocation). */
  hasName(name: string): boolean {
    return this.firstByName.has(name);
  }

  /** Townships with this exact name, in code order (城关镇: 88 of them). */
  byName(name: string): Division[] {
    const out: Division[] = [];
    for (let k = this.firstByName.get(name) ?? -1; k >= 0; k = this.nextSameName[k]) out.push(this.division(k));
    return out.reverse();
  }

  /** Number of townships with this name, without making their Division objects. */
  countByName(name: string): number {
    let n = 0;
    for (let k = this.firstByName.get(name) ?? -1; k >= 0; k = this.nextSameName[k]) n++;
    return n;
  }

  /** A township by its nine-digit code (binary search). */
  byCode(code: string): Division | undefined {
    const c = Number(code);
    let lo = 0;
    let hi = this.codes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.codes[mid];
      if (v === c) return this.division(mid);
      if (v < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  *all(): Iterable<Division> {
    for (let k = 0; k < this.names.length; k++) yield this.division(k);
  }

  private division(k: number): Division {
    let d = this.divisionCache[k];
    if (!d) {
      d = Object.freeze({
        code: String(this.codes[k]), name: this.names[k], level: 'township' as const, parent: String(this.parents[k]),
        aliases: NO_ALIASES, weakAliases: NO_ALIASES,
      });
      this.divisionCache[k] = d;
    }
    return d;
  }
}

const EMPTY_TOWNSHIPS = new TownshipIndex(new Uint32Array(0), new Uint32Array(0), [], new Map(), new Int32Array(0));

const isDigit = (c: number) => c >= 48 && c <= 57;

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Parses dicts/townships.tsv: `#` comment lines, then one line per parent,
 * `prefix[>parentCode] TAB NNNname TAB NNNname …`, a township's code being prefix + NNN.
 * The parent is the county of that prefix, or the code after `>`. Codes must ascend.
 * A hand loop over char codes: ~3x faster than split + regular expressions on 38,710 entries.
 */
export function parseTownships(text: string, source: string, isDivision: (code: string) => boolean): TownshipIndex {
  const codes: number[] = [];
  const parents: number[] = [];
  const names: string[] = [];
  // each name's chain starts at its last township and runs back (byName reverses it into code order)
  const firstByName = new Map<string, number>();
  const next: number[] = [];
  let line = 0;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    line++;
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    const fail = (reason: string): never => {
      throw new DictionaryError(source, line, reason);
    };
    if (eol === pos || text.charCodeAt(pos) === 35 /* # */) {
      pos = eol + 1;
      continue;
    }
    let tab = text.indexOf('\t', pos);
    if (tab < 0 || tab > eol) tab = eol;
    const head = text.slice(pos, tab);
    let prefixOk = head.length === 6 || (head.length === 13 && head.charCodeAt(6) === 62 /* > */);
    for (let i = 0; i < 6 && prefixOk; i++) prefixOk = isDigit(head.charCodeAt(i));
    for (let i = 7; i < head.length && prefixOk; i++) prefixOk = isDigit(head.charCodeAt(i));
    if (!prefixOk) fail(`expected a six-digit code prefix (optionally >parentCode), got ${JSON.stringify(head)}`);
    const prefix = Number(head.slice(0, 6));
    const parentCode = head.length === 13 ? head.slice(7) : head.slice(0, 6);
    if (!isDivision(parentCode)) fail(`parent ${parentCode} is not a division of regions.json`);
    const parent = Number(parentCode);
    if (tab === eol) fail('a parent line with no townships');
    let at = tab + 1;
    while (at <= eol) {
      let end = text.indexOf('\t', at);
      if (end < 0 || end > eol) end = eol;
      if (end - at < 4 || !isDigit(text.charCodeAt(at)) || !isDigit(text.charCodeAt(at + 1)) || !isDigit(text.charCodeAt(at + 2)))
        fail(`expected three code digits and a name, got ${JSON.stringify(text.slice(at, end))}`);
      const code = prefix * 1000 + (text.charCodeAt(at) - 48) * 100 + (text.charCodeAt(at + 1) - 48) * 10 + (text.charCodeAt(at + 2) - 48);
      if (codes.length && code <= codes[codes.length - 1]) fail(`township code ${code} out of order or duplicate`);
      const name = text.slice(at + 3, end);
      const k = names.length;
      codes.push(code);
      parents.push(parent);
      names.push(name);
      next.push(firstByName.get(name) ?? -1);
      firstByName.set(name, k);
      at = end + 1;
    }
    pos = eol + 1;
  }
  return new TownshipIndex(Uint32Array.from(codes), Uint32Array.from(parents), names, firstByName, Int32Array.from(next));
}

export class Gazetteer {
  /** Number of divisions. */
  readonly size: number;
  private readonly codes = new Map<string, Division>();
  private readonly names = new Map<string, Division[]>();
  private readonly aliasIndex = new Map<string, AliasMatch[]>();
  private readonly paths = new Map<Division, Division[]>();
  /** `parentCode|stem` → county: every short stem of a county under its parent, ordinary words included (市中 of 市中区). */
  private readonly childStems = new Map<string, Division | null>();
  private townshipIndex: TownshipIndex | null = null;
  private townshipSource: string | null = null;

  private constructor(divisions: readonly Division[]) {
    for (const d of divisions) this.codes.set(d.code, d);
    for (const d of divisions) {
      push(this.names, d.name, d);
      for (const a of d.aliases) push(this.aliasIndex, a, { division: d, weak: false });
      for (const a of d.weakAliases) push(this.aliasIndex, a, { division: d, weak: true });
    }
    // strong matches first, then by code, so results are stable
    for (const list of this.aliasIndex.values()) {
      list.sort((x, y) => Number(x.weak) - Number(y.weak) || x.division.code.localeCompare(y.division.code));
    }
    for (const d of divisions) {
      const path: Division[] = [];
      for (let cur: Division | undefined = d; cur; cur = cur.parent === null ? undefined : this.codes.get(cur.parent)) {
        path.unshift(cur);
      }
      this.paths.set(d, Object.freeze(path) as Division[]);
    }
    for (const d of divisions) {
      if (d.level !== 'county' || d.parent === null) continue;
      // (济南市公安局市中分局, 成都市公安局锦江区分局: the stem or the full name)
      const stems = new Set([...d.weakAliases, d.name]);
      const bare = d.name.replace(/(自治县|自治旗|新区|县|区|市|旗)$/, '');
      if (bare.length >= 2 && bare !== d.name) stems.add(bare);
      for (const stem of stems) {
        const key = `${d.parent}|${stem}`;
        // two counties of one parent with the same stem: neither
        this.childStems.set(key, this.childStems.has(key) ? null : d);
      }
    }
    this.size = divisions.length;
  }

  /**
   * Reads and validates a gazetteer file; throws DictionaryError naming the file on any problem.
   * @param townshipsPath dicts/townships.tsv: read on first use (see `townships()`), skipped when absent
   */
  static fromFile(path: string, townshipsPath?: string): Gazetteer {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new DictionaryError(path, null, `cannot read: ${(e as Error).message}`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      const message = (e as Error).message;
      const pos = /position (\d+)/.exec(message);
      const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : null;
      throw new DictionaryError(path, line, `invalid JSON: ${message}`);
    }
    const g = Gazetteer.fromJSON(data, path, text);
    if (townshipsPath !== undefined && existsSync(townshipsPath)) g.townshipSource = townshipsPath;
    return g;
  }

  /** Adds townships from the text of a townships.tsv file (replacing any not yet loaded). */
  withTownships(text: string, source = '<townships data>'): this {
    this.townshipIndex = parseTownships(text, source, (code) => this.codes.has(code));
    this.townshipSource = null;
    return this;
  }

  /**
   * The township index, read from townships.tsv on first use: 38,710 names cost ~20 ms and a few MB,
   * which an extractor pays only for a document that asks (see dicts/README.md for measurements).
   */
  townships(): TownshipIndex {
    if (this.townshipIndex) return this.townshipIndex;
    if (this.townshipSource === null) return EMPTY_TOWNSHIPS;
    const source = this.townshipSource;
    let text: string;
    try {
      text = readFileSync(source, 'utf8');
    } catch (e) {
      throw new DictionaryError(source, null, `cannot read: ${(e as Error).message}`);
    }
    return this.withTownships(text, source).townshipIndex!;
  }

  /** True when a townships file is known (loaded or not yet read). */
  get hasTownships(): boolean {
    return this.townshipSource !== null || (this.townshipIndex?.size ?? 0) > 0;
  }

  /**
   * Builds a gazetteer from parsed regions.json data; `source` names the data in errors.
   * @param text the raw file text, when known, to report line numbers (one division per line)
   */
  static fromJSON(data: unknown, source = '<regions data>', text?: string): Gazetteer {
    const fail = (reason: string, index?: number): never => {
      let line: number | null = null;
      if (text !== undefined && index !== undefined) {
        const code = rows?.[index]?.[0];
        if (typeof code === 'string') {
          const at = text.indexOf(`["${code}"`);
          if (at >= 0) line = text.slice(0, at).split('\n').length;
        }
      }
      throw new DictionaryError(source, line, reason);
    };
    let rows: unknown[][] | undefined;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('expected a JSON object with a "divisions" array');
    const divisionsData = (data as Record<string, unknown>).divisions;
    if (!Array.isArray(divisionsData)) fail('"divisions" must be an array');
    rows = divisionsData as unknown[][];

    const divisions: Division[] = [];
    const seen = new Set<string>();
    (divisionsData as unknown[]).forEach((row, i) => {
      const where = `divisions[${i}]`;
      if (!Array.isArray(row) || row.length !== 6) return fail(`${where}: expected [code, name, level, parent, aliases, weakAliases]`, i);
      const [code, name, level, parent, aliases, weak] = row as unknown[];
      if (typeof code !== 'string' || !CODE.test(code)) return fail(`${where}: code must be a six-digit string, got ${JSON.stringify(code)}`, i);
      if (seen.has(code)) return fail(`${where}: duplicate code ${code}`, i);
      if (typeof name !== 'string' || name.length === 0) return fail(`${where} (${code}): name must be a non-empty string`, i);
      if (typeof level !== 'string' || !LEVELS.has(level)) return fail(`${where} (${code}): unknown level ${JSON.stringify(level)}`, i);
      if (parent !== null && (typeof parent !== 'string' || !CODE.test(parent))) return fail(`${where} (${code}): parent must be a six-digit string or null`, i);
      if (!isStringArray(aliases) || !isStringArray(weak)) return fail(`${where} (${code}): aliases and weak aliases must be arrays of strings`, i);
      for (const a of [...aliases, ...weak]) {
        if (a.length < 2) return fail(`${where} (${code}): alias ${JSON.stringify(a)} is shorter than 2 characters`, i);
        if (a === name) return fail(`${where} (${code}): alias ${a} equals the full name`, i);
      }
      seen.add(code);
      divisions.push(Object.freeze({
        code,
        name,
        level: level as DivisionLevel,
        parent: parent as string | null,
        aliases: Object.freeze([...aliases]) as string[],
        weakAliases: Object.freeze([...weak]) as string[],
      }));
    });
    divisions.forEach((d, i) => {
      if (d.parent === null) {
        if (d.level !== 'province') fail(`divisions[${i}] (${d.code}): only provinces may have no parent`, i);
        return;
      }
      if (d.parent === d.code) fail(`divisions[${i}] (${d.code}): is its own parent`, i);
      if (!seen.has(d.parent)) fail(`divisions[${i}] (${d.code}): parent ${d.parent} is not in the file`, i);
    });
    // parent cycles: each path must reach a province within 5 steps
    const byCode = new Map(divisions.map((d) => [d.code, d]));
    divisions.forEach((d, i) => {
      let cur: Division | undefined = d;
      for (let steps = 0; cur && cur.parent !== null; steps++) {
        if (steps > 5) fail(`divisions[${i}] (${d.code}): parent chain does not end at a province`, i);
        cur = byCode.get(cur.parent);
      }
    });
    return new Gazetteer(divisions);
  }

  /** By code: '120000', or the 2- / 4-digit prefixes '12' and '1201', which are zero-padded; a township by its nine digits. */
  byCode(code: string): Division | undefined {
    if (typeof code !== 'string') return undefined;
    const c = code.trim();
    if (TOWNSHIP_CODE.test(c)) return this.townships().byCode(c);
    if (!PARTIAL_CODE.test(c)) return undefined;
    return this.codes.get(c.padEnd(6, '0'));
  }

  /** Divisions whose full name is exactly `name` (several share one: 朝阳区, 鼓楼区); townships after the others. */
  byName(name: string): Division[] {
    return [...(this.names.get(name) ?? []), ...this.townships().byName(name)];
  }

  /** Divisions with `alias` as a strong or weak alias; strong matches first. */
  byAlias(alias: string): AliasMatch[] {
    return [...(this.aliasIndex.get(alias) ?? [])];
  }

  /** Every surface form (full names, strong aliases, weak aliases), e.g. to build a trie. */
  *surfaces(): Iterable<Surface> {
    for (const division of this.codes.values()) {
      yield { surface: division.name, division, kind: 'name' };
      for (const surface of division.aliases) yield { surface, division, kind: 'alias' };
      for (const surface of division.weakAliases) yield { surface, division, kind: 'weak' };
    }
  }

  /** All divisions, in file order. */
  divisions(): Iterable<Division> {
    return this.codes.values();
  }

  /** The county under `parent` whose short stem is `stem` (济南市 + 市中 → 市中区), ordinary-word stems included. */
  childByShortForm(parent: Division, stem: string): Division | undefined {
    return this.childStems.get(`${parent.code}|${stem}`) ?? undefined;
  }

  parentOf(d: Division): Division | undefined {
    return d.parent === null ? undefined : this.codes.get(d.parent);
  }

  /** From the province down, including `d`. */
  path(d: Division): Division[] {
    const known = this.paths.get(d) ?? this.paths.get(this.codes.get(d.code) as Division);
    if (known) return [...known];
    const parent = this.parentOf(d);
    return parent ? [...this.path(parent), d] : [d];
  }

  /** True when `ancestor` is a strict ancestor of `d`. */
  isAncestor(ancestor: Division, d: Division): boolean {
    for (let cur = this.parentOf(d); cur; cur = this.parentOf(cur)) {
      if (cur.code === ancestor.code) return true;
    }
    return false;
  }

  /**
   * For the public lookupRegion(): by code (6 or 9 digits, or a 2- / 4-digit prefix),
   * full name (townships included), strong alias or weak alias, in that order of preference, without
   * duplicates. Returns [] for anything unknown; never throws.
   */
  lookup(nameOrCode: string): RegionLookup[] {
    if (typeof nameOrCode !== 'string') return [];
    const q = nameOrCode.trim();
    if (q === '') return [];
    if (/^\d+$/.test(q)) {
      const d = this.byCode(q);
      return d ? [this.toLookup(d)] : [];
    }
    const found = new Set<Division>(this.byName(q));
    for (const m of this.aliasIndex.get(q) ?? []) found.add(m.division);
    return [...found].map((d) => this.toLookup(d));
  }

  private toLookup(d: Division): RegionLookup {
    const path = this.path(d);
    return {
      code: d.code,
      name: d.name,
      level: d.level,
      path: path.map((p) => p.name),
      pathCodes: path.map((p) => p.code),
      aliases: [...d.aliases, ...d.weakAliases],
    };
  }
}
