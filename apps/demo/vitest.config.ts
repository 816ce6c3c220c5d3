import { defineProject } from 'vitest/config';

// The demo is tested as a user's project: against the built packages (turbo builds them
// first), without the workspace's `@pledge/source` condition, which ESLint's own config
// loading would otherwise follow into TypeScript sources.
export default defineProject({ test: { name: '@pledge/demo', testTimeout: 60_000 } });
