// Test code is not production code: the conventions of vitest, jest, Playwright, Cypress and
// Storybook for where tests, mocks, fixtures and stories live. The scanner leaves files that
// match out of findings and the data map, and `pledge.configs.recommended` leaves them out of
// Pledge's rules; both take the globs from here (minimatch syntax, relative to the project).

/** Where test code lives, by convention: tests, specs, mocks, fixtures, end-to-end suites and stories. */
export const TEST_CODE_GLOBS: readonly string[] = [
  '**/*.test.*',
  '**/*.spec.*',
  '**/*.e2e.*',
  '**/*.stories.*',
  '**/*.story.*',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/__fixtures__/**',
  '**/test/**',
  '**/tests/**',
  '**/e2e/**',
  '**/cypress/**',
  '**/playwright/**',
  '**/fixtures/**',
  '**/.storybook/**',
];
