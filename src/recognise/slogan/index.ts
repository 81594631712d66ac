import type { Doc, Span } from '../../doc';
import type { Resources } from '../../resources';
import { Trie } from '../../resources/trie';

export interface SloganData {
  name: string;
  expansion: string[];
  category: string | null;
  quoted: boolean;
}
export type SloganSpan = Span<SloganData>;

const QUOTES: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '"': '"' };
const SENTENCE = /[，。！？；：,!?;:\n]/;

/**
 * Slogans: the lexicon's formulations wherever they occur; quoted terms that are numbered,
 * enumerated, or named as a campaign, mechanism or brand by the words around them; then the
 * unquoted recurrences of those quoted terms in the same document.
 */
export function recogniseSlogans(doc: Doc, res: Resources): SloganSpan[] {
  const text = doc.work;
  const out: SloganSpan[] = [];
  const found = new Map<string, SloganData>();
  // 1. quoted terms
  for (let i = 0; i < text.length; i++) {
    const close = QUOTES[text[i]];
    if (!close) continue;
    // only a term of at most maxLength can be a slogan: look no further (an unclosed quote must not scan the rest)
    const k = text.slice(i + 1, i + 2 + res.sloganCues.maxLength).indexOf(close);
    if (k < 0) continue;
    const j = i + 1 + k;
    const inner = text.slice(i + 1, j);
    const verdict = classifyQuoted(text, i, j, inner, res);
    if (verdict) {
      const known = res.slogans.get(inner);
      const data: SloganData = { name: inner, expansion: known?.expansion ?? expansionAfter(text, j + 1), category: known?.category ?? null, quoted: true };
      if (!data.expansion.length) data.expansion = expansionAfter(text, j + 1);
      const prev = found.get(inner);
      if (!prev || (!prev.expansion.length && data.expansion.length)) found.set(inner, data);
      out.push({ type: 'slogan', start: i + 1, end: j, text: inner, reason: verdict, data });
    }
    i = j;
  }
  // 2. the lexicon and the recurrences of quoted slogans
  const recurrences = new Trie<SloganData>();
  for (const d of found.values()) if (d.name.length >= 2) recurrences.add(d.name, d);
  const taken = new Set(out.map((s) => s.start));
  for (let i = 0; i < text.length; i++) {
    if (taken.has(i)) continue;
    const lex = res.sloganTrie.longestAt(text, i);
    const rec = recurrences.longestAt(text, i);
    const m = lex && (!rec || lex.end >= rec.end) ? lex : rec;
    if (!m) continue;
    const name = text.slice(i, m.end);
    const data = found.get(name) ?? (lex === m ? { name, expansion: lex.values[0].expansion, category: lex.values[0].category, quoted: false } : m.values[0] as SloganData);
    out.push({ type: 'slogan', start: i, end: m.end, text: name, reason: lex === m ? 'slogan-lexicon' : 'quoted-recurrence', data });
    i = m.end - 1;
  }
  return out;
}

function classifyQuoted(text: string, open: number, close: number, inner: string, res: Resources): string | null {
  if (res.slogans.has(inner)) return 'slogan-lexicon-quoted';
  if (inner.length < 2 || SENTENCE.test(inner) || res.sloganCues.notSlogans.has(inner)) return null;
  if (/[的了吗呢吧啊]$/.test(inner)) return null;
  if (res.sloganCues.numeral.test(inner)) return 'quoted-numbered';
  if (inner.includes('、') && inner.split('、').every((p) => p.length >= 1 && p.length <= 10)) return 'quoted-enumeration';
  const after = text.slice(close + 1, close + 7);
  if (res.sloganCues.after.some((w) => after.startsWith(w))) return 'quoted+cue-after';
  if (text[close + 1] && QUOTES[text[close + 1]] && inner.length >= 3) return 'quoted-series';
  if (open > 0 && text[open - 1] === '”' && inner.length >= 3) return 'quoted-series';
  const before = text.slice(Math.max(0, open - 5), open);
  if (inner.length >= 3 && res.sloganCues.before.some((w) => before.endsWith(w))) return 'quoted+cue-before';
  return null;
}

/** “1543”（即一个意见、五项制度、四合审查、三会两评）: the parts an appositive spells out. */
function expansionAfter(text: string, pos: number): string[] {
  // the appositive may follow the slogan's head noun: “四个X”工作法（即…）
  const m = /^[\u3400-\u9fff]{0,4}[（(]即?([^（）()]{2,80})[)）]/.exec(text.slice(pos, pos + 95));
  if (!m || !/[、和及]/.test(m[1])) return [];
  return m[1].split(/、|和|及/).map((p) => p.trim()).filter(Boolean);
}
