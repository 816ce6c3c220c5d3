import { config } from '@repo/eslint-config';

export default [
  ...config(import.meta.dirname),
  // The generated projects are linted by their own config, in the generator's own test.
  { ignores: ['test/out/**'] },
];
