// @ts-check
// The files the generator writes. A pack is complete on its own: its package.json, TypeScript,
// ESLint and vitest configs, the pack entry, one working rule with its docs page, annotated
// fixtures and tests, a test policy, a README and a changeset. The sample rule is real (it
// reports personal data passed to the functions its options name), so the generated tests
// assert something from the first minute; the team replaces it with its own promise.

/**
 * @typedef {object} PackVars
 * @property {string} name the npm package name (`@acme/pledge-rules-analytics`)
 * @property {string} namespace the ESLint plugin namespace (`acme-analytics`)
 * @property {string} description one sentence: what the pack enforces
 * @property {string} docsBase where the pack's rule pages are published (URL prefix)
 * @property {Record<string, string>} dependencies version specifiers by package name
 */

/**
 * @typedef {object} RuleVars
 * @property {string} id the rule id (`no-pii-in-analytics-events`)
 * @property {string} namespace the pack's ESLint namespace
 * @property {string} exportName the rule's export (`noPiiInAnalyticsEvents`)
 */

/** What a generated pack needs to develop: `npm install` brings these. */
export const PACK_DEV_DEPENDENCIES = [
  '@pledge/core',
  '@pledge/rule-tester',
  '@types/node',
  'eslint',
  'typescript',
  'typescript-eslint',
  'vitest',
];

/** @param {string} id */
export function camelCase(id) {
  return id.replace(/-([a-z0-9])/g, (_all, c) => String(c).toUpperCase());
}

/** @param {PackVars} vars @returns {Record<string, string>} */
export function packFiles(vars) {
  const d = vars.dependencies;
  /** @param {string} name */
  const dep = (name) => d[name] ?? 'latest';
  const pkg = {
    name: vars.name,
    version: '0.1.0',
    description: vars.description,
    license: 'Apache-2.0',
    type: 'module',
    keywords: ['pledge', 'pledge-rule-pack', 'eslint', 'eslintplugin', 'privacy'],
    exports: {
      '.': {
        '@pledge/source': './src/index.ts',
        types: './dist/index.d.ts',
        default: './dist/index.js',
      },
      './package.json': './package.json',
    },
    files: ['dist', 'src/rules/*/README.md', 'README.md'],
    engines: { node: '>=20.19' },
    scripts: {
      build: 'tsc -p tsconfig.build.json',
      typecheck: 'tsc -p tsconfig.json --noEmit',
      lint: 'eslint .',
      test: 'vitest run',
    },
    peerDependencies: { '@pledge/core': dep('@pledge/core:peer') },
    devDependencies: Object.fromEntries(PACK_DEV_DEPENDENCIES.map((name) => [name, dep(name)])),
  };
  return {
    'package.json': `${JSON.stringify(pkg, null, 2)}\n`,
    'tsconfig.json': `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          // Pledge's packages are tested from source in its monorepo; elsewhere this is inert.
          customConditions: ['@pledge/source'],
          types: ['node'],
          strict: true,
          noUncheckedIndexedAccess: true,
          isolatedModules: true,
          verbatimModuleSyntax: true,
          resolveJsonModule: true,
          skipLibCheck: true,
          declaration: true,
          noEmit: true,
        },
        include: ['src', 'test', '*.config.ts'],
        exclude: ['src/**/fixtures/**'],
      },
      null,
      2,
    )}\n`,
    'tsconfig.build.json': `${JSON.stringify(
      {
        extends: './tsconfig.json',
        compilerOptions: { noEmit: false, rootDir: 'src', outDir: 'dist' },
        include: ['src'],
        exclude: ['src/**/*.test.ts', 'src/**/fixtures/**'],
      },
      null,
      2,
    )}\n`,
    'eslint.config.js': `import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '**/fixtures/**', '*.config.*'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
);
`,
    'vitest.config.ts': `import { defineConfig } from 'vitest/config';

// \`@pledge/source\` lets a pack inside Pledge's monorepo test against the sources; the other
// conditions are vite's defaults, repeated because giving any replaces them.
const conditions = ['@pledge/source', 'module', 'node', 'development|production'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  // Each case runs through the engine, ESLint and the scanner: a hang guard, not a budget.
  test: { testTimeout: 120_000, hookTimeout: 120_000 },
});
`,
    'src/index.ts': `import { createRequire } from 'node:module';
import { definePack } from '@pledge/core/rules';
import { rules } from './rules.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as {
  name: string;
  version: string;
};

/** ${vars.description} */
export default definePack({
  name,
  version,
  namespace: '${vars.namespace}',
  coreApi: '^1.0.0',
  rules,
  // Catalog entries for the SDKs, sinks or cookie APIs your rules need and Pledge lacks.
  catalogs: {},
  docsUrl: (id) => \`${vars.docsBase}/src/rules/\${id}/README.md\`,
});
`,
    'src/rules.ts': `import type { PledgeRule } from '@pledge/core/rules';

/** The pack's rules; \`pnpm gen rule\` adds to this list. */
export const rules: PledgeRule[] = [
  // rules: generated entries go above this line
];
`,
    'test/pack.test.ts': `import { fileURLToPath } from 'node:url';
import { describeRulePack } from '@pledge/rule-tester';
import pack from '../src/index.js';

// The pack's meta-test: a docs page per rule, examples that run, message ids used, schema
// descriptions, the recommended config built from rule metadata.
describeRulePack(pack, {
  packageDir: fileURLToPath(new URL('..', import.meta.url)),
  policy: fileURLToPath(new URL('policy.yaml', import.meta.url)),
});
`,
    'test/policy.yaml': `# A small policy for the tests: the rules are checked against it.
version: 1
organization: Example, Inc.
document:
  url: https://example.com/privacy
  effective: 2026-01-01
clauses:
  disclosure:
    section: Disclosure to Third Parties
    summary: Personal data goes only to declared service providers.
firstParty:
  hosts: [example.com, '*.example.com']
disclosureClause: disclosure
thirdParties:
  - id: payments
    name: Stripe
    role: payment-processor
    clause: disclosure
    hosts: [api.stripe.com]
    packages: [stripe]
    receives: [user.contact.email]
    purpose: Payment processing.
`,
    'README.md': `# ${vars.name}

${vars.description}

A [Pledge](https://github.com/pledge-dev/pledge) rule pack: it runs in ESLint and in
\`pledge scan\`.

## Install

\`\`\`sh
npm install --save-dev ${vars.name} @pledge/core @pledge/eslint-plugin @pledge/scanner
\`\`\`

## ESLint

\`\`\`js
// eslint.config.js
import pledge from '@pledge/eslint-plugin';
import pack from '${vars.name}';

export default [pledge.configs.recommended, pack.configs.recommended];
\`\`\`

## The scanner

\`\`\`yaml
# pledge.config.yaml
packs: ['${vars.name}']
\`\`\`

or, once: \`pledge scan --pack ${vars.name}\`.

## Rules

<!-- rules: generated entries go above this line -->

## Developing

\`npm test\` runs every rule's cases through the engine, ESLint and the scanner
(\`@pledge/rule-tester\`), the annotated fixtures, and the pack's meta-test.
`,
  };
}

/** @param {RuleVars} vars @returns {Record<string, string>} */
export function ruleFiles(vars) {
  const dir = `src/rules/${vars.id}`;
  return {
    [`${dir}/rule.ts`]: `import type ts from 'typescript';
import { defineRule } from '@pledge/core/rules';

export interface Options {
  /** Functions and methods that must not receive personal data. */
  functions: string[];
}

/**
 * A starting point: personal data passed to one of the functions the options name (an
 * analytics \`track\`, say) is reported with the flow that brought it there. Replace the
 * listener with your promise; \`context.flow\` and \`context.queries\` are the engine's answers.
 */
export const ${vars.exportName} = defineRule<Options>({
  id: '${vars.id}',
  meta: {
    description: 'Disallow personal data as an argument of the listed functions',
    messages: {
      personalData: '{{category}} is passed to \`{{callee}}\`, which must not receive personal data.',
    },
    recommended: true,
    severity: 'error',
    schema: {
      type: 'object',
      properties: {
        functions: {
          type: 'array',
          items: { type: 'string' },
          description: 'Functions and methods (by name) that must not receive personal data.',
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { functions: ['track'] },
  create(context) {
    const t = context.ts;
    const names = new Set(context.options.functions);
    const calleeName = (call: ts.CallExpression): string | undefined => {
      const callee = call.expression;
      if (t.isIdentifier(callee)) return callee.text;
      if (t.isPropertyAccessExpression(callee)) return callee.name.text;
      return undefined;
    };
    return {
      syntax: {
        CallExpression(node) {
          if (!t.isCallExpression(node)) return;
          const callee = calleeName(node);
          if (callee === undefined || !names.has(callee)) return;
          for (const argument of node.arguments) {
            const [taint] = context.flow.taintOf(argument);
            if (taint === undefined) continue;
            context.report({
              node: argument,
              messageId: 'personalData',
              data: { category: taint.category, callee },
              category: taint.category,
              flow: taint.steps,
            });
          }
        },
      },
    };
  },
});
`,
    [`${dir}/README.md`]: `# ${vars.id}

Disallow personal data as an argument of the listed functions.

Personal data (an email address, a phone number, a name; whatever Pledge's classifier and the
policy's data categories call personal) passed to one of the functions in \`functions\` is
reported, with the flow that brought it there: through variables, object properties and the
app's own helpers.

## Options

| option      | default     | what it is                                                       |
| ----------- | ----------- | ---------------------------------------------------------------- |
| \`functions\` | \`['track']\` | Functions and methods (by name) that must not receive personal data. |

## Examples

### ❌ Incorrect

\`\`\`ts
declare const analytics: { track(event: string, properties?: object): void };
declare const user: { email: string };
analytics.track('signup', { email: user.email });
\`\`\`

### ✅ Correct

\`\`\`ts
declare const analytics: { track(event: string, properties?: object): void };
analytics.track('signup', { plan: 'pro' });
\`\`\`
`,
    [`${dir}/rule.test.ts`]: `import { RuleTester } from '@pledge/rule-tester';
import { fileURLToPath } from 'node:url';
import pack from '../../index.js';
import { ${vars.exportName} } from './rule.js';

const policy = fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url));

new RuleTester({ policy, pack }).run('${vars.id}', ${vars.exportName}, {
  valid: [
    "track('signup_completed');",
    "analytics.track('order_placed', { total: 42, currency: 'EUR' });",
    // Not a listed function.
    'declare const user: { email: string }; console.info(user.email);',
    {
      name: 'another function, through the options',
      code: 'declare const user: { email: string }; track(user.email);',
      options: { functions: ['identify'] },
    },
  ],
  invalid: [
    {
      code: 'declare const user: { email: string }; track(user.email);',
      errors: [{ messageId: 'personalData', line: 1 }],
    },
    {
      code: [
        'declare const form: { phoneNumber: string };',
        'const phone = form.phoneNumber;',
        "analytics.track('lead', { phone });",
      ].join('\\n'),
      errors: [{ messageId: 'personalData', line: 3 }],
    },
    {
      name: 'a listed method, through the options',
      code: 'declare const user: { email: string }; segment.identify(user.email);',
      options: { functions: ['identify'] },
      errors: [{ messageId: 'personalData' }],
    },
  ],
});
`,
    [`${dir}/fixtures/track_calls.ts`]: `// Annotated fixture: every front end must report exactly the \`expect\` lines.
declare const analytics: { track(event: string, properties?: object): void };
declare const user: { email: string; id: string };

export function onSignup(): void {
  analytics.track('signup', { email: user.email }); // expect: ${vars.id}
  analytics.track('signup', { plan: 'pro' }); // ok: nothing personal
}
`,
    [`${dir}/fixtures.test.ts`]: `import { runFixtures } from '@pledge/rule-tester';
import { fileURLToPath } from 'node:url';
import pack from '../../index.js';
import { ${vars.exportName} } from './rule.js';

runFixtures(fileURLToPath(new URL('fixtures', import.meta.url)), {
  rules: [${vars.exportName}],
  pack,
  policy: fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url)),
});
`,
  };
}

/** The line the rule adds to the pack's README list. @param {RuleVars} vars */
export function readmeEntry(vars) {
  return `- [\`${vars.namespace}/${vars.id}\`](src/rules/${vars.id}/README.md): disallow personal data as an argument of the listed functions.`;
}

/**
 * A changeset for the pack: a new pack is a minor release, a new rule too.
 * @param {string} name @param {string} summary
 */
export function changeset(name, summary) {
  return `---\n'${name}': minor\n---\n\n${summary}\n`;
}
