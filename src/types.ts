/** The output contract (../shared/docs/RECORDS.md, schemas/extraction.schema.json). */

export type MentionType = 'person' | 'title' | 'organisation' | 'region' | 'metric' | 'slogan' | 'document';

export interface Mention {
  id: string;
  type: MentionType;
  text: string;
  /** UTF-16 offset into the original text. */
  start: number;
  /** Exclusive end offset into the original text. */
  end: number;
  /** Id of the record this mention belongs to (p…, j…, o…, r…, q…, s…, d…). */
  ref: string | null;
  reason?: string;
}

export type PersonRole = 'official' | 'reporter' | 'correspondent' | 'photographer' | 'author' | 'other';

export interface PersonRecord {
  id: string;
  name: string;
  role: PersonRole;
  positions: string[];
  mentions: string[];
  reason?: string;
}

export interface PositionRecord {
  id: string;
  person: string | null;
  title: string;
  /** English gloss of the title (Secretary, Deputy Mayor …), null when the lexicon has none. */
  titleEn: string | null;
  organisation: string | null;
  region: string | null;
  /** The other state whose post it is, by its usual Chinese name (美国总统 → 美国; 俄罗斯外交部发言人 → 俄罗斯); null for a Chinese post. */
  country: string | null;
  /** That state's ISO 3166-1 alpha-2 code (US, RU); null for a Chinese post. */
  countryCode: string | null;
  /** The text says the post is no longer held (原洛阳市委副书记, 政法委原书记, 日本前首相). */
  former: boolean;
  text: string;
  start: number;
  end: number;
  reason?: string;
}

export type OrganisationKind =
  | 'party_committee'
  | 'party_organ'
  | 'government'
  | 'congress'
  | 'cppcc'
  | 'court'
  | 'procuratorate'
  | 'department'
  | 'central'
  | 'other';

export type Level = 'national' | 'provincial' | 'prefectural' | 'county' | 'township' | 'village';

export interface OrganisationRecord {
  id: string;
  name: string;
  kind: OrganisationKind;
  level: Level | null;
  region: string | null;
  parent: string | null;
  aliases: string[];
  mentions: string[];
  reason?: string;
}

export type RegionLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village';

export interface RegionRecord {
  id: string;
  name: string;
  /** Statistics division code (six digits; nine for a township), or null when it cannot be justified (see `note`). */
  code: string | null;
  level: RegionLevel;
  /** Names from the province down, ending with this one. */
  path: string[];
  mentions: string[];
  /** Why `code` is null: below the gazetteer, or a name several divisions share that the document does not settle. */
  note?: string;
  reason?: string;
}

export type MetricKind = 'money' | 'percent' | 'count' | 'area' | 'length' | 'duration' | 'other';
export type Approx = 'exact' | 'about' | 'over' | 'at_least' | 'nearly' | 'under';

export interface MetricChange {
  basis: string;
  direction: 'up' | 'down';
}

export interface MetricRecord {
  id: string;
  text: string;
  value: number | null;
  unit: string;
  kind: MetricKind;
  approx: Approx;
  subject: string | null;
  change: MetricChange | null;
  start: number;
  end: number;
  /** The time the figure refers to, as the sentence states it (2023年以来, 今年4月); absent when none. */
  period?: string;
  /** A range's upper bound in the base unit (3至5年: value 3, upper 5); absent when the figure is no range. */
  upper?: number | null;
  /** Id of the region of the passage the figure is in (the nearest place named before it in its article). */
  region?: string | null;
  /** Id of the organisation of the passage the figure is in (the nearest body named before it in its article). */
  organisation?: string | null;
  /** Bounds of a range, a vague amount (数百: value null), a fraction or a ratio as written. */
  note?: string;
  reason?: string;
}

export interface SloganRecord {
  id: string;
  name: string;
  /**
   * theory, principle, campaign, mechanism, reform, programme, legal, discipline, development,
   * security, governance (dicts/slogans.tsv, or the cue word after a quoted term), `user` for a
   * user dictionary's slogan; null when unknown. An addition to RECORDS.md (optional in the schema).
   */
  category: string | null;
  /** The parts an appositive in the text spells out, else the lexicon's official parts, else []. */
  expansion: string[];
  mentions: string[];
  reason?: string;
}

export interface DocumentRecord {
  id: string;
  title: string;
  /**
   * From the title's last word (dicts/documents.json): law, regulation, provisions, measures,
   * plan, opinion, notice, scheme, decision, interpretation, reply, agreement, list, system,
   * report, or other. An addition to RECORDS.md (optional in the schema).
   */
  kind: string;
  /**
   * Short forms the text introduces for it (《…实施意见》（以下简称《实施意见》） → ['实施意见']); their
   * mentions are this record's. Present only when there is one. An addition to RECORDS.md.
   */
  aliases?: string[];
  mentions: string[];
  reason?: string;
}

/** One row of a slogan frequency table (sloganCounts). */
export interface SloganCount {
  name: string;
  category: string | null;
  /** Mentions, summed over the documents. */
  count: number;
  /** Documents that mention it. */
  documents: number;
}

export interface Extraction {
  schemaVersion: '1';
  docId: string | null;
  mentions: Mention[];
  persons: PersonRecord[];
  positions: PositionRecord[];
  organisations: OrganisationRecord[];
  regions: RegionRecord[];
  metrics: MetricRecord[];
  slogans: SloganRecord[];
  documents: DocumentRecord[];
}

/** What batch mode writes for a document that could not be processed. */
export interface ExtractionError {
  schemaVersion: '1';
  docId: string | null;
  error: { name: string; message: string };
}
