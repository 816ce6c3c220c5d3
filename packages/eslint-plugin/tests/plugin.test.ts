import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coreRules } from '@pledge/core';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin, { FILES, rules } from '../src/index.js';
import { lint } from './lint.js';

const RULES_DIR = fileURLToPath(new URL('../../core/src/rules/', import.meta.url));
const INVALID_POLICY = fileURLToPath(
  new URL('fixtures/policies/invalid.policy.yaml', import.meta.url),
);

describe('plugin meta', () => {
  it('names the published package and its version', () => {
    const pkg = JSON.parse(
      readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'),
    ) as { name: string; version: string };
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'pledge' });
  });
});

describe('configs', () => {
  it('recommended lists exactly the rules whose metadata says so', () => {
    const expected = Object.fromEntries(
      Object.values(coreRules)
        .filter((rule) => rule.meta.recommended)
        .map((rule) => [`pledge/${rule.id}`, rule.meta.severity === 'error' ? 'error' : 'warn']),
    );
    expect(plugin.configs.recommended.rules).toEqual(expected);
    expect(Object.keys(expected)).toEqual([
      'pledge/no-full-card-storage',
      'pledge/no-undeclared-cookie',
      'pledge/no-pii-to-undeclared-third-party',
    ]);
  });

  it('sets the TypeScript parser for js, jsx, ts, tsx, mjs and cjs files', () => {
    expect(plugin.configs.recommended.files).toEqual(FILES);
    expect(plugin.configs.recommended.languageOptions?.parser).toBe(tsParser);
    expect(FILES[0]).toContain('js,jsx,mjs,cjs,ts,tsx');
  });

  it('recommended-type-checked turns on the project service', () => {
    expect(plugin.configs['recommended-type-checked'].languageOptions?.parserOptions).toEqual({
      projectService: true,
    });
  });
});

describe('rule metadata', () => {
  it.each(Object.keys(coreRules))('%s has code, docs, tests and fixtures', (id) => {
    const rule = rules[id]!;
    expect(rule.meta.docs?.url).toBe(
      `https://github.com/pledge-dev/pledge/blob/main/packages/core/src/rules/${id}/README.md`,
    );
    expect(rule.meta.docs?.description).toMatch(/^(Disallow|Require|Enforce) [^.]*[^.]$/);
    for (const file of ['rule.ts', 'README.md', 'cases.ts', 'fixtures'])
      expect(existsSync(join(RULES_DIR, id, file))).toBe(true);
    const readme = readFileSync(join(RULES_DIR, id, 'README.md'), 'utf8');
    expect(readme.startsWith(`# ${id}\n`)).toBe(true);
    for (const section of [
      '## Examples',
      '## Options',
      '## Policy fields used',
      '## When Not To Use It',
    ]) {
      expect(readme).toContain(section);
    }
  });

  it.each(Object.keys(coreRules))('%s describes every option', (id) => {
    const schema = rules[id]!.meta.schema as readonly {
      properties?: Record<string, { description?: string }>;
    }[];
    for (const property of Object.values(schema[0]?.properties ?? {}))
      expect(property.description).toBeTruthy();
  });

  it('option schemas', () => {
    expect(
      Object.fromEntries(Object.entries(rules).map(([id, rule]) => [id, rule.meta.schema])),
    ).toMatchSnapshot();
  });
});

describe('policy problems', () => {
  it('reports a missing policy once per linted file, not once per rule or per process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-nopolicy-'));
    const code = "document.cookie = 'a=b';";
    const first = lint(code, { policy: '', cwd: dir, filename: join(dir, 'a.ts') });
    const second = lint(code, { policy: '', cwd: dir, filename: join(dir, 'b.ts') });
    const missing = [
      expect.objectContaining({
        ruleId: 'pledge/no-full-card-storage',
        line: 1,
        message: expect.stringContaining('No Pledge policy found') as string,
      }),
    ];
    expect(first).toEqual(missing);
    // Every file of every run says why Pledge did not check it (an editor lints one at a time).
    expect(second).toEqual(missing);
  });

  it('reports an invalid policy once per file, with the errors and their positions', () => {
    const first = lint("document.cookie = 'a=b';", { policy: INVALID_POLICY });
    const second = lint("document.cookie = 'a=b';", { policy: INVALID_POLICY });
    expect(first).toHaveLength(1);
    expect(first[0]?.message).toContain(`${INVALID_POLICY}:7:1: error: unknown key \`thirdParty\``);
    expect(first[0]?.message).toContain('Did you mean `thirdParties`?');
    expect(second).toEqual(first);
  });

  it('picks up a fixed policy without a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-policy-edit-'));
    const file = join(dir, 'pledge.policy.yaml');
    writeFileSync(
      file,
      readFileSync(INVALID_POLICY, 'utf8').replace('thirdParty:', 'thirdParties:'),
    );
    const messages = lint("document.cookie = 'a=b';", {
      policy: file,
      rule: 'no-undeclared-cookie',
    });
    expect(messages.map((m) => m.messageId)).toEqual(['undeclared']);
  });

  it('tells the user which config to use under another parser', () => {
    const first = lint('const a = 1;', { parser: undefined, filename: 'x.js' });
    const second = lint('const b = 2;', { parser: undefined, filename: 'y.js' });
    expect(first).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('pledge.configs.recommended') as string,
      }),
    ]);
    expect(second).toHaveLength(1);
  });
});
