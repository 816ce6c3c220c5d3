// @ts-check
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { camelCase, changeset, packFiles, readmeEntry, ruleFiles } from './templates.js';

/**
 * Rule ids, as `defineRule` accepts them: kebab-case, with a verb prefix (`no-`, `require-`)
 * or naming what the rule checks in two words or more (`cookie-attributes`).
 */
const RULE_ID = /^(no|require|prefer|enforce)-[a-z0-9]+(-[a-z0-9]+)*$|^[a-z0-9]+(-[a-z0-9]+)+$/;
/** npm package names, scoped or not. */
const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;

/** A problem with the generator's input: printed as is, exit code 2. */
export class GeneratorError extends Error {
  /** @override */
  name = 'GeneratorError';
}

/**
 * `@pledge/rules-mailing` → `pledge-mailing`; `@acme/pledge-rules-x` → `acme-x` (as `definePack`
 * derives it).
 * @param {string} name
 */
export function namespaceOf(name) {
  const match = /^(?:@([^/]+)\/)?(.+)$/.exec(name);
  const scope = match?.[1];
  const base = (match?.[2] ?? name)
    .replace(/^(?:eslint-plugin-)?(?:pledge-)?rules?-/, '')
    .replace(/^eslint-plugin-/, '');
  const owner = scope ?? 'pledge';
  return base === '' || base === owner ? owner : `${owner}-${base}`;
}

/**
 * Writes files under a directory; refuses to overwrite any.
 * @param {string} dir @param {Record<string, string>} files @returns {string[]} the paths written
 */
function writeAll(dir, files) {
  for (const path of Object.keys(files)) {
    if (existsSync(join(dir, path)))
      throw new GeneratorError(`${join(dir, path)} exists already; nothing was written.`);
  }
  return Object.entries(files).map(([path, text]) => {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    return target;
  });
}

/**
 * @typedef {object} PackOptions
 * @property {string} dir where the pack's folder is created (it must not exist, or be empty)
 * @property {string} name the npm package name
 * @property {string} [rule] the first rule's id; `no-pii-in-<base>-events` by default
 * @property {string} [description]
 * @property {string} [docsBase] URL prefix of the pack's published sources (rule pages live there)
 * @property {Record<string, string>} [dependencies] version specifiers (the monorepo passes `workspace:*` and `catalog:`)
 * @property {string} [changesetDir] a `.changeset` folder to write the release note into
 */

/** Generates a whole pack with its first rule. @param {PackOptions} options @returns {string[]} */
export function generatePack(options) {
  if (!PACKAGE_NAME.test(options.name))
    throw new GeneratorError(
      `\`${options.name}\` is not an npm package name; use lowercase, such as \`@acme/pledge-rules-analytics\`.`,
    );
  const namespace = namespaceOf(options.name);
  const base = namespace.replace(/^[^-]+-/, '') || 'pack';
  const rule = options.rule ?? `no-pii-in-${base}-events`;
  checkRuleId(rule);
  const written = writeAll(
    options.dir,
    packFiles({
      name: options.name,
      namespace,
      description:
        options.description ?? `Pledge rules that keep ${options.name}'s privacy promises.`,
      docsBase: options.docsBase ?? `https://www.npmjs.com/package/${options.name}?activeTab=code`,
      dependencies: { ...DEFAULT_VERSIONS, ...options.dependencies },
    }),
  );
  written.push(...generateRule({ packDir: options.dir, rule, changesetDir: undefined }));
  if (options.changesetDir !== undefined) {
    written.push(
      ...writeAll(options.changesetDir, {
        [`${namespace}-pack.md`]: changeset(
          options.name,
          `A new rule pack, ${options.name}, with its first rule \`${rule}\`.`,
        ),
      }),
    );
  }
  return written;
}

/**
 * @typedef {object} RuleOptions
 * @property {string} packDir the pack's folder (its package.json names it)
 * @property {string} rule the rule's id
 * @property {string | undefined} [changesetDir]
 */

/** Adds a rule to a pack: its folder, and its entries in `src/rules.ts` and the README. @param {RuleOptions} options */
export function generateRule(options) {
  checkRuleId(options.rule);
  const pkgPath = join(options.packDir, 'package.json');
  if (!existsSync(pkgPath))
    throw new GeneratorError(`${options.packDir} is not a pack: it has no package.json.`);
  const name = packageName(pkgPath);
  if (name === undefined) throw new GeneratorError(`${pkgPath} has no \`name\`.`);
  const vars = {
    id: options.rule,
    namespace: namespaceOf(name),
    exportName: camelCase(options.rule),
  };
  const written = writeAll(options.packDir, ruleFiles(vars));
  const index = join(options.packDir, 'src', 'rules.ts');
  const marker = '  // rules: generated entries go above this line';
  const text = readFileSync(index, 'utf8');
  if (!text.includes(marker))
    throw new GeneratorError(
      `${index} has lost its marker line \`${marker.trim()}\`; add the rule by hand.`,
    );
  writeFileSync(
    index,
    `import { ${vars.exportName} } from './rules/${vars.id}/rule.js';\n${text.replace(marker, `  ${vars.exportName},\n${marker}`)}`,
  );
  const readme = join(options.packDir, 'README.md');
  const readmeMarker = '<!-- rules: generated entries go above this line -->';
  if (existsSync(readme)) {
    const doc = readFileSync(readme, 'utf8');
    if (doc.includes(readmeMarker))
      writeFileSync(readme, doc.replace(readmeMarker, `${readmeEntry(vars)}\n${readmeMarker}`));
  }
  if (options.changesetDir !== undefined) {
    written.push(
      ...writeAll(options.changesetDir, {
        [`${vars.namespace}-${vars.id}.md`]: changeset(name, `New rule \`${vars.id}\`.`),
      }),
    );
  }
  return [...written, index].map((path) => relative(process.cwd(), path) || path);
}

/** @param {string} id */
function checkRuleId(id) {
  if (!RULE_ID.test(id))
    throw new GeneratorError(
      `\`${id}\` is not a rule id: use kebab-case with a verb prefix, such as \`no-pii-in-logs\` or \`require-consent-banner\`, or two words or more, such as \`cookie-attributes\`.`,
    );
}

/** The versions a standalone pack depends on (the ones this Pledge is tested with). */
export const DEFAULT_VERSIONS = {
  '@pledge/core:peer': '>=0.0.0',
  '@pledge/core': 'latest',
  '@pledge/rule-tester': 'latest',
  '@types/node': '^20.19.0',
  eslint: '^10.0.0',
  typescript: '~6.0.2',
  'typescript-eslint': '~8.74.0',
  vitest: '~4.1.0',
};

/**
 * The `name` of a package.json.
 * @param {string} path
 * @returns {string | undefined}
 */
export function packageName(path) {
  /** @type {unknown} */
  const data = JSON.parse(readFileSync(path, 'utf8'));
  return typeof data === 'object' &&
    data !== null &&
    'name' in data &&
    typeof data.name === 'string'
    ? data.name
    : undefined;
}
