import { coreRules } from '@pledge/core';
import { definePack, defineRule, PackError, RULE_API_VERSION } from '@pledge/core/rules';
import { toEslintRule } from '@pledge/eslint-plugin/adapter';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { DEMO_POLICY } from './rule-tester.js';

type Plugin = NonNullable<Linter.Config['plugins']>[string];

/** A rule that reports every cookie the engine sees, with its name: exercises options and catalogs. */
const everyCookie = defineRule<{ prefix: string }>({
  id: 'no-cookie-at-all',
  meta: {
    description: 'Disallow setting any cookie',
    messages: { cookie: '{{prefix}}: cookie `{{name}}` through {{api}}.' },
    recommended: true,
    severity: 'error',
    schema: {
      type: 'object',
      properties: { prefix: { type: 'string', description: 'Text before each message.' } },
      additionalProperties: false,
    },
  },
  defaultOptions: { prefix: 'cookie' },
  create(context) {
    return {
      cookie(fact) {
        context.report({
          node: fact.node,
          messageId: 'cookie',
          data: { prefix: context.options.prefix, name: fact.name ?? '?', api: fact.api.label },
        });
      },
    };
  },
});

const throwing = defineRule({
  id: 'no-thing-that-throws',
  meta: {
    description: 'Disallow nothing: the rule throws',
    messages: { never: 'never' },
    recommended: true,
    severity: 'error',
  },
  defaultOptions: {},
  create() {
    return {
      done() {
        throw new Error('boom at 4111 1111 1111 1111');
      },
    };
  },
});

function verify(code: string, configs: Linter.Config[]): Linter.LintMessage[] {
  return new Linter({ configType: 'flat' }).verify(
    code,
    [...configs, { settings: { pledge: { policy: DEMO_POLICY } } }],
    { filename: 'example.ts' },
  );
}

describe('@pledge/eslint-plugin/adapter', () => {
  it('runs a rule made with defineRule, with a schema and options, in ESLint', () => {
    const messages = verify("document.cookie = 'tracker=1';", [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { acme: { rules: { 'no-cookie-at-all': toEslintRule(everyCookie) } } as Plugin },
        rules: { 'acme/no-cookie-at-all': ['error', { prefix: 'ACME' }] },
      },
    ]);
    expect(messages.map((m) => m.message)).toEqual([
      'ACME: cookie `tracker` through document.cookie.',
    ]);
  });

  it('rejects options the schema does not allow, as ESLint does', () => {
    expect(() =>
      verify('const a = 1;', [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser },
          plugins: { acme: { rules: { 'no-cookie-at-all': toEslintRule(everyCookie) } } as Plugin },
          rules: { 'acme/no-cookie-at-all': ['error', { prefx: 'typo' }] },
        },
      ]),
    ).toThrow(/prefx/);
  });

  it('reports an engine error as one message of the file and lets the other rules run', () => {
    const pack = definePack({
      name: '@acme/pledge-rules-broken',
      version: '1.0.0',
      coreApi: `^${RULE_API_VERSION}`,
      rules: [throwing],
    });
    const messages = verify("document.cookie = 'tracker=1';", [
      plugin.configs.recommended as Linter.Config,
      pack.configs.recommended as unknown as Linter.Config,
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual([
      'acme-broken/no-thing-that-throws',
      'pledge/no-undeclared-cookie',
    ]);
    expect(messages[0]?.message).toContain('Pledge could not analyse this file');
    expect(messages[0]?.message).toContain('boom');
    // The error text is masked like every other output.
    expect(messages[0]?.message).not.toContain('4111 1111 1111 1111');
  });
});

describe('definePack', () => {
  it('is a flat-config plugin whose recommended config comes from rule metadata', () => {
    const pack = definePack({
      name: '@acme/pledge-rules-cookies',
      version: '2.1.0',
      coreApi: '^1.0.0',
      rules: [everyCookie],
      docsUrl: (id) => `https://acme.example/rules/${id}`,
    });
    expect(pack.meta).toEqual({
      name: '@acme/pledge-rules-cookies',
      version: '2.1.0',
      namespace: 'acme-cookies',
    });
    expect(pack.configs.recommended.rules).toEqual({ 'acme-cookies/no-cookie-at-all': 'error' });
    expect(pack.configs.recommended.plugins['acme-cookies']).toBe(pack);
    expect(pack.rules['no-cookie-at-all']?.meta.docs.url).toBe(
      'https://acme.example/rules/no-cookie-at-all',
    );
    expect(pack.pledge.rules).toEqual([everyCookie]);
    const messages = verify("document.cookie = 'tracker=1';", [
      pack.configs.recommended as unknown as Linter.Config,
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual(['acme-cookies/no-cookie-at-all']);
  });

  it('refuses a pack made for another rule API with one clear error', () => {
    expect(() =>
      definePack({
        name: '@acme/pledge-rules-future',
        version: '3.0.0',
        coreApi: '^2.0.0',
        rules: [everyCookie],
      }),
    ).toThrow(
      new PackError(
        `@acme/pledge-rules-future@3.0.0 needs the Pledge rule API ^2.0.0, but the installed @pledge/core provides ${RULE_API_VERSION}. Install a version of @acme/pledge-rules-future made for this @pledge/core, or a @pledge/core whose rule API matches.`,
      ),
    );
  });

  it("adds the pack's catalog entries for its rules, and only for this pack's run", () => {
    const code = "acmeCookies.put('acme_visitor', id);";
    const catalogs = {
      cookies: [
        {
          id: 'acme-cookies-put',
          label: 'acmeCookies.put()',
          patterns: [{ globals: ['acmeCookies'], member: 'put' }],
          name: { kind: 'argument' as const, arg: 0 },
        },
      ],
    };
    const withCatalog = definePack({
      name: '@acme/pledge-rules-with',
      version: '1.0.0',
      coreApi: '^1.0.0',
      rules: [everyCookie],
      catalogs,
    });
    const without = definePack({
      name: '@acme/pledge-rules-without',
      version: '1.0.0',
      coreApi: '^1.0.0',
      rules: [everyCookie],
    });
    expect(
      verify(code, [withCatalog.configs.recommended as unknown as Linter.Config]).map(
        (m) => m.message,
      ),
    ).toEqual(['cookie: cookie `acme_visitor` through acmeCookies.put().']);
    expect(verify(code, [without.configs.recommended as unknown as Linter.Config])).toEqual([]);
  });

  it('builds the built-in plugin too', () => {
    expect(Object.keys(plugin.rules)).toEqual(Object.keys(coreRules));
    expect(plugin.pledge.rules).toEqual(Object.values(coreRules));
  });
});
