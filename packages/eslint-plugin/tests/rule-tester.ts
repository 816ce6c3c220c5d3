import { fileURLToPath } from 'node:url';

// The rules' cases moved to @pledge/core (`src/rules/<id>/cases.ts`), run by @pledge/rule-tester
// through every front end; the plugin's other tests still lint against the demo policy.

/** The demo app's policy: the examples and cases are written against it. */
export const DEMO_POLICY = fileURLToPath(
  new URL('../../../apps/demo/pledge.policy.yaml', import.meta.url),
);
