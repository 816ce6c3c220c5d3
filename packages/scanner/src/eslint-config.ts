import { dirname, relative, resolve, sep } from 'node:path';
import { coreRules, PLEDGE_FILES, TEST_CODE_GLOBS, type PledgeRule } from '@pledge/core';
import { findConfig, loadConfig, resolveModule, type RuleSetting } from './config.js';

// One place for rule settings: `pledge.config.*` says which packs load, each rule's severity
// and options, what to leave out and what test code is, and `pledge scan` reads it. ESLint
// reads the same file through this export, so the editor and CI run the same rules at the
// same severities:
//
//   // eslint.config.js
//   import { pledgeConfig } from '@pledge/scanner/eslint';
//   export default [...(await pledgeConfig())];
//
// It replaces `pledge.configs.recommended` (and each pack's `recommended`): every rule the
// scanner runs is on, at the scanner's severity; a rule `off` in the file is off in both.

/** What `pledgeConfig` reads. */
export interface PledgeEslintConfigOptions {
  /** Where to look for `pledge.config.*` (upwards) and resolve packages from. Default: `process.cwd()`. */
  cwd?: string;
  /** The config file, instead of the nearest one. */
  configFile?: string;
  /** Type-aware linting (`parserOptions.projectService`), as `recommended-type-checked` does. */
  typeChecked?: boolean;
  /** `@pledge/eslint-plugin`'s default export; by default imported as the project resolves it. */
  plugin?: unknown;
}

/** A flat-config object, as ESLint takes it. */
export interface FlatConfigObject {
  name: string;
  files?: (string | string[])[];
  ignores?: string[];
  plugins?: Record<string, unknown>;
  languageOptions?: { parser?: unknown; parserOptions?: Record<string, unknown> };
  rules?: Record<string, unknown>;
}

interface PluginLike {
  meta?: { namespace?: unknown };
  rules?: Record<string, unknown>;
  configs?: { recommended?: { languageOptions?: { parser?: unknown } } };
}

/**
 * The ESLint flat config of a project's `pledge.config.*`: Pledge's plugin and the config's
 * packs, each rule at the severity and with the options `pledge scan` uses, the config's
 * `ignores`, and test code left out or checked as the config says. Without a config file, the
 * core rules at their own severities. `@pledge/eslint-plugin` must be installed in the project.
 */
export async function pledgeConfig(
  options: PledgeEslintConfigOptions = {},
): Promise<FlatConfigObject[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const file =
    options.configFile === undefined ? findConfig(cwd) : resolve(cwd, options.configFile);
  const config = file === undefined ? undefined : await loadConfig(file);
  const base = file === undefined ? cwd : dirname(file);

  const core =
    (options.plugin as PluginLike | undefined) ?? (await importFrom(base, '@pledge/eslint-plugin'));
  const plugins: Record<string, unknown> = { pledge: core };
  const entries: { namespace: string; rules: readonly PledgeRule[] }[] = [
    { namespace: 'pledge', rules: Object.values(coreRules) },
  ];
  config?.packs.forEach((pack, index) => {
    const plugin = config.plugins[index] as PluginLike | undefined;
    const namespace = pack.namespace;
    if (namespace === '' || !plugin || typeof plugin.rules !== 'object') return;
    plugins[namespace] = plugin;
    entries.push({ namespace, rules: pack.rules });
  });

  // Every loaded rule, a later pack's rule winning its id as in the scanner.
  const byId = new Map<string, { namespace: string; rule: PledgeRule }>();
  for (const { namespace, rules } of entries)
    for (const rule of rules) byId.set(rule.id, { namespace, rule });
  const settings = config?.ruleSettings ?? {};
  const ruleEntries = (severityOverride?: 'warning' | 'error'): Record<string, unknown> =>
    Object.fromEntries(
      [...byId.values()].map(({ namespace, rule }) => [
        `${namespace}/${rule.id}`,
        eslintSetting(rule, settings[rule.id], severityOverride),
      ]),
    );

  const parser = core.configs?.recommended?.languageOptions?.parser;
  const languageOptions = {
    ...(parser === undefined ? {} : { parser }),
    ...(options.typeChecked ? { parserOptions: { projectService: true } } : {}),
  };
  // Globs written relative to the config file's folder, as ESLint's relative to its cwd.
  const prefix = toPosix(relative(cwd, base));
  const anchored = (glob: string): string => anchor(glob, prefix);

  const tests = config?.tests;
  // Test-code globs are minimatch globs of the config file's folder (the defaults match anywhere).
  const testGlobs =
    tests?.globs === undefined
      ? [...TEST_CODE_GLOBS]
      : tests.globs.map((glob) => (prefix === '' ? glob : `${prefix}/${glob}`));
  const result: FlatConfigObject[] = [
    {
      name: 'pledge/config-file',
      files: [...PLEDGE_FILES],
      ...(tests?.include ? {} : { ignores: testGlobs }),
      plugins,
      languageOptions,
      rules: ruleEntries(),
    },
  ];
  if (tests?.include && tests.severity !== undefined) {
    result.push({
      name: 'pledge/config-file/tests',
      files: testGlobs.map((glob) => [...PLEDGE_FILES, glob]),
      rules:
        tests.severity === 'off'
          ? Object.fromEntries(Object.keys(ruleEntries()).map((id) => [id, 'off']))
          : ruleEntries(tests.severity),
    });
  }
  if (config !== undefined && config.ignores.length > 0) {
    // Global ignores: the scanner does not analyse these files at all.
    result.unshift({ name: 'pledge/config-file/ignores', ignores: config.ignores.map(anchored) });
  }
  return result;
}

/** A rule's ESLint setting: `'off'`, or `[severity, options]` with the config's options. */
function eslintSetting(
  rule: PledgeRule,
  setting: RuleSetting | undefined,
  severityOverride: 'warning' | 'error' | undefined,
): unknown {
  const severity = setting?.severity ?? rule.meta.severity;
  if (severity === 'off') return 'off';
  const level = (severityOverride ?? severity) === 'error' ? 'error' : 'warn';
  return setting?.options === undefined ? level : [level, setting.options];
}

/** A gitignore-style glob of the config file's folder, for ESLint at `prefix` below its cwd. */
function anchor(glob: string, prefix: string): string {
  const negated = glob.startsWith('!');
  let body = negated ? glob.slice(1) : glob;
  if (body.startsWith('./')) body = body.slice(2);
  else if (body.startsWith('/')) body = body.slice(1);
  else if (!body.includes('/') || body.endsWith('/')) body = `**/${body}`;
  if (body.endsWith('/')) body = `${body}**`;
  const path = prefix === '' ? body : `${prefix}/${body}`;
  return negated ? `!${path}` : path;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Imports a package as the project at `dir` resolves it. */
async function importFrom(dir: string, name: string): Promise<PluginLike> {
  const url = resolveModule(name, dir);
  if (url === undefined)
    throw new Error(
      `\`pledgeConfig()\` needs ${name} for ESLint: install it beside eslint (\`npm install --save-dev ${name}\`).`,
    );
  const module = (await import(url)) as { default?: PluginLike };
  return module.default ?? (module as PluginLike);
}
