import { newSpan, type Doc, type Span } from '../../doc';
import type { Resources } from '../../resources';
import { documentKind } from './kinds';

export interface DocumentData {
  title: string;
  /** From the title's last word (dicts/documents.json): law, regulation, plan, opinion, notice, scheme … or other. */
  kind: string;
  /** The full title of the document this title is the short form of (《…实施意见》（以下简称《实施意见》）). */
  shortFor?: string;
}
export type DocumentSpan = Span<DocumentData>;

/** A document span's data, made by a constructor (see SpanObject in doc.ts). */
class DocumentMatchData implements DocumentData {
  declare shortFor?: string;
  constructor(
    public title: string,
    public kind: string,
  ) {}
}

const MAX_TITLE = 120;

/**
 * Titles in 《》, as written: an inner 〈〉 (or a nested 《》) and a year range stay part of the
 * title. Newspapers, books and works named in 《》 are not policy documents: the kind comes from
 * the title's last word, and some last words (日报, 杂志, 手册 …) say it is no document.
 */
export function recogniseDocuments(doc: Doc, res: Resources): DocumentSpan[] {
  const text = doc.work;
  const out: DocumentSpan[] = [];
  const closing = matchTitleMarks(text);
  // the short forms the text has introduced, to the full document (its span's data)
  const shortForms = new Map<string, DocumentData>();
  for (let i = text.indexOf('《'); i >= 0 && i < text.length; i = text.indexOf('《', i + 1)) {
    const close = closing.get(i);
    if (close == null) continue;
    const title = text.slice(i + 1, close);
    // a span too long for a title is no title: the marks inside it are still read
    if (!title.trim() || title.length > MAX_TITLE) continue;
    const full = shortFormOf(text, i, out.length ? out[out.length - 1] : null, res.documentKinds.shortFormCues) ?? shortForms.get(title);
    if (full) {
      shortForms.set(title, full);
      const data = new DocumentMatchData(title, full.kind);
      data.shortFor = full.title;
      out.push(newSpan('document', i + 1, close, title, 'document-short-form', data));
      i = close;
      continue;
    }
    const kind = documentKind(title, res.documentKinds);
    if (!kind || isWorkBefore(text, i, res.documentKinds.notAfter) || isWorkAfter(text, close + 1, res.documentKinds.notBefore)) continue;
    out.push(newSpan('document', i + 1, close, title, `document-${kind}`, new DocumentMatchData(title, kind)));
    i = close;
  }
  return out;
}

/**
 * The full document whose short form the title opened at `open` introduces: right after that
 * document's 》, a bracket or comma, a cue (以下简称, 下称) and the 《 (《关于…的实施意见》（以下简称《实施意见》）).
 */
function shortFormOf(text: string, open: number, prev: DocumentSpan | null, cues: readonly string[]): DocumentData | null {
  if (!prev) return null;
  // prev.end is its 》; one character (（ ( ， ,) between it and the cue
  const between = prev.end + 1;
  const c = text.charCodeAt(between);
  if (c !== 0xff08 && c !== 0x28 && c !== 0xff0c && c !== 0x2c) return null;
  for (const cue of cues) if (open - cue.length === between + 1 && text.startsWith(cue, between + 1)) return prev.data.shortFor ? { title: prev.data.shortFor, kind: prev.data.kind } : prev.data;
  return null;
}

/** 电影《…》, 纪录片《…》: a word right before the mark says a work is named, not a document. */
function isWorkBefore(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at - w.length)) return true;
  return false;
}

/** An ordinal right after 》 (第四 of 第四卷). */
const ORDINAL = /第[一二三四五六七八九十百千〇零两\d]+/y;

/** 《…》第四卷, 《…》一书: a word right after the mark (an ordinal aside) says a book or an article is named, not a document. */
function isWorkAfter(text: string, at: number, words: readonly string[]): boolean {
  ORDINAL.lastIndex = at;
  const from = ORDINAL.test(text) ? ORDINAL.lastIndex : at;
  for (const w of words) if (text.startsWith(w, from)) return true;
  return false;
}

/**
 * The 》 that closes each 《 (nested pairs count; a blank line ends an unclosed title), in one
 * pass with a stack: a text full of unclosed 《 must not be scanned once per mark. The pass
 * visits only the marks and blank lines (one regex scan), not every character.
 */
const TITLE_EVENT = /[《》]|\n(?=\n)/g;
export function matchTitleMarks(text: string): Map<number, number> {
  const closing = new Map<number, number>();
  const open: number[] = [];
  TITLE_EVENT.lastIndex = 0;
  // test(), not exec(): every event is one character, so it ends at lastIndex; no match array
  // and string made per mark
  while (TITLE_EVENT.test(text)) {
    const j = TITLE_EVENT.lastIndex - 1;
    const c = text.charCodeAt(j);
    if (c === 0x300a) open.push(j);
    else if (c === 0x300b) {
      const i = open.pop();
      if (i != null) closing.set(i, j);
    } else open.length = 0;
  }
  return closing;
}
