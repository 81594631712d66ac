/** A character trie over surface forms: every match starting at a position in one walk. */
interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[] | null;
}

export interface TrieMatch<T> {
  end: number;
  values: T[];
}

export class Trie<T> {
  private readonly root: Node<T> = { next: new Map(), values: null };
  private count = 0;

  add(surface: string, value: T): void {
    if (!surface) return;
    let node = this.root;
    for (const ch of surface) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(ch, child);
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

  /** All surfaces that start at `pos`, shortest first. */
  matchesAt(text: string, pos: number): TrieMatch<T>[] {
    const found: TrieMatch<T>[] = [];
    let node: Node<T> | undefined = this.root;
    for (let i = pos; i < text.length; i++) {
      node = node.next.get(text[i]);
      if (!node) break;
      if (node.values) found.push({ end: i + 1, values: node.values });
    }
    return found;
  }

  longestAt(text: string, pos: number): TrieMatch<T> | null {
    const all = this.matchesAt(text, pos);
    return all.length ? all[all.length - 1] : null;
  }

  get(surface: string): T[] | undefined {
    let node: Node<T> | undefined = this.root;
    for (const ch of surface) {
      node = node.next.get(ch);
      if (!node) return undefined;
    }
    return node.values ?? undefined;
  }
}
