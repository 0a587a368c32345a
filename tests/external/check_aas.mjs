// check_aas.mjs — reads every exported AAS V3.0 Environment with the aas-core SDK
// (@aas-core-works/aas-core3.0-typescript: jsonization.environmentFromJsonable, then
// verification.verify) and requires no error; checks that deliberately broken environments are
// reported.
//
//   node check_aas.mjs <npm prefix> <artefact dir>...   (broken environments derive from the first)
//
// Exit 0: all good. Exit 1: a failure (printed). "SKIP: <reason>" (exit 0) when the SDK cannot be
// loaded; CTest reports the test as skipped (SKIP_REGULAR_EXPRESSION).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [prefix, ...dirs] = process.argv.slice(2);
if (!prefix || dirs.length === 0) { console.error('usage: node check_aas.mjs <npm prefix> <artefact dir>...'); process.exit(2); }
const require = createRequire(path.join(path.resolve(prefix), 'node_modules', 'x.js'));
let aas;
try {
  aas = require('@aas-core-works/aas-core3.0-typescript');
} catch (e) {
  console.log(`SKIP: @aas-core-works/aas-core3.0-typescript cannot be loaded from ${prefix}: ${e.message ?? e}`);
  process.exit(0);
}

/** The problems of a jsonable environment: de-serialization errors, then verification errors. */
function problems(jsonable) {
  const env = aas.jsonization.environmentFromJsonable(jsonable);
  if (env.error !== null) return [`jsonization: ${env.error.path}: ${env.error.message}`];
  const out = [];
  for (const e of aas.verification.verify(env.mustValue())) {
    out.push(`${e.path}: ${e.message}`);
    if (out.length > 20) break;
  }
  return out;
}

let failed = 0;
let counts = { shells: 0, submodels: 0, concepts: 0 };
let model = null;
let environments = 0;
for (const dir of dirs) {
const aasDir = path.join(dir, 'aas');
const files = fs.readdirSync(aasDir).filter((f) => f.endsWith('.aas.json')).sort();
if (files.length === 0) { console.log(`FAIL: no environments in ${aasDir}`); process.exit(1); }
environments += files.length;
for (const f of files) {
  const doc = JSON.parse(fs.readFileSync(path.join(aasDir, f), 'utf8'));
  const p = problems(doc);
  if (p.length) { failed++; console.log(`FAIL ${f}:\n  ${p.join('\n  ')}`); continue; }
  counts.shells += (doc.assetAdministrationShells ?? []).length;
  counts.submodels += (doc.submodels ?? []).length;
  counts.concepts += (doc.conceptDescriptions ?? []).length;
  if (doc.assetAdministrationShells && model === null) model = doc;
  console.log(`ok ${f}`);
}

}

// Deliberately broken environments: the SDK must report each.
const broken = [];
if (model) {
  const b1 = structuredClone(model); b1.submodels[0].submodelElements[0].idShort = 'bad id';
  broken.push(['idShort with a space', b1]);
  const b2 = structuredClone(model); b2.conceptDescriptions = [];
  broken.push(['an empty list', b2]);
  const b3 = structuredClone(model);
  const prop = b3.submodels.flatMap((s) => s.submodelElements ?? []).find((e) => e.modelType === 'Property' && e.value !== undefined && e.valueType === 'xs:unsignedShort');
  if (prop) { prop.value = '-1'; broken.push(['a value outside its xs:unsignedShort', b3]); }
  const b4 = structuredClone(model); delete b4.assetAdministrationShells[0].assetInformation.globalAssetId;
  broken.push(['a shell whose asset has no id', b4]);
  const b5 = structuredClone(model);
  b5.conceptDescriptions[0].embeddedDataSpecifications[0].dataSpecificationContent.preferredName = [{ language: 'zh', text: '仅中文' }];
  broken.push(['a preferred name without English', b5]);
} else { failed++; console.log('FAIL: no environment with shells was exported'); }
for (const [what, env] of broken) {
  let p;
  try { p = problems(env); } catch (e) { p = [String(e)]; }
  if (p.length === 0) { failed++; console.log(`FAIL broken environment accepted: ${what}`); }
  else console.log(`ok rejected: ${what} (${p[0].slice(0, 140)})`);
}
if (failed) { console.log(`${failed} failure(s)`); process.exit(1); }
console.log(`all ${environments} environments verify (${counts.shells} shells, ${counts.submodels} submodels, ${counts.concepts} concept descriptions); ${broken.length} broken environments reported`);
