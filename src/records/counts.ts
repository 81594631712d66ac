import type { Extraction, SloganCount } from '../types';

/** Adds up slogan mentions over documents, one extraction at a time (the CLI streams a corpus through it). */
export class SloganCounter {
  private readonly rows = new Map<string, SloganCount>();

  add(ex: Extraction): this {
    for (const s of ex.slogans ?? []) {
      if (!s.mentions.length) continue;
      let row = this.rows.get(s.name);
      if (!row) {
        row = { name: s.name, category: s.category ?? null, count: 0, documents: 0 };
        this.rows.set(s.name, row);
      }
      row.category ??= s.category ?? null;
      row.count += s.mentions.length;
      row.documents += 1;
    }
    return this;
  }

  /** Most mentioned first; ties by the number of documents, then by name (code-point order), so the table is stable. */
  table(): SloganCount[] {
    return [...this.rows.values()]
      .map((r) => ({ ...r }))
      .sort((a, b) => b.count - a.count || b.documents - a.documents || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

/**
 * A frequency table of the slogans of one extraction or of many: `[{ name, category, count,
 * documents }]`, most mentioned first. `count` is the number of mentions, `documents` the number
 * of extractions that mention the slogan.
 */
export function sloganCounts(extractions: Extraction | readonly Extraction[]): SloganCount[] {
  const counter = new SloganCounter();
  for (const ex of Array.isArray(extractions) ? extractions : [extractions as Extraction]) if (ex && typeof ex === 'object') counter.add(ex);
  return counter.table();
}
