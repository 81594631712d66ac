import type { Doc, Span } from '../../doc';
import type { Resources } from '../../resources';
import { documentKind } from './kinds';

export interface DocumentData {
  title: string;
  /** From the title's last word (dicts/documents.json): law, regulation, plan, opinion, notice, scheme … or other. */
  kind: string;
}
export type DocumentSpan = Span<DocumentData>;

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
  for (let i = text.indexOf('《'); i >= 0 && i < text.length; i = text.indexOf('《', i + 1)) {
    const close = closing.get(i);
    if (close == null) continue;
    const title = text.slice(i + 1, close);
    // a span too long for a title is no title: the marks inside it are still read
    if (!title.trim() || title.length > MAX_TITLE) continue;
    const kind = documentKind(title, res.documentKinds);
    if (!kind || isWorkBefore(text, i, res.documentKinds.notAfter)) continue;
    out.push({ type: 'document', start: i + 1, end: close, text: title, reason: `document-${kind}`, data: { title, kind } });
    i = close;
  }
  return out;
}

/** 电影《…》, 纪录片《…》: a word right before the mark says a work is named, not a document. */
function isWorkBefore(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at - w.length)) return true;
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
