import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TEST_CODE_GLOBS } from '@pledge/core/rules';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { DEMO_POLICY } from './rule-tester.js';

// `pledge.configs.recommended` leaves test code out of Pledge's rules, as the scanner does
// (TEST_CODE_GLOBS); `pledge.configs.tests` brings it back in one line. The user's other rules
// still run on test files.

const VIOLATION = "document.cookie = 'tracking_id=abc';\nconsole.log('x');\n";

/** A file of each convention, with a path the globs should match. */
const TEST_FILES = [
  'src/checkout.test.ts',
  'src/checkout.spec.tsx',
  'src/checkout.e2e.ts',
  'src/Button.stories.tsx',
  'src/__tests__/checkout.ts',
  'src/__mocks__/stripe.ts',
  'src/__fixtures__/user.ts',
  'test/checkout.ts',
  'packages/shop/tests/helpers.js',
  'e2e/signup.ts',
  'cypress/support/commands.ts',
  'playwright/login.ts',
  'src/fixtures/cookies.ts',
  '.storybook/preview.ts',
];

function project(files: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'pledge-tests-'));
  for (const file of ['src/checkout.ts', ...files, 'src/fixtures/data.json']) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), file.endsWith('.json') ? '{"a": 1}\n' : VIOLATION);
  }
  return root;
}

async function lint(root: string, configs: readonly unknown[]): Promise<Map<string, string[]>> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      ...(configs as Linter.Config[]),
      // The user's own config for their TypeScript: it lints every script, tests included.
      {
        files: ['**/*.{js,ts,tsx}'],
        languageOptions: { parser: tsParser },
        rules: { 'no-console': 'error' },
      },
      { settings: { pledge: { policy: DEMO_POLICY } } },
    ],
  });
  const results = await eslint.lintFiles(['.']);
  return new Map(
    results.map((r) => [
      r.filePath.slice(root.length + 1),
      r.messages.map((m) => m.ruleId ?? 'fatal').sort(),
    ]),
  );
}

describe('test code and pledge.configs.recommended', () => {
  it('uses the same globs as the scanner', () => {
    expect(plugin.configs.recommended.ignores).toEqual([...TEST_CODE_GLOBS]);
  });

  it("leaves every convention out of Pledge's rules, not out of the user's other rules", async () => {
    const root = project(TEST_FILES);
    const byFile = await lint(root, [plugin.configs.recommended]);
    expect(byFile.get('src/checkout.ts')).toEqual(['no-console', 'pledge/no-undeclared-cookie']);
    for (const file of TEST_FILES) expect(byFile.get(file), file).toEqual(['no-console']);
    // Nothing new is linted: a fixture's JSON is not a script.
    expect(byFile.has('src/fixtures/data.json')).toBe(false);
  });

  it('brings test code back with pledge.configs.tests, and lints no new kinds of file', async () => {
    const root = project(TEST_FILES);
    const byFile = await lint(root, [plugin.configs.recommended, plugin.configs.tests]);
    for (const file of ['src/checkout.ts', ...TEST_FILES])
      expect(byFile.get(file), file).toEqual(['no-console', 'pledge/no-undeclared-cookie']);
    expect(byFile.has('src/fixtures/data.json')).toBe(false);
  });
});
