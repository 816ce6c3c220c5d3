import { runFixtures } from '@pledge/rule-tester';
import { fileURLToPath } from 'node:url';
import pack from '../../index.js';
import { noPiiInUrl } from './rule.js';

// Annotated programs through every front end: a URL builder and an API client in another
// module are what the whole-program front ends (typed ESLint, the scanner) follow.
runFixtures(fileURLToPath(new URL('fixtures', import.meta.url)), {
  rules: [noPiiInUrl],
  pack,
  policy: fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url)),
  frontEnds: ['engine', 'eslint', 'eslint-typed', 'scanner'],
});
