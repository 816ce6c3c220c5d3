import { project } from '@repo/vitest-config';
import { defineProject } from 'vitest/config';

export default defineProject(
  project('@pledge/scanner', { testTimeout: 180_000, hookTimeout: 180_000 }),
);
