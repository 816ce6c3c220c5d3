import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { coreRules } from '@pledge/core';
import type { PledgePack, PledgeRule } from '@pledge/core/rules';
import { findPolicy, maskText } from '@pledge/policy';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFindings } from './check.js';
import { RuleSet, runEngine, runEslint, type FrontEnd, type Reported } from './front-ends.js';
import { PolicyResolver } from './policy.js';
import { TempDir } from './temp.js';

// The meta-test of a rule pack (CONVENTIONS): every rule has a docs page whose ❌ examples
// report and ✅ examples do not, uses every message it declares, describes every option,
// links to the pack's own docs; the recommended config is what the rules' metadata says.

/** Where `describeRulePack` finds the pack's files. */
export interface RulePackOptions {
  /** The pack's package folder (its `package.json`, `src/rules/<id>/`, `docs/rules/`). */
  packageDir: string;
  /**
   * The policy the docs examples are checked against: a path or YAML text. By default the
   * nearest `pledge.policy.yaml` at or above `packageDir`.
   */
  policy?: string;
}

/** A convention a pack does not keep: which rule (if any), which check, what is wrong. */
export interface PackProblem {
  /** The rule's id; `undefined` for the pack as a whole. */
  rule: string | undefined;
  check: PackCheck;
  message: string;
}

/** The checks of `describeRulePack` that read files and metadata (the examples run apart). */
export type PackCheck =
  | 'docs page'
  | 'docs url'
  | 'description'
  | 'messages used'
  | 'option descriptions'
  | 'recommended config'
  | 'rule folders';

/** The docs page of a rule: `docs/rules/<id>.md` or `src/rules/<id>/README.md`, if either exists. */
export function docsPageOf(packageDir: string, ruleId: string): string | undefined {
  return [
    join(packageDir, 'docs/rules', `${ruleId}.md`),
    join(packageDir, 'src/rules', ruleId, 'README.md'),
  ].find((path) => existsSync(path));
}

/**
 * The source files of a rule: its folder `src/rules/<id>/` (no tests, no fixtures, no
 * `cases.ts`: test data names every message id) or `src/rules/<id>.ts`.
 */
export function ruleSourcesOf(packageDir: string, ruleId: string): string[] {
  const folder = join(packageDir, 'src/rules', ruleId);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .map((file) => file.split('\\').join('/'))
      .filter(
        (file) =>
          /\.[cm]?[jt]sx?$/.test(file) &&
          !/\.(test|spec)\.[cm]?[jt]sx?$/.test(file) &&
          !/^cases\.[cm]?[jt]s$/.test(file) &&
          !file.split('/').includes('fixtures'),
      )
      .sort()
      .map((file) => join(folder, file));
  }
  return ['.ts', '.mts', '.js', '.mjs']
    .map((ext) => join(packageDir, 'src/rules', `${ruleId}${ext}`))
    .filter((path) => existsSync(path));
}

/** The repository Pledge's own rules link to (`https://github.com/<owner>/<repo>/`). */
function pledgeDocsRoot(): string | undefined {
  const url = Object.values(coreRules)[0]?.meta.docsUrl;
  const match = url === undefined ? null : /^https?:\/\/[^/]+\/[^/]+\/[^/]+\//.exec(url);
  return match?.[0];
}

/** Checks a pack's conventions that need no run of its rules; returns every problem. */
export function inspectRulePack(pack: PledgePack, options: RulePackOptions): PackProblem[] {
  const { packageDir } = options;
  const problems: PackProblem[] = [];
  const rules = pack.pledge.rules;
  const add = (rule: string | undefined, check: PackCheck, message: string): void => {
    problems.push({ rule, check, message });
  };

  // The ESLint rules and the scanner's rules are the same rules.
  const eslintIds = Object.keys(pack.rules).sort();
  const ids = rules.map((rule) => rule.id).sort();
  if (eslintIds.join() !== ids.join())
    add(
      undefined,
      'rule folders',
      `\`rules\` has [${eslintIds.join(', ')}] but \`pledge.rules\` [${ids.join(', ')}].`,
    );
  const rulesDir = join(packageDir, 'src/rules');
  if (existsSync(rulesDir)) {
    const folders = readdirSync(rulesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const orphans = folders.filter((folder) => !ids.includes(folder));
    if (orphans.length > 0)
      add(
        undefined,
        'rule folders',
        `src/rules/ has folders that are no rule of the pack: ${orphans.map((f) => `\`${f}\``).join(', ')}. A rule's folder is named by its id; add the rule to \`definePack({ rules })\` or remove the folder.`,
      );
  }

  // `configs.recommended` is generated from metadata; nothing may add to it or drop from it.
  const expected = Object.fromEntries(
    rules
      .filter((rule) => rule.meta.recommended)
      .map((rule) => [
        `${pack.meta.namespace}/${rule.id}`,
        rule.meta.severity === 'error' ? 'error' : 'warn',
      ]),
  );
  const actual = pack.configs.recommended.rules;
  if (JSON.stringify(sortKeys(actual)) !== JSON.stringify(sortKeys(expected)))
    add(
      undefined,
      'recommended config',
      `\`configs.recommended.rules\` is ${JSON.stringify(sortKeys(actual))}, but the rules' metadata (\`meta.recommended\`, \`meta.severity\`) says ${JSON.stringify(sortKeys(expected))}.`,
    );

  const ownPack = pack.meta.name.startsWith('@pledge/');
  const pledgeRoot = pledgeDocsRoot();
  for (const rule of rules) {
    const id = rule.id;
    if (docsPageOf(packageDir, id) === undefined)
      add(
        id,
        'docs page',
        `no docs page: write \`src/rules/${id}/README.md\` (or \`docs/rules/${id}.md\`).`,
      );

    const url = pack.rules[id]?.meta.docs.url;
    if (url === undefined || !/^https?:\/\//.test(url))
      add(
        id,
        'docs url',
        `the docs URL is ${url === undefined ? 'not set' : `\`${url}\``}: set \`meta.docsUrl\` or \`definePack({ docsUrl })\` to the rule's page.`,
      );
    else if (!url.includes(id))
      add(id, 'docs url', `the docs URL \`${url}\` does not name the rule; link to its own page.`);
    else if (!ownPack && pledgeRoot !== undefined && url.startsWith(pledgeRoot))
      add(id, 'docs url', `the docs URL \`${url}\` is Pledge's; a pack links to its own docs.`);

    const description = rule.meta.description;
    if (!/^[A-Z]/.test(description) || /[.!]\s*$/.test(description))
      add(
        id,
        'description',
        `\`meta.description\` "${description}" should be an imperative phrase without a trailing period (\`Disallow …\`, \`Require …\`, \`Enforce …\`).`,
      );

    const sources = ruleSourcesOf(packageDir, id);
    if (sources.length === 0) {
      add(
        id,
        'messages used',
        `no source found at \`src/rules/${id}/\` or \`src/rules/${id}.ts\`.`,
      );
    } else {
      const text = sources.map((path) => readFileSync(path, 'utf8')).join('\n');
      for (const messageId of Object.keys(rule.meta.messages)) {
        // A use is the id as a string (`messageId: 'fullCardStored'`); the declaration is a key.
        if (!new RegExp(`(['"\`])${escapeRegExp(messageId)}\\1`).test(text))
          add(
            id,
            'messages used',
            `message \`${messageId}\` is declared but never reported (no \`'${messageId}'\` in ${sources.map((s) => relative(packageDir, s)).join(', ')}); report it or remove it.`,
          );
      }
    }

    for (const path of undescribedOptions(rule.meta.schema))
      add(
        id,
        'option descriptions',
        `option \`${path}\` has no \`description\` in \`meta.schema\`.`,
      );
  }
  return problems;
}

/** The paths of schema properties without a description, nested objects and arrays included. */
function undescribedOptions(schema: unknown, prefix = ''): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const out: string[] = [];
  const { properties, items } = schema as { properties?: unknown; items?: unknown };
  if (typeof properties === 'object' && properties !== null) {
    for (const [key, value] of Object.entries(properties as Record<string, unknown>)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      const description = (value as { description?: unknown } | null)?.description;
      if (typeof description !== 'string' || description.trim() === '') out.push(path);
      out.push(...undescribedOptions(value, path));
    }
  }
  if (items !== undefined) out.push(...undescribedOptions(items, `${prefix}[]`));
  return out;
}

/** A code example of a docs page: ❌ (must report) or ✅ (must not). */
export interface DocsExample {
  kind: 'invalid' | 'valid';
  code: string;
  /** The fence's language: `ts`, `tsx`, `js` or `jsx`. */
  lang: string;
  /** 1-based line of the opening fence. */
  line: number;
}

/**
 * The examples of a docs page: fenced `ts`/`tsx`/`js`/`jsx` blocks after a line with `❌` or
 * `Incorrect` (they must report) or `✅` or `Correct` (they must not), up to the next heading.
 */
export function readExamples(markdown: string): DocsExample[] {
  const examples: DocsExample[] = [];
  const lines = markdown.split(/\r?\n/);
  let kind: DocsExample['kind'] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fence) {
      const close = fence[1] ?? '```';
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? '').trimStart().startsWith(close); i++)
        body.push(lines[i] ?? '');
      const lang = (fence[2] ?? '').toLowerCase();
      const normal = lang === 'typescript' ? 'ts' : lang === 'javascript' ? 'js' : lang;
      if (kind && ['ts', 'tsx', 'js', 'jsx'].includes(normal))
        examples.push({ kind, code: `${body.join('\n')}\n`, lang: normal, line: start + 1 });
      continue;
    }
    const marked = /❌|\bIncorrect\b/.test(line)
      ? 'invalid'
      : /✅|\bCorrect\b/.test(line)
        ? 'valid'
        : undefined;
    if (marked) kind = marked;
    else if (/^#{1,6}\s/.test(line)) kind = undefined;
  }
  return examples;
}

/** The front ends a docs example runs through: the single-file ones, as a reader would paste it. */
const EXAMPLE_FRONT_ENDS: readonly FrontEnd[] = ['engine', 'eslint'];

/**
 * Registers the meta-test of a rule pack: one `describe` with a test per convention per rule,
 * and one per docs example.
 */
export function describeRulePack(pack: PledgePack, options: RulePackOptions): void {
  const rules = pack.pledge.rules;
  describe(`${pack.meta.name} rule pack`, () => {
    it('has rules', () => {
      expect(rules.length, `${pack.meta.name} has no rules`).toBeGreaterThan(0);
    });

    const problems = inspectRulePack(pack, options);
    const failIf = (found: PackProblem[]): void => {
      if (found.length > 0) throw new Error(found.map((p) => p.message).join('\n'));
    };
    it('the ESLint rules, the scanner rules and the rule folders are the same', () => {
      failIf(problems.filter((p) => p.rule === undefined && p.check === 'rule folders'));
    });
    it('configs.recommended is generated from rule metadata', () => {
      failIf(problems.filter((p) => p.check === 'recommended config'));
    });

    const checks: readonly PackCheck[] = [
      'docs page',
      'docs url',
      'description',
      'messages used',
      'option descriptions',
    ];
    for (const rule of rules) {
      describe(rule.id, () => {
        for (const check of checks) {
          it(check, () => {
            failIf(problems.filter((p) => p.rule === rule.id && p.check === check));
          });
        }
        describeExamples(pack, rule, options);
      });
    }
  });
}

function describeExamples(pack: PledgePack, rule: PledgeRule, options: RulePackOptions): void {
  const page = docsPageOf(options.packageDir, rule.id);
  const examples = page === undefined ? [] : readExamples(readFileSync(page, 'utf8'));
  const shown = page === undefined ? 'the docs page' : relative(options.packageDir, page);
  it('has ❌ and ✅ examples', () => {
    expect(page, `no docs page for \`${rule.id}\``).toBeDefined();
    expect(
      examples.some((e) => e.kind === 'invalid'),
      `${shown} has no ❌ example (a \`ts\` code block after a line with ❌ or "Incorrect")`,
    ).toBe(true);
    expect(
      examples.some((e) => e.kind === 'valid'),
      `${shown} has no ✅ example (a \`ts\` code block after a line with ✅ or "Correct")`,
    ).toBe(true);
  });
  if (examples.length === 0) return;

  const temp = new TempDir('pledge-pack-examples');
  const policies = new PolicyResolver(temp);
  const set = new RuleSet([rule], pack);
  afterAll(() => {
    temp.remove();
  });
  const counts = { invalid: 0, valid: 0 };
  for (const example of examples) {
    const index = ++counts[example.kind];
    const title = `${example.kind === 'invalid' ? '❌' : '✅'} example ${String(index)} (${shown}:${String(example.line)}) ${example.kind === 'invalid' ? 'reports' : 'does not report'}`;
    it(title, () => {
      const policyInput = options.policy ?? findPolicy(options.packageDir);
      if (policyInput === undefined)
        throw new Error(
          `no pledge.policy.yaml at or above ${options.packageDir} for the docs examples: pass \`policy\` to describeRulePack.`,
        );
      const policy = policies.resolve(policyInput);
      const file = { name: `example.${example.lang}`, code: example.code };
      const failures: string[] = [];
      for (const frontEnd of EXAMPLE_FRONT_ENDS) {
        const found: Reported[] =
          frontEnd === 'engine'
            ? runEngine(set, policy, [file])
            : runEslint(set, policy, temp.path, [file]);
        const wrong = example.kind === 'invalid' ? found.length === 0 : found.length > 0;
        if (wrong)
          failures.push(
            `${frontEnd}: ${example.kind === 'invalid' ? 'reports nothing' : `reports ${String(found.length)}`}`,
            ...describeFindings(found, () => example.code),
          );
      }
      if (failures.length > 0)
        throw new Error(
          `${shown}:${String(example.line)}: the ${example.kind === 'invalid' ? '❌ example must report' : '✅ example must not report'} \`${rule.id}\`:\n${failures.join('\n')}\n${maskText(example.code)}`,
        );
    });
  }
}

function sortKeys(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
