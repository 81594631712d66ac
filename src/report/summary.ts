import type { MentionType } from '../types';
import { MENTION_TYPES } from './article';
import { escapeHtml } from './escape';
import type { RecordIndex } from './records';
import { renderTable, type Cell } from './tables';

export interface BarItem {
  label: string;
  value: number;
  /** Shown after the value (e.g. "in 3 articles"). */
  detail?: string;
}

/** The records list that each mention type leads to, for the counts. */
export const RECORDS_OF: Record<MentionType, 'persons' | 'positions' | 'organisations' | 'regions' | 'metrics' | 'slogans' | 'documents'> = {
  person: 'persons', title: 'positions', organisation: 'organisations', region: 'regions', metric: 'metrics', slogan: 'slogans', document: 'documents',
};

const LABEL_CHARS = 20;

/** A horizontal bar chart as inline SVG: labels (full text in a <title>), bars scaled to the largest value. */
export function barChart(title: string, items: readonly BarItem[], barClass: string): string {
  if (!items.length) return `<p class="gz-none">${escapeHtml(title)}: none</p>`;
  const row = 24;
  const top = 26;
  const labelWidth = 300;
  const barMax = 340;
  const width = 760;
  const height = top + items.length * row + 4;
  const max = Math.max(...items.map((i) => i.value), 1);
  const rows = items.map((item, k) => {
    const y = top + k * row;
    const label = [...item.label].length > LABEL_CHARS ? `${[...item.label].slice(0, LABEL_CHARS - 1).join('')}…` : item.label;
    const w = Math.max(2, Math.round((item.value / max) * barMax));
    const value = `${item.value}${item.detail ? ` · ${item.detail}` : ''}`;
    return (
      `<g class="gz-bar"><title>${escapeHtml(`${item.label}: ${value}`)}</title>` +
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(label)}</text>` +
      `<rect class="${barClass}" x="${labelWidth}" y="${y + 4}" width="${w}" height="${row - 8}" rx="3"></rect>` +
      `<text x="${labelWidth + w + 6}" y="${y + 16}">${escapeHtml(value)}</text></g>`
    );
  });
  return (
    `<svg class="gz-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">` +
    `<text x="0" y="16" font-weight="600" font-size="14">${escapeHtml(title)}</text>${rows.join('')}</svg>`
  );
}

/** The most frequent names over all documents: mentions counted, ties by the number of documents, then name. */
export function topByMentions(docs: readonly RecordIndex[], pick: (d: RecordIndex) => { name: string; mentions: unknown }[], limit = 10): BarItem[] {
  const totals = new Map<string, { mentions: number; docs: number }>();
  for (const d of docs) {
    const seen = new Set<string>();
    for (const r of pick(d)) {
      const n = Array.isArray(r.mentions) ? r.mentions.length : 0;
      if (!n || typeof r.name !== 'string') continue;
      const t = totals.get(r.name) ?? { mentions: 0, docs: 0 };
      t.mentions += n;
      if (!seen.has(r.name)) t.docs++;
      seen.add(r.name);
      totals.set(r.name, t);
    }
  }
  return [...totals.entries()]
    .sort((a, b) => b[1].mentions - a[1].mentions || b[1].docs - a[1].docs || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([label, t]) => ({ label, value: t.mentions, detail: `in ${t.docs} article${t.docs === 1 ? '' : 's'}` }));
}

export interface SummaryDoc {
  key: string;
  label: string;
  chars: number;
  index: RecordIndex;
  skipped: number;
}

/** The page a folder of articles opens on: counts per type, the top organisations and slogans, and the articles. */
export function renderSummary(docs: readonly SummaryDoc[], failures: readonly { docId: string; message: string }[]): string {
  const indexes = docs.map((d) => d.index);
  const countRows: Cell[][] = MENTION_TYPES.map((type) => {
    let mentions = 0;
    let records = 0;
    const forms = new Set<string>();
    for (const ix of indexes) {
      for (const m of ix.mentions) if (m?.type === type) (mentions++, forms.add(String(m.text)));
      records += ix[RECORDS_OF[type]].length;
    }
    return [
      { text: type, swatch: type }, { text: String(mentions), cls: 'gz-num' }, { text: String(forms.size), cls: 'gz-num' },
      { text: `${records} ${RECORDS_OF[type]}`, cls: 'gz-num' },
    ];
  });
  const counts = renderTable(['type', 'mentions', 'distinct forms', 'records'], countRows);
  const articleRows: Cell[][] = docs.map((d, k) => {
    const byType = MENTION_TYPES.map((t) => ({ text: String(d.index.mentions.filter((m) => m?.type === t).length), cls: 'gz-num' }) as Cell);
    return [{ text: String(k + 1), cls: 'gz-num' }, { text: d.label, href: `#${d.key}` }, { text: String(d.chars), cls: 'gz-num' }, ...byType,
      { text: String(d.skipped), cls: 'gz-num' }];
  });
  const articles = renderTable(['#', 'article', 'characters', ...MENTION_TYPES, 'not highlighted'], articleRows);
  const failed = failures.length
    ? `<h3>Not extracted (${failures.length})</h3><ul class="gz-failed">${failures.map((f) => `<li>${escapeHtml(f.docId)}: ${escapeHtml(f.message)}</li>`).join('')}</ul>`
    : '';
  return [
    `<section class="gz-summary" id="summary">`,
    `<h2>Summary: ${docs.length} article${docs.length === 1 ? '' : 's'}</h2>`,
    `<h3>Counts per type</h3>${counts}`,
    `<div class="gz-charts">`,
    barChart('Most frequent organisations (mentions)', topByMentions(indexes, (d) => d.organisations), 'gz-bar-org'),
    barChart('Most frequent slogans (mentions)', topByMentions(indexes, (d) => d.slogans), 'gz-bar-slogan'),
    `</div>`,
    `<h3>Articles</h3>${articles}`,
    failed,
    `</section>`,
  ].join('\n');
}
