import { project } from '@repo/vitest-config';
import { defineProject } from 'vitest/config';

// Every case runs through the scanner (a ts-morph program) and ESLint: the scanner's and the
// ESLint plugin's larger hang guards.
export default defineProject(
  project('@pledge/rule-tester', { testTimeout: 180_000, hookTimeout: 180_000 }),
);
