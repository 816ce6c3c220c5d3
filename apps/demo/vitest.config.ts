import { defineProject } from 'vitest/config';

// The demo is tested as a user's project: against the built packages (turbo builds them
// first), without the workspace's `@pledge/source` condition, which ESLint's own config
// loading would otherwise follow into TypeScript sources.
// Timeouts are hang guards, not budgets: under turbo's parallel load on two cores a typed lint of
// the app has taken 90 s. The files run one after another: the lint-and-scan file and the
// browser file are each heavy enough to fill both cores.
export default defineProject({
  test: {
    name: '@pledge/demo',
    testTimeout: 240_000,
    hookTimeout: 480_000,
    fileParallelism: false,
    setupFiles: ['./test/setup.ts'],
  },
});
