// The API's TypeScript types (schema.ts) are generated from its OpenAPI document (openapi.json),
// which the server prints with `colo openapi`; both files are committed so that the web builds
// without a server. `npm run api:types` (also run by `npm run build`):
//   - with the server binary (COLO_BINARY, else ../build/colo) dumps the document afresh;
//   - without it, regenerates the types from the committed document.
// `--check` changes nothing and fails when either file is not what would be generated.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
export const DOCUMENT = resolve(here, 'openapi.json');
export const TYPES = resolve(here, 'schema.ts');

const HEADER =
  '// Generated from openapi.json by src/api/generate.mjs (npm run api:types). Do not edit:\n' +
  '// change the server\'s shapes, then regenerate.\n\n';

/** The document as committed: two-space indented, one trailing newline. */
export function documentText(json) {
  return JSON.stringify(JSON.parse(json), null, 2) + '\n';
}

/** The TypeScript for a document: `paths`, `components`, one type per named schema and, for
 * every enumeration, its values as an array (e.g. deviceStatusValues). */
export async function generate(docText) {
  const ast = await openapiTS(JSON.parse(docText), {
    enumValues: true,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
  });
  return HEADER + astToString(ast);
}

async function main() {
  const check = process.argv.includes('--check');
  const binary = process.env.COLO_BINARY ?? resolve(here, '../../../build/colo');
  let doc;
  if (existsSync(binary)) {
    doc = documentText(execFileSync(binary, ['openapi'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  } else {
    console.warn(`api:types: no server binary at ${binary}; using the committed openapi.json`);
    doc = readFileSync(DOCUMENT, 'utf8');
  }
  const types = await generate(doc);
  const stale = [];
  for (const [file, text] of [
    [DOCUMENT, doc],
    [TYPES, types],
  ]) {
    const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (old === text) continue;
    if (check) stale.push(file);
    else writeFileSync(file, text);
  }
  if (stale.length) {
    console.error(`api:types: stale, run npm run api:types: ${stale.join(', ')}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
