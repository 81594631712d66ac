import { OptionsError } from '../errors';
import { createRustJieba } from './rust-jieba';
import { createNodeJieba } from './nodejieba';

export interface TaggedWord {
  word: string;
  tag: string;
}

/** One jieba engine behind a small interface: the pipeline never touches an engine's own API. */
export interface Segmenter {
  readonly engine: SegmenterName;
  cut(text: string): string[];
  tag(text: string): TaggedWord[];
  /** Adds `word freq tag` lines (jieba's user-dictionary format). */
  loadDictionary(lines: string): void;
}

export type SegmenterName = '@node-rs/jieba' | 'nodejieba';

export function createSegmenter(name: string = '@node-rs/jieba'): Segmenter {
  if (name === '@node-rs/jieba' || name === 'rust' || name === 'default') return createRustJieba();
  if (name === 'nodejieba') return createNodeJieba();
  throw new OptionsError(`unknown segmenter "${name}": use "@node-rs/jieba" (default) or "nodejieba"`);
}

export interface Token {
  readonly word: string;
  /** jieba's part-of-speech tag of the word ('x' when the dictionary does not know it). */
  readonly tag: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Tags of single words, asked of the engine only when a recogniser reads one. jieba's `tag`
 * costs 2-7 times its `cut` on a whole text, and the recognisers read the tags of a few tokens
 * only (names, the word before 街道 …); a word's tag is its dictionary tag whatever the
 * context (the route that keeps the word whole in a sentence keeps it whole alone), and 'x'
 * for a word the dictionary does not have (found by the HMM), as in a whole-text `tag`.
 */
export class WordTagger {
  private readonly cache = new Map<string, string>();
  constructor(private readonly segmenter: Segmenter) {}

  tagOf(word: string): string {
    let tag = this.cache.get(word);
    if (tag === undefined) {
      const tagged = this.segmenter.tag(word);
      tag = tagged.length === 1 && tagged[0].word === word ? tagged[0].tag : 'x';
      if (this.cache.size >= 200_000) this.cache.clear();
      this.cache.set(word, tag);
    }
    return tag;
  }

  /** Forget every tag (after the engine's dictionary changed). */
  clear(): void {
    this.cache.clear();
  }
}

class LazyToken implements Token {
  private tagged: string | undefined;
  constructor(
    readonly word: string,
    readonly start: number,
    readonly end: number,
    private readonly tagger: WordTagger,
  ) {}

  get tag(): string {
    return (this.tagged ??= this.tagger.tagOf(this.word));
  }
}

/** A text's segmentation, held compactly: the engine's words and the offset of each (a word ends at its start + its length). */
/** jieba's tags of words that close a noun phrase before them: verbs (not verbal nouns), adverbs, prepositions, conjunctions, particles. */
const CLOSING_TAGS = /^(v|v[^n].*|d|p|c|u.*|y)$/;

/**
 * True when a word with jieba's tag `tag` closes the noun phrase before it (王芳|分别, 中央|决定,
 * 中央|的): what stands before it is a name or a body of its own, not the first part of a compound
 * (中央|企业).
 */
export function closesNounPhrase(tag: string): boolean {
  return CLOSING_TAGS.test(tag);
}

export interface Segmentation {
  readonly words: string[];
  readonly starts: Int32Array;
}

/**
 * Cuts the text and finds every word's offset (jieba returns the words in order, covering the
 * text). No object per word: a document's million tokens were a quarter of all the memory an
 * extraction allocated; the Doc makes a Token only for the words a recogniser asks about.
 * A long text is cut in pieces at line breaks or punctuation, where jieba cuts anyway: the words
 * are the same, and the engine never builds millions of result strings in one call (20 MB in one
 * call took 27 s and 2.6 GB).
 */
export function segment(segmenter: Segmenter, text: string, pieceSize = 65_536): Segmentation {
  let words: string[] | null = null;
  let starts = new Int32Array(0);
  let n = 0;
  const append = (word: string, start: number) => {
    if (n === starts.length) {
      const grown = new Int32Array(Math.max(64, n * 2));
      grown.set(starts);
      starts = grown;
    }
    starts[n++] = start;
    words!.push(word);
  };
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from, pieceSize);
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    const cut = segmenter.cut(piece);
    let total = 0;
    for (const word of cut) total += word.length;
    let pos = 0;
    let k = 0;
    if (total === piece.length) {
      // the usual case: the words cover the piece, in order, each where the last ended (jieba keeps
      // every character). Their lengths add up; each word's first and last characters are checked
      // against the piece, and a word that does not sit there sends the rest to the search below.
      if (words === null && from === 0 && to === text.length) {
        // the whole text in one piece: the engine's array is the list of words
        starts = new Int32Array(cut.length);
        for (; k < cut.length; k++) {
          const word = cut[k];
          const len = word.length;
          if (piece.charCodeAt(pos) !== word.charCodeAt(0) || piece.charCodeAt(pos + len - 1) !== word.charCodeAt(len - 1)) break;
          starts[k] = pos;
          pos += len;
        }
        if (k === cut.length) return { words: cut, starts };
        words = cut.slice(0, k);
        n = k;
      } else {
        words ??= [];
        for (; k < cut.length; k++) {
          const word = cut[k];
          const len = word.length;
          if (piece.charCodeAt(pos) !== word.charCodeAt(0) || piece.charCodeAt(pos + len - 1) !== word.charCodeAt(len - 1)) break;
          append(word, from + pos);
          pos += len;
        }
      }
    }
    words ??= [];
    for (; k < cut.length; k++) {
      const word = cut[k];
      const at = piece.startsWith(word, pos) ? pos : piece.indexOf(word, pos);
      if (at < 0) continue;
      append(word, from + at);
      pos = at + word.length;
    }
    from = to;
  }
  return { words: words ?? [], starts: starts.subarray(0, n) };
}

/** The segmentation as Token objects, with tags read lazily through `tagger` (for tools and tests; the Doc holds a Segmentation). */
export function tokenize(segmenter: Segmenter, text: string, tagger: WordTagger = new WordTagger(segmenter), pieceSize = 65_536): Token[] {
  const { words, starts } = segment(segmenter, text, pieceSize);
  return words.map((word, k) => new LazyToken(word, starts[k], starts[k] + word.length, tagger));
}

const SEPARATOR = /[ \t，。]/;
/** Characters jieba keeps inside one block (Han, Latin, digits and a few joiners): never cut next to them. */
const WORD_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-zA-Z0-9+#&._%\-\ud800-\udfff]/;

/**
 * Where the piece starting at `from` ends, in its second half: after the last line break, else after
 * a space, tab, ， or 。 (separators for both engines), else after any character jieba does not join.
 */
function pieceEnd(text: string, from: number, size: number): number {
  if (text.length - from <= size) return text.length;
  const limit = from + size;
  const half = from + Math.floor(size / 2);
  const nl = text.lastIndexOf('\n', limit - 1);
  if (nl >= half) return nl + 1;
  for (let k = limit - 1; k >= half; k--) if (SEPARATOR.test(text[k])) return k + 1;
  for (let k = limit - 1; k >= half; k--) if (!WORD_CHAR.test(text[k])) return k + 1;
  // a run of word characters longer than half a piece: cut it (not between a surrogate pair)
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}
