import type {
  DocumentRecord, Extraction, Mention, MentionType, MetricRecord, OrganisationRecord, PersonRecord, PositionRecord, RegionRecord, SloganRecord,
} from '../types';
import { typeClass } from './article';

/** A label and its value, as the report shows a record's fields (plain text: escaped where it is written). */
export type Field = [label: string, value: string];

/** What hovering or clicking a mention shows: the mention, its rule, and the record behind it. */
export interface Card {
  type: string;
  /** The type as a class suffix (gz-t-…): one of the mention types, or `other`. */
  cls: MentionType | 'other';
  text: string;
  /** UTF-16 offsets, as `start–end`. */
  span: string;
  rule: string;
  record: { id: string; kind: string; fields: Field[] } | null;
}

const NONE = '—';
const NO_RULE = '— (extract with explain: true)';

/** 35180000 → 35,180,000; 66917.65 → 66,917.65. */
export function formatNumber(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return NONE;
  const [int, frac] = String(value).split('.');
  if (/e/i.test(int)) return String(value);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

const text = (v: unknown): string => (v == null || v === '' ? NONE : String(v));
const list = (v: unknown, sep: string): string => (Array.isArray(v) && v.length ? v.map(String).join(sep) : NONE);
const count = (v: unknown): string => String(Array.isArray(v) ? v.length : 0);
const asArray = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** Records of one extraction by id, and the names a table or a card shows for a reference. */
export class RecordIndex {
  readonly persons: PersonRecord[];
  readonly positions: PositionRecord[];
  readonly organisations: OrganisationRecord[];
  readonly regions: RegionRecord[];
  readonly metrics: MetricRecord[];
  readonly slogans: SloganRecord[];
  readonly documents: DocumentRecord[];
  readonly mentions: Mention[];
  private readonly byId = new Map<string, { kind: string; record: unknown }>();

  constructor(ex: Extraction) {
    this.mentions = asArray<Mention>(ex.mentions);
    this.persons = asArray<PersonRecord>(ex.persons);
    this.positions = asArray<PositionRecord>(ex.positions);
    this.organisations = asArray<OrganisationRecord>(ex.organisations);
    this.regions = asArray<RegionRecord>(ex.regions);
    this.metrics = asArray<MetricRecord>(ex.metrics);
    this.slogans = asArray<SloganRecord>(ex.slogans);
    this.documents = asArray<DocumentRecord>(ex.documents);
    const lists: [string, { id: string }[]][] = [
      ['person', this.persons], ['position', this.positions], ['organisation', this.organisations], ['region', this.regions],
      ['metric', this.metrics], ['slogan', this.slogans], ['document', this.documents],
    ];
    for (const [kind, records] of lists)
      for (const record of records) if (record && typeof record.id === 'string' && !this.byId.has(record.id)) this.byId.set(record.id, { kind, record });
  }

  get(id: string | null | undefined): { kind: string; record: unknown } | null {
    return id == null ? null : this.byId.get(id) ?? null;
  }

  personName(id: string | null): string {
    if (id == null) return '(no named holder)';
    return this.persons.find((p) => p.id === id)?.name ?? `? (${id})`;
  }

  organisationName(id: string | null): string {
    if (id == null) return NONE;
    return this.organisations.find((o) => o.id === id)?.name ?? `? (${id})`;
  }

  /** 天津市 (120000) */
  regionLabel(id: string | null): string {
    if (id == null) return NONE;
    const r = this.regions.find((x) => x.id === id);
    if (!r) return `? (${id})`;
    return r.code ? `${r.name} (${r.code})` : r.name;
  }

  /** 常委 @ 中共天津市委员会 */
  positionLabel(p: PositionRecord): string {
    return p.organisation ? `${p.title} @ ${this.organisationName(p.organisation)}` : p.title;
  }

  /** The fields a card shows for a record, with its rule last. */
  fields(kind: string, record: unknown): Field[] {
    const rule: Field = ['rule', typeof (record as { reason?: unknown }).reason === 'string' ? (record as { reason: string }).reason : NO_RULE];
    switch (kind) {
      case 'person': {
        const p = record as PersonRecord;
        const posts = asArray<string>(p.positions).map((id) => this.positions.find((x) => x.id === id)).filter((x): x is PositionRecord => !!x);
        return [['name', text(p.name)], ['role', text(p.role)], ['positions', list(posts.map((x) => this.positionLabel(x)), '; ')], ['mentions', count(p.mentions)], rule];
      }
      case 'position': {
        const p = record as PositionRecord;
        return [
          ['holder', this.personName(p.person)], ['title', p.titleEn ? `${text(p.title)} (${p.titleEn})` : text(p.title)],
          ['held', p.former ? 'former (原)' : 'current'],
          ['organisation', this.organisationName(p.organisation)], ['region', this.regionLabel(p.region)],
          ['country', typeof p.country === 'string' ? `${text(p.country)}${typeof p.countryCode === 'string' ? ` (${text(p.countryCode)})` : ''}` : NONE],
          ['written', text(p.text)], rule,
        ];
      }
      case 'organisation': {
        const o = record as OrganisationRecord;
        return [
          ['canonical name', text(o.name)], ['kind', text(o.kind)], ['level', text(o.level)], ['region', this.regionLabel(o.region)],
          ['parent', this.organisationName(o.parent)], ['written as', list(o.aliases, ' / ')], ['mentions', count(o.mentions)], rule,
        ];
      }
      case 'region': {
        const r = record as RegionRecord;
        const out: Field[] = [['canonical name', text(r.name)], ['code', r.code ? r.code : `${NONE} (no code)`], ['level', text(r.level)], ['path', list(r.path, ' › ')]];
        if (r.note) out.push(['note', r.note]);
        return [...out, ['mentions', count(r.mentions)], rule];
      }
      case 'metric': {
        const q = record as MetricRecord & { period?: string };
        const out: Field[] = [
          ['value', formatNumber(q.value)], ['unit', text(q.unit)], ['kind', text(q.kind)], ['approx', text(q.approx)], ['subject', text(q.subject)],
          ['change', q.change ? `${q.change.basis} ${q.change.direction}` : NONE],
        ];
        if (q.period) out.push(['period', q.period]);
        if (q.note) out.push(['note', q.note]);
        return [...out, rule];
      }
      case 'slogan': {
        const s = record as SloganRecord;
        return [['name', text(s.name)], ['expansion', list(s.expansion, '、')], ['mentions', count(s.mentions)], rule];
      }
      case 'document': {
        const d = record as DocumentRecord;
        return [['title', text(d.title)], ['mentions', count(d.mentions)], rule];
      }
      default:
        return [rule];
    }
  }

  card(m: Mention): Card {
    const found = this.get(m.ref);
    return {
      type: String(m.type),
      cls: typeClass(m.type),
      text: String(m.text),
      span: `${m.start}–${m.end}`,
      rule: typeof m.reason === 'string' ? m.reason : NO_RULE,
      record: found ? { id: String(m.ref), kind: found.kind, fields: this.fields(found.kind, found.record) } : null,
    };
  }
}
