import type { MentionType } from '../types';
import { typeClass } from './article';
import { escapeHtml } from './escape';
import { formatNumber, type RecordIndex } from './records';

/** A table cell: plain text (escaped when written), optionally a link to a mention in the article. */
export interface Cell {
  text: string;
  href?: string;
  cls?: 'gz-num' | 'gz-rule';
  /** A colour swatch of this mention type before the text. */
  swatch?: MentionType;
}

const NONE = '—';
const plain = (v: unknown): Cell => ({ text: v == null || v === '' ? NONE : String(v) });
const num = (v: unknown): Cell => ({ text: String(v), cls: 'gz-num' });
const rule = (r: { reason?: unknown }): Cell => ({ text: typeof r.reason === 'string' ? r.reason : NONE, cls: 'gz-rule' });

export function renderTable(headers: string[], rows: Cell[][]): string {
  const head = `<thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((row) => {
      const cells = row.map((c) => {
        const swatch = c.swatch ? `<span class="gz-swatch gz-t-${typeClass(c.swatch)}"></span>` : '';
        const content = swatch + (c.href ? `<a href="${escapeHtml(c.href)}">${escapeHtml(c.text)}</a>` : escapeHtml(c.text));
        return c.cls ? `<td class="${c.cls}">${content}</td>` : `<td>${content}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

/** A collapsible block with a count: the table, or a line saying there is none. */
function block(kind: string, title: string, headers: string[], rows: Cell[][]): string {
  const content = rows.length ? renderTable(headers, rows) : `<p class="gz-none">none</p>`;
  return `<details open class="gz-table" data-table="${kind}"><summary>${escapeHtml(title)} (${rows.length})</summary>${content}</details>`;
}

/**
 * The tables under an article: officials with their positions, other persons, metrics,
 * organisations, slogans, regions and documents. `anchor(id)` is the element id of the first
 * highlighted mention of a record, when there is one.
 */
export function renderDocTables(index: RecordIndex, anchor: (recordId: string) => string | undefined): string {
  const linked = (text: string, id: string): Cell => {
    const a = anchor(id);
    return a ? { text, href: `#${a}` } : plain(text);
  };
  const positions = index.positions.map((p) => [
    p.person ? linked(index.personName(p.person), p.person) : plain(index.personName(null)),
    linked(p.former ? `原${p.title}` : p.title, p.id),
    plain(p.titleEn),
    p.organisation ? linked(index.organisationName(p.organisation), p.organisation) : plain(null),
    plain(index.regionLabel(p.region)),
    rule(p),
  ]);
  const others = index.persons
    .filter((p) => !Array.isArray(p.positions) || !p.positions.length)
    .map((p) => [linked(p.name, p.id), plain(p.role), num(Array.isArray(p.mentions) ? p.mentions.length : 0), rule(p)]);
  const metrics = index.metrics.map((q) => [
    linked(q.text, q.id), { text: formatNumber(q.value), cls: 'gz-num' } as Cell, plain(q.unit), plain(q.kind), plain(q.approx), plain(q.subject),
    plain(q.change ? `${q.change.basis} ${q.change.direction}` : null), rule(q),
  ]);
  const organisations = index.organisations.map((o) => [
    linked(o.name, o.id), plain(o.kind), plain(o.level), plain(index.regionLabel(o.region)), plain(o.parent ? index.organisationName(o.parent) : null),
    plain(Array.isArray(o.aliases) ? o.aliases.join(' / ') : null), num(Array.isArray(o.mentions) ? o.mentions.length : 0), rule(o),
  ]);
  const slogans = index.slogans.map((s) => [
    linked(s.name, s.id), plain(Array.isArray(s.expansion) ? s.expansion.join('、') : null), num(Array.isArray(s.mentions) ? s.mentions.length : 0), rule(s),
  ]);
  const regions = index.regions.map((r) => [
    linked(r.name, r.id), plain(r.code ?? (r.note ? `— (${r.note})` : null)), plain(r.level), plain(Array.isArray(r.path) ? r.path.join(' › ') : null),
    num(Array.isArray(r.mentions) ? r.mentions.length : 0), rule(r),
  ]);
  const documents = index.documents.map((d) => [linked(d.title, d.id), num(Array.isArray(d.mentions) ? d.mentions.length : 0), rule(d)]);
  return [
    block('positions', 'Officials and their positions', ['person', 'title', 'English', 'organisation', 'region', 'rule'], positions),
    block('persons', 'Other persons', ['name', 'role', 'mentions', 'rule'], others),
    block('metrics', 'Metrics', ['text', 'value', 'unit', 'kind', 'approx', 'subject', 'change', 'rule'], metrics),
    block('organisations', 'Organisations', ['canonical name', 'kind', 'level', 'region', 'parent', 'written as', 'mentions', 'rule'], organisations),
    block('slogans', 'Slogans', ['name', 'expansion', 'mentions', 'rule'], slogans),
    block('regions', 'Regions', ['canonical name', 'code', 'level', 'path', 'mentions', 'rule'], regions),
    block('documents', 'Documents', ['title', 'mentions', 'rule'], documents),
  ].join('\n');
}
