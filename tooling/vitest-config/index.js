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
    test: { name, testTimeout: 30_000, hookTimeout: 30_000, ...test },
  };
}
