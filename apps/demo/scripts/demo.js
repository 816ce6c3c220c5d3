// The main job: check the demo app against its privacy policy and show what Pledge finds.
// `src/` must be clean; `violations/` must report exactly its annotated lines, in ESLint and
// in the whole-program scanner alike.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { main as pledge, scan } from '@pledge/scanner';

const root = join(import.meta.dirname, '..');
const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: root,
  env: process.env,
  isTTY: process.stdout.isTTY,
};

console.log('$ pledge policy check pledge.policy.yaml');
if ((await pledge(['policy', 'check', 'pledge.policy.yaml'], io)) !== 0) process.exit(2);

console.log('\n$ pledge scan');
await pledge(['scan', '--fail-on', 'none'], io);

/** The lines annotated `// expect: <rule>` in a file. */
const expectedLines = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (/\/\/\s*expect:\s*[\w-]+/.test(line) ? [i + 1] : []));

const eslint = new ESLint({ cwd: root });
const linted = await eslint.lintFiles(['src', 'violations']);
const scanned = await scan({ root });
let mismatches = 0;
for (const [frontEnd, byFile] of [
  [
    'ESLint',
    new Map(linted.map((r) => [relative(root, r.filePath), r.messages.map((m) => m.line)])),
  ],
  [
    'pledge scan',
    scanned.findings.reduce(
      (map, f) => map.set(f.file, [...(map.get(f.file) ?? []), f.line]),
      new Map(),
    ),
  ],
]) {
  for (const result of linted) {
    const file = relative(root, result.filePath);
    const reported = [...new Set(byFile.get(file) ?? [])];
    const expected = expectedLines(result.filePath);
    for (const line of expected.filter((l) => !reported.includes(l)))
      console.error(`${frontEnd} MISSED ${file}:${line}`);
    for (const line of reported.filter((l) => !expected.includes(l)))
      console.error(`${frontEnd} UNEXPECTED ${file}:${line}`);
    mismatches +=
      expected.filter((l) => !reported.includes(l)).length +
      reported.filter((l) => !expected.includes(l)).length;
  }
}
const count = linted.reduce((n, r) => n + r.messages.length, 0);
console.log(
  mismatches === 0
    ? `\nESLint and pledge scan agree: ${count} findings, all in violations/ on exactly the annotated lines; src/ is clean.`
    : `\n${mismatches} lines differ from the annotations.`,
);
process.exitCode = mismatches === 0 ? 0 : 1;
