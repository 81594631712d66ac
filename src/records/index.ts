import type { Doc } from '../doc';
import type { Linked } from '../link';
import type { PersonSpan } from '../recognise/person';
import { placeMetrics } from './metric-place';
import type {
  DocumentRecord, Extraction, Mention, MetricRecord, OrganisationRecord, PersonRecord, PersonRole, PositionRecord, RegionRecord, SloganRecord,
} from '../types';

export interface RecordOptions {
  docId: string | null;
  explain: boolean;
}

/** Ids, original offsets and the Extraction object (schemas/extraction.schema.json). */
export function buildExtraction(doc: Doc, linked: Linked, options: RecordOptions): Extraction {
  const explain = options.explain;
  const why = <T extends object>(record: T, reason: string): T => (explain ? { ...record, reason } : record);
  const span = (start: number, end: number) => {
    const [s, e] = doc.toOriginal(start, end);
    return { start: s, end: e, text: doc.original.slice(s, e) };
  };

  // regions
  const regionId = new Map<string, string>();
  const regions: RegionRecord[] = linked.regions.map(({ region, reason }, k) => {
    const id = `r${k + 1}`;
    regionId.set(region.key, id);
    const rec: RegionRecord = { id, name: region.name, code: region.code, level: region.level, path: region.path, mentions: [] };
    if (region.note) rec.note = region.note;
    return why(rec, reason);
  });
  // organisations
  const orgId = new Map<string, string>();
  linked.organisations.forEach((o, k) => orgId.set(o.key, `o${k + 1}`));
  const organisations: OrganisationRecord[] = linked.organisations.map((o) =>
    why(
      {
        id: orgId.get(o.key)!, name: o.name, kind: o.kind, level: o.level, region: o.region ? regionId.get(o.region.key) ?? null : null,
        parent: o.parentName ? orgId.get(o.parentName) ?? null : null, aliases: [...new Set(o.spans.map((s) => span(s.start, s.end).text))], mentions: [],
      },
      o.reason,
    ),
  );
  // persons: one record per name
  const personByName = new Map<string, PersonRecord>();
  const roleOf = new Map<string, PersonRole | null>();
  for (const p of linked.persons) {
    if (!personByName.has(p.text)) {
      personByName.set(p.text, why({ id: `p${personByName.size + 1}`, name: p.text, role: 'other' as PersonRole, positions: [], mentions: [] }, p.reason));
    }
    if (p.data.role && !roleOf.get(p.text)) roleOf.set(p.text, p.data.role);
  }
  const positions: PositionRecord[] = linked.positions.map((pos, k) => {
    const id = `j${k + 1}`;
    const person = pos.person ? personByName.get(pos.person.text) ?? null : null;
    if (person) person.positions.push(id);
    const at = span(pos.start, pos.end);
    return why(
      {
        id, person: person?.id ?? null, title: pos.title.text, titleEn: pos.title.data.en ?? null,
        organisation: pos.organisation ? orgId.get(pos.organisation.key) ?? null : null,
        region: pos.organisation?.region ? regionId.get(pos.organisation.region.key) ?? null : null,
        text: at.text, start: at.start, end: at.end,
      },
      pos.reason,
    );
  });
  for (const p of personByName.values()) p.role = p.positions.length ? 'official' : roleOf.get(p.name) ?? 'other';
  // metrics
  const metricId = new Map<object, string>();
  const metrics: MetricRecord[] = linked.metrics.map((m, k) => {
    const id = `q${k + 1}`;
    metricId.set(m, id);
    const at = span(m.start, m.end);
    const rec: MetricRecord = {
      id, text: at.text, value: m.value, unit: m.unit, kind: m.kind, approx: m.approx, subject: m.subject, change: m.change,
      start: at.start, end: at.end,
    };
    if (m.period) rec.period = m.period;
    if (m.upper !== undefined) rec.upper = m.upper;
    if (m.note) rec.note = m.note;
    return why(rec, m.reason);
  });
  // slogans and documents: one record per name
  const slogans = new Map<string, SloganRecord>();
  for (const s of linked.slogans)
    if (!slogans.has(s.data.name))
      slogans.set(s.data.name, why({ id: `s${slogans.size + 1}`, name: s.data.name, category: s.data.category, expansion: s.data.expansion, mentions: [] }, s.reason));
  const documents = new Map<string, DocumentRecord>();
  for (const d of linked.documents)
    if (!documents.has(d.data.title))
      documents.set(d.data.title, why({ id: `d${documents.size + 1}`, title: span(d.start, d.end).text, kind: d.data.kind, mentions: [] }, d.reason));

  // mentions, in text order (lookups by key and by title end: no scan of a list per mention)
  const regionByKey = new Map(linked.regions.map((e, k) => [e.region.key, regions[k]]));
  const orgByKey = new Map(linked.organisations.map((o, k) => [o.key, organisations[k]]));
  // the positions ending at an offset, in order (a title mention takes the first with its title; no key string made)
  const positionsByEnd = new Map<number, PositionRecord[]>();
  for (const p of positions) {
    const list = positionsByEnd.get(p.end);
    if (list) list.push(p);
    else positionsByEnd.set(p.end, [p]);
  }
  const mentions: Mention[] = [];
  // the linker hands them in text order already; sorted (stably) only if not
  const sorted = isSortedByStart(linked.mentions) ? linked.mentions : [...linked.mentions].sort((a, b) => a.span.start - b.span.start);
  for (const { span: s, key } of sorted) {
    const id = `m${mentions.length + 1}`;
    const at = span(s.start, s.end);
    let ref: string | null = null;
    switch (s.type) {
      case 'region': {
        const r = key ? regionByKey.get(key) : undefined;
        ref = r?.id ?? null;
        r?.mentions.push(id);
        break;
      }
      case 'organisation': {
        const o = key ? orgByKey.get(key) : undefined;
        ref = o?.id ?? null;
        o?.mentions.push(id);
        break;
      }
      case 'person': {
        const p = personByName.get(s.text);
        ref = p?.id ?? null;
        p?.mentions.push(id);
        break;
      }
      case 'title': {
        const pos = positionsByEnd.get(at.end)?.find((p) => p.title === s.text);
        ref = pos?.id ?? null;
        break;
      }
      case 'metric':
        ref = metricId.get(s.data as object) ?? null;
        break;
      case 'slogan': {
        const r = slogans.get((s as { data: { name: string } }).data.name);
        ref = r?.id ?? null;
        r?.mentions.push(id);
        break;
      }
      case 'document': {
        const r = documents.get((s as { data: { title: string } }).data.title);
        ref = r?.id ?? null;
        r?.mentions.push(id);
        break;
      }
    }
    const mention: Mention = { id, type: s.type, text: at.text, start: at.start, end: at.end, ref };
    if (explain) mention.reason = s.reason;
    mentions.push(mention);
  }
  placeMetrics(doc.original, metrics, mentions, organisations);
  return {
    schemaVersion: '1',
    docId: options.docId,
    mentions,
    persons: [...personByName.values()],
    positions,
    organisations,
    regions,
    metrics,
    slogans: [...slogans.values()],
    documents: [...documents.values()],
  };
}

/** True when every mention starts at or after the one before it. */
function isSortedByStart(mentions: readonly { span: { start: number } }[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k].span.start < mentions[k - 1].span.start) return false;
  return true;
}

export type { PersonSpan };
