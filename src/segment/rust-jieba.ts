import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
// The package has no exports map, so the file must be named; createRequire works in both builds.
const { dict } = createRequire(__filename)('@node-rs/jieba/dict.js') as { dict: Uint8Array };
import type { Segmenter } from './index';

/** @node-rs/jieba: prebuilt, one independent instance per extractor. */
export function createRustJieba(): Segmenter {
  const jieba = Jieba.withDict(dict);
  return {
    engine: '@node-rs/jieba',
    cut: (text) => jieba.cut(text, true),
    tag: (text) => jieba.tag(text, true),
    loadDictionary: (lines) => jieba.loadDict(Buffer.from(lines, 'utf8')),
  };
}
