/** dicts/documents.json as written (schemas/dicts/documents.schema.json). */
export interface DocumentKindsFile {
  kinds: { kind: string; endings: string[] }[];
  notDocuments: string[];
}

/** Every ending with its kind (null: not a policy document), longest first. */
export interface DocumentKinds {
  endings: { ending: string; kind: string | null }[];
}

export function compileDocumentKinds(file: DocumentKindsFile): DocumentKinds {
  const endings: DocumentKinds['endings'] = [];
  for (const k of file.kinds) for (const ending of k.endings) endings.push({ ending, kind: k.kind });
  for (const ending of file.notDocuments) endings.push({ ending, kind: null });
  // the longest ending decides: 管理办法 is measures (办法), not law (法); 通报 is a notice, 日报 a newspaper
  endings.sort((a, b) => b.ending.length - a.ending.length);
  return { endings };
}

/** The kind of a title from its last word, a trailing （试行） or （2021—2025年） aside; null: not a policy document. */
export function documentKind(title: string, kinds: DocumentKinds): string | null {
  let bare = title.trim();
  for (let k = 0; k < 3; k++) {
    const stripped = bare.replace(/[（(][^（）()]*[)）]$/, '').trim();
    if (stripped === bare) break;
    bare = stripped;
  }
  for (const e of kinds.endings) if (bare.endsWith(e.ending)) return e.kind;
  return 'other';
}
