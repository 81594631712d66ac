/**
 * What must hold for every extraction of every string (the contract of RECORDS.md section 1),
 * as a list of problems: cheap enough to run inside property tests, readable when one fails.
 */
import { validateExtraction, type Extraction } from '../../src';

/** The seed of every property in test/robustness: fixed, so CI runs the same cases each time. */
export const SEED = Number(process.env.GUANZHI_FC_SEED ?? 20250609);
/** Multiplies every run count (e.g. GUANZHI_FC_SCALE=20 for a deep local search); 1 in CI. */
export const SCALE = Number(process.env.GUANZHI_FC_SCALE ?? 1);
export const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

export function problems(text: string, ex: Extraction): string[] {
  const out: string[] = [];
  const v = validateExtraction(ex);
  if (!v.valid) out.push(`schema: ${JSON.stringify(v.errors).slice(0, 300)}`);
  const spans: { id: string; text: string; start: number; end: number }[] = [...ex.mentions, ...ex.positions, ...ex.metrics];
  for (const s of spans) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length))
      out.push(`${s.id}: bad offsets ${s.start}..${s.end} for a text of ${text.length}`);
    else if (text.slice(s.start, s.end) !== s.text) out.push(`${s.id}: text.slice(${s.start}, ${s.end}) is ${JSON.stringify(text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`);
  }
  // mentions are flat: none overlaps another
  const sorted = [...ex.mentions].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end) out.push(`${sorted[i - 1].id} and ${sorted[i].id} overlap`);
  // ids are unique and every reference resolves
  const ids = new Set<string>();
  const records = [ex.persons, ex.positions, ex.organisations, ex.regions, ex.metrics, ex.slogans, ex.documents, ex.mentions].flat() as { id: string }[];
  for (const r of records) {
    if (ids.has(r.id)) out.push(`duplicate id ${r.id}`);
    ids.add(r.id);
  }
  const mentionIds = new Set(ex.mentions.map((m) => m.id));
  for (const m of ex.mentions) if (m.ref != null && !ids.has(m.ref)) out.push(`${m.id}: ref ${m.ref} resolves to nothing`);
  for (const r of [ex.persons, ex.organisations, ex.regions, ex.slogans, ex.documents].flat())
    for (const m of r.mentions) if (!mentionIds.has(m)) out.push(`${r.id}: mention ${m} does not exist`);
  for (const p of ex.persons) for (const j of p.positions) if (!ids.has(j)) out.push(`${p.id}: position ${j} does not exist`);
  for (const j of ex.positions) for (const ref of [j.person, j.organisation, j.region]) if (ref != null && !ids.has(ref)) out.push(`${j.id}: ${ref} does not exist`);
  return out;
}

/** Pieces of the kind of text the library reads (sentences invented for the tests) and of what breaks naive code. */
export const DOMAIN_PIECES = [
  '天津市委', '常委', '、', '政法委', '书记', '李明远', '主持召开会议', '。', '湖北高院', '党组书记', '院长', '王志强', '指出', '，',
  '全年执行到位金额', '3518万元', '近600人', '破案率同比上升', '27.46%', '约3.9万个', '“放管服”', '“三个善于”', '（即两个清单、三项机制）',
  '《法治政府建设实施纲要（2021—2025年）》', '《', '》', '“', '”', '（', '）', '记者', '陈晓东', '通讯员', '赵立新', '摄', '锡林郭勒盟',
  '内蒙古自治区人民检察院', '分院', '奇·达楞太', '市北区', '街道', '社区', '司法部', '负责人', '第一', '2023年9月', '12345', '万', '亿', '余',
  '近千起', '以上', '\n', '\n\n', '\r\n', ' ', '\t', '\u3000', '# ', '## ',
];
export const HOSTILE_PIECES = [
  '\ud800', '\udfff', '😀', '👮‍♂️', '🇨🇳', '𠀀', '\u0000', '\u0007', '\u001b[31m', '\u200b', '\u200d', '\ufeff', '\u202e', '\ufffd', '\u2028',
  '１２３', '４４万元', '％', '．', 'ＡＢＣ', 'abc', 'Привет', 'مرحبا', 'ᠮᠣᠩᠭᠣᠯ', '書記', '縣委', '&amp;', '&#20013;', '&nbsp;', '<p>', '</p>',
  '<b>', '<', '>', '&', '\\', '"', "'", '{', '}', '$', '%', '0', '9', '.', '-', '+',
];
