import { project } from '@repo/vitest-config';
import { defineProject } from 'vitest/config';

// The end-to-end test scans and lints a fixture repository: a generous timeout, no timing asserts.
export default defineProject(project('@repo/eval', { testTimeout: 120_000 }));
