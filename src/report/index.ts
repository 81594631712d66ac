import { createHash } from 'node:crypto';
import { InputError, OptionsError } from '../errors';
import type { Extraction, MentionType } from '../types';
import { MENTION_TYPES, layoutMentions, renderArticleText } from './article';
import { CSS, SCRIPT } from './assets';
import { escapeHtml, jsonForScript } from './escape';
import { RecordIndex, type Card } from './records';
import { renderSummary, type SummaryDoc } from './summary';
import { renderDocTables } from './tables';

export interface ReportDocument {
  /** The text the extraction was made from: mention offsets index it. */
  text: string;
  extraction: Extraction;
}

export interface ReportOptions {
  /** The page title (default: "guanzhi report: …"). */
  title?: string;
  /** Documents that could not be extracted, listed in the summary. */
  failures?: { docId: string; message: string }[];
}

const REPORT_OPTIONS = new Set(['title', 'failures']);

function check(docs: unknown, options: unknown): asserts docs is ReportDocument[] {
  if (!Array.isArray(docs)) throw new InputError('renderReport() takes an array of { text, extraction }');
  docs.forEach((d, k) => {
    const doc = d as Partial<ReportDocument> | null;
    if (!doc || typeof doc !== 'object') throw new InputError(`renderReport(): document ${k} is not an object`);
    if (typeof doc.text !== 'string') throw new InputError(`renderReport(): document ${k} has no text string`);
    const ex = doc.extraction as Partial<Extraction> | undefined;
    if (!ex || typeof ex !== 'object' || !Array.isArray(ex.mentions)) throw new InputError(`renderReport(): document ${k} has no extraction with mentions`);
  });
  if (options == null) return;
  if (typeof options !== 'object' || Array.isArray(options)) throw new OptionsError('renderReport options must be an object');
  for (const key of Object.keys(options)) if (!REPORT_OPTIONS.has(key)) throw new OptionsError(`unknown renderReport option "${key}" (known: title, failures)`);
  const o = options as ReportOptions;
  if (o.title != null && typeof o.title !== 'string') throw new OptionsError('title must be a string');
  if (o.failures != null && (!Array.isArray(o.failures) || o.failures.some((f) => !f || typeof f.docId !== 'string' || typeof f.message !== 'string')))
    throw new OptionsError('failures must be an array of { docId, message } strings');
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

/**
 * One self-contained HTML page (inline CSS, inline script, inline SVG; nothing fetched) showing
 * each document's text with its mentions highlighted by type, the record behind each mention on
 * hover or click, and tables of the records; a summary comes first when there are several
 * documents. Every string from the text or the records is escaped, and a Content-Security-Policy
 * allows only the page's own style and script.
 */
export function renderReport(docs: readonly ReportDocument[], options: ReportOptions = {}): string {
  check(docs, options);
  const cards: Record<string, Card> = {};
  const summaryDocs: SummaryDoc[] = [];
  const sections = docs.map((doc, k) => {
    const key = `d${k + 1}`;
    const ex = doc.extraction;
    const index = new RecordIndex(ex);
    const label = typeof ex.docId === 'string' && ex.docId ? ex.docId : `document ${k + 1}`;
    const { shown, skipped } = layoutMentions(doc.text, index.mentions);
    const firstMention = new Map<string, string>();
    for (const { index: i, mention } of shown) {
      const id = `${key}-m${i}`;
      cards[id] = index.card(mention);
      if (typeof mention.ref === 'string' && !firstMention.has(mention.ref)) firstMention.set(mention.ref, id);
    }
    summaryDocs.push({ key, label, chars: doc.text.length, index, skipped: skipped.length });
    const perType = new Map<MentionType, number>(MENTION_TYPES.map((t) => [t, 0]));
    for (const m of index.mentions) if (perType.has(m?.type)) perType.set(m.type, perType.get(m.type)! + 1);
    const legend = MENTION_TYPES.map(
      (t) => `<button type="button" data-type="${t}" aria-pressed="true"><span class="gz-swatch gz-t-${t}"></span>${t} ${perType.get(t)}</button>`,
    ).join('');
    const skippedList = skipped.length
      ? `<details class="gz-skipped"><summary>Not highlighted (${skipped.length})</summary><ul>${skipped
          .map((s) => `<li>${escapeHtml(s.mention?.id)} ${escapeHtml(s.mention?.type)} “${escapeHtml(s.mention?.text)}”: ${escapeHtml(s.why)}</li>`)
          .join('')}</ul></details>`
      : '';
    const back = docs.length > 1 ? ` · <a class="gz-back" href="#summary">back to the summary</a>` : '';
    return [
      `<section class="gz-doc" id="${key}">`,
      `<h2>${escapeHtml(label)}</h2>`,
      `<p class="gz-meta">${doc.text.length} characters · ${index.mentions.length} mentions · ${index.positions.length} positions · ${index.organisations.length} organisations${back}</p>`,
      `<div class="gz-legend" role="group" aria-label="mention types: click to hide or show">${legend}</div>`,
      `<div class="gz-article" lang="zh">${renderArticleText(doc.text, shown, key)}</div>`,
      skippedList,
      renderDocTables(index, (id) => firstMention.get(id)),
      `</section>`,
    ].join('\n');
  });
  const failures = options.failures ?? [];
  const title = options.title ?? (docs.length === 1 ? `guanzhi report: ${summaryDocs[0].label}` : `guanzhi report: ${docs.length} articles`);
  const summary = docs.length > 1 || failures.length ? renderSummary(summaryDocs, failures) : '';
  const csp = [
    "default-src 'none'", `style-src 'sha256-${sha256(CSS)}'`, `script-src 'sha256-${sha256(SCRIPT)}'`, "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="guanzhi">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<header class="gz-top"><div class="gz-inner"><h1>${escapeHtml(title)}</h1>` +
      `<label><input type="checkbox" id="gz-labels"> type labels</label>` +
      `<span>hover or focus a highlighted mention to see its record; click or Enter pins it</span></div></header>`,
    '<main>',
    summary,
    ...sections,
    '</main>',
    '<div id="gz-card" class="gz-card" role="status" hidden></div>',
    `<script type="application/json" id="gz-cards">${jsonForScript(cards)}</script>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
