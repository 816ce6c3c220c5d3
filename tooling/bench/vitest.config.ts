import { project } from '@repo/vitest-config';
import { defineProject } from 'vitest/config';

// The smoke test runs the whole harness (a dozen child processes) on a tiny corpus: a hang
// guard, not a time budget.
export default defineProject(
  project('@repo/bench', { testTimeout: 600_000, hookTimeout: 600_000 }),
);
