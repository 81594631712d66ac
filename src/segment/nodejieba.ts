import { createRequire } from 'node:module';
import { OptionsError } from '../errors';
import type { Segmenter } from './index';

interface NodeJieba {
  load(options: Record<string, string>): void;
  cut(text: string, hmm: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
  insertWord(word: string, tag?: string): boolean;
}

let loaded: NodeJieba | null = null;

/**
 * nodejieba keeps one dictionary per process: every extractor using it shares the words
 * inserted by the others. It is an optional peer dependency (3.4.4 installs cleanly).
 */
export function createNodeJieba(): Segmenter {
  if (!loaded) {
    let mod: NodeJieba;
    try {
      mod = createRequire(__filename)('nodejieba') as NodeJieba;
    } catch (e) {
      throw new OptionsError(`segmenter "nodejieba" is not installed: npm install nodejieba@3.4.4 (${(e as Error).message})`);
    }
    mod.load({});
    loaded = mod;
  }
  const jieba = loaded;
  return {
    engine: 'nodejieba',
    cut: (text) => jieba.cut(text, true),
    tag: (text) => jieba.tag(text),
    loadDictionary: (lines) => {
      for (const line of lines.split('\n')) {
        const [word, , tag] = line.trim().split(/\s+/);
        if (word) jieba.insertWord(word, tag);
      }
    },
  };
}
