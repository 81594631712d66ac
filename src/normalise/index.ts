/**
 * normalise: a working copy of the text for matching, with a map back to the original.
 * Only 1:1 replacements and deletions are made, so the map is a plain index array; the one
 * exception, an HTML entity decoded to one character, records where its source ends.
 */
import { entityAt, MarkupScanner } from './html';

export interface Normalised {
  /** The working copy every later stage matches on. */
  work: string;
  /** toOriginal[i] is the original index of work[i]; toOriginal[work.length] === original.length. */
  toOriginal: Int32Array;
  /** Working indices whose source is longer than one code unit (a decoded entity): the original end. */
  sourceEnds: Map<number, number>;
  /** Blanked HTML markup as [start, end) pairs of working indices, in order (empty for plain text). */
  markup: number[];
}

const SENTENCE_END = /[。！？；：，、”’」』）)》!?;:.,\s]/;
const HAN = /[\u3400-\u9fff]/;
const HEADING = /^\s*(#|□|■|●|\*\*)/;
/** A paragraph shorter than this is a heading, byline or caption, never a word cut in two. */
const MIN_PROSE_LINE = 40;

const UTF16 = new TextDecoder('utf-16le');
/** A Uint16Array's bytes are in the machine's order: the decoder reads them as UTF-16LE. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function fromCodes(codes: Uint16Array, length: number): string {
  let s = '';
  for (let k = 0; k < length; k += 8192) s += String.fromCharCode(...codes.subarray(k, Math.min(length, k + 8192)));
  return s;
}

function halfWidth(code: number): number {
  // Full-width digits, Latin letters, %, +, ., : and / become ASCII; Chinese punctuation is kept.
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
    return code - 0xfee0;
  if (code === 0xff05 || code === 0xff0b || code === 0xff0e || code === 0xff0f) return code - 0xfee0;
  if (code === 0x3000) return 0x20;
  return code;
}

/** 1 for the code units normalise looks at: line ends, < and &, surrogates and what halfWidth changes. */
const SPECIAL = new Uint8Array(65536);
for (const c of [0x0a, 0x0d, 0x3c, 0x26]) SPECIAL[c] = 1;
for (let c = 0xd800; c <= 0xdfff; c++) SPECIAL[c] = 1;
for (let c = 0; c < 65536; c++) if (halfWidth(c) !== c) SPECIAL[c] = 1;

/**
 * Line breaks that a page layout put inside a word ("党委主\n\n要负责人") are removed from the
 * working copy: a break between two Han characters, after a long prose paragraph that does not
 * end a sentence, is not a paragraph break.
 */
export function normalise(text: string): Normalised {
  const n = text.length;
  // the working copy and its map are written only once it differs from the text (most plain texts:
  // never; then `work` is `text` and the map the identity): until then work[i] is text[i] and w === i
  let copy: WorkingCopy | null = null;
  const sourceEnds = new Map<number, number>();
  const markupRanges: number[] = [];
  const markup = new MarkupScanner(text);
  let w = 0;
  let lineStart = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // the common case first: a character kept as it is (no line end, tag, entity, surrogate or full-width form)
    if (SPECIAL[code] === 0) {
      if (copy !== null) copy.put(w, i, code);
      w++;
      continue;
    }
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      let j = i;
      while (j < n && (text[j] === '\n' || text[j] === '\r' || text[j] === ' ' || text[j] === '\t' || text[j] === '\u3000')) j++;
      const prev = i > 0 ? text[i - 1] : '';
      const next = j < n ? text[j] : '';
      const line = text.slice(lineStart, i);
      const glued =
        HAN.test(prev) && !SENTENCE_END.test(prev) && HAN.test(next) && line.trim().length >= MIN_PROSE_LINE && !HEADING.test(line);
      if (glued) {
        copy ??= new WorkingCopy(text, w);
        i = j - 1;
        continue;
      }
      for (let k = i; k < j; k++) {
        // Windows (\r\n) and old Mac (\r) line ends read as \n: every later stage sees one style
        if (text[k] === '\r') copy ??= new WorkingCopy(text, w);
        if (text[k] === '\r' && text[k + 1] === '\n') continue;
        if (copy !== null) copy.put(w, k, text[k] === '\r' ? 0x0a : text.charCodeAt(k));
        w++;
      }
      lineStart = j;
      i = j - 1;
      continue;
    }
    if (ch === '<') {
      // a tag is blanked out (a block tag ends the line), so no mention can include it
      const tag = markup.at(i);
      if (tag) {
        copy ??= new WorkingCopy(text, w);
        markupRanges.push(w, w + tag.end - i);
        for (let k = i; k < tag.end; k++) copy.put(w++, k, k === i && tag.block ? 0x0a : 0x20);
        i = tag.end - 1;
        continue;
      }
    } else if (ch === '&') {
      const entity = entityAt(text, i);
      if (entity) {
        copy ??= new WorkingCopy(text, w);
        // each code unit of the value maps to one character of the entity; the last one owns the rest
        for (let k = 0; k < entity.value.length; k++) copy.put(w++, i + k, halfWidth(entity.value.charCodeAt(k)));
        sourceEnds.set(w - 1, entity.end);
        i = entity.end - 1;
        continue;
      }
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // a lone surrogate becomes U+FFFD (as the segmenter would see it); a pair is kept
      const pair = code <= 0xdbff ? isLow(text.charCodeAt(i + 1)) : false;
      if (pair) {
        if (copy !== null) {
          copy.put(w, i, code);
          copy.put(w + 1, i + 1, text.charCodeAt(i + 1));
        }
        w += 2;
        i++;
      } else {
        copy ??= new WorkingCopy(text, w);
        copy.put(w++, i, 0xfffd);
      }
      continue;
    }
    const half = halfWidth(code);
    if (half !== code) copy ??= new WorkingCopy(text, w);
    if (copy !== null) copy.put(w, i, half);
    w++;
  }
  if (copy === null) {
    // unchanged: the text itself, and the identity map
    const identity = new Int32Array(n + 1);
    for (let k = 0; k <= n; k++) identity[k] = k;
    return { work: text, toOriginal: identity, sourceEnds, markup: markupRanges };
  }
  return { ...copy.finish(w, n), sourceEnds, markup: markupRanges };
}

/**
 * The working copy once it differs from the text, with its map: made at the first change, with the
 * characters before it copied from the text (until then the working copy is the text, position for
 * position). A class, not a closure over the loop's variables: those would no longer be registers.
 */
class WorkingCopy {
  private readonly codes: Uint16Array;
  private readonly map: Int32Array;
  constructor(text: string, upTo: number) {
    this.codes = new Uint16Array(text.length);
    this.map = new Int32Array(text.length + 1);
    for (let k = 0; k < upTo; k++) {
      this.codes[k] = text.charCodeAt(k);
      this.map[k] = k;
    }
  }

  /** work[w] = code, from the original's position `from`. */
  put(w: number, from: number, code: number): void {
    this.codes[w] = code;
    this.map[w] = from;
  }

  /** The working copy of `w` code units and its map (map[w] = the original's length `n`). */
  finish(w: number, n: number): { work: string; toOriginal: Int32Array } {
    this.map[w] = n;
    // lone surrogates are already replaced, so the UTF-16 decoder gives back exactly these code units
    const work = LITTLE_ENDIAN ? UTF16.decode(this.codes.subarray(0, w)) : fromCodes(this.codes, w);
    return { work, toOriginal: w === n ? this.map : this.map.slice(0, w + 1) };
  }
}

/** True when [start, end) of the working copy overlaps blanked markup: such a span would show tag text. */
export function overlapsMarkup(n: Normalised, start: number, end: number): boolean {
  const m = n.markup;
  let lo = 0;
  let hi = m.length / 2;
  while (lo < hi) {
    // first range whose end is after start
    const mid = (lo + hi) >> 1;
    if (m[2 * mid + 1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < m.length / 2 && m[2 * lo] < end;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Maps a [start, end) span of the working copy to the original text. */
export function toOriginalSpan(n: Normalised, start: number, end: number): [number, number] {
  const s = n.toOriginal[start];
  const e = end > start ? (n.sourceEnds.get(end - 1) ?? n.toOriginal[end - 1] + 1) : s;
  return [s, e];
}
