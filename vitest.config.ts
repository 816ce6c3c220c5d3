import { defineConfig } from 'vitest/config';

// `vitest` at the root runs every workspace project; turbo runs each package's own
// `vitest run` so its cache follows the package's inputs.
export default defineConfig({
  test: {
    projects: ['packages/*', 'rules/*', 'apps/*'],
  },
});
