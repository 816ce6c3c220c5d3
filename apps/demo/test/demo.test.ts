import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFixtures } from '@pledge/core/testing';
import { scan } from '@pledge/scanner';
import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

// DESIGN §7: the demo's code is clean under every rule; `violations/` holds realistic
// violations, each annotated, and both lint and scan report exactly those.

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });
const RULES = ['no-full-card-storage', 'no-undeclared-cookie', 'no-pii-to-undeclared-third-party'];

it('lint reports nothing in src/', async () => {
  const results = await eslint.lintFiles(['src']);
  expect(results.length).toBe(readdirSync(join(root, 'src')).length);
  expect(results.flatMap((r) => r.messages)).toEqual([]);
});

it('lint reports exactly the annotated lines in violations/', async () => {
  for (const ruleId of RULES) {
    for (const fixture of readFixtures(join(root, 'violations'), ruleId)) {
      const [result] = await eslint.lintFiles([fixture.path]);
      const lines = result?.messages
        .filter((m) => m.ruleId === `pledge/${ruleId}`)
        .map((m) => m.line);
      expect([...new Set(lines)], `${fixture.name} (${ruleId})`).toEqual(fixture.expectedLines);
    }
  }
});

it('the scanner reports exactly the annotated lines, and nothing in src/', async () => {
  const result = await scan({ root });
  expect(result.skipped).toEqual([]);
  expect(result.findings.filter((f) => f.file.startsWith('src/'))).toEqual([]);
  for (const ruleId of RULES) {
    for (const fixture of readFixtures(join(root, 'violations'), ruleId)) {
      const lines = result.findings
        .filter((f) => f.file === `violations/${fixture.name}` && f.ruleId === ruleId)
        .map((f) => f.line);
      expect([...new Set(lines)], `${fixture.name} (${ruleId})`).toEqual(fixture.expectedLines);
    }
  }
});
