import { project } from '@repo/vitest-config';
import { defineProject } from 'vitest/config';

// npm installs the tarballs with the registry's dependencies: a hang guard, not a budget. The
// tarballs are packed once (global setup); the files run one after the other, each npm
// install alone on the machine.
export default defineProject(
  project('@repo/packaging', {
    testTimeout: 600_000,
    hookTimeout: 600_000,
    globalSetup: ['./test/global-setup.ts'],
    fileParallelism: false,
  }),
);
