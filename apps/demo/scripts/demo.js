// The main job: check the demo app against its privacy policy and show what Pledge finds.
// `src/` must be clean; `violations/` must report exactly its annotated lines.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { formatDiagnostic, loadPolicy } from '@pledge/policy';

const root = join(import.meta.dirname, '..');
const policyFile = join(root, 'pledge.policy.yaml');
const { policy, errors, warnings } = loadPolicy(policyFile);
for (const d of [...errors, ...warnings]) console.error(formatDiagnostic(d));
if (!policy) process.exit(2);
console.log(
  `Policy: ${policy.organization}, ${policy.document.title ?? 'privacy policy'} (${policy.document.url})`,
);
console.log(
  `  ${Object.keys(policy.clauses).length} clauses, ${policy.cookies?.declared.length ?? 0} declared cookies, ${policy.thirdParties.length} recipients\n`,
);

const eslint = new ESLint({ cwd: root });
const results = await eslint.lintFiles(['src', 'violations']);
const formatter = await eslint.loadFormatter('stylish');
const output = await formatter.format(results);
console.log(output.trim() === '' ? 'No findings.' : output);

let mismatches = 0;
for (const result of results) {
  const file = relative(root, result.filePath);
  const expected = readFileSync(result.filePath, 'utf8')
    .split('\n')
    .flatMap((line, i) => (/\/\/\s*expect:\s*[\w-]+/.test(line) ? [i + 1] : []));
  const reported = [...new Set(result.messages.map((m) => m.line))];
  const missed = expected.filter((line) => !reported.includes(line));
  const extra = reported.filter((line) => !expected.includes(line));
  for (const line of missed) console.error(`MISSED ${file}:${line}`);
  for (const line of extra) console.error(`UNEXPECTED ${file}:${line}`);
  mismatches += missed.length + extra.length;
}
const count = results.reduce((n, r) => n + r.messages.length, 0);
console.log(
  `${count} findings, all in violations/ and exactly the annotated lines${mismatches ? ` — except ${mismatches} mismatches` : ''}.`,
);
process.exitCode = mismatches === 0 ? 0 : 1;
