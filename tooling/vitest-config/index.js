// Workspace packages are tested from source: their exports carry a `@pledge/source`
// condition pointing at `src/index.ts`. Vite replaces its default conditions when any are
// given, so the defaults are repeated here.
const conditions = ['@pledge/source', 'module', 'node', 'development|production'];

/**
 * The vitest project config of a workspace package.
 * @param {string} name the project name shown in test output
 * @param {import('vitest/config').UserConfig['test']} [test] more test options
 */
export function project(name, test = {}) {
  return {
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    // CI runs every package at once on two cores: a generous per-test timeout, no timing asserts.
    // Test files share one module graph per worker (`isolate: false`): importing the engine,
    // TypeScript and ESLint once per worker instead of once per file cuts the suite's CPU by
    // more than half. A package whose tests need a fresh module state sets `isolate: true`.
    test: { name, testTimeout: 30_000, hookTimeout: 30_000, isolate: false, ...test },
  };
}
