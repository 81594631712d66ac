import { createRequire } from 'node:module';
import type Ajv2020 from 'ajv/dist/2020.js';

// createRequire works in both builds, as in segment/rust-jieba.ts.
const requireHere = createRequire(__filename);

let ajvClass: typeof Ajv2020 | null = null;

/**
 * ajv's draft 2020-12 class, loaded on first use. The bundled dictionaries are checked by the
 * validators compiled at build time, so most processes never need ajv: loading it at import
 * took about 7 MB of resident memory (issue 8's peak RSS) and 20-30 ms of every start.
 */
export function ajv2020(): typeof Ajv2020 {
  if (!ajvClass) {
    const mod = requireHere('ajv/dist/2020.js') as typeof Ajv2020 & { default?: typeof Ajv2020 };
    ajvClass = mod.default ?? mod;
  }
  return ajvClass;
}
