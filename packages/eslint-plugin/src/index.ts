import { createRequire } from 'node:module';
import { coreRules } from '@pledge/core';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { toEslintRule } from './create-rule.js';

// The published name and version, as ESLint's cache and `--print-config` report them.
const { name, version } = createRequire(import.meta.url)('../package.json') as {
  name: string;
  version: string;
};

/** Every Pledge rule as an ESLint rule, by id. */
export const rules: Record<string, TSESLint.RuleModule<string, [object]>> = Object.fromEntries(
  Object.entries(coreRules).map(([id, rule]) => [id, toEslintRule(rule)]),
);

/** The files Pledge lints: the TypeScript parser reads JavaScript too. */
export const FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

const plugin = {
  meta: { name, version, namespace: 'pledge' },
  rules,
  configs: {} as Record<'recommended' | 'recommended-type-checked', TSESLint.FlatConfig.Config>,
};

/** `"pledge/<id>": severity` for every rule whose metadata says it is recommended (generated, never hand-kept). */
function recommendedRules(): TSESLint.FlatConfig.Rules {
  return Object.fromEntries(
    Object.values(coreRules)
      .filter((rule) => rule.meta.recommended)
      .map((rule) => [`pledge/${rule.id}`, rule.meta.severity === 'error' ? 'error' : 'warn']),
  );
}

plugin.configs.recommended = {
  name: 'pledge/recommended',
  files: FILES,
  languageOptions: { parser: tsParser },
  plugins: { pledge: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: recommendedRules(),
};

plugin.configs['recommended-type-checked'] = {
  ...plugin.configs.recommended,
  name: 'pledge/recommended-type-checked',
  languageOptions: { parser: tsParser, parserOptions: { projectService: true } },
};

export default plugin;
