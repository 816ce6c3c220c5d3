import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFixtures } from '@pledge/core/testing';
import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

// DESIGN §7: the demo's code is clean under every rule; `violations/` holds realistic
// violations, each annotated, and lint reports exactly those.

const root = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

it('reports nothing in src/', async () => {
  const results = await eslint.lintFiles(['src']);
  expect(results.length).toBe(readdirSync(join(root, 'src')).length);
  expect(results.flatMap((r) => r.messages)).toEqual([]);
});

it('reports exactly the annotated lines in violations/', async () => {
  const dir = join(root, 'violations');
  for (const ruleId of [
    'no-full-card-storage',
    'no-undeclared-cookie',
    'no-pii-to-undeclared-third-party',
  ]) {
    for (const fixture of readFixtures(dir, ruleId)) {
      const [result] = await eslint.lintFiles([fixture.path]);
      const lines = result?.messages
        .filter((m) => m.ruleId === `pledge/${ruleId}`)
        .map((m) => m.line);
      expect([...new Set(lines)], `${fixture.name} (${ruleId})`).toEqual(fixture.expectedLines);
    }
  }
});
