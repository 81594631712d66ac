/**
 * The administrative-division gazetteer: provinces, prefectures and counties
 * with their codes, parents and short forms, loaded from dicts/regions.json
 * (written by scripts/build-regions.mjs, format in schemas/dicts/regions.schema.json).
 */
import { readFileSync } from 'node:fs';
import { DictionaryError } from '../errors';

export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village';

export interface Division {
  /** Six-digit code: province XX0000, prefecture XXXX00, county XXXXXX. */
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

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class Gazetteer {
  /** Number of divisions. */
  readonly size: number;
  private readonly codes = new Map<string, Division>();
  private readonly names = new Map<string, Division[]>();
  private readonly aliasIndex = new Map<string, AliasMatch[]>();
  private readonly paths = new Map<Division, Division[]>();

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
    this.size = divisions.length;
  }

  /** Reads and validates a gazetteer file; throws DictionaryError naming the file on any problem. */
  static fromFile(path: string): Gazetteer {
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
    return Gazetteer.fromJSON(data, path, text);
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

  /** By code: '120000', or the 2- / 4-digit prefixes '12' and '1201', which are zero-padded. */
  byCode(code: string): Division | undefined {
    if (typeof code !== 'string') return undefined;
    const c = code.trim();
    if (!PARTIAL_CODE.test(c)) return undefined;
    return this.codes.get(c.padEnd(6, '0'));
  }

  /** Divisions whose full name is exactly `name` (several share one: 朝阳区, 鼓楼区). */
  byName(name: string): Division[] {
    return [...(this.names.get(name) ?? [])];
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

  parentOf(d: Division): Division | undefined {
    return d.parent === null ? undefined : this.codes.get(d.parent);
  }

  /** From the province down, including `d`. */
  path(d: Division): Division[] {
    const known = this.paths.get(d) ?? this.paths.get(this.codes.get(d.code) as Division);
    return known ? [...known] : [d];
  }

  /** True when `ancestor` is a strict ancestor of `d`. */
  isAncestor(ancestor: Division, d: Division): boolean {
    for (let cur = this.parentOf(d); cur; cur = this.parentOf(cur)) {
      if (cur.code === ancestor.code) return true;
    }
    return false;
  }

  /**
   * For the public lookupRegion(): by code (6 digits, or a 2- / 4-digit prefix),
   * full name, strong alias or weak alias, in that order of preference, without
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
    const found = new Set<Division>(this.names.get(q) ?? []);
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
