import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import type { Segmenter } from './index';

// createRequire works in both builds (the package has no exports map, so its files are named).
const requireHere = createRequire(__filename);

let engineWords: Uint8Array | null = null;

/**
 * The engine's own dictionary, read once per process from its file. The package's `dict.js`
 * module reads the idf table too (6 MB, never used here) and keeps both for the life of the
 * process and of every batch worker. The words are kept as that module kept them, and shared by
 * the extractors of a process: letting the buffer go after the engine is built raised the
 * bench's peak RSS (204 MB on average over eight runs, against 199 before and 196 kept), most
 * likely because the C allocator then keeps later native allocations of that size in its heap.
 */
function engineDictionary(): Uint8Array {
  if (engineWords) return engineWords;
  let path: string;
  try {
    path = requireHere.resolve('@node-rs/jieba/dict.txt');
  } catch {
    // a release that ships the words elsewhere: its own module knows where
    return (engineWords = (requireHere('@node-rs/jieba/dict.js') as { dict: Uint8Array }).dict);
  }
  return (engineWords = readFileSync(path));
}

/** @node-rs/jieba: prebuilt, one independent instance per extractor. */
export function createRustJieba(): Segmenter {
  const jieba = Jieba.withDict(engineDictionary());
  return {
    engine: '@node-rs/jieba',
    cut: (text) => jieba.cut(text, true),
    tag: (text) => jieba.tag(text, true),
    loadDictionary: (lines) => jieba.loadDict(Buffer.from(lines, 'utf8')),
  };
}
