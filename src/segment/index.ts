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
  word: string;
  tag: string;
  start: number;
  end: number;
}

/**
 * Tags the text and gives every token its offsets (jieba returns the words in order, covering the text).
 * A long text is tagged in pieces cut at line breaks or punctuation, where jieba cuts anyway: the
 * tokens are the same, and the engine never builds millions of result objects in one call (20 MB
 * in one call took 27 s and 2.6 GB; in 64 k pieces 5 s and 0.4 GB).
 */
export function tokenize(segmenter: Segmenter, text: string, pieceSize = 65_536): Token[] {
  const tokens: Token[] = [];
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from, pieceSize);
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    let pos = 0;
    for (const { word, tag } of segmenter.tag(piece)) {
      const at = piece.startsWith(word, pos) ? pos : piece.indexOf(word, pos);
      if (at < 0) continue;
      tokens.push({ word, tag, start: from + at, end: from + at + word.length });
      pos = at + word.length;
    }
    from = to;
  }
  return tokens;
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
