import type { Doc, Span } from '../../doc';
import type { Resources } from '../../resources';

export interface DocumentData {
  title: string;
  kind: string;
}
export type DocumentSpan = Span<DocumentData>;

/**
 * Titles in 《》 (an inner 〈〉 or nested 《》 stays part of the title). Newspapers, books and
 * works named in 《》 are not policy documents: the kind comes from the title's last word.
 */
export function recogniseDocuments(doc: Doc, res: Resources): DocumentSpan[] {
  const text = doc.work;
  const out: DocumentSpan[] = [];
  const closing = matchTitleMarks(text);
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '《') continue;
    const j = closing.get(i);
    if (j == null) continue;
    const title = text.slice(i + 1, j);
    i = j;
    if (!title.trim() || title.length > 120) continue;
    const kind = documentKind(title, res);
    if (!kind) continue;
    out.push({ type: 'document', start: i - title.length, end: j, text: title, reason: `document-${kind}`, data: { title, kind } });
  }
  return out;
}

/**
 * The 》 that closes each 《 (nested pairs count; a blank line ends an unclosed title), in one
 * pass with a stack: a text full of unclosed 《 must not be scanned once per mark.
 */
export function matchTitleMarks(text: string): Map<number, number> {
  const closing = new Map<number, number>();
  const open: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const c = text[j];
    if (c === '《') open.push(j);
    else if (c === '》') {
      const i = open.pop();
      if (i != null) closing.set(i, j);
    } else if (c === '\n' && text[j + 1] === '\n') open.length = 0;
  }
  return closing;
}

function documentKind(title: string, res: Resources): string | null {
  const bare = title.replace(/[（(][^（）()]*[)）]$/, '');
  for (const k of res.documentKinds.kinds) if (k.endings.some((e) => bare.endsWith(e))) return k.kind;
  for (const n of res.documentKinds.notDocuments) if (bare.endsWith(n)) return null;
  return 'other';
}
