// Prints each official with the posts the text gives them, using the built package.
//   node examples/officials.mjs [file.txt]   (default: examples/sample.txt)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createExtractor } = require('../dist/index.js');

const file = process.argv[2] ?? new URL('./sample.txt', import.meta.url);
const ex = createExtractor().extract(readFileSync(file, 'utf8'), { docId: String(file) });
const orgName = (id) => ex.organisations.find((o) => o.id === id)?.name ?? '—';
for (const person of ex.persons.filter((p) => p.role === 'official')) {
  console.log(person.name);
  for (const pos of ex.positions.filter((j) => j.person === person.id)) console.log(`  ${pos.title} (${pos.titleEn ?? '?'}) — ${orgName(pos.organisation)}`);
}
for (const pos of ex.positions.filter((j) => j.person === null)) console.log(`(no named holder) ${pos.title} — ${orgName(pos.organisation)}`);
