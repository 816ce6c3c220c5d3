import { runFixtures } from '@pledge/rule-tester';
import { fileURLToPath } from 'node:url';
import pack from '../../index.js';
import { noPiiInLogs } from './rule.js';

runFixtures(fileURLToPath(new URL('fixtures', import.meta.url)), {
  rules: [noPiiInLogs],
  pack,
  policy: fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url)),
  frontEnds: ['engine', 'eslint', 'eslint-typed', 'scanner'],
});
