import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OptionsError } from '../errors';
import type { Segmenter } from './index';

interface NodeJieba {
  DEFAULT_USER_DICT: string;
  load(options: Record<string, string>): void;
  cut(text: string, hmm: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
}

let loaded: NodeJieba | null = null;
/** Every `word freq tag` line loaded so far: nodejieba has one dictionary per process. */
const userLines: string[] = [];
const seen = new Set<string>();

/**
 * nodejieba keeps one dictionary per process: every extractor using it shares the words
 * loaded by the others. It is an optional peer dependency (3.4.4 installs cleanly).
 *
 * Its `insertWord(word, tag)` gives every word cppjieba's median weight, whatever its
 * frequency, and so re-weights words the base dictionary already has (蒙古 then beats
 * 内蒙古 in 在内蒙古). Only cppjieba's user-dictionary *file* honours `word freq tag`, so
 * the lines are written to a temporary file and the dictionary is reloaded with it: the
 * same frequencies as @node-rs/jieba gets, hence the same segmentation.
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
      let added = false;
      for (const raw of lines.split('\n')) {
        const parts = raw.trim().split(/\s+/);
        if (!parts[0]) continue;
        // cppjieba reads 1, 2 or 3 space-separated columns; a frequency must be a positive integer
        const line = parts.length >= 3 && /^\d+$/.test(parts[1]) && Number(parts[1]) > 0
          ? `${parts[0]} ${parts[1]} ${parts[2]}`
          : parts.length >= 2 && !/^\d+$/.test(parts[1]) ? `${parts[0]} ${parts[1]}` : parts[0];
        if (seen.has(line)) continue;
        seen.add(line);
        userLines.push(line);
        added = true;
      }
      if (added) reload(jieba);
    },
  };
}

function reload(jieba: NodeJieba): void {
  const dir = mkdtempSync(join(tmpdir(), 'guanzhi-nodejieba-'));
  const file = join(dir, 'user.dict.utf8');
  try {
    writeFileSync(file, userLines.join('\n') + '\n');
    jieba.load({ userDict: `${jieba.DEFAULT_USER_DICT}|${file}` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
