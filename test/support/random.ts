/** A seeded generator of numbers (a linear congruential one): the same sequence for the same seed, so a failure replays. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1103515245 + 12345) >>> 0) >>> 8;
}

/** `n` words of two CJK units, half of them with a third unit of any value (hash collisions welcome). */
export function randomWords(n: number, seed: number): string[] {
  const rnd = seeded(seed);
  return Array.from({ length: n }, () => String.fromCharCode(0x4e00 + (rnd() % 3000), 0x4e00 + (rnd() % 3000)) + (rnd() % 2 ? '' : String.fromCharCode(rnd() % 65536)));
}
