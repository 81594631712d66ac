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
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '《') continue;
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      if (text[j] === '《') depth++;
      else if (text[j] === '》' && --depth === 0) break;
      else if (text[j] === '\n' && j + 1 < text.length && text[j + 1] === '\n') break;
    }
    if (j >= text.length || text[j] !== '》') continue;
    const title = text.slice(i + 1, j);
    i = j;
    if (!title.trim() || title.length > 120) continue;
    const kind = documentKind(title, res);
    if (!kind) continue;
    out.push({ type: 'document', start: i - title.length, end: j, text: title, reason: `document-${kind}`, data: { title, kind } });
  }
  return out;
}

function documentKind(title: string, res: Resources): string | null {
  const bare = title.replace(/[（(][^（）()]*[)）]$/, '');
  for (const k of res.documentKinds.kinds) if (k.endings.some((e) => bare.endsWith(e))) return k.kind;
  for (const n of res.documentKinds.notDocuments) if (bare.endsWith(n)) return null;
  return 'other';
}
