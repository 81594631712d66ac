import type { Resources } from '../../resources';
import { WordStarts } from '../../resources/word-starts';

/**
 * Classes of characters the person recogniser tests at every candidate name, as bits of one
 * byte per UTF-16 code unit: one table read answers what were Set lookups of one-character
 * strings (`text[i]` allocates a string for every CJK character).
 */
export const PersonChar = {
  /** A single-character surname (王, 张 …). */
  surname: 1,
  /** The first character of a compound surname (欧阳, 司马 …). */
  compoundStart: 2,
  /** A character a given name does not contain (的, 了 …). */
  stop: 4,
  /** A function word after which a name may start a clause (据, 对 …). */
  clause: 8,
  /** The first character of an anonymising marker that makes a name no name (某, 先生 …). */
  anonymised: 16,
} as const;

export interface PersonTables {
  /** PersonChar bits of every code unit. */
  chars: Uint8Array;
  /**
   * The anonymising markers that count: 某 alone, or a marker of two or more characters
   * (老, 小 alone are ordinary given-name characters).
   */
  anonymised: string[];
  /** Where a word of the non-names may start: a candidate name is sliced to be looked up there only. */
  nonNameStarts: WordStarts;
  /** Where a cue (a credit, an occupation, a reporting verb) may start, for the one pass that looks for all three: its bit in res.starts (Doc.startMask). */
  cues: number;
}

/** Built on the first document an extractor reads, then kept as long as its resources live. */
const cache = new WeakMap<Resources, PersonTables>();

export function personTables(res: Resources): PersonTables {
  let tables = cache.get(res);
  if (!tables) {
    tables = buildPersonTables(res);
    cache.set(res, tables);
  }
  return tables;
}

function buildPersonTables(res: Resources): PersonTables {
  const ctx = res.personContext;
  const chars = new Uint8Array(65536);
  // a set of one-character strings: only its one-character members can ever equal text[i]
  const mark = (members: Iterable<string>, bit: number) => {
    for (const m of members) if (m.length === 1) chars[m.charCodeAt(0)] |= bit;
  };
  mark(res.surnames.single.keys(), PersonChar.surname);
  for (const s of res.surnames.compound) if (s.length) chars[s.charCodeAt(0)] |= PersonChar.compoundStart;
  mark(ctx.stopChars, PersonChar.stop);
  mark(ctx.clauseWords, PersonChar.clause);
  const anonymised = ctx.anonymised.filter((m) => m === '某' || m.length > 1);
  for (const m of anonymised) chars[m.charCodeAt(0)] |= PersonChar.anonymised;
  const cues = res.starts.bitOf('person-cues', () => [...ctx.credits.surfaces(), ...ctx.occupations.surfaces(), ...ctx.verbs.surfaces(), ...ctx.actCues.surfaces(), ...ctx.leaderGroups.groups.surfaces()]);
  return { chars, anonymised, nonNameStarts: new WordStarts(ctx.nonNames), cues };
}
