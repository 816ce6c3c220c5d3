import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig, scan } from '@pledge/scanner';
import { pledgeConfig } from '@pledge/scanner/eslint';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { DEMO_POLICY } from './rule-tester.js';

// Rule settings set once: `pledge.config.yaml` turns a rule off, lowers another to a warning
// and leaves a folder out; `pledgeConfig()` gives ESLint the same, so `eslint .` and
// `pledge scan` report the same findings at the same severities.

const FILES: Record<string, string> = {
  'pledge.config.yaml': `rules:
  no-undeclared-cookie: off
  no-pii-to-undeclared-third-party: warning
ignores:
  - legacy/
`,
  'src/checkout.ts': `import { PrismaClient } from '@prisma/client';
import Mixpanel from 'mixpanel';
const prisma = new PrismaClient();
const mixpanel = Mixpanel.init('token');
export async function checkout(user: { email: string }, cardNumber: string) {
  await prisma.card.create({ data: { cardNumber } });
  mixpanel.track('checkout', { email: user.email });
  document.cookie = 'undeclared_pref=1';
}
`,
  'legacy/old.ts': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function keep(cardNumber: string) {
  await prisma.card.create({ data: { cardNumber } });
}
`,
  'src/checkout.test.ts': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function seed(cardNumber: string) {
  await prisma.card.create({ data: { cardNumber } });
}
`,
};

let root: string;
beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'pledge-shared-config-')));
  copyFileSync(DEMO_POLICY, join(root, 'pledge.policy.yaml'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('pledgeConfig(): the scanner config file as an ESLint config', () => {
  it('ESLint and the scanner report the same findings at the same severities', async () => {
    const config = await pledgeConfig({ cwd: root, plugin });
    expect(config[0]).toEqual({ name: 'pledge/config-file/ignores', ignores: ['**/legacy/**'] });
    expect(config[1]?.rules).toEqual({
      'pledge/no-full-card-storage': 'error',
      'pledge/no-undeclared-cookie': 'off',
      'pledge/no-pii-to-undeclared-third-party': 'warn',
    });
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: config as ESLint.Options['overrideConfig'],
    });
    const linted = (await eslint.lintFiles(['.'])).flatMap((result) =>
      result.messages.map(
        (m) =>
          `${result.filePath.slice(root.length + 1)}:${String(m.line)} ${m.ruleId ?? ''} ${m.severity === 2 ? 'error' : 'warning'}`,
      ),
    );
    // What `pledge scan` does with the config file it finds.
    const file = join(root, 'pledge.config.yaml');
    const loaded = await loadConfig(file);
    const scanned = await scan({
      root,
      configFile: file,
      packs: loaded.packs,
      ruleSettings: loaded.ruleSettings,
      ignores: loaded.ignores,
    });
    expect(linted).toEqual(
      scanned.findings.map((f) => `${f.file}:${String(f.line)} pledge/${f.ruleId} ${f.severity}`),
    );
    expect(linted).toEqual([
      'src/checkout.ts:6 pledge/no-full-card-storage error',
      'src/checkout.ts:7 pledge/no-pii-to-undeclared-third-party warning',
    ]);
  });

  it('without a config file, the core rules at their own severities', async () => {
    const bare = realpathSync(mkdtempSync(join(tmpdir(), 'pledge-no-config-')));
    try {
      const config = await pledgeConfig({ cwd: bare, plugin });
      expect(config).toHaveLength(1);
      expect(config[0]?.rules).toEqual({
        'pledge/no-full-card-storage': 'error',
        'pledge/no-undeclared-cookie': 'error',
        'pledge/no-pii-to-undeclared-third-party': 'error',
      });
      expect(config[0]?.ignores).toEqual(plugin.configs.recommended.ignores);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
