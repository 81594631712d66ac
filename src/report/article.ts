import type { Mention, MentionType } from '../types';
import { escapeHtml } from './escape';

export const MENTION_TYPES: readonly MentionType[] = ['person', 'title', 'organisation', 'region', 'metric', 'slogan', 'document'];

/** A mention type as a CSS class suffix; anything else (a hand-made extraction) is `other`. */
export function typeClass(type: unknown): MentionType | 'other' {
  return MENTION_TYPES.includes(type as MentionType) ? (type as MentionType) : 'other';
}

export interface PlacedMention {
  /** Position in `extraction.mentions`: the element id is `d{doc}-m{index}`, never taken from the data. */
  index: number;
  mention: Mention;
}

export interface SkippedMention extends PlacedMention {
  why: string;
}

/**
 * Which mentions are highlighted. guanzhi's mentions never overlap (RECORDS.md), so normally all
 * are. For any other input the highlights stay flat: in text order, longer first at the same
 * start, a mention is shown unless it starts inside one already shown; those it skips, and those
 * whose offsets do not index the text, are listed under the article instead.
 */
export function layoutMentions(text: string, mentions: readonly Mention[]): { shown: PlacedMention[]; skipped: SkippedMention[] } {
  const skipped: SkippedMention[] = [];
  const valid: PlacedMention[] = [];
  mentions.forEach((mention, index) => {
    const { start, end } = mention ?? ({} as Mention);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start)
      skipped.push({ index, mention, why: 'offsets outside the text' });
    else if (text.slice(start, end) !== mention.text) skipped.push({ index, mention, why: 'offsets do not match its text' });
    else valid.push({ index, mention });
  });
  valid.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end || a.index - b.index);
  const shown: PlacedMention[] = [];
  for (const p of valid) {
    const last = shown[shown.length - 1];
    if (!last || p.mention.start >= last.mention.end) shown.push(p);
    else skipped.push({ ...p, why: `${p.mention.end <= last.mention.end ? 'inside' : 'overlaps'} ${String(last.mention.id)} (${String(last.mention.text)})` });
  }
  skipped.sort((a, b) => a.index - b.index);
  return { shown, skipped };
}

/** The article text, escaped, with every shown mention as a focusable <mark> coloured by type. */
export function renderArticleText(text: string, shown: readonly PlacedMention[], docKey: string): string {
  const out: string[] = [];
  let at = 0;
  for (const { index, mention } of shown) {
    out.push(escapeHtml(text.slice(at, mention.start)));
    const id = `${docKey}-m${index}`;
    out.push(
      `<mark class="gz-m gz-t-${typeClass(mention.type)}" id="${id}" data-card="${id}" tabindex="0">${escapeHtml(text.slice(mention.start, mention.end))}</mark>`,
    );
    at = mention.end;
  }
  out.push(escapeHtml(text.slice(at)));
  return out.join('');
}
