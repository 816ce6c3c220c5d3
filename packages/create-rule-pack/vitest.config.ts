import { project } from '@repo/vitest-config';
import { defineProject } from 'vitest/config';

// The test installs nothing: it links the workspace's packages into the generated project and
// runs its typecheck, lint and tests there, so the generous timeout is a hang guard only.
export default defineProject(
  project('@pledge/create-rule-pack', { testTimeout: 300_000, hookTimeout: 300_000 }),
);
