// Run by `npm run build`, after tsup: validates every bundled JSON dictionary (dicts/<name>.json)
// against its schema (schemas/dicts/<name>.schema.json) with the validators the build compiled
// (dist/dict-validators.js), and writes dist/dicts-validated.json: the SHA-256 of each schema's and
// dictionary's text. At run time, a dictionary whose text and schema's text are a pair of this file
// is not validated again (src/resources/read.ts): the validators' megabyte of code is then never
// loaded (issue 8: 7 MB of peak RSS and 5 MB at import). The build fails on a dictionary that does
// not match its schema.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

export function validatedDicts(dist = join(root, 'dist'), dictsDir = join(root, 'dicts'), schemasDir = join(root, 'schemas')) {
  const { dictValidators } = require(join(dist, 'dict-validators.js'));
  const validated = [];
  const failures = [];
  for (const file of readdirSync(dictsDir).filter((f) => f.endsWith('.json')).sort()) {
    const name = file.replace(/\.json$/, '');
    const schemaText = readFileSync(join(schemasDir, 'dicts', `${name}.schema.json`), 'utf8');
    const entry = dictValidators[name];
    if (!entry) throw new Error(`dicts/${file}: no validator named "${name}" in dist/dict-validators.js (npm run build:validators)`);
    if (entry.sha256 !== sha256(schemaText)) throw new Error(`schemas/dicts/${name}.schema.json changed since its validator was generated: run npm run build:validators`);
    const text = readFileSync(join(dictsDir, file), 'utf8');
    if (!entry.validate(JSON.parse(text))) {
      const first = entry.validate.errors?.[0];
      failures.push(`dicts/${file} does not match ${name}.schema.json: ${first?.instancePath || '/'} ${first?.message ?? ''}`);
      continue;
    }
    validated.push({ name, schema: entry.sha256, dict: sha256(text) });
  }
  if (failures.length) throw new Error(failures.join('\n'));
  return { validated };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = join(root, 'dist');
  const manifest = validatedDicts(dist);
  writeFileSync(join(dist, 'dicts-validated.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`dist/dicts-validated.json: ${manifest.validated.length} dictionaries validated`);
}
