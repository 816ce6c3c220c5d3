import { project } from '@repo/vitest-config';
import { defineProject } from 'vitest/config';

// Every case runs through the engine, ESLint and the scanner: a hang guard, not a budget.
export default defineProject(
  project('@pledge/rules-web', { testTimeout: 180_000, hookTimeout: 180_000 }),
);
