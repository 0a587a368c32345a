// check_wot.mjs — validates every exported W3C WoT Thing Description (DIR/wot/*.td.json) with the
// W3C Thing Description Playground's validator (@thing-description-playground/core, tdValidator):
// JSON, the TD 1.1 JSON Schema, the "defaults" schema (every default term stated) and the
// additional checks (security references, multi-language consistency, readOnly/writeOnly against
// the forms' ops, unique names, …). A TD counts as valid when every entry of the report is
// "passed" or null (null: not run; the JSON-LD check is switched off because it fetches the
// context over the network). Deliberately broken TDs must be rejected.
//
//   node check_wot.mjs <npm prefix> <artefact dir>...   (broken TDs derive from the first TD with actions)
//
// Exit 0: all good. Exit 1: a failure (printed). "SKIP: <reason>" (exit 0) when the validator cannot be
// loaded; CTest reports the test as skipped (SKIP_REGULAR_EXPRESSION).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [prefix, ...dirs] = process.argv.slice(2);
if (!prefix || dirs.length === 0) { console.error('usage: node check_wot.mjs <npm prefix> <artefact dir>...'); process.exit(2); }
const require = createRequire(path.join(path.resolve(prefix), 'node_modules', 'x.js'));
let tdValidator;
try {
  ({ tdValidator } = require('@thing-description-playground/core'));
  if (typeof tdValidator !== 'function') throw new Error('tdValidator is not a function');
} catch (e) {
  console.log(`SKIP: @thing-description-playground/core cannot be loaded from ${prefix}: ${e.message ?? e}`);
  process.exit(0);
}

/** The problems of a TD (text): every report or detail entry that is neither "passed" nor null, with the log. */
async function problems(text) {
  const log = [];
  let result;
  try {
    result = await tdValidator(text, (m) => log.push(String(m)), { checkDefaults: true, checkJsonLd: false, checkTmConformance: false });
  } catch (e) {
    return [`validator threw: ${e}`];
  }
  const out = [];
  for (const [k, v] of Object.entries(result.report)) if (v !== 'passed' && v !== null) out.push(`report.${k}: ${v}`);
  for (const [k, v] of Object.entries(result.details)) if (v !== 'passed' && v !== null) out.push(`details.${k}: ${v}`);
  if (result.report.json !== 'passed' || result.report.schema !== 'passed') out.push('not checked: JSON or schema did not pass');
  if (out.length) out.push(...log.slice(0, 6).map((l) => `  log: ${l.slice(0, 300)}`));
  return out;
}

let failed = 0;
let tds = 0;
let counts = { properties: 0, actions: 0 };
let withActions = null;
for (const dir of dirs) {
  const wotDir = path.join(dir, 'wot');
  const files = fs.existsSync(wotDir) ? fs.readdirSync(wotDir).filter((f) => f.endsWith('.td.json')).sort() : [];
  if (files.length === 0) { console.log(`FAIL: no Thing Descriptions in ${wotDir}`); failed++; continue; }
  for (const f of files) {
    const text = fs.readFileSync(path.join(wotDir, f), 'utf8');
    tds++;
    const p = await problems(text);
    if (p.length) { failed++; console.log(`FAIL ${path.join(wotDir, f)}:\n  ${p.join('\n  ')}`); continue; }
    const td = JSON.parse(text);
    counts.properties += Object.keys(td.properties ?? {}).length;
    counts.actions += Object.keys(td.actions ?? {}).length;
    if (withActions === null && td.actions && td.properties) withActions = td;
    console.log(`ok ${path.join(path.basename(dir), 'wot', f)}`);
  }
}

// Deliberately broken TDs: the validator must reject each (a report entry neither passed nor null).
const broken = [];
if (withActions) {
  const firstProp = Object.keys(withActions.properties)[0];
  const firstAction = Object.keys(withActions.actions)[0];
  const b1 = structuredClone(withActions); delete b1.properties[firstProp].forms;
  broken.push([`property ${firstProp} without forms`, b1]);
  const b2 = structuredClone(withActions); b2.security = 'undeclared_sc';
  broken.push(['security naming an undeclared definition', b2]);
  const b3 = structuredClone(withActions); b3.properties[firstProp].forms[0].op = 'invokeaction';
  broken.push([`property ${firstProp} with an action op`, b3]);
  const b4 = structuredClone(withActions); b4['@context'] = ['https://example.org/not-the-td-context'];
  broken.push(['a wrong @context', b4]);
  const b5 = structuredClone(withActions); b5.actions[firstAction].safe = 'no';
  broken.push([`action ${firstAction} with a non-boolean safe`, b5]);
  const b6 = structuredClone(withActions); b6.properties[firstProp].readOnly = true; b6.properties[firstProp].forms[0].op = ['readproperty', 'writeproperty'];
  broken.push([`read-only property ${firstProp} with writeproperty`, b6]);
  const b7 = structuredClone(withActions); b7.titles = { en: withActions.title, de: 'Titel' }; b7.descriptions = { en: 'x', zh: 'y' };
  broken.push(['inconsistent language maps', b7]);
  const b8 = structuredClone(withActions); delete b8.title;
  broken.push(['no title', b8]);
} else { failed++; console.log('FAIL: no exported TD has both properties and actions'); }
for (const [what, td] of broken) {
  const p = await problems(JSON.stringify(td, null, 2));
  if (p.length === 0) { failed++; console.log(`FAIL broken TD accepted: ${what}`); }
  else console.log(`ok rejected: ${what} (${p[0].slice(0, 140)})`);
}
if (failed) { console.log(`${failed} failure(s)`); process.exit(1); }
console.log(`all ${tds} Thing Descriptions valid (${counts.properties} properties, ${counts.actions} actions); ${broken.length} broken TDs rejected`);
