/**
 * The region and organisation of the passage a figure is in: 全年执行到位金额3518万元 in a paragraph
 * about 东营市中级人民法院 belongs to that court and to 东营市. A pure pass over finished records.
 *
 * The passage is the figure's article: its paragraph and the paragraphs before it, back to and
 * including the nearest heading (a line starting with #, or a short line with no sentence-final
 * punctuation, as news headlines are written). Inside it, the nearest organisation mentioned before
 * the figure is its organisation, and the nearest place mentioned before it (a region, or the region
 * of an organisation) is its region. Nothing is taken from after the figure or from another article.
 */
import type { Mention, MetricRecord, OrganisationRecord } from '../types';
import { charTable } from '../resources/chars';

/** A headline has no sentence end and is at most this long (characters). */
const HEADING_MAX = 48;
/** Sentence-final punctuation, tested by code unit (no copy of the line, no regex per line). */
const SENTENCE_END = charTable('。！？!?；;');
/** A Markdown heading, at the first character of a line that is not white space (sticky: set lastIndex). */
const MARKDOWN_HEADING_AT = /#{1,6}[ \t]/y;

/**
 * Start offsets of the articles of `text`: each heading line opens one (0 always does). Only the lines
 * starting at or before `upTo` are read (the caller asks about no offset after it: the rest of the text
 * is not scanned).
 */
export function articleStarts(text: string, upTo = text.length): number[] {
  const starts = [0];
  let lineStart = 0;
  while (lineStart <= text.length && lineStart <= upTo) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // the line's bounds without the white space trim() takes off (no copy of the paragraph made)
    let from = lineStart;
    let to = lineEnd;
    while (from < to && isTrimmedSpace(text.charCodeAt(from))) from++;
    while (to > from && isTrimmedSpace(text.charCodeAt(to - 1))) to--;
    if (lineStart > 0 && to > from) {
      // a Markdown heading, or a short line with no sentence end
      MARKDOWN_HEADING_AT.lastIndex = from;
      // (the blank after the #s must be inside the trimmed line: "##" followed by spaces only is no heading)
      const heading = MARKDOWN_HEADING_AT.test(text) && MARKDOWN_HEADING_AT.lastIndex <= to;
      if (heading || (to - from <= HEADING_MAX && !hasSentenceEnd(text, from, to))) starts.push(lineStart);
    }
    lineStart = lineEnd + 1;
  }
  return starts;
}

function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_END[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * The code units String.prototype.trim() removes (ECMAScript WhiteSpace and LineTerminator: the
 * characters of the regex class \s), tested by number rather than on a copied string.
 */
export function isTrimmedSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
  );
}

/** The last index i with list[i] <= value (list ascending), or -1. */
function lastAtOrBefore(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Sets `region` and `organisation` (record ids, or null) on every metric. `text` is the original
 * text the records' offsets index; `mentions` carry the refs to regions and organisations.
 */
export function placeMetrics(
  text: string,
  metrics: MetricRecord[],
  mentions: readonly Mention[],
  organisations: readonly OrganisationRecord[],
): void {
  if (!metrics.length) return;
  const orgRegion = new Map<string, string | null>();
  for (let k = 0; k < organisations.length; k++) orgRegion.set(organisations[k].id, organisations[k].region);
  // the anchors (region and organisation mentions with a record) as parallel lists: no object per mention
  const positions: number[] = [];
  const anchorOrg: (string | null)[] = [];
  const anchorRegion: (string | null)[] = [];
  // (index loops: this runs once per document, often unoptimised, where a for-of loop allocates per element)
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!m.ref) continue;
    if (m.type === 'region') {
      positions.push(m.start);
      anchorOrg.push(null);
      anchorRegion.push(m.ref);
    } else if (m.type === 'organisation') {
      positions.push(m.start);
      anchorOrg.push(m.ref);
      anchorRegion.push(orgRegion.get(m.ref) ?? null);
    }
  }
  // mentions come in text order: sorted (stably) only if they do not
  if (!isAscending(positions)) sortTogether(positions, anchorOrg, anchorRegion);
  let lastStart = 0;
  for (let k = 0; k < metrics.length; k++) if (metrics[k].start > lastStart) lastStart = metrics[k].start;
  const articles = articleStarts(text, lastStart);

  for (let k = 0; k < metrics.length; k++) {
    const q = metrics[k];
    const article = articles[Math.max(0, lastAtOrBefore(articles, q.start))];
    let organisation: string | null = null;
    let region: string | null = null;
    for (let i = lastAtOrBefore(positions, q.start - 1); i >= 0 && positions[i] >= article; i--) {
      if (positions[i] >= q.start) continue;
      organisation ??= anchorOrg[i];
      region ??= anchorRegion[i];
      if (organisation && region) break;
    }
    q.region = region;
    q.organisation = organisation;
  }
}

function isAscending(list: readonly number[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k] < list[k - 1]) return false;
  return true;
}

/** Sorts `positions` ascending (stably) and the two lists that go with it in the same order. */
function sortTogether(positions: number[], a: (string | null)[], b: (string | null)[]): void {
  const order = positions.map((_, k) => k).sort((x, y) => positions[x] - positions[y] || x - y);
  const [p, oa, ob] = [order.map((k) => positions[k]), order.map((k) => a[k]), order.map((k) => b[k])];
  for (let k = 0; k < order.length; k++) {
    positions[k] = p[k];
    a[k] = oa[k];
    b[k] = ob[k];
  }
}
