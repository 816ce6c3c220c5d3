import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  coreRules,
  RULE_API_VERSION,
  satisfies,
  type PackDescriptor,
  type PledgeRule,
} from '@pledge/core';
import { nearest, yamlLocator } from '@pledge/policy';
import { LineCounter, parseDocument } from 'yaml';
import { testGlobProblem, type TestCodeOptions } from './test-code.js';

// The scanner's config file, `pledge.config.{yaml,yml,json,mjs}`: the packs to load, each
// rule's severity and options, globs to leave out, and what to do with test code. Loaded in three steps, each reporting
// every problem it finds with a position (a line and column in YAML and JSON; the key path in
// `.mjs`) before the next step runs:
//
//   1. shape:  keys, types, severities, option objects, glob syntax  (the file alone)
//   2. packs:  each entry of `packs` imported, from the config file's folder
//   3. rules:  each id of `rules` is a loaded rule's; options fit the rule's `meta.schema`

/** File names `findConfig` looks for in each folder. */
export const CONFIG_FILE_NAMES = [
  'pledge.config.yaml',
  'pledge.config.yml',
  'pledge.config.json',
  'pledge.config.mjs',
] as const;

/** A rule's severity in a run: `off` leaves the rule out. */
export type RuleSeverity = 'off' | 'warning' | 'error';

/** How a rule runs: its severity, and options merged over its `defaultOptions`. */
export interface RuleSetting {
  severity: RuleSeverity;
  options?: object;
}

/** A problem in a config file: where, what is wrong, and the fix. */
export interface ConfigDiagnostic {
  /** The config file, as given to the loader. */
  file: string;
  /** 1-based; absent for `.mjs`, where `path` says where. */
  line: number | undefined;
  column: number | undefined;
  /** The key path of the offending value: `rules.no-undeclared-cookie[1].cookieNames`. */
  path: string;
  /** A stable code: `unknown-key`, `invalid-severity`, `unknown-rule`… */
  code: string;
  message: string;
  /** The nearest valid value, for "did you mean". */
  suggestion?: string;
}

/** `file:line:column: error: message Did you mean …? [code]`, as compilers print it. */
export function formatConfigDiagnostic(diagnostic: ConfigDiagnostic): string {
  const where =
    diagnostic.line === undefined
      ? diagnostic.file
      : `${diagnostic.file}:${String(diagnostic.line)}:${String(diagnostic.column ?? 1)}`;
  const hint =
    diagnostic.suggestion === undefined ? '' : ` Did you mean \`${diagnostic.suggestion}\`?`;
  return `${where}: error: ${diagnostic.message}${hint} [${diagnostic.code}]`;
}

/** The config file is invalid: its diagnostics, with positions. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    /** The config file (or, for two config files in one folder, the folder). */
    readonly file: string,
    /** What is wrong, without the file: `the config is not valid (2 error(s)).` */
    readonly summary: string,
    readonly diagnostics: readonly ConfigDiagnostic[],
  ) {
    super(`${file}: ${summary}`);
  }
}

/** A rule pack could not be found, imported, or is not a pack. */
export class PackLoadError extends Error {
  override readonly name = 'PackLoadError';
  constructor(
    message: string,
    readonly code: 'pack-not-found' | 'invalid-pack',
  ) {
    super(message);
  }
}

/** A loaded config file: what it adds to a scan (`ScanOptions.packs`, `ruleSettings`, `ignores`). */
export interface ScanConfig {
  /** The config file (absolute). */
  file: string;
  /** The packs listed in `packs`, loaded. */
  packs: PackDescriptor[];
  /** Each pack's module default export, in the order of `packs`: its ESLint plugin. */
  plugins: unknown[];
  /** By rule id. */
  ruleSettings: Record<string, RuleSetting>;
  /** Gitignore-style globs, relative to the config file's folder. */
  ignores: string[];
  /** `tests`: whether test code is scanned, what it is, its findings' severity (`ScanOptions.tests`). */
  tests?: TestCodeOptions;
}

/**
 * Walks up from `fromDir` to the nearest folder with a `pledge.config.*`. Two config files in
 * one folder are an error: which one wins would be a guess.
 */
export function findConfig(fromDir: string): string | undefined {
  let dir = resolve(fromDir);
  for (;;) {
    const found = CONFIG_FILE_NAMES.map((name) => join(dir, name)).filter((p) => existsSync(p));
    const [first, second] = found;
    if (first !== undefined && second !== undefined) {
      throw new ConfigError(dir, 'more than one config file.', [
        {
          file: second,
          line: undefined,
          column: undefined,
          path: '(root)',
          code: 'ambiguous-config',
          message: `${found.map((p) => `\`${basename(p)}\``).join(' and ')} are both in ${dir}; keep one of them.`,
        },
      ]);
    }
    if (first !== undefined) return first;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Loads a config file: checks its shape, imports its packs (module names resolved from its
 * folder, paths relative to it) and checks its rule settings against the core rules, its
 * packs and `options.packs` (those given on the command line). Throws `ConfigError`.
 */
export async function loadConfig(
  file: string,
  options: { packs?: readonly PackDescriptor[] } = {},
): Promise<ScanConfig> {
  const source = await readSource(file);
  const shape = checkShape(source);
  const failIf = (diagnostics: readonly ConfigDiagnostic[]): void => {
    if (diagnostics.length === 0) return;
    throw new ConfigError(
      file,
      `the config is not valid (${String(diagnostics.length)} error(s)).`,
      [...diagnostics].sort(
        (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
      ),
    );
  };
  failIf(shape.errors);

  const packs: PackDescriptor[] = [];
  const plugins: unknown[] = [];
  const packErrors: ConfigDiagnostic[] = [];
  for (const { entry, path } of shape.packs) {
    try {
      const imported =
        typeof entry === 'string'
          ? await importPack(entry, source.dir)
          : { descriptor: packOf(entry, `${source.name} ${formatKeyPath(path)}`), plugin: entry };
      packs.push(imported.descriptor);
      plugins.push(imported.plugin);
    } catch (error) {
      if (!(error instanceof PackLoadError)) throw error;
      packErrors.push(
        source.diagnostic(error.code, `\`${formatKeyPath(path)}\`: ${error.message}`, path),
      );
    }
  }
  failIf(packErrors);

  const rules = ruleSetOf([...packs, ...(options.packs ?? [])]);
  const ruleErrors: ConfigDiagnostic[] = [];
  const ruleSettings: Record<string, RuleSetting> = {};
  for (const { name, setting } of shape.rules) {
    const rule = ruleNamed(rules, name);
    const keyPath = ['rules', name];
    if (rule === undefined) {
      ruleErrors.push(
        source.diagnostic(
          'unknown-rule',
          `\`${formatKeyPath(keyPath)}\`: no loaded rule has the id \`${name}\`. The rules are the core rules and those of the packs in \`packs\` (and \`--pack\`): fix the id, or add the pack that has the rule.`,
          keyPath,
          'key',
          nearest(
            rules.map((r) => r.id),
            name,
          ),
        ),
      );
      continue;
    }
    for (const problem of settingProblems(rule, setting)) {
      // The options are the second element of `[severity, options]`.
      const path = [...keyPath, 1, ...problem.path];
      ruleErrors.push(
        source.diagnostic(
          problem.code,
          `\`${formatKeyPath(path)}\`: ${problem.message}`,
          path,
          problem.at,
          problem.suggestion,
        ),
      );
    }
    ruleSettings[rule.id] = setting;
  }
  failIf(ruleErrors);
  return {
    file,
    packs,
    plugins,
    ruleSettings,
    ignores: shape.ignores,
    ...(shape.tests === undefined ? {} : { tests: shape.tests }),
  };
}

// --- Step 0: the file -----------------------------------------------------------------------

type KeyPath = readonly (string | number)[];

/** A config file's value, and how to point at a key of it. */
interface Source {
  file: string;
  name: string;
  dir: string;
  /** `.mjs`: packs may be imported objects there. */
  module: boolean;
  /** `undefined` when the file could not be read or parsed (then `errors` say why). */
  value: unknown;
  errors: ConfigDiagnostic[];
  diagnostic(
    code: string,
    message: string,
    path: KeyPath,
    at?: 'key' | 'value',
    suggestion?: string,
  ): ConfigDiagnostic;
}

async function readSource(file: string): Promise<Source> {
  const dir = dirname(file);
  const name = basename(file);
  const module = extname(file) === '.mjs';
  let locate: (
    path: KeyPath,
    at: 'key' | 'value',
  ) => { line?: number; column?: number } = () => ({});
  const source: Source = {
    file,
    name,
    dir,
    module,
    value: undefined,
    errors: [],
    diagnostic(code, message, path, at = 'value', suggestion) {
      const { line, column } = locate(path, at);
      return {
        file,
        line,
        column,
        path: formatKeyPath(path),
        code,
        message,
        ...(suggestion === undefined ? {} : { suggestion }),
      };
    },
  };
  const fail = (code: string, message: string): Source => {
    source.errors.push({
      file,
      line: module ? undefined : 1,
      column: module ? undefined : 1,
      path: '(root)',
      code,
      message,
    });
    return source;
  };
  if (!existsSync(file)) return fail('unreadable', 'the config file does not exist.');

  if (module) {
    let imported: { default?: unknown };
    try {
      imported = (await import(pathToFileURL(file).href)) as { default?: unknown };
    } catch (error) {
      return fail('unreadable', `cannot load the config module: ${errorMessage(error)}`);
    }
    if (!('default' in imported))
      return fail(
        'no-default-export',
        'the config module has no default export; write `export default { packs: [], rules: {} }`.',
      );
    source.value = imported.default;
    return source;
  }

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail('unreadable', `the config file cannot be read: ${errorMessage(error)}`);
  }
  // JSON is parsed as the YAML subset it is, so both get positions (as the policy loader does).
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.startsWith('\uFEFF') ? text.slice(1) : text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const language = extname(file) === '.json' ? 'JSON' : 'YAML';
  for (const problem of doc.errors) {
    const pos = lineCounter.linePos(problem.pos[0]);
    source.errors.push({
      file,
      line: pos.line,
      column: pos.col,
      path: '(root)',
      code: problem.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax',
      message:
        problem.code === 'DUPLICATE_KEY'
          ? 'duplicate key; each key may appear once in a mapping.'
          : `invalid ${language}: ${problem.message.split('\n')[0] ?? problem.message}`,
    });
  }
  if (source.errors.length > 0) return source;
  try {
    source.value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail(
      'alias-limit',
      `the config expands too many YAML aliases (${errorMessage(error)}); write the values out.`,
    );
  }
  locate = yamlLocator(doc, lineCounter);
  return source;
}

// --- Step 1: the shape ----------------------------------------------------------------------

const TOP_LEVEL_KEYS = ['packs', 'rules', 'ignores', 'tests'] as const;
const TESTS_KEYS = ['include', 'globs', 'severity'] as const;

/** Severity spellings, ESLint's included: `warn`/`1` and `warning` are the same. */
const SEVERITY_WORDS: ReadonlyMap<string | number, RuleSeverity> = new Map<
  string | number,
  RuleSeverity
>([
  ['off', 'off'],
  ['warn', 'warning'],
  ['warning', 'warning'],
  ['error', 'error'],
  [0, 'off'],
  [1, 'warning'],
  [2, 'error'],
]);

interface Shape {
  errors: ConfigDiagnostic[];
  packs: { entry: string | object; path: KeyPath }[];
  rules: { name: string; setting: RuleSetting }[];
  ignores: string[];
  tests: TestCodeOptions | undefined;
}

function checkShape(source: Source): Shape {
  const shape: Shape = {
    errors: [...source.errors],
    packs: [],
    rules: [],
    ignores: [],
    tests: undefined,
  };
  if (shape.errors.length > 0) return shape;
  const error = (
    code: string,
    message: string,
    path: KeyPath,
    at?: 'key' | 'value',
    suggestion?: string,
  ): void => {
    shape.errors.push(source.diagnostic(code, message, path, at, suggestion));
  };
  const value = source.value;
  // An empty YAML file is an empty config.
  if (value === null || value === undefined) return shape;
  if (!isPlainObject(value)) {
    error(
      'not-a-mapping',
      `the config should be a mapping with \`packs\`, \`rules\`, \`ignores\` and \`tests\`, but is ${describeValue(value)}.`,
      [],
    );
    return shape;
  }
  for (const key of Object.keys(value)) {
    if ((TOP_LEVEL_KEYS as readonly string[]).includes(key)) continue;
    error(
      'unknown-key',
      `unknown key \`${key}\`; the config takes ${TOP_LEVEL_KEYS.map((k) => `\`${k}\``).join(', ')}.`,
      [key],
      'key',
      nearest(TOP_LEVEL_KEYS, key),
    );
  }

  const packs = value.packs;
  if (packs !== undefined) {
    if (!Array.isArray(packs)) {
      error(
        'invalid-type',
        `\`packs\` should be a list of module names or paths relative to the config file, but is ${describeValue(packs)}. Write \`packs: ['@pledge/rules-mailing']\`.`,
        ['packs'],
      );
    } else {
      packs.forEach((entry: unknown, index) => {
        const path = ['packs', index];
        if (typeof entry === 'string' && entry.trim() !== '') {
          shape.packs.push({ entry, path });
        } else if (source.module && isObject(entry)) {
          shape.packs.push({ entry, path });
        } else {
          error(
            'invalid-type',
            `\`${formatKeyPath(path)}\` should be a module name or a path relative to the config file${source.module ? ' (or an imported pack)' : ''}, but is ${describeValue(entry)}.`,
            path,
          );
        }
      });
    }
  }

  const rules = value.rules;
  if (rules !== undefined) {
    if (!isPlainObject(rules)) {
      error(
        'invalid-type',
        `\`rules\` should be a mapping of rule ids to a severity or \`[severity, options]\`, but is ${describeValue(rules)}.`,
        ['rules'],
      );
    } else {
      for (const [name, entry] of Object.entries(rules)) {
        const setting = checkRuleEntry(name, entry, error);
        if (setting) shape.rules.push({ name, setting });
      }
    }
  }

  const ignores = value.ignores;
  if (ignores !== undefined) {
    if (!Array.isArray(ignores)) {
      error(
        'invalid-type',
        `\`ignores\` should be a list of gitignore-style globs relative to the config file's folder, but is ${describeValue(ignores)}. Write \`ignores: ['legacy/**']\`.`,
        ['ignores'],
      );
    } else {
      ignores.forEach((glob: unknown, index) => {
        const path = ['ignores', index];
        if (typeof glob !== 'string' || glob.trim() === '') {
          error(
            'invalid-type',
            `\`${formatKeyPath(path)}\` should be a glob such as \`legacy/**\`, but is ${describeValue(glob)}.`,
            path,
          );
          return;
        }
        const problem = globProblem(glob);
        if (problem === undefined) shape.ignores.push(normalizeGlob(glob));
        else error('invalid-ignore', `\`${formatKeyPath(path)}\`: ${problem}`, path);
      });
    }
  }

  if (value.tests !== undefined) shape.tests = checkTests(value.tests, error);
  return shape;
}

/** Reports a problem of the config at a key path (with a "did you mean" when there is one). */
type ReportError = (
  code: string,
  message: string,
  path: KeyPath,
  at?: 'key' | 'value',
  suggestion?: string,
) => void;

/**
 * `tests: { include, globs, severity }`: whether test code is scanned (default no), the
 * minimatch globs that say what test code is (replacing `TEST_CODE_GLOBS`), and the severity of
 * its findings.
 */
function checkTests(tests: unknown, error: ReportError): TestCodeOptions | undefined {
  if (!isPlainObject(tests)) {
    error(
      'invalid-type',
      `\`tests\` should be a mapping with \`include\`, \`globs\` and \`severity\`, but is ${describeValue(tests)}. Write \`tests: { include: true }\` to scan test code.`,
      ['tests'],
    );
    return undefined;
  }
  const options: TestCodeOptions = {};
  let valid = true;
  for (const key of Object.keys(tests)) {
    if ((TESTS_KEYS as readonly string[]).includes(key)) continue;
    valid = false;
    error(
      'unknown-key',
      `unknown key \`tests.${key}\`; \`tests\` takes ${TESTS_KEYS.map((k) => `\`${k}\``).join(', ')}.`,
      ['tests', key],
      'key',
      nearest(TESTS_KEYS, key),
    );
  }
  const include = tests.include;
  if (include !== undefined) {
    if (typeof include === 'boolean') {
      options.include = include;
    } else {
      valid = false;
      error(
        'invalid-type',
        `\`tests.include\` should be \`true\` (scan test code too) or \`false\` (the default), but is ${describeValue(include)}.`,
        ['tests', 'include'],
      );
    }
  }
  const globs = tests.globs;
  if (globs !== undefined) {
    if (!Array.isArray(globs)) {
      valid = false;
      error(
        'invalid-type',
        `\`tests.globs\` should be a list of globs relative to the config file's folder, but is ${describeValue(globs)}. Write \`globs: ['**/*.test.*', 'qa/**']\`.`,
        ['tests', 'globs'],
      );
    } else {
      const list: string[] = [];
      globs.forEach((glob: unknown, index) => {
        const path = ['tests', 'globs', index];
        if (typeof glob !== 'string') {
          valid = false;
          error(
            'invalid-type',
            `\`${formatKeyPath(path)}\` should be a glob such as \`**/*.test.*\`, but is ${describeValue(glob)}.`,
            path,
          );
          return;
        }
        const problem = testGlobProblem(glob);
        if (problem === undefined) {
          list.push(glob);
        } else {
          valid = false;
          error('invalid-glob', `\`${formatKeyPath(path)}\`: ${problem}`, path);
        }
      });
      options.globs = list;
    }
  }
  const severityValue = tests.severity;
  if (severityValue !== undefined) {
    const severity =
      typeof severityValue === 'string' || typeof severityValue === 'number'
        ? SEVERITY_WORDS.get(severityValue)
        : undefined;
    if (severity === undefined) {
      valid = false;
      error(
        'invalid-severity',
        `\`tests.severity\`: ${typeof severityValue === 'string' ? `\`${severityValue}\`` : describeValue(severityValue)} is not a severity; use \`off\`, \`warn\` or \`error\` (or 0, 1, 2).`,
        ['tests', 'severity'],
        'value',
        typeof severityValue === 'string'
          ? nearest(['off', 'warn', 'error'], severityValue)
          : undefined,
      );
    } else {
      options.severity = severity;
    }
  }
  return valid ? options : undefined;
}

/** `warn`, `2`, `[error]` or `[error, { … }]`; reports what is wrong with anything else. */
function checkRuleEntry(name: string, entry: unknown, error: ReportError): RuleSetting | undefined {
  const path = ['rules', name];
  const shown = formatKeyPath(path);
  const severityAt = (value: unknown, at: KeyPath): RuleSeverity | undefined => {
    const severity =
      typeof value === 'string' || typeof value === 'number'
        ? SEVERITY_WORDS.get(value)
        : undefined;
    if (severity === undefined) {
      error(
        'invalid-severity',
        `\`${formatKeyPath(at)}\`: ${typeof value === 'string' ? `\`${value}\`` : describeValue(value)} is not a severity; use \`off\`, \`warn\` or \`error\` (or 0, 1, 2).`,
        at,
        'value',
        typeof value === 'string' ? nearest(['off', 'warn', 'error'], value) : undefined,
      );
    }
    return severity;
  };
  if (!Array.isArray(entry)) {
    if (typeof entry === 'string' || typeof entry === 'number') {
      const severity = severityAt(entry, path);
      return severity && { severity };
    }
    error(
      'invalid-type',
      `\`${shown}\` should be a severity (\`off\`, \`warn\`, \`error\`) or \`[severity, options]\`, but is ${describeValue(entry)}.`,
      path,
    );
    return undefined;
  }
  if (entry.length === 0 || entry.length > 2) {
    error(
      'invalid-type',
      `\`${shown}\` has ${String(entry.length)} elements; write \`[severity]\` or \`[severity, { …options }]\`.`,
      path,
    );
    return undefined;
  }
  const [first, options] = entry as [unknown, unknown];
  const severity = severityAt(first, [...path, 0]);
  if (options !== undefined && !isPlainObject(options)) {
    error(
      'invalid-type',
      `\`${formatKeyPath([...path, 1])}\`: the options should be a mapping of option names to values, but are ${describeValue(options)}.`,
      [...path, 1],
    );
    return undefined;
  }
  if (severity === undefined) return undefined;
  return options === undefined ? { severity } : { severity, options };
}

/** What is wrong with an ignore glob, or undefined. */
function globProblem(glob: string): string | undefined {
  const body = glob.startsWith('!') ? glob.slice(1) : glob;
  if (/^[a-zA-Z]:[\\/]/.test(body) || body.startsWith('\\'))
    return `\`${glob}\` is an absolute path; globs are relative to the config file's folder (\`legacy/**\`, or \`/legacy/**\` for that folder only).`;
  if (body.split('/').includes('..'))
    return `\`${glob}\` leaves the config file's folder; globs are relative to it. Put the config file higher, or list the folder in a \`.pledgeignore\` there.`;
  return undefined;
}

/** `./legacy/**` means what gitignore writes `/legacy/**`: anchored at the config's folder. */
function normalizeGlob(glob: string): string {
  const negated = glob.startsWith('!');
  const body = negated ? glob.slice(1) : glob;
  const anchored = body.startsWith('./') ? `/${body.slice(2)}` : body;
  return negated ? `!${anchored}` : anchored;
}

// --- Step 2: packs --------------------------------------------------------------------------

/**
 * Imports a rule pack by module name (resolved from `fromDir`, then from the scanner) or path
 * (relative to `fromDir`). Throws `PackLoadError`.
 */
export async function loadPack(specifier: string, fromDir: string): Promise<PackDescriptor> {
  return (await importPack(specifier, fromDir)).descriptor;
}

/**
 * The URL of a package as the project at `fromDir` resolves it, then as the scanner does (when
 * run with npx); undefined when neither can.
 */
export function resolveModule(specifier: string, fromDir: string): string | undefined {
  try {
    return pathToFileURL(createRequire(join(fromDir, 'package.json')).resolve(specifier)).href;
  } catch {
    try {
      return import.meta.resolve(specifier);
    } catch {
      return undefined;
    }
  }
}

/** A pack imported by `importPack`: its descriptor, and its module's default export (the ESLint plugin). */
export interface ImportedPack {
  descriptor: PackDescriptor;
  plugin: unknown;
}

/** `loadPack`, keeping the module's default export: for a pack made by `definePack`, its ESLint plugin. */
export async function importPack(specifier: string, fromDir: string): Promise<ImportedPack> {
  let url: string | undefined;
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    const path = resolve(fromDir, specifier);
    if (!existsSync(path))
      throw new PackLoadError(
        `cannot find the rule pack \`${specifier}\`: ${path} does not exist.`,
        'pack-not-found',
      );
    url = pathToFileURL(path).href;
  } else {
    url = resolveModule(specifier, fromDir);
    if (url === undefined)
      throw new PackLoadError(
        `cannot find the rule pack \`${specifier}\` from ${fromDir}; install it or give a path.`,
        'pack-not-found',
      );
  }
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (error) {
    throw new PackLoadError(
      `cannot load the rule pack \`${specifier}\`: ${errorMessage(error)}`,
      'invalid-pack',
    );
  }
  return { descriptor: packOf(module.default, `\`${specifier}\``), plugin: module.default };
}

/**
 * The pack descriptor of a pack's default export: `pack.pledge` for a pack made by
 * `definePack`, the descriptor itself, or, for an older pack (`{ meta, rules, configs }` whose
 * rules are Pledge rules), one built from its rules with no catalogs. Throws `PackLoadError`.
 */
export function packOf(value: unknown, name: string): PackDescriptor {
  if (isPackDescriptor(value)) return supported(value, name);
  if (!isObject(value) || !('rules' in value || 'pledge' in value)) {
    throw new PackLoadError(
      `${name} is not a rule pack: its default export must be a pack made by \`definePack\` from \`@pledge/core/rules\` (an ESLint plugin \`{ meta, rules, configs }\`).`,
      'invalid-pack',
    );
  }
  if ('pledge' in value && value.pledge !== undefined) {
    if (isPackDescriptor(value.pledge)) return supported(value.pledge, name);
    throw new PackLoadError(
      `${name} has a \`pledge\` property that is not a pack descriptor (\`kind: 'pledge-pack'\`, \`rules\`, \`catalogs\`); build the pack with \`definePack\` from \`@pledge/core/rules\`.`,
      'invalid-pack',
    );
  }
  const rules = isObject(value.rules) ? Object.values(value.rules).filter(isPledgeRule) : [];
  if (rules.length === 0) {
    throw new PackLoadError(
      `${name} has no Pledge rules: its default export must be \`{ meta, rules, configs }\` with rules made by \`defineRule\`.`,
      'invalid-pack',
    );
  }
  const meta = isObject(value.meta) ? value.meta : {};
  const text = (key: string, fallback: string): string => {
    const field = meta[key];
    return typeof field === 'string' ? field : fallback;
  };
  return {
    kind: 'pledge-pack',
    name: text('name', name),
    version: text('version', '0.0.0'),
    namespace: text('namespace', ''),
    // Older packs declare no authoring API range; they are run as they are.
    coreApi: '*',
    rules,
    catalogs: {},
  };
}

/**
 * The descriptor, when this `@pledge/core` has the authoring API the pack was written for
 * (`definePack` checks it too, but against the copy of `@pledge/core` the pack imported).
 */
function supported(pack: PackDescriptor, name: string): PackDescriptor {
  if (satisfies(RULE_API_VERSION, pack.coreApi)) return pack;
  throw new PackLoadError(
    `${name} (${pack.name}@${pack.version}) needs the Pledge rule API ${pack.coreApi}, but the scanner's @pledge/core provides ${RULE_API_VERSION}. Install a version of the pack made for this @pledge/core, or a scanner whose @pledge/core matches.`,
    'invalid-pack',
  );
}

function isPackDescriptor(value: unknown): value is PackDescriptor {
  return (
    isObject(value) &&
    value.kind === 'pledge-pack' &&
    Array.isArray(value.rules) &&
    value.rules.every(isPledgeRule) &&
    typeof value.coreApi === 'string' &&
    isObject(value.catalogs)
  );
}

/** Whether a value is a rule made by `defineRule`. */
export function isPledgeRule(value: unknown): value is PledgeRule {
  return isObject(value) && value.kind === 'pledge-rule';
}

// --- Step 3: rules --------------------------------------------------------------------------

/** The rules of a run with these packs: the core rules, then the packs' (a later id wins). */
export function ruleSetOf(
  packs: readonly PackDescriptor[],
  extra: readonly PledgeRule[] = [],
): PledgeRule[] {
  const byId = new Map<string, PledgeRule>();
  for (const rule of [...Object.values(coreRules), ...packs.flatMap((p) => p.rules), ...extra])
    byId.set(rule.id, rule);
  return [...byId.values()];
}

/** The rule a config names: by id, or with the ESLint namespace (`pledge/no-undeclared-cookie`), as suppressions accept. */
function ruleNamed(rules: readonly PledgeRule[], name: string): PledgeRule | undefined {
  const id = name.startsWith('pledge/') ? name.slice('pledge/'.length) : name;
  return rules.find((rule) => rule.id === id);
}

/** A problem with a rule's options, at a key path below the options object. */
export interface SettingProblem {
  path: KeyPath;
  at: 'key' | 'value';
  code: string;
  message: string;
  suggestion?: string;
}

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

/**
 * Checks a rule's options against its `meta.schema`, minimally: an object, no property the
 * schema closes out (`additionalProperties: false`), declared properties of their declared
 * primitive type or `enum`, and array items of their declared type. A rule without a schema
 * takes no options (as in ESLint).
 */
export function settingProblems(rule: PledgeRule, setting: RuleSetting): SettingProblem[] {
  const options = setting.options;
  if (options === undefined) return [];
  const declared: unknown = rule.meta.schema;
  const schema = Array.isArray(declared) ? (declared[0] as unknown) : declared;
  if (!isObject(schema)) {
    return [
      {
        path: [],
        at: 'value',
        code: 'invalid-options',
        message: `rule \`${rule.id}\` takes no options (it has no \`meta.schema\`); write the severity alone.`,
      },
    ];
  }
  if (!isPlainObject(options)) {
    return [
      {
        path: [],
        at: 'value',
        code: 'invalid-options',
        message: `the options of \`${rule.id}\` should be an object, but are ${describeValue(options)}.`,
      },
    ];
  }
  const properties = isObject(schema.properties) ? schema.properties : {};
  const names = Object.keys(properties);
  const problems: SettingProblem[] = [];
  for (const [key, value] of Object.entries(options)) {
    const property = properties[key];
    if (!isObject(property)) {
      if (schema.additionalProperties === false) {
        problems.push({
          path: [key],
          at: 'key',
          code: 'unknown-option',
          message: `\`${rule.id}\` has no option \`${key}\`; ${names.length === 0 ? 'it takes none' : `its options are ${names.map((n) => `\`${n}\``).join(', ')}`}.`,
          ...optional('suggestion', nearest(names, key)),
        });
      }
      continue;
    }
    problems.push(...valueProblems(property, value, [key], `option \`${key}\` of \`${rule.id}\``));
  }
  return problems;
}

function valueProblems(
  schema: Record<string, unknown>,
  value: unknown,
  path: KeyPath,
  what: string,
): SettingProblem[] {
  const types = typesOf(schema.type);
  if (types.length > 0 && !types.some((type) => hasType(value, type))) {
    return [
      {
        path,
        at: 'value',
        code: 'invalid-option',
        message: `${what} should be ${types.map(article).join(' or ')}, but is ${describeValue(value)}.`,
      },
    ];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    const allowed = schema.enum.map((v) => `\`${String(v)}\``).join(', ');
    return [
      {
        path,
        at: 'value',
        code: 'invalid-option',
        message: `${what} should be one of ${allowed}, but is ${describeValue(value)}.`,
        ...optional(
          'suggestion',
          typeof value === 'string'
            ? nearest(
                schema.enum.filter((v): v is string => typeof v === 'string'),
                value,
              )
            : undefined,
        ),
      },
    ];
  }
  if (Array.isArray(value) && isObject(schema.items)) {
    const items = schema.items;
    return value.flatMap((item: unknown, index) =>
      valueProblems(items, item, [...path, index], `${what}, item ${String(index)},`),
    );
  }
  return [];
}

function typesOf(type: unknown): JsonType[] {
  const list: unknown[] = Array.isArray(type) ? type : [type];
  return list.filter((t): t is JsonType =>
    ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'].includes(String(t)),
  );
}

function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
    case 'null':
      return value === null;
  }
}

function article(type: JsonType): string {
  switch (type) {
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    case 'null':
      return 'null';
    case 'integer':
      return 'an integer';
    default:
      return `a ${type}`;
  }
}

// --- Helpers --------------------------------------------------------------------------------

/** Renders a key path as `rules.no-undeclared-cookie[1].names`. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${String(segment)}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '(root)' : out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return `${typeof value} ${String(value)}`;
  return typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return isObject(value) && !Array.isArray(value);
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
