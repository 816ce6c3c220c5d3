import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CatalogExtension } from './catalog/index.js';
import { toEslintRule, type EslintRule } from './eslint.js';
import type { PledgeRule } from './rule.js';
import { TEST_CODE_GLOBS } from './test-code.js';

// A rule pack: rules and catalog entries, shipped as one npm package that ESLint (as a
// flat-config plugin) and `pledge scan` (through `pledge`) both load.

/**
 * The version of the authoring API (`@pledge/core/rules`): the major changes when a rule
 * written for the previous one may no longer work. Packs declare the range they support.
 */
export const RULE_API_VERSION = '1.1.0';

/** What a pack is made of: `definePack`'s argument. */
export interface PackDefinition {
  /** The npm package name (`@acme/pledge-rules-payments`). */
  name: string;
  /** The package version. */
  version: string;
  /**
   * The ESLint plugin namespace (`pledge-payments` → `pledge-payments/<rule>`). By default it
   * is derived from the name: `@pledge/rules-mailing` → `pledge-mailing`,
   * `@acme/pledge-rules-payments` → `acme-payments`, `pledge-rules-foo` → `pledge-foo`.
   */
  namespace?: string;
  /** The authoring API versions the pack supports, as a semver range (`^1.0.0`). */
  coreApi: string;
  /** The pack's rules, made with `defineRule`. */
  rules: readonly PledgeRule[];
  /** Catalog entries the pack adds for every rule of the run (its own and the others). */
  catalogs?: CatalogExtension;
  /** The docs page of a rule whose `meta.docsUrl` is not set. */
  docsUrl?: (ruleId: string) => string;
}

/** What the scanner loads from a pack: `pack.pledge`. */
export interface PackDescriptor {
  readonly kind: 'pledge-pack';
  readonly name: string;
  readonly version: string;
  readonly namespace: string;
  readonly coreApi: string;
  readonly rules: readonly PledgeRule[];
  readonly catalogs: CatalogExtension;
}

/** A flat-config ESLint config object, as a pack's `configs` hold them. */
export interface PackConfig {
  name: string;
  /** File globs; an inner array is a conjunction (ESLint flat config). */
  files: (string | string[])[];
  /** Left out of this config only (not a global ignore): test code for `recommended`. */
  ignores?: string[];
  plugins: Record<string, unknown>;
  rules: Record<string, 'error' | 'warn'>;
  languageOptions?: { parser: unknown };
}

/** A pack: at the same time a flat-config ESLint plugin and what `pledge scan` loads. */
export interface PledgePack {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, EslintRule>;
  /**
   * `recommended` leaves test code out (`TEST_CODE_GLOBS`, as the scanner does); add `tests`
   * after it to check test files with the same rules.
   */
  configs: { recommended: PackConfig; tests: PackConfig };
  pledge: PackDescriptor;
}

/** The files Pledge lints: the TypeScript parser reads JavaScript too. */
export const PLEDGE_FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

/** A pack could not be defined: it needs another API version, or its rules clash. */
export class PackError extends Error {
  override readonly name = 'PackError';
}

/**
 * Defines a rule pack. The result is an ESLint plugin (`{ meta, rules, configs: { recommended } }`,
 * the config generated from the rules' metadata) and, under `pledge`, what the scanner loads.
 * Throws a `PackError` when the pack needs another authoring API than this `@pledge/core` has.
 */
export function definePack(definition: PackDefinition): PledgePack {
  const { name, version, coreApi, rules } = definition;
  if (!satisfies(RULE_API_VERSION, coreApi)) {
    throw new PackError(
      `${name}@${version} needs the Pledge rule API ${coreApi}, but the installed @pledge/core provides ${RULE_API_VERSION}. Install a version of ${name} made for this @pledge/core, or a @pledge/core whose rule API matches.`,
    );
  }
  const seen = new Set<string>();
  for (const rule of rules) {
    // Plain JavaScript packs have no types to stop a raw object here.
    if ((rule as { kind?: unknown }).kind !== 'pledge-rule')
      throw new PackError(`${name}: every rule must be made with \`defineRule\`.`);
    if (seen.has(rule.id)) throw new PackError(`${name}: two rules have the id \`${rule.id}\`.`);
    seen.add(rule.id);
  }
  const namespace = definition.namespace ?? namespaceOf(name);
  const catalogs = definition.catalogs ?? {};
  const eslintRules: Record<string, EslintRule> = {};
  for (const rule of rules) {
    eslintRules[rule.id] = toEslintRule(rule, {
      catalogs,
      docsUrl: definition.docsUrl?.(rule.id),
    });
  }
  const pack: PledgePack = {
    meta: { name, version, namespace },
    rules: eslintRules,
    configs: {} as PledgePack['configs'],
    pledge: { kind: 'pledge-pack', name, version, namespace, coreApi, rules, catalogs },
  };
  const recommended: PackConfig = {
    name: `${namespace}/recommended`,
    files: PLEDGE_FILES,
    ignores: [...TEST_CODE_GLOBS],
    plugins: { [namespace]: pack },
    rules: Object.fromEntries(
      rules
        .filter((rule) => rule.meta.recommended)
        .map((rule) => [
          `${namespace}/${rule.id}`,
          rule.meta.severity === 'error' ? 'error' : 'warn',
        ]),
    ),
  };
  const parser = typeScriptParser();
  if (parser !== undefined) recommended.languageOptions = { parser };
  pack.configs.recommended = recommended;
  pack.configs.tests = testsConfig(recommended, `${namespace}/tests`);
  return pack;
}

/**
 * The one-line opt-in that checks test code too: the same rules on the files `recommended`
 * leaves out. Each `files` entry is a conjunction (a script file AND a test-code glob), so
 * ESLint lints no new kinds of file (a fixture's JSON stays unlinted).
 */
export function testsConfig(recommended: PackConfig, name: string): PackConfig {
  const config: PackConfig = {
    ...recommended,
    name,
    files: TEST_CODE_GLOBS.map((glob) => [...PLEDGE_FILES, glob]),
  };
  delete config.ignores;
  return config;
}

/** Whether a value is a pack made by `definePack` (or its `pledge` descriptor's holder). */
export function isPledgePack(value: unknown): value is PledgePack {
  return (
    typeof value === 'object' &&
    value !== null &&
    'pledge' in value &&
    typeof value.pledge === 'object' &&
    value.pledge !== null &&
    'kind' in value.pledge &&
    value.pledge.kind === 'pledge-pack'
  );
}

/** `@pledge/rules-mailing` → `pledge-mailing`; `@acme/pledge-rules-x` → `acme-x`. */
export function namespaceOf(packageName: string): string {
  const match = /^(?:@([^/]+)\/)?(.+)$/.exec(packageName);
  const scope = match?.[1];
  const base = (match?.[2] ?? packageName)
    .replace(/^(?:eslint-plugin-)?(?:pledge-)?rules?-/, '')
    .replace(/^eslint-plugin-/, '');
  const owner = scope ?? 'pledge';
  return base === '' || base === owner ? owner : `${owner}-${base}`;
}

/**
 * `@typescript-eslint/parser`, when it can be found (it comes with `@pledge/eslint-plugin`):
 * a pack's recommended config then works on its own. Without it the config sets no parser,
 * and `pledge.configs.recommended` (which does) must be in the same config array.
 */
function typeScriptParser(): unknown {
  for (const from of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(from)('@typescript-eslint/parser') as unknown;
    } catch {
      // Not reachable from here; try the project.
    }
  }
  return undefined;
}

/**
 * Whether a version satisfies a semver range: `^1.2.0`, `~1.2.0`, `1.x`, `1`, `>=1.0.0 <2`,
 * `*`, and `||` of those. Pre-release tags are not used by the rule API.
 */
export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  if (!v) return false;
  return range.split('||').some((alternative) => {
    const comparators = alternative.trim().split(/\s+/).filter(Boolean);
    if (comparators.length === 0) return true;
    return comparators.every((comparator) => matches(v, comparator));
  });
}

type Version = [number, number, number];

function parse(text: string): Version | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function matches(v: Version, comparator: string): boolean {
  if (comparator === '*' || comparator === 'x') return true;
  const m = /^(\^|~|>=|<=|>|<|=)?v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(comparator);
  if (!m) return false;
  const op = m[1] ?? '';
  const parts = [m[2], m[3], m[4]].map((p) =>
    p === undefined || p === 'x' || p === '*' ? undefined : Number(p),
  );
  const [major, minor, patch] = parts as [
    number | undefined,
    number | undefined,
    number | undefined,
  ];
  if (major === undefined) return true;
  const base: Version = [major, minor ?? 0, patch ?? 0];
  // The first version above a partial one: `1` → `2.0.0`, `1.2` → `1.3.0`.
  const next: Version =
    minor === undefined
      ? [major + 1, 0, 0]
      : patch === undefined
        ? [major, minor + 1, 0]
        : [major, minor, patch + 1];
  switch (op) {
    case '^': {
      const upper: Version =
        major > 0 || minor === undefined
          ? [major + 1, 0, 0]
          : minor > 0 || patch === undefined
            ? [0, minor + 1, 0]
            : [0, 0, patch + 1];
      return compare(v, base) >= 0 && compare(v, upper) < 0;
    }
    case '~':
      return (
        compare(v, base) >= 0 &&
        compare(v, minor === undefined ? [major + 1, 0, 0] : [major, minor + 1, 0]) < 0
      );
    case '>=':
      return compare(v, base) >= 0;
    case '>':
      return patch === undefined ? compare(v, next) >= 0 : compare(v, base) > 0;
    case '<=':
      return compare(v, next) < 0;
    case '<':
      return compare(v, base) < 0;
    default:
      return compare(v, base) >= 0 && compare(v, next) < 0;
  }
}
