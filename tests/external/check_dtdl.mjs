// check_dtdl.mjs — parses every exported DTDL interface set with @digicatapult/dtdl-parser (the
// official DTDLParser for .NET, compiled to WebAssembly) and, as a second opinion, with
// @azure/dtdl-parser; then checks that deliberately broken sets are rejected.
//
//   node check_dtdl.mjs <npm prefix> <artefact dir>...   (broken sets derive from the first)
//
// Exit 0: every set parsed and every broken set was rejected. Exit 1: a failure (printed).
// Prints "SKIP: <reason>" and exits 0 when a validator cannot be loaded; CTest turns that into
// a skipped test (SKIP_REGULAR_EXPRESSION).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [prefix, ...dirs] = process.argv.slice(2);
if (!prefix || dirs.length === 0) { console.error('usage: node check_dtdl.mjs <npm prefix> <artefact dir>...'); process.exit(2); }
const require = createRequire(path.join(path.resolve(prefix), 'node_modules', 'x.js'));

let digicat, azure;
try {
  const mod = await import(path.join(path.resolve(prefix), 'node_modules', '@digicatapult', 'dtdl-parser', 'build', 'index.js'));
  digicat = await mod.getInterop();
  azure = require('@azure/dtdl-parser');
} catch (e) {
  console.log(`SKIP: a DTDL validator cannot be loaded from ${prefix}: ${e.message ?? e}`);
  process.exit(0);
}
console.log(`DTDLParser: ${digicat.parserVersion()}`);

function parseDigicat(text) {
  try { digicat.parse(text); return null; } catch (e) { return String(e.message ?? e).slice(0, 2000); }
}
async function parseAzure(text) {
  const parser = azure.createParser(azure.ModelParsingOption.PermitAnyTopLevelElement);
  const doc = JSON.parse(text);
  const items = Array.isArray(doc) ? doc : [doc];
  try { await parser.parse(items.map((i) => JSON.stringify(i))); return null; } catch (e) {
    return `${e.message ?? e} ${JSON.stringify(e._parsingErrors ?? e.parsingErrors ?? '')}`.slice(0, 2000);
  }
}

let failed = 0;
let interfaces = 0;
let sets = [];
let dtdlDir;
const firstSets = [];
for (const dir of dirs) {
dtdlDir = path.join(dir, 'dtdl');
sets = fs.readdirSync(dtdlDir).filter((f) => f.endsWith('.json')).sort();
if (sets.length === 0) { console.log(`FAIL: no DTDL files in ${dtdlDir}`); process.exit(1); }
if (firstSets.length === 0) firstSets.push(path.join(dtdlDir, sets[0]));

for (const f of sets) {
  const text = fs.readFileSync(path.join(dtdlDir, f), 'utf8');
  const doc = JSON.parse(text);
  interfaces += Array.isArray(doc) ? doc.length : 1;
  const e1 = parseDigicat(text);
  if (e1) { failed++; console.log(`FAIL ${f}: DTDLParser rejects it: ${e1}`); } else console.log(`ok ${f} (DTDLParser)`);
  const e2 = await parseAzure(text);
  if (e2) { failed++; console.log(`FAIL ${f}: @azure/dtdl-parser rejects it: ${e2}`); } else console.log(`ok ${f} (@azure/dtdl-parser)`);
}

// The one-Interface-per-file directory, parsed together as one set (as DTDL tools read a folder).
const ifDir = path.join(dtdlDir, 'interfaces');
if (fs.existsSync(ifDir)) {
  const parts = fs.readdirSync(ifDir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(ifDir, f), 'utf8')));
  const text = JSON.stringify(parts);
  const e1 = parseDigicat(text);
  if (e1) { failed++; console.log(`FAIL interfaces/ (${parts.length} files): DTDLParser rejects them: ${e1}`); }
  else console.log(`ok interfaces/ (${parts.length} files, DTDLParser)`);
  const e2 = await parseAzure(text);
  if (e2) { failed++; console.log(`FAIL interfaces/: @azure/dtdl-parser rejects them: ${e2}`); }
  else console.log(`ok interfaces/ (${parts.length} files, @azure/dtdl-parser)`);
}

}
// Deliberately broken sets, derived from the first exported set: each must be rejected by DTDLParser.
const base = JSON.parse(fs.readFileSync(firstSets[0], 'utf8'));
const first = () => { const c = structuredClone(base); return Array.isArray(c) ? c : [c]; };
const broken = {
  'content name with a space': (s) => { s[s.length - 1].contents[0].name = 'bad name'; return s; },
  'unknown schema': (s) => { s[s.length - 1].contents[0].schema = 'doubleX'; return s; },
  'malformed DTMI': (s) => { s[s.length - 1]['@id'] = 'dtmi:bad id;1'; return s; },
  'unit without semantic type': (s) => { const c = s[s.length - 1].contents[0]; c['@type'] = 'Telemetry'; c.unit = 'watt'; c.schema = 'double'; return s; },
  'duplicate content name': (s) => { const i = s[s.length - 1]; i.contents.push(structuredClone(i.contents[0])); return s; },
};
for (const [what, mutate] of Object.entries(broken)) {
  const text = JSON.stringify(mutate(first()));
  if (parseDigicat(text) === null) { failed++; console.log(`FAIL broken set accepted by DTDLParser: ${what}`); }
  else console.log(`ok rejected: ${what}`);
}
if (failed) { console.log(`${failed} failure(s)`); process.exit(1); }
console.log(`${dirs.length} artefact dir(s): every DTDL set, ${interfaces} interface(s), parse; ${Object.keys(broken).length} broken sets rejected`);
