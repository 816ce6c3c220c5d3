import { fileURLToPath } from 'node:url';
import { coreRules } from '@pledge/core';
import { expect, it } from 'vitest';
import { runFixtures } from '../src/index.js';

// The core rules' conformance corpus through every front end, both kinds of line checked:
// exactly the `// expect:` lines, nothing on `// ok` lines or anywhere else.

const RULES_DIR = fileURLToPath(new URL('../../core/src/rules/', import.meta.url));
const DEMO_POLICY = fileURLToPath(
  new URL('../../../apps/demo/pledge.policy.yaml', import.meta.url),
);

it('has core rules', () => {
  expect(Object.keys(coreRules).length).toBeGreaterThan(0);
});

for (const [id, rule] of Object.entries(coreRules)) {
  runFixtures(`${RULES_DIR}${id}/fixtures`, {
    name: `${id} fixtures`,
    rules: [rule],
    policy: DEMO_POLICY,
    frontEnds: ['engine', 'eslint', 'eslint-typed', 'scanner'],
  });
}
