// check_json_schema.mjs — compiles every exported JSON Schema with Ajv (draft 2020-12, ajv-formats),
// validates the JSON instances the library wrote against them, and checks that deliberately
// broken instances are rejected.
//
//   node check_json_schema.mjs <npm prefix> <artefact dir>...
//
// Every directory is checked (schemas, instances, broken instances derived from its instances).
// Exit 0: all good. Exit 1: a failure (printed). "SKIP: <reason>" (exit 0) when Ajv cannot be
// loaded; CTest reports the test as skipped (SKIP_REGULAR_EXPRESSION).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [prefix, ...dirs] = process.argv.slice(2);
if (!prefix || dirs.length === 0) { console.error('usage: node check_json_schema.mjs <npm prefix> <artefact dir>...'); process.exit(2); }
const require = createRequire(path.join(path.resolve(prefix), 'node_modules', 'x.js'));
let Ajv2020, addFormats;
try {
  Ajv2020 = require('ajv/dist/2020').default;
  addFormats = require('ajv-formats').default ?? require('ajv-formats');
} catch (e) {
  console.log(`SKIP: ajv / ajv-formats cannot be loaded from ${prefix}: ${e.message ?? e}`);
  process.exit(0);
}

let failed = 0;
const summary = [];
function run(dir) {
// strict mode: unknown keywords and formats are errors, so the x- annotations are declared.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addVocabulary(['x-unit', 'x-zh', 'x-semantic', 'x-kind', 'x-writable', 'x-dtmi', 'x-target', 'x-entity']);

const schemaDir = path.join(dir, 'jsonschema');
const files = fs.readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort();
const validators = {};
for (const f of files) {
  const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, f), 'utf8'));
  try {
    validators[f.replace(/\.schema\.json$/, '')] = ajv.compile(schema);
    console.log(`ok compiled ${f}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${f} does not compile under draft 2020-12: ${e.message}`);
  }
}
if (files.length === 0) { failed++; console.log(`FAIL: no schemas in ${schemaDir}`); return; }

function check(name, validate, instance, expectValid, what) {
  const ok = validate(instance);
  if (ok !== expectValid) {
    failed++;
    console.log(`FAIL ${name}: ${what} was ${ok ? 'accepted' : 'rejected'}${ok ? '' : ': ' + ajv.errorsText(validate.errors)}`);
    return;
  }
  console.log(`ok ${name}: ${what} ${expectValid ? 'valid' : 'rejected (' + ajv.errorsText(validate.errors).slice(0, 160) + ')'}`);
}

// Instances written by the library: instances/<Entity>.jsonl (one object per line) and
// instances/<Model>.json (the whole model).
const instDir = path.join(dir, 'instances');
let instances = 0;
const samples = {};
let modelName = null;
for (const f of fs.existsSync(instDir) ? fs.readdirSync(instDir).sort() : []) {
  const name = f.replace(/\.(jsonl|json)$/, '');
  const validate = validators[name];
  if (!validate) { failed++; console.log(`FAIL instances/${f}: no schema ${name}.schema.json`); continue; }
  const text = fs.readFileSync(path.join(instDir, f), 'utf8');
  const docs = f.endsWith('.jsonl') ? text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l)) : [JSON.parse(text)];
  docs.forEach((d, i) => { check(name, validate, d, true, `instances/${f}#${i}`); instances++; });
  if (docs.length) samples[name] = docs[0];
  if (!f.endsWith('.jsonl')) modelName = name;
}
if (instances === 0) { failed++; console.log('FAIL: no instances to validate'); }

// Deliberately broken instances: each mutation of a valid instance must be rejected.
const clone = (x) => structuredClone(x);
const broken = [];
if (samples.Cell) {
  const c = samples.Cell;
  broken.push(['Cell', 'pci above its maximum', { ...clone(c), pci: 1008 }]);
  broken.push(['Cell', 'rsrp below its minimum', { ...clone(c), rsrp: -156.5 }]);
  broken.push(['Cell', 'pci not an integer', { ...clone(c), pci: 17.5 }]);
  broken.push(['Cell', 'unknown enumerator', { ...clone(c), state: 'dormant' }]);
  broken.push(['Cell', 'value not among one_of', { ...clone(c), ssbPeriodicity: 30 }]);
  broken.push(['Cell', 'empty name (length 1..32)', { ...clone(c), name: '' }]);
  broken.push(['Cell', 'name of 33 code points', { ...clone(c), name: 'x'.repeat(33) }]);
  broken.push(['Cell', 'label against its pattern', { ...clone(c), label: 'North' }]);
  broken.push(['Cell', 'no beams (items 1..8)', { ...clone(c), beams: [] }]);
  broken.push(['Cell', 'position of 2 elements (std::array<double, 3>)', { ...clone(c), position: [1, 2] }]);
  broken.push(['Cell', 'beam azimuth out of range', { ...clone(c), beams: [{ azimuth: 1801, tilt: 0 }] }]);
  broken.push(['Cell', 'unknown member in a nested beam', { ...clone(c), beams: [{ azimuth: 0, tilt: 0, gain: 1 }] }]);
  broken.push(['Cell', 'unknown member', { ...clone(c), colour: 'red' }]);
  broken.push(['Cell', 'relationship target not an id', { ...clone(c), servedBy: 17 }]);
  const { rsrp, ...noRsrp } = clone(c);
  broken.push(['Cell', 'missing required rsrp', noRsrp]);
}
if (samples.GNodeB) {
  const g = samples.GNodeB;
  broken.push(['GNodeB', 'commissioned not a date-time', { ...clone(g), commissioned: '23 Nov 2026' }]);
  broken.push(['GNodeB', 'site against its pattern', { ...clone(g), site: 'szx1' }]);
  broken.push(['GNodeB', 'gnbId negative (uint32)', { ...clone(g), gnbId: -1 }]);
}
if (modelName && samples.Cell) {
  const n = clone(samples[modelName]);
  n.Cell[0].pci = 5000;
  broken.push([modelName, 'a cell of the model out of range', n]);
  const n2 = clone(samples[modelName]);
  n2.Cell[0].$id = '';
  broken.push([modelName, 'an empty $id', n2]);
  const n3 = clone(samples[modelName]);
  delete n3.Cell;
  broken.push([modelName, 'an entity type missing', n3]);
}
// Generic mutations, for every entity type whatever the directory (the flagship's export has
// no Cell/GNodeB): a bound overstepped by one, an unknown member, a required member removed.
for (const [name, sample] of Object.entries(samples)) {
  if (name === modelName || sample === null || typeof sample !== 'object') continue;
  const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, `${name}.schema.json`), 'utf8'));
  const props = schema.properties ?? {};
  const withMax = Object.keys(props).find((k) => typeof props[k].maximum === 'number' && k in sample);
  if (withMax) broken.push([name, `${withMax} above its maximum (generic)`, { ...clone(sample), [withMax]: props[withMax].maximum + 1 }]);
  const withMin = Object.keys(props).find((k) => typeof props[k].minimum === 'number' && k in sample);
  if (withMin) broken.push([name, `${withMin} below its minimum (generic)`, { ...clone(sample), [withMin]: props[withMin].minimum - 1 }]);
  if (schema.unevaluatedProperties === false || schema.additionalProperties === false)
    broken.push([name, 'an undeclared member (generic)', { ...clone(sample), twinspecUndeclared: 1 }]);
  const req = (schema.required ?? []).find((k) => k in sample);
  if (req) { const c = clone(sample); delete c[req]; broken.push([name, `required ${req} missing (generic)`, c]); }
}
if (broken.length < 10) { failed++; console.log('FAIL: the broken-instance set was not built (missing sample instances)'); }
for (const [name, what, inst] of broken) check(name, validators[name], inst, false, `broken: ${what}`);

// The Inventory schema (maps) with hand-built instances (the instance writer has no std::map).
if (validators.Inventory) {
  check('Inventory', validators.Inventory, { counters: { a: 1.5 }, title: { en: 'x', zh: '题' } }, true, 'hand-built instance');
  check('Inventory', validators.Inventory, { counters: { a: 'x' }, title: {} }, false, 'broken: map value of the wrong type');
}
summary.push(`${dir}: all ${files.length} schemas compile; ${instances} library-written instances valid; ${broken.length} broken instances rejected`);
}
for (const d of dirs) run(d);
if (failed) { console.log(`${failed} failure(s)`); process.exit(1); }
for (const line of summary) console.log(line);
