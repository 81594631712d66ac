import type { Doc } from '../doc';
import type { Normalised } from '../normalise';
import type { Linked } from '../link';
import type { PersonSpan } from '../recognise/person';
import type { MetricSpan } from '../recognise/metric';
import type { DocumentSpan } from '../recognise/document';
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
  const original = doc.original;
  // offsets in the original are read straight from the map (no [start, end] pair and { start, end, text } per mention)
  const norm = doc.norm;

  // regions (a record's path is its own copy: the linker shares one per division)
  const regionByKey = new Map<string, RegionRecord>();
  const regions: RegionRecord[] = [];
  // (index loops: this runs once per document, often before it is optimised, and a for-of loop that is
  // not optimised makes an iterator result per element)
  for (let k = 0; k < linked.regions.length; k++) {
    const { region, reason } = linked.regions[k];
    // (a spread, not slice(): the shared path is frozen, and V8's slice() of a frozen array takes a slow
    // path, some 20 times the cost of a spread)
    const rec: RegionRecord = { id: ID_R.get(regions.length + 1), name: region.name, code: region.code, level: region.level, path: [...region.path], mentions: [] };
    if (region.note) rec.note = region.note;
    const out = why(rec, reason);
    regionByKey.set(region.key, out);
    regions.push(out);
  }
  const regionIdOf = (key: string) => regionByKey.get(key)?.id ?? null;
  // organisations (a parent may come later in the list: the index of every key first)
  const orgIndex = new Map<string, number>();
  for (let k = 0; k < linked.organisations.length; k++) orgIndex.set(linked.organisations[k].key, k);
  const orgIdOf = (key: string) => {
    const k = orgIndex.get(key);
    return k === undefined ? null : ID_O.get(k + 1);
  };
  const organisations: OrganisationRecord[] = [];
  for (let k = 0; k < linked.organisations.length; k++) {
    const o = linked.organisations[k];
    // the names as written, each once, in order of appearance
    const aliases: string[] = [];
    for (let j = 0; j < o.spans.length; j++) {
      const s = o.spans[j];
      const start = norm.toOriginal[s.start];
      const alias = originalText(original, start, originalEnd(norm, s.start, s.end), s.text);
      if (!aliases.includes(alias)) aliases.push(alias);
    }
    organisations.push(
      why(
        {
          id: ID_O.get(organisations.length + 1), name: o.name, kind: o.kind, level: o.level, region: o.region ? regionIdOf(o.region.key) : null,
          parent: o.parentName ? orgIdOf(o.parentName) : null, aliases, mentions: [],
        },
        o.reason,
      ),
    );
  }
  // persons: one record per name
  const personByName = new Map<string, PersonRecord>();
  const roleOf = new Map<string, PersonRole | null>();
  for (let k = 0; k < linked.persons.length; k++) {
    const p = linked.persons[k];
    if (!personByName.has(p.text)) {
      personByName.set(p.text, why({ id: ID_P.get(personByName.size + 1), name: p.text, role: 'other' as PersonRole, positions: [], mentions: [] }, p.reason));
    }
    if (p.data.role && !roleOf.get(p.text)) roleOf.set(p.text, p.data.role);
  }
  const positions: PositionRecord[] = [];
  for (let k = 0; k < linked.positions.length; k++) {
    const pos = linked.positions[k];
    const id = ID_J.get(positions.length + 1);
    const person = pos.person ? personByName.get(pos.person.text) ?? null : null;
    if (person) person.positions = appended(person.positions, id);
    const start = norm.toOriginal[pos.start];
    const end = originalEnd(norm, pos.start, pos.end);
    positions.push(
      why(
        {
          id, person: person?.id ?? null, title: pos.titleText, titleEn: pos.title.data.en ?? null,
          organisation: pos.organisation ? orgIdOf(pos.organisation.key) : null,
          region: pos.organisation?.region ? regionIdOf(pos.organisation.region.key) : null,
          country: pos.country?.name ?? null, countryCode: pos.country?.iso ?? null,
          former: pos.former,
          text: original.slice(start, end), start, end,
        },
        pos.reason,
      ),
    );
  }
  for (const p of personByName.values()) p.role = p.positions.length ? 'official' : roleOf.get(p.name) ?? 'other';
  // metrics
  const metrics: MetricRecord[] = [];
  for (let k = 0; k < linked.metrics.length; k++) {
    const m = linked.metrics[k];
    const id = ID_Q.get(metrics.length + 1);
    const start = norm.toOriginal[m.start];
    const end = originalEnd(norm, m.start, m.end);
    const rec: MetricRecord = {
      id, text: originalText(original, start, end, m.text), value: m.value, unit: m.unit, kind: m.kind, approx: m.approx, subject: m.subject, change: m.change,
      start, end,
    };
    if (m.period) rec.period = m.period;
    if (m.upper !== undefined) rec.upper = m.upper;
    if (m.note) rec.note = m.note;
    metrics.push(why(rec, m.reason));
  }
  // slogans and documents: one record per name
  const slogans = new Map<string, SloganRecord>();
  for (let k = 0; k < linked.slogans.length; k++) {
    const s = linked.slogans[k];
    if (!slogans.has(s.data.name))
      slogans.set(s.data.name, why({ id: ID_S.get(slogans.size + 1), name: s.data.name, category: s.data.category, expansion: s.data.expansion.slice(), mentions: [] }, s.reason));
  }
  // a short form the text introduces (以下简称《实施意见》) is its full document's record, as an alias
  const documents = new Map<string, DocumentRecord>();
  for (let k = 0; k < linked.documents.length; k++) {
    const d = linked.documents[k];
    const key = d.data.shortFor ?? d.data.title;
    let r = documents.get(key);
    if (!r) {
      const title = d.data.shortFor ?? originalText(original, norm.toOriginal[d.start], originalEnd(norm, d.start, d.end), d.text);
      r = why({ id: ID_D.get(documents.size + 1), title, kind: d.data.kind, mentions: [] } as DocumentRecord, d.reason);
      documents.set(key, r);
    }
    if (d.data.shortFor) {
      const aliases = (r.aliases ??= []);
      if (!aliases.includes(d.data.title)) aliases.push(d.data.title);
    }
  }

  // mentions, in text order (lookups by key: no scan of a list per mention)
  // A title mention refers to the first position ending where it does with its title. The linker makes the
  // positions in text order (one per title), so their ends rise and title mentions come in the same order: a
  // cursor over them finds it (no Map of lists); the Map only if the ends do not rise.
  const positionsByEnd = endsRise(positions) ? null : positionsByEndOf(positions);
  let nextPosition = 0;
  const spans = linked.mentions;
  const keys = linked.mentionKeys;
  const mentions: Mention[] = [];
  // the linker hands them in text order already; sorted (stably) only if not
  const order = isSortedByStart(spans) ? null : stableOrderByStart(spans);
  let nextMetric = 0;
  for (let n = 0; n < spans.length; n++) {
    const k = order ? order[n] : n;
    const s = spans[k];
    const key = keys[k];
    const id = ID_M.get(mentions.length + 1);
    const start = norm.toOriginal[s.start];
    const end = originalEnd(norm, s.start, s.end);
    let ref: string | null = null;
    switch (s.type) {
      case 'region': {
        const r = key ? regionByKey.get(key) : undefined;
        if (r) ref = addMention(r, id);
        break;
      }
      case 'organisation': {
        const k = key ? orgIndex.get(key) : undefined;
        const o = k === undefined ? undefined : organisations[k];
        if (o) ref = addMention(o, id);
        break;
      }
      case 'person': {
        const p = personByName.get(s.text);
        if (p) ref = addMention(p, id);
        break;
      }
      case 'title': {
        if (positionsByEnd) {
          const list = positionsByEnd.get(end);
          if (list) for (const p of list) if (p.title === s.text) { ref = p.id; break; }
          break;
        }
        // (title mentions come in text order: the positions ending before this one are behind the cursor;
        // it starts over should one not)
        if (nextPosition > 0 && positions[nextPosition - 1].end >= end) nextPosition = 0;
        while (nextPosition < positions.length && positions[nextPosition].end < end) nextPosition++;
        for (let q = nextPosition; q < positions.length && positions[q].end === end; q++) if (positions[q].title === s.text) { ref = positions[q].id; break; }
        break;
      }
      case 'metric': {
        // metric mentions come in the order of linked.metrics (both are the kept metrics in text order)
        let q = nextMetric;
        if (linked.metrics[q] === s.data) nextMetric++;
        else q = linked.metrics.indexOf(s.data as MetricSpan);
        ref = q >= 0 ? metrics[q].id : null;
        break;
      }
      case 'slogan': {
        const r = slogans.get((s as { data: { name: string } }).data.name);
        if (r) ref = addMention(r, id);
        break;
      }
      case 'document': {
        const data = (s as DocumentSpan).data;
        const r = documents.get(data.shortFor ?? data.title);
        if (r) ref = addMention(r, id);
        break;
      }
    }
    const mention: Mention = { id, type: s.type, text: originalText(original, start, end, s.text), start, end, ref };
    if (explain) mention.reason = s.reason;
    mentions.push(mention);
  }
  placeMetrics(original, metrics, mentions, organisations);
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

/**
 * The text of [start, end) in the original: `known` (the span's text in the working copy) when the
 * original reads the same there, as it mostly does (no copy made per mention), else a slice.
 */
export function originalText(original: string, start: number, end: number, known: string): string {
  return end - start === known.length && original.startsWith(known, start) ? known : original.slice(start, end);
}

/**
 * Record ids by number, made once per process for the numbers documents use most (every document numbers
 * its records from 1): not a new string per record and mention of every document. Strings are immutable,
 * so sharing them is safe.
 */
export class RecordIds {
  private readonly made: string[] = [];

  /** `limit`: ids above it are made each time (bounds what is kept). */
  constructor(readonly prefix: string, private readonly limit = 4096) {}

  get(n: number): string {
    if (n > this.limit) return `${this.prefix}${n}`;
    return (this.made[n] ??= `${this.prefix}${n}`);
  }
}

const ID_M = new RecordIds('m');
const ID_R = new RecordIds('r');
const ID_O = new RecordIds('o');
const ID_P = new RecordIds('p');
const ID_J = new RecordIds('j');
const ID_Q = new RecordIds('q');
const ID_S = new RecordIds('s');
const ID_D = new RecordIds('d');

/**
 * The original end of the working-copy span [start, end): as toOriginalSpan (src/normalise) computes
 * it, without the [start, end] pair it makes (the start is norm.toOriginal[start]).
 */
export function originalEnd(norm: Normalised, start: number, end: number): number {
  return end > start ? norm.sourceEnds.get(end - 1) ?? norm.toOriginal[end - 1] + 1 : norm.toOriginal[start];
}

/**
 * `list` with `id` appended: the first id makes a list of one (a push onto an empty array reserves room
 * for 16 ids, and most records have one or two); later ones are pushed.
 */
function appended(list: string[], id: string): string[] {
  if (list.length === 0) return [id];
  list.push(id);
  return list;
}

/** Adds a mention's id to a record's mentions; returns the record's id (what the mention refers to). */
function addMention(record: { id: string; mentions: string[] }, id: string): string {
  record.mentions = appended(record.mentions, id);
  return record.id;
}

/** The positions ending at each offset, in order. */
function positionsByEndOf(positions: readonly PositionRecord[]): Map<number, PositionRecord[]> {
  const byEnd = new Map<number, PositionRecord[]>();
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k];
    const list = byEnd.get(p.end);
    if (list) list.push(p);
    else byEnd.set(p.end, [p]);
  }
  return byEnd;
}

/** True when every position ends at or after the one before it. */
function endsRise(positions: readonly PositionRecord[]): boolean {
  for (let k = 1; k < positions.length; k++) if (positions[k].end < positions[k - 1].end) return false;
  return true;
}

/** True when every mention starts at or after the one before it. */
function isSortedByStart(spans: readonly { start: number }[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].start) return false;
  return true;
}

/** Indices of `spans` ordered by start, equal starts in input order. */
function stableOrderByStart(spans: readonly { start: number }[]): number[] {
  return spans.map((_, k) => k).sort((a, b) => spans[a].start - spans[b].start || a - b);
}

export type { PersonSpan };
