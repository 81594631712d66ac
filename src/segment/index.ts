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

/** Tags the text and gives every token its offsets (jieba returns the words in order, covering the text). */
export function tokenize(segmenter: Segmenter, text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  for (const { word, tag } of segmenter.tag(text)) {
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (at < 0) continue;
    tokens.push({ word, tag, start: at, end: at + word.length });
    pos = at + word.length;
  }
  return tokens;
}
