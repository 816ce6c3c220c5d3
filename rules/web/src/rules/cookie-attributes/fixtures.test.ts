import { runFixtures } from '@pledge/rule-tester';
import { fileURLToPath } from 'node:url';
import pack from '../../index.js';
import { cookieAttributes } from './rule.js';

// Whole programs: shared options and cookie helpers in other modules are followed by the
// scanner and by ESLint with type information (`expect(eslint-typed, scanner)` lines).
runFixtures(fileURLToPath(new URL('fixtures', import.meta.url)), {
  rules: [cookieAttributes],
  pack,
  policy: fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url)),
  frontEnds: ['engine', 'eslint', 'eslint-typed', 'scanner'],
});
