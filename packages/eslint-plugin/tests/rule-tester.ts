import { fileURLToPath } from 'node:url';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The demo app's policy: the examples and cases are written against it. */
export const DEMO_POLICY = fileURLToPath(
  new URL('../../../apps/demo/pledge.policy.yaml', import.meta.url),
);

/** A RuleTester that lints with @typescript-eslint/parser against the demo policy. */
export function createRuleTester(): RuleTester {
  return new RuleTester({ settings: { pledge: { policy: DEMO_POLICY } } });
}
