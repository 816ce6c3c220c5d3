// The repo lints itself with typescript-eslint's strict type-checked config.
// Each package's eslint.config.js is `export default config(import.meta.dirname)`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The shared flat config for a workspace package rooted at `dir`.
 * @param {string} dir the package directory (its tsconfig.json is used for type information)
 */
export function config(dir) {
  return tseslint.config(
    { ignores: ['dist/**', 'coverage/**', '**/fixtures/**', '*.config.*', 'bin/**', 'bench/**', 'scripts/**/*.mjs'] },
    js.configs.recommended,
    ...tseslint.configs.strictTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir: dir },
      },
      rules: {
        '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
        '@typescript-eslint/no-unnecessary-condition': [
          'error',
          { allowConstantLoopConditions: true },
        ],
      },
    },
    {
      files: ['**/*.test.ts'],
      rules: {
        '@typescript-eslint/no-non-null-assertion': 'off',
      },
    },
  );
}
