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
  for (let i = text.indexOf('《'); i >= 0 && i < text.length; i = text.indexOf('《', i + 1)) {
    const close = closingMark(text, i);
    if (close < 0) continue;
    const title = text.slice(i + 1, close);
    const kind = title.trim() && title.length <= MAX_TITLE ? documentKind(title, res.documentKinds) : null;
    if (!kind) continue;
    out.push({ type: 'document', start: i + 1, end: close, text: title, reason: `document-${kind}`, data: { title, kind } });
    i = close;
  }
  return out;
}

/** The 》 that closes the 《 at `open` (nested 《》 counted), or -1; a blank line ends the search. */
function closingMark(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    const c = text[j];
    if (c === '《') depth++;
    else if (c === '》' && --depth === 0) return j;
    else if ((c === '\n' && text[j + 1] === '\n') || j - open > MAX_TITLE * 2) return -1;
  }
  return -1;
}
