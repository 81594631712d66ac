// Writes the metrics of every .txt article in a folder as one CSV table (pandas: pd.read_csv).
//   node examples/metrics-csv.mjs FOLDER > metrics.csv
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createExtractor, toCsv } = require('../dist/index.js');

const folder = process.argv[2] ?? new URL('.', import.meta.url).pathname;
const extractor = createExtractor();
const extractions = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => extractor.extract(readFileSync(join(folder, f), 'utf8'), { docId: f }));
process.stdout.write(toCsv(extractions, 'metrics'));
