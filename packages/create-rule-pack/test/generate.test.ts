import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { namespaceOf as coreNamespaceOf } from '@pledge/core/rules';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePack, generateRule, namespaceOf } from '../src/generate.js';
import { main } from '../src/cli.js';

const out = mkdtempSync(join(tmpdir(), 'pledge-gen-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('a generated pack', () => {
  it('is written with its first rule, takes a second, and lists both', () => {
    const pack = join(out, 'analytics');
    const changesets = join(out, '.changeset');
    mkdirSync(changesets);
    generatePack({ dir: pack, name: '@acme/pledge-rules-analytics', changesetDir: changesets });
    generateRule({ packDir: pack, rule: 'no-pii-in-page-views', changesetDir: changesets });
    const rules = readFileSync(join(pack, 'src/rules.ts'), 'utf8');
    expect(rules).toContain(
      "import { noPiiInAnalyticsEvents } from './rules/no-pii-in-analytics-events/rule.js';",
    );
    expect(rules).toContain(
      "import { noPiiInPageViews } from './rules/no-pii-in-page-views/rule.js';",
    );
    expect(rules).toMatch(/noPiiInAnalyticsEvents,\n\s+noPiiInPageViews,/);
    expect(readFileSync(join(pack, 'README.md'), 'utf8')).toContain(
      '`acme-analytics/no-pii-in-page-views`',
    );
    expect(readFileSync(join(changesets, 'acme-analytics-pack.md'), 'utf8')).toContain(
      "'@acme/pledge-rules-analytics': minor",
    );
    expect(
      readFileSync(join(changesets, 'acme-analytics-no-pii-in-page-views.md'), 'utf8'),
    ).toContain('New rule `no-pii-in-page-views`.');
  });
});

describe('the generator', () => {
  it('refuses a rule id without a verb prefix, and writes nothing', () => {
    expect(() =>
      generatePack({ dir: join(out, 'bad'), name: '@acme/x', rule: 'PiiInLogs' }),
    ).toThrow(/is not a rule id: use kebab-case with a verb prefix/);
    expect(() => generatePack({ dir: join(out, 'bad'), name: '@acme/x', rule: 'logs' })).toThrow(
      /is not a rule id/,
    );
    expect(existsSync(join(out, 'bad'))).toBe(false);
  });

  it('refuses to overwrite an existing rule', async () => {
    const dir = join(out, 'twice');
    generatePack({ dir, name: 'pledge-rules-twice' });
    const errors: string[] = [];
    const code = await main(['rule', 'no-pii-in-twice-events', '--pack', dir], out, {
      stdout: () => undefined,
      stderr: (text) => errors.push(text),
    });
    expect(code).toBe(2);
    expect(errors.join('')).toMatch(/exists already; nothing was written/);
  });

  it('names ESLint namespaces as definePack does', () => {
    for (const name of [
      '@pledge/rules-mailing',
      '@acme/pledge-rules-payments',
      'pledge-rules-foo',
      '@acme/pledge',
    ]) {
      expect(namespaceOf(name)).toBe(coreNamespaceOf(name));
    }
  });
});
