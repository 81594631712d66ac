/**
 * A trie over surface forms, keyed by UTF-16 code units (the same units as string offsets):
 * every match starting at a position in one walk.
 *
 * Hot path: recognisers ask it at every position of a document, and most positions start no
 * surface at all. So the walk reads `charCodeAt` (no one-character strings: CJK characters are
 * not interned by V8, each `text[i]` would allocate), answers a miss before allocating anything,
 * and `longestAt` allocates nothing but its one result.
 */
class Node<T> {
  next: Map<number, Node<T>> | null = null;
  values: T[] | null = null;
}

export interface TrieMatch<T> {
  end: number;
  values: T[];
}

const EMPTY: never[] = [];

export class Trie<T> {
  private readonly root = new Node<T>();
  private count = 0;
  /** 1 for every code unit some surface starts with: a miss costs one array read. */
  private readonly first = new Uint8Array(65536);

  add(surface: string, value: T): void {
    if (!surface) return;
    this.first[surface.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < surface.length; i++) {
      const c = surface.charCodeAt(i);
      if (!node.next) node.next = new Map();
      let child = node.next.get(c);
      if (!child) {
        child = new Node<T>();
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
    return pos < text.length && this.first[text.charCodeAt(pos)] === 1;
  }

  /** All surfaces that start at `pos`, shortest first. */
  matchesAt(text: string, pos: number): TrieMatch<T>[] {
    if (pos >= text.length || this.first[text.charCodeAt(pos)] !== 1) return EMPTY;
    let node = this.root.next?.get(text.charCodeAt(pos));
    if (!node) return EMPTY;
    let found: TrieMatch<T>[] | null = null;
    for (let i = pos + 1; ; i++) {
      if (node.values) (found ??= []).push({ end: i, values: node.values });
      if (i >= text.length || !node.next) break;
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
    }
    return found ?? EMPTY;
  }

  longestAt(text: string, pos: number): TrieMatch<T> | null {
    if (pos >= text.length || this.first[text.charCodeAt(pos)] !== 1) return null;
    let node = this.root.next?.get(text.charCodeAt(pos));
    let end = -1;
    let values: T[] | null = null;
    for (let i = pos + 1; node; i++) {
      if (node.values) {
        end = i;
        values = node.values;
      }
      if (i >= text.length || !node.next) break;
      node = node.next.get(text.charCodeAt(i));
    }
    return values ? { end, values } : null;
  }

  get(surface: string): T[] | undefined {
    let node: Node<T> | undefined = this.root;
    for (let i = 0; i < surface.length && node; i++) node = node.next?.get(surface.charCodeAt(i));
    return node?.values ?? undefined;
  }
}
