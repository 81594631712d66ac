import { InputError, OptionsError } from '../errors';
import type { Extraction } from '../types';
import { sloganCounts } from './counts';

/** Per-document tables, and `slogan-counts`: one row per slogan over all the documents given. */
export const TABLES = ['positions', 'persons', 'organisations', 'regions', 'metrics', 'slogans', 'documents', 'mentions', 'slogan-counts'] as const;
export type TableName = (typeof TABLES)[number];

type Row = Record<string, string | number | null>;

function cell(v: string | number | null | undefined): string {
  if (v == null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of one table for a set of extractions, ids resolved to names, for spreadsheets and pandas. */
export function tableRows(extractions: Extraction[], table: TableName): Row[] {
  if (!TABLES.includes(table)) throw new OptionsError(`unknown table "${String(table)}" (known: ${TABLES.join(', ')})`);
  if (!Array.isArray(extractions)) throw new InputError('toCsv() takes an array of extractions');
  if (table === 'slogan-counts') return sloganCounts(extractions).map((r) => ({ ...r }));
  const rows: Row[] = [];
  for (const ex of extractions) {
    const name = <T extends { id: string }>(list: T[], id: string | null, field: keyof T) =>
      id == null ? null : ((list.find((x) => x.id === id)?.[field] as unknown as string) ?? null);
    const doc = ex.docId;
    switch (table) {
      case 'positions':
        for (const p of ex.positions)
          rows.push({ doc, person: name(ex.persons, p.person, 'name'), title: p.title, title_en: p.titleEn, organisation: name(ex.organisations, p.organisation, 'name'),
            region: name(ex.regions, p.region, 'name'), region_code: name(ex.regions, p.region, 'code'), country: p.country, country_code: p.countryCode, former: p.former ? 'true' : 'false', text: p.text, start: p.start, end: p.end });
        break;
      case 'persons':
        for (const p of ex.persons) rows.push({ doc, id: p.id, name: p.name, role: p.role, positions: p.positions.length, mentions: p.mentions.length });
        break;
      case 'organisations':
        for (const o of ex.organisations)
          rows.push({ doc, id: o.id, name: o.name, kind: o.kind, level: o.level, region: name(ex.regions, o.region, 'name'), region_code: name(ex.regions, o.region, 'code'),
            parent: name(ex.organisations, o.parent, 'name'), aliases: o.aliases.join('|'), mentions: o.mentions.length });
        break;
      case 'regions':
        for (const r of ex.regions) rows.push({ doc, id: r.id, name: r.name, code: r.code, level: r.level, path: r.path.join('/'), mentions: r.mentions.length });
        break;
      case 'metrics':
        for (const q of ex.metrics)
          rows.push({ doc, text: q.text, value: q.value, unit: q.unit, kind: q.kind, approx: q.approx, subject: q.subject,
            change_basis: q.change?.basis ?? null, change_direction: q.change?.direction ?? null, period: q.period ?? null, upper: q.upper ?? null,
            region: name(ex.regions, q.region ?? null, 'name'), region_code: name(ex.regions, q.region ?? null, 'code'),
            organisation: name(ex.organisations, q.organisation ?? null, 'name'), note: q.note ?? null, start: q.start, end: q.end });
        break;
      case 'slogans':
        for (const s of ex.slogans)
          rows.push({ doc, id: s.id, name: s.name, category: s.category ?? null, expansion: s.expansion.join('|'), mentions: s.mentions.length });
        break;
      case 'documents':
        for (const d of ex.documents) rows.push({ doc, id: d.id, title: d.title, kind: d.kind ?? null, aliases: (d.aliases ?? []).join('|'), mentions: d.mentions.length });
        break;
      case 'mentions':
        for (const m of ex.mentions) rows.push({ doc, id: m.id, type: m.type, text: m.text, start: m.start, end: m.end, ref: m.ref });
        break;
      default:
        break;
    }
  }
  return rows;
}

const HEADERS: Record<TableName, string[]> = {
  positions: ['doc', 'person', 'title', 'title_en', 'organisation', 'region', 'region_code', 'country', 'country_code', 'former', 'text', 'start', 'end'],
  persons: ['doc', 'id', 'name', 'role', 'positions', 'mentions'],
  organisations: ['doc', 'id', 'name', 'kind', 'level', 'region', 'region_code', 'parent', 'aliases', 'mentions'],
  regions: ['doc', 'id', 'name', 'code', 'level', 'path', 'mentions'],
  metrics: ['doc', 'text', 'value', 'unit', 'kind', 'approx', 'subject', 'change_basis', 'change_direction', 'period', 'upper', 'region', 'region_code',
    'organisation', 'note', 'start', 'end'],
  slogans: ['doc', 'id', 'name', 'category', 'expansion', 'mentions'],
  documents: ['doc', 'id', 'title', 'kind', 'aliases', 'mentions'],
  mentions: ['doc', 'id', 'type', 'text', 'start', 'end', 'ref'],
  'slogan-counts': ['name', 'category', 'count', 'documents'],
};

/** One CSV table (RFC 4180, header first) of the given extractions. */
export function toCsv(extractions: Extraction[], table: TableName, header = true): string {
  return rowsToCsv(tableRows(extractions, table), table, header);
}

/** Rows already built (tableRows, or a SloganCounter's table) as CSV with the table's columns. */
export function rowsToCsv(rows: Row[], table: TableName, header = true): string {
  const cols = HEADERS[table];
  const lines = header ? [cols.join(',')] : [];
  for (const r of rows) lines.push(cols.map((c) => cell(r[c])).join(','));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
