import { WordStarts } from './word-starts';
/**
 * A trie over surface forms, keyed by UTF-16 code units (the same units as string offsets):
 * every match starting at a position in one walk.
 *
 * Hot path: the recognisers ask it at almost every position of a document, and most walks end
 * after one or two characters. So surfaces are added to a building form (nested Maps), and the
 * first query packs it into flat arrays: the root's children in a table indexed by code unit (a
 * miss, or the first step, is two array reads: see Packed), every other node's children as a sorted run of
 * code units searched in place. The walk reads `charCodeAt` (no one-character strings: CJK
 * characters are not interned by V8, each `text[i]` would allocate), answers a miss before
 * allocating anything, and `longestAt` allocates nothing but its one result.
 */
class BuildNode<T> {
  next: Map<number, BuildNode<T>> | null = null;
  values: T[] | null = null;
}

export interface TrieMatch<T> {
  end: number;
  values: T[];
}

const EMPTY: never[] = [];

/** The packed trie: node 0 is the root; node n's children are codes/nodes[from[n] .. from[n + 1]). */
interface Packed<T> {
  /**
   * The root's children by code unit, in two levels: `rootBlock[c >> 8]` is the block of the 256
   * code units that share c's high byte, `rootChild[block * 256 + (c & 255)]` the child that c
   * leads to (0: none). Block 0 is all zeros, for the high bytes no surface starts with. A table of
   * all 65,536 code units (256 KB) cost each of the extractor's forty tries 80-180 KB of resident
   * memory, most of it zeros in the pages of the ideographs (issue 8: peak RSS); a list of a few
   * dozen words now takes a few KB, and the region trie, which starts with thousands of different
   * ideographs, about as much as before.
   */
  rootBlock: Uint16Array;
  rootChild: Int32Array;
  from: Int32Array;
  codes: Uint16Array;
  nodes: Int32Array;
  values: (T[] | null)[];
}

export class Trie<T> {
  /** The building form; dropped once packed (memory), rebuilt from the packed form if a surface is added later. */
  private building: BuildNode<T> | null = new BuildNode<T>();
  private packed: Packed<T> | null = null;
  private count = 0;
  /**
   * The first two code units of every surface, as bits (12 KB): a position where no surface can
   * start is answered without reading the root table, which falls out of the CPU cache between
   * stages.
   */
  private readonly starts = new WordStarts();

  /** A trie of words, each its own value (suffix lists, cue words). */
  static ofWords(words: Iterable<string>): Trie<string> {
    const trie = new Trie<string>();
    for (const w of words) trie.add(w, w);
    return trie;
  }

  add(surface: string, value: T): void {
    if (!surface) return;
    this.building ??= this.unpack();
    this.packed = null;
    this.starts.add(surface);
    let node = this.building;
    for (let i = 0; i < surface.length; i++) {
      const c = surface.charCodeAt(i);
      if (!node.next) node.next = new Map();
      let child = node.next.get(c);
      if (!child) {
        child = new BuildNode<T>();
        node.next.set(c, child);
      }
      node = child;
    }
    if (!node.values) {
      node.values = [];
      this.count++;
    }
    node.values.push(value);
  }

  get size(): number {
    return this.count;
  }

  /** True when some surface starts with the character at `pos` (a cheap pre-test). */
  startsAt(text: string, pos: number): boolean {
    return pos < text.length && step(this.packed ?? this.pack(), text.charCodeAt(pos)) !== 0;
  }

  /** False when no surface starts at `pos`; true when one may (the pair filter: see WordStarts). */
  mayStartAt(text: string, pos: number): boolean {
    return this.starts.mayStartAt(text, pos);
  }

  /** The first position from `from` on where a surface may start (the pair filter), else text.length. */
  nextStart(text: string, from: number): number {
    return this.starts.nextStart(text, from);
  }

  /** True when some surface starts at `pos` (the whole surface, not only its first character); allocates nothing. */
  hasMatchAt(text: string, pos: number): boolean {
    if (!this.starts.mayStartAt(text, pos)) return false;
    const p = this.packed ?? this.pack();
    let node = step(p, text.charCodeAt(pos));
    for (let i = pos + 1; node !== 0; i++) {
      if (p.values[node]) return true;
      if (i >= text.length) break;
      node = child(p, node, text.charCodeAt(i));
    }
    return false;
  }

  /** All surfaces that start at `pos`, shortest first. */
  matchesAt(text: string, pos: number): TrieMatch<T>[] {
    if (!this.starts.mayStartAt(text, pos)) return EMPTY;
    const p = this.packed ?? this.pack();
    let node = step(p, text.charCodeAt(pos));
    if (node === 0) return EMPTY;
    let found: TrieMatch<T>[] | null = null;
    for (let i = pos + 1; node !== 0; i++) {
      const values = p.values[node];
      if (values) (found ??= []).push({ end: i, values });
      if (i >= text.length) break;
      node = child(p, node, text.charCodeAt(i));
    }
    return found ?? EMPTY;
  }

  longestAt(text: string, pos: number): TrieMatch<T> | null {
    if (!this.starts.mayStartAt(text, pos)) return null;
    const p = this.packed ?? this.pack();
    let node = step(p, text.charCodeAt(pos));
    if (node === 0) return null;
    let end = -1;
    let values: T[] | null = null;
    for (let i = pos + 1; node !== 0; i++) {
      const v = p.values[node];
      if (v) {
        end = i;
        values = v;
      }
      if (i >= text.length) break;
      node = child(p, node, text.charCodeAt(i));
    }
    return values ? { end, values } : null;
  }

  get(surface: string): T[] | undefined {
    if (!surface) return undefined;
    const p = this.packed ?? this.pack();
    let node = step(p, surface.charCodeAt(0));
    for (let i = 1; i < surface.length && node !== 0; i++) node = child(p, node, surface.charCodeAt(i));
    return node !== 0 ? (p.values[node] ?? undefined) : undefined;
  }

  /** Every surface, in code-unit order (to build a pre-test such as a StartFilter from the trie's words). */
  surfaces(): string[] {
    const p = this.packed ?? this.pack();
    const out: string[] = [];
    const walk = (node: number, prefix: string) => {
      if (p.values[node]) out.push(prefix);
      for (let e = p.from[node]; e < p.from[node + 1]; e++) walk(p.nodes[e], prefix + String.fromCharCode(p.codes[e]));
    };
    walk(0, '');
    return out;
  }

  /** Numbers the nodes breadth-first and lays their children out as sorted runs. */
  private pack(): Packed<T> {
    const top = this.building!;
    const order: BuildNode<T>[] = [top];
    const ids = new Map<BuildNode<T>, number>([[top, 0]]);
    let edges = 0;
    for (let k = 0; k < order.length; k++) {
      const next = order[k].next;
      if (!next) continue;
      for (const c of [...next.keys()].sort((a, b) => a - b)) {
        const n = next.get(c)!;
        ids.set(n, order.length);
        order.push(n);
        edges++;
      }
    }
    const from = new Int32Array(order.length + 1);
    const codes = new Uint16Array(edges);
    const nodes = new Int32Array(edges);
    const values: (T[] | null)[] = new Array(order.length);
    const rootBlock = new Uint16Array(256);
    let blocks = 1;
    for (const c of top.next?.keys() ?? []) if (rootBlock[c >> 8] === 0) rootBlock[c >> 8] = blocks++;
    const rootChild = new Int32Array(blocks << 8);
    let e = 0;
    for (let k = 0; k < order.length; k++) {
      from[k] = e;
      values[k] = order[k].values;
      const next = order[k].next;
      if (!next) continue;
      for (const c of [...next.keys()].sort((a, b) => a - b)) {
        codes[e] = c;
        nodes[e] = ids.get(next.get(c)!)!;
        if (k === 0) rootChild[(rootBlock[c >> 8] << 8) | (c & 0xff)] = nodes[e];
        e++;
      }
    }
    from[order.length] = e;
    this.packed = { rootBlock, rootChild, from, codes, nodes, values };
    this.building = null;
    return this.packed;
  }

  private unpack(): BuildNode<T> {
    const p = this.packed!;
    const built = p.values.map((values) => Object.assign(new BuildNode<T>(), { values }));
    for (let k = 0; k < built.length; k++) {
      for (let e = p.from[k]; e < p.from[k + 1]; e++) (built[k].next ??= new Map()).set(p.codes[e], built[p.nodes[e]]);
    }
    return built[0];
  }
}

/** The root's child along code unit `c`, 0 when there is none. */
function step<T>(p: Packed<T>, c: number): number {
  return p.rootChild[(p.rootBlock[c >> 8] << 8) | (c & 0xff)];
}

/** The child of `node` along code unit `c`, 0 when there is none. */
function child<T>(p: Packed<T>, node: number, c: number): number {
  let lo = p.from[node];
  let hi = p.from[node + 1];
  const codes = p.codes;
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if (codes[lo] === c) return p.nodes[lo];
    return 0;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = codes[mid];
    if (m === c) return p.nodes[mid];
    if (m < c) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}
