import { fileURLToPath, pathToFileURL } from 'node:url';
import { coreRules } from '@pledge/core';
import { expect, it } from 'vitest';
import { RuleTester, type RuleCases } from '../src/index.js';

// Every core rule's cases (`src/rules/<id>/cases.ts` in @pledge/core) through the engine,
// untyped ESLint and the scanner. The cases live beside the rules, but their runner lives here:
// the tester depends on @pledge/core (and on the scanner, which depends on it too), so core
// cannot take the tester as a devDependency: turbo rejects the cycle, devDependencies included.

const RULES_DIR = fileURLToPath(new URL('../../core/src/rules/', import.meta.url));
const DEMO_POLICY = fileURLToPath(
  new URL('../../../apps/demo/pledge.policy.yaml', import.meta.url),
);

// Each rule's cases by its id: a core rule without a `cases.ts` fails to load here.
const suites = await Promise.all(
  Object.entries(coreRules).map(async ([id, rule]) => {
    const module = (await import(pathToFileURL(`${RULES_DIR}${id}/cases.ts`).href)) as {
      cases: RuleCases;
    };
    return { id, rule, cases: module.cases };
  }),
);

it('has cases for every core rule, valid and invalid', () => {
  expect(suites.length).toBeGreaterThan(0);
  for (const { id, cases } of suites) {
    expect(cases.valid.length, `${id}: valid cases`).toBeGreaterThan(0);
    expect(cases.invalid.length, `${id}: invalid cases`).toBeGreaterThan(0);
  }
});

const tester = new RuleTester({ policy: DEMO_POLICY });

for (const { id, rule, cases } of suites) tester.run(id, rule, cases);
