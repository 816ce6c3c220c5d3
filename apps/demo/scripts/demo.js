// The main job (`pnpm demo`): check the demo app against its privacy policy and show what Pledge
// finds. ESLint and the whole-program scanner run on the app; `src/` must be clean and
// `violations/` must report exactly its annotated lines (./annotations.js). Then the data map:
// which personal data goes where, with its Mermaid picture written to pledge-map.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import {
  buildDataMap,
  loadConfig,
  main as pledge,
  readPolicy,
  render,
  renderDataMap,
  scan,
} from '@pledge/scanner';
import { eslintFindings, keys, readAnnotations } from './annotations.js';

const root = join(import.meta.dirname, '..');
const color = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
const io = { stdout: process.stdout, stderr: process.stderr, cwd: root, env: process.env };
const heading = (text) => console.log(`\n${color ? `\x1b[1m${text}\x1b[0m` : text}\n`);

heading('$ pledge policy check pledge.policy.yaml');
if ((await pledge(['policy', 'check', 'pledge.policy.yaml'], io)) !== 0) process.exit(2);

heading('$ eslint src violations   (pledge.configs.recommended and the three packs)');
const eslint = new ESLint({ cwd: root });
const linted = await eslint.lintFiles(['src', 'violations']);
const stylish = await eslint.loadFormatter('stylish');
console.log(await stylish.format(linted));

heading('$ pledge scan   (the core rules and the packs of pledge.config.yaml, across files)');
const config = await loadConfig(join(root, 'pledge.config.yaml'));
const analyses = [];
const scanned = await scan({
  root,
  packs: config.packs,
  ruleSettings: config.ruleSettings,
  ignores: config.ignores,
  tests: config.tests,
  configFile: config.file,
  onAnalysis: ({ analysis }) => analyses.push(analysis),
});
const readSource = (file) => readFileSync(join(root, file), 'utf8');
console.log(render(scanned, 'pretty', { color, cwd: root, readSource }));

heading('Do ESLint and the scanner report exactly the annotated lines?');
const expected = readAnnotations(root);
const linter = eslintFindings(root, linted);
let mismatches = 0;
const compare = (frontEnd, found, wanted) => {
  const foundKeys = keys(found);
  const wantedKeys = keys(wanted);
  for (const key of wantedKeys.filter((k) => !foundKeys.includes(k)))
    console.log(`  ${frontEnd} MISSED      ${key}`);
  for (const key of foundKeys.filter((k) => !wantedKeys.includes(k)))
    console.log(`  ${frontEnd} UNEXPECTED  ${key}`);
  mismatches +=
    wantedKeys.filter((k) => !foundKeys.includes(k)).length +
    foundKeys.filter((k) => !wantedKeys.includes(k)).length;
};
compare('ESLint', linter, expected.eslint);
compare('pledge scan', scanned.findings, expected.scanner);
const scannerKeys = new Set(keys(scanned.findings));
for (const key of keys(linter).filter((k) => !scannerKeys.has(k))) {
  console.log(`  ESLint reports what the scanner does not: ${key}`);
  mismatches += 1;
}
const rules = new Set(expected.scanner.map((f) => f.ruleId));
console.log(
  mismatches === 0
    ? `  Yes. src/ is clean; violations/ has ${expected.scanner.length} findings over ${rules.size} rules (${expected.scanner.length - expected.eslint.length} of them across files, seen by the scanner only), exactly as annotated.`
    : `  No: ${mismatches} differences from the annotations (above).`,
);
for (const missed of expected.missed)
  console.log(
    `  Known miss, annotated \`missed:\`: ${missed.file}:${missed.line} ${missed.ruleId}`,
  );

heading('$ pledge map   (the data map: personal data, where it goes, under which promise)');
const { policy } = readPolicy(root, [], join(root, 'pledge.policy.yaml'));
const map = buildDataMap({
  analyses,
  policy,
  root,
  findings: scanned.findings,
  rules: scanned.rules,
});
console.log(renderDataMap(map, 'text'));
const mapFile = join(root, 'pledge-map.md');
writeFileSync(mapFile, renderDataMap(map, 'markdown'));
console.log(`The data map with its Mermaid diagram: ${mapFile}`);

process.exitCode = mismatches === 0 ? 0 : 1;
