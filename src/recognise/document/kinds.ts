/** dicts/documents.json as written (schemas/dicts/documents.schema.json). */
export interface DocumentKindsFile {
  kinds: { kind: string; endings: string[] }[];
  notDocuments: string[];
  notDocumentsAfter?: string[];
  notDocumentsBefore?: string[];
  shortFormCues?: string[];
}

/** Every ending with its kind (null: not a policy document), longest first. */
export interface DocumentKinds {
  endings: { ending: string; kind: string | null }[];
  /** The same endings grouped by their last code unit, in the same order: a title is compared with a few. */
  byLast: Map<number, { ending: string; kind: string | null }[]>;
  /** Words right before 《 that name a work, not a document (电影, 纪录片, 歌曲 …). */
  notAfter: string[];
  /** Words right after 》, an ordinal aside, that name a book, an article or a periodical (卷, 一书, 一文, 杂志 …). */
  notBefore: string[];
  /** Words that introduce a document's short form right after it (以下简称), longest first. */
  shortFormCues: string[];
}

export function compileDocumentKinds(file: DocumentKindsFile): DocumentKinds {
  const endings: DocumentKinds['endings'] = [];
  for (const k of file.kinds) for (const ending of k.endings) endings.push({ ending, kind: k.kind });
  for (const ending of file.notDocuments) endings.push({ ending, kind: null });
  // the longest ending decides: 管理办法 is measures (办法), not law (法); 通报 is a notice, 日报 a newspaper
  endings.sort((a, b) => b.ending.length - a.ending.length);
  const byLast: DocumentKinds['byLast'] = new Map();
  for (const e of endings) {
    if (!e.ending) continue;
    const last = e.ending.charCodeAt(e.ending.length - 1);
    const list = byLast.get(last);
    if (list) list.push(e);
    else byLast.set(last, [e]);
  }
  return { endings, byLast, notAfter: file.notDocumentsAfter ?? [], notBefore: file.notDocumentsBefore ?? [], shortFormCues: [...(file.shortFormCues ?? [])].sort((a, b) => b.length - a.length) };
}

/** The kind of a title from its last word, a trailing （试行） or （2021—2025年） aside; null: not a policy document. */
export function documentKind(title: string, kinds: DocumentKinds): string | null {
  let bare = title.trim();
  for (let k = 0; k < 3; k++) {
    const stripped = bare.replace(/[（(][^（）()]*[)）]$/, '').trim();
    if (stripped === bare) break;
    bare = stripped;
  }
  for (const e of kinds.byLast.get(bare.charCodeAt(bare.length - 1)) ?? []) if (bare.endsWith(e.ending)) return e.kind;
  return 'other';
}
