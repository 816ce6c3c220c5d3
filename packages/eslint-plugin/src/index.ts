// First: check the project's TypeScript before anything loads it.
import './typescript.js';
import { createRequire } from 'node:module';
import { coreRules } from '@pledge/core';
import { definePack, PLEDGE_FILES, RULE_API_VERSION, type PackConfig } from '@pledge/core/rules';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';

// The built-in rules are a pack like any other: `definePack` builds the plugin, its rules and
// its recommended config from the rules' metadata.

// The published name and version, as ESLint's cache and `--print-config` report them.
const { name, version } = createRequire(import.meta.url)('../package.json') as {
  name: string;
  version: string;
};

const pack = definePack({
  name,
  version,
  namespace: 'pledge',
  coreApi: `^${RULE_API_VERSION}`,
  rules: Object.values(coreRules),
});

/** Every Pledge rule as an ESLint rule, by id. */
export const rules = pack.rules as unknown as Record<string, TSESLint.RuleModule<string, [object]>>;

/** The files Pledge lints: the TypeScript parser reads JavaScript too. */
export const FILES = PLEDGE_FILES;

const recommended: PackConfig = {
  ...pack.configs.recommended,
  name: 'pledge/recommended',
  languageOptions: { parser: tsParser },
};

const plugin = {
  meta: pack.meta,
  rules,
  configs: {
    /** The recommended rules on script files, test code left out (as the scanner does). */
    recommended: recommended as unknown as TSESLint.FlatConfig.Config,
    /** Add after `recommended` to check test code too: `[pledge.configs.recommended, pledge.configs.tests]`. */
    tests: {
      ...(pack.configs.tests as unknown as TSESLint.FlatConfig.Config),
      name: 'pledge/tests',
      languageOptions: { parser: tsParser },
    } as TSESLint.FlatConfig.Config,
    'recommended-type-checked': {
      ...(recommended as unknown as TSESLint.FlatConfig.Config),
      name: 'pledge/recommended-type-checked',
      languageOptions: { parser: tsParser, parserOptions: { projectService: true } },
    } as TSESLint.FlatConfig.Config,
  },
  /** What `pledge scan` loads. */
  pledge: pack.pledge,
};

// The configs name this plugin object, not the pack's: `plugins.pledge` is what users import.
for (const config of Object.values(plugin.configs))
  config.plugins = { pledge: plugin as unknown as TSESLint.FlatConfig.Plugin };

export default plugin;
