import { fileURLToPath } from 'node:url';
import { runFixtures } from '@pledge/rule-tester';
import pack from '../../index.js';
import { requireUnsubscribeInMarketingEmail } from './rule.js';

// The annotated fixture folder through the engine, ESLint (untyped and typed) and the scanner.
runFixtures(fileURLToPath(new URL('fixtures', import.meta.url)), {
  rules: [requireUnsubscribeInMarketingEmail],
  pack,
  policy: fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url)),
  frontEnds: ['engine', 'eslint', 'eslint-typed', 'scanner'],
});
