import { fileURLToPath } from 'node:url';
import { coreRules } from '@pledge/core';
import { definePack, defineRule } from '@pledge/core/rules';
import { describe, expect, it } from 'vitest';
import { describeRulePack, inspectRulePack, readExamples } from '../src/index.js';
import { auditPack } from './audit-pack/src/index.js';
import { noEmailInAuditLog } from './audit-pack/src/rules/no-email-in-audit-log/rule.js';

const PACKAGE_DIR = fileURLToPath(new URL('audit-pack', import.meta.url));

// The meta-test on a pack that keeps the conventions.
describeRulePack(auditPack, { packageDir: PACKAGE_DIR });

describe('inspectRulePack on a pack that does not keep them', () => {
  const pledgeUrl = coreRules['no-full-card-storage']?.meta.docsUrl?.replaceAll(
    'no-full-card-storage',
    'no-email-in-audit-log',
  );
  const sloppy = defineRule({
    ...noEmailInAuditLog,
    meta: {
      ...noEmailInAuditLog.meta,
      description: 'disallows email addresses.',
      docsUrl: pledgeUrl,
      messages: { ...noEmailInAuditLog.meta.messages, neverReported: 'This is never reported.' },
      schema: {
        type: 'object',
        properties: {
          minConfidence: { type: 'number' },
          only: {
            type: 'array',
            description: 'Only these sinks.',
            items: { type: 'object', properties: { id: { type: 'string' } } },
          },
        },
      },
    },
  });
  const undocumented = defineRule({
    id: 'no-phone-in-audit-log',
    meta: {
      description: 'Disallow phone numbers in the audit log',
      recommended: false,
      severity: 'warning',
      messages: { phoneLogged: 'A phone number is written to the audit log.' },
    },
    defaultOptions: {},
    create: () => ({}),
  });
  const pack = definePack({
    name: '@acme/pledge-rules-sloppy',
    version: '1.0.0',
    coreApi: '^1.0.0',
    rules: [sloppy, undocumented],
    docsUrl: () => 'https://acme.example/docs',
  });

  it('lists every problem, by rule and check', () => {
    const problems = inspectRulePack(
      {
        ...pack,
        configs: { ...pack.configs, recommended: { ...pack.configs.recommended, rules: {} } },
      },
      { packageDir: PACKAGE_DIR },
    );
    expect(problems.map((p) => [p.rule, p.check])).toEqual([
      [undefined, 'recommended config'],
      ['no-email-in-audit-log', 'docs url'],
      ['no-email-in-audit-log', 'description'],
      ['no-email-in-audit-log', 'messages used'],
      ['no-email-in-audit-log', 'option descriptions'],
      ['no-email-in-audit-log', 'option descriptions'],
      ['no-phone-in-audit-log', 'docs page'],
      ['no-phone-in-audit-log', 'docs url'],
      ['no-phone-in-audit-log', 'messages used'],
    ]);
    const messages = problems.map((p) => p.message);
    expect(messages).toContain(
      `the docs URL \`${pledgeUrl ?? ''}\` is Pledge's; a pack links to its own docs.`,
    );
    expect(messages).toContain(
      "message `neverReported` is declared but never reported (no `'neverReported'` in src/rules/no-email-in-audit-log/rule.ts); report it or remove it.",
    );
    expect(messages).toContain('option `minConfidence` has no `description` in `meta.schema`.');
    expect(messages).toContain('option `only[].id` has no `description` in `meta.schema`.');
    expect(messages).toContain(
      '`configs.recommended.rules` is {}, but the rules\' metadata (`meta.recommended`, `meta.severity`) says {"acme-sloppy/no-email-in-audit-log":"error"}.',
    );
  });

  it('names rule folders that are no rule of the pack', () => {
    const other = definePack({
      name: '@acme/pledge-rules-other',
      version: '1.0.0',
      coreApi: '^1.0.0',
      rules: [undocumented],
    });
    expect(
      inspectRulePack(other, { packageDir: PACKAGE_DIR }).filter((p) => p.check === 'rule folders'),
    ).toEqual([
      {
        rule: undefined,
        check: 'rule folders',
        message:
          "src/rules/ has folders that are no rule of the pack: `no-email-in-audit-log`. A rule's folder is named by its id; add the rule to `definePack({ rules })` or remove the folder.",
      },
    ]);
  });
});

describe('readExamples', () => {
  it('takes code blocks after ❌ / Incorrect and ✅ / Correct, up to the next heading', () => {
    const markdown = [
      '# rule',
      '```ts',
      'notAnExample();',
      '```',
      '## Examples',
      '### ❌ Incorrect',
      '```ts',
      'bad();',
      '```',
      'Also incorrect, in a component:',
      '```tsx',
      'const x = <Bad />;',
      '```',
      '### ✅ Correct',
      '```typescript',
      'good();',
      '```',
      '```yaml',
      'not: code',
      '```',
      'Incorrect:',
      '```js',
      'alsoBad();',
      '```',
      '## Options',
      '```ts',
      'options();',
      '```',
    ].join('\n');
    expect(readExamples(markdown)).toEqual([
      { kind: 'invalid', code: 'bad();\n', lang: 'ts', line: 7 },
      { kind: 'invalid', code: 'const x = <Bad />;\n', lang: 'tsx', line: 11 },
      { kind: 'valid', code: 'good();\n', lang: 'ts', line: 15 },
      { kind: 'invalid', code: 'alsoBad();\n', lang: 'js', line: 22 },
    ]);
  });
});
