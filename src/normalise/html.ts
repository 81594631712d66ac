/**
 * HTML left in a text (scraped pages): tags, comments, script/style bodies and character
 * entities. The normaliser blanks markup out of the working copy and decodes entities there;
 * the original text is never changed, so offsets still index what the caller passed.
 *
 * Every scan here is bounded or resumes where the last one stopped: 20 MB of `<a` or `&#`
 * costs one pass, not one pass per mark.
 */

/** Tags that end a paragraph or a cell: they become a line break in the working copy, other tags blanks. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
]);
/** Elements whose content is not text. */
const RAW_TEXT = new Set(['script', 'style']);
/** A tag longer than this is taken for text that happens to contain `<`. */
const MAX_TAG = 1024;

/** Named entities seen in Chinese web pages; any other name is left as written. */
const NAMED = new Map<string, string>(Object.entries({
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…',
  middot: '·', bull: '•', times: '×', divide: '÷', deg: '°', plusmn: '±', permil: '‰', yen: '¥', copy: '©', reg: '®',
}));

export interface Markup {
  /** Exclusive end of the markup in the text. */
  end: number;
  /** A block-level tag: the working copy gets a line break. */
  block: boolean;
}

/** Scanner state for one text: where the next comment or raw-text close is, so no search is repeated. */
export class MarkupScanner {
  private commentClose = -2; // -2 not searched yet, -1 none left
  private readonly rawClose = new Map<string, number>();

  constructor(private readonly text: string) {}

  /** The markup starting at `i` (text[i] === '<'), or null when this `<` is text. */
  at(i: number): Markup | null {
    const text = this.text;
    const next = text[i + 1];
    if (next === '!' && text.startsWith('<!--', i)) return this.comment(i);
    if (next === '!' || next === '?') {
      const end = this.close(i + 2);
      return end < 0 ? null : { end, block: false };
    }
    const closing = next === '/';
    const nameStart = closing ? i + 2 : i + 1;
    let k = nameStart;
    if (!isLetter(text.charCodeAt(k))) return null;
    while (k < text.length && k - nameStart < 16 && isNameChar(text.charCodeAt(k))) k++;
    const after = text[k];
    if (after !== '>' && after !== '/' && after !== ' ' && after !== '\t' && after !== '\n' && after !== '\r') return null;
    const end = this.close(k);
    if (end < 0) return null;
    const name = text.slice(nameStart, k).toLowerCase();
    if (!closing && RAW_TEXT.has(name)) return { end: this.rawTextEnd(name, end), block: true };
    return { end, block: BLOCK_TAGS.has(name) };
  }

  /** End (after '>') of a tag whose name ends at `from`: at most MAX_TAG long, no '<' inside. */
  private close(from: number): number {
    const text = this.text;
    const limit = Math.min(text.length, from + MAX_TAG);
    for (let k = from; k < limit; k++) {
      const c = text[k];
      if (c === '>') return k + 1;
      if (c === '<') return -1;
    }
    return -1;
  }

  private comment(i: number): Markup | null {
    if (this.commentClose === -1) return null;
    if (this.commentClose < i + 4) this.commentClose = this.text.indexOf('-->', i + 4);
    if (this.commentClose < 0) return null;
    return { end: this.commentClose + 3, block: false };
  }

  /** A script or style element runs to its closing tag; unclosed, only the opening tag is markup. */
  private rawTextEnd(name: string, from: number): number {
    let at = this.rawClose.get(name) ?? -2;
    if (at === -1) return from;
    if (at < from) {
      const re = new RegExp(`</${name}\\s*>`, 'gi');
      re.lastIndex = from;
      const m = re.exec(this.text);
      at = m ? m.index : -1;
      this.rawClose.set(name, at);
      if (!m) return from;
    }
    const gt = this.text.indexOf('>', at);
    return gt + 1;
  }
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a;
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/y;

/** A character entity at `i` (text[i] === '&'), decoded, or null when it is not one we decode. */
export function entityAt(text: string, i: number): { end: number; value: string } | null {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(text);
  if (!m) return null;
  let value: string | undefined;
  if (m[3] != null) value = NAMED.get(m[3]) ?? NAMED.get(m[3].toLowerCase());
  else {
    const cp = m[1] != null ? Number(m[1]) : parseInt(m[2], 16);
    if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) value = String.fromCodePoint(cp);
  }
  return value == null ? null : { end: i + m[0].length, value };
}
