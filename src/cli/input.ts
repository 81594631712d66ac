// Reading the CLI's documents: UTF-8 decoding that never throws, and short reasons for read errors.

/** A short reason for a read error, without Node's stack or syscall noise. */
export function readErrorMessage(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a file (a part of the path is not a folder)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return err.code ? `cannot read (${err.code})` : err.message;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * UTF-8 text of a document. Bytes that are not UTF-8 become U+FFFD (as Node's own
 * `readFileSync(file, 'utf8')` does, so offsets index the same string) and `invalid`
 * gives the first bad byte for a warning. A byte-order mark is kept, again as Node keeps it.
 */
export function decodeUtf8(bytes: Buffer): { text: string; invalid: { offset: number; line: number } | null } {
  try {
    return { text: strictUtf8.decode(bytes), invalid: null };
  } catch {
    return { text: bytes.toString('utf8'), invalid: firstInvalidByte(bytes) };
  }
}

/** Where the first byte sequence that is not UTF-8 starts (byte offset and 1-based line): one linear pass. */
export function firstInvalidByte(bytes: Uint8Array): { offset: number; line: number } {
  const n = bytes.length;
  let line = 1;
  for (let i = 0; i < n; ) {
    const c = bytes[i];
    if (c < 0x80) {
      if (c === 0x0a) line++;
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (!need || i + need >= n) return { offset: i, line }; // not a lead byte, or cut short at the end
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k];
      if ((b & 0xc0) !== 0x80) return { offset: i, line };
      cp = (cp << 6) | (b & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { offset: i, line };
    i += need + 1;
  }
  return { offset: n, line };
}
