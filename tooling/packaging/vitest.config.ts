import { project } from '@repo/vitest-config';
import { defineProject } from 'vitest/config';

// npm installs the tarballs from the registry's dependencies: a hang guard, not a budget.
export default defineProject(
  project('@repo/packaging', { testTimeout: 600_000, hookTimeout: 600_000 }),
);
