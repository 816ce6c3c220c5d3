import { join } from 'node:path';
import { RULE_API_VERSION } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { loadPack, PackLoadError } from '../src/config.js';
import { scan } from '../src/scan.js';
import {
  ACME_COOKIE_SOURCE,
  COOKIE_CATALOG_PACK,
  FLAGGED_CALL_PACK,
  FLAGGED_CALLS_SOURCE,
  INSTALLED_PACK_FILES,
  linkCore,
} from './pack-helpers.js';
import { runCli, tempProject, writeFiles } from './scan-helpers.js';

describe('pledge scan --pack', () => {
  it('loads a pack made by definePack from a path', async () => {
    const root = tempProject({
      'src/app.ts': FLAGGED_CALLS_SOURCE,
      'tools/flags.mjs': FLAGGED_CALL_PACK,
    });
    linkCore(root);
    const run = await runCli(root, [
      'scan',
      'src',
      '--format',
      'json',
      '--pack',
      './tools/flags.mjs',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { findings: unknown[]; rules: { id: string }[] };
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'no-flagged-call',
        severity: 'warning',
        line: 3,
        message: 'Call to `debugHook` is flagged (no reason given); remove it.',
      }),
    ]);
    expect(result.rules.map((rule) => rule.id)).toContain('no-flagged-call');
  });

  it('loads a pack by package name from the project, and keeps --rules as an alias', async () => {
    const root = tempProject({ 'src/a.ts': 'export function f() {\n  debugger;\n}\n' });
    writeFiles(root, INSTALLED_PACK_FILES);
    const run = await runCli(root, ['scan', '--format', 'json', '--pack', 'acme-pack']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      findings: [{ ruleId: 'no-debugger-statement', severity: 'error', line: 2 }],
    });

    const alias = await runCli(root, ['scan', '--format', 'json', '--rules', 'acme-pack']);
    expect(alias.code).toBe(1);
    expect(alias.stderr).toBe('pledge: `--rules` is deprecated; use `--pack` (same meaning).\n');
    expect(JSON.parse(alias.stdout)).toMatchObject({
      findings: [{ ruleId: 'no-debugger-statement', line: 2 }],
    });
  });

  it('adds the packs of the config file and of --pack up', async () => {
    const root = tempProject({
      'src/app.ts': FLAGGED_CALLS_SOURCE,
      'src/b.ts': 'export function g() {\n  debugger;\n}\n',
      'tools/flags.mjs': FLAGGED_CALL_PACK,
      'pledge.config.yaml': 'packs: [./tools/flags.mjs]\n',
    });
    linkCore(root);
    writeFiles(root, INSTALLED_PACK_FILES);
    const run = await runCli(root, ['scan', 'src', '--format', 'json', '--pack', 'acme-pack']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({
      configFile: 'pledge.config.yaml',
      findings: [
        { ruleId: 'no-flagged-call', file: 'src/app.ts', line: 3 },
        { ruleId: 'no-debugger-statement', file: 'src/b.ts', line: 2 },
      ],
    });
  });

  it("extends the engine's catalogs for the run: a core rule sees the pack's cookie API", async () => {
    const root = tempProject({
      'src/visitor.ts': ACME_COOKIE_SOURCE,
      'tools/cookies.mjs': COOKIE_CATALOG_PACK,
    });
    linkCore(root);
    const without = await scan({ root, paths: ['src'] });
    expect(without.findings).toEqual([]);

    const pack = await loadPack('./tools/cookies.mjs', root);
    const withPack = await scan({ root, paths: ['src'], packs: [pack] });
    expect(withPack.findings).toEqual([
      expect.objectContaining({
        ruleId: 'no-undeclared-cookie',
        file: 'src/visitor.ts',
        line: 4,
        cookie: 'acme_visitor',
      }),
    ]);

    // Per run, not per process: the next scan without the pack is back to the built-in catalogs.
    expect((await scan({ root, paths: ['src'] })).findings).toEqual([]);
  });

  it('names a pack that cannot be found or is not a pack, with exit 2', async () => {
    const root = tempProject({
      'src/a.ts': 'export const a = 1;\n',
      'tools/not-a-pack.mjs': 'export default { hello: 1 };\n',
      'tools/empty.mjs': "export default { meta: { name: 'empty' }, rules: {}, configs: {} };\n",
    });
    const missing = await runCli(root, ['scan', '--pack', 'pledge-rules-that-do-not-exist']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `pledge: cannot find the rule pack \`pledge-rules-that-do-not-exist\` from ${root}; install it or give a path.\n`,
    );
    const missingPath = await runCli(root, ['scan', '--pack', './tools/nope.mjs']);
    expect(missingPath).toMatchObject({ code: 2 });
    expect(missingPath.stderr).toBe(
      `pledge: cannot find the rule pack \`./tools/nope.mjs\`: ${join(root, 'tools/nope.mjs')} does not exist.\n`,
    );
    const notAPack = await runCli(root, ['scan', '--pack', './tools/not-a-pack.mjs']);
    expect(notAPack).toMatchObject({ code: 2 });
    expect(notAPack.stderr).toBe(
      'pledge: `./tools/not-a-pack.mjs` is not a rule pack: its default export must be a pack made by `definePack` from `@pledge/core/rules` (an ESLint plugin `{ meta, rules, configs }`).\n',
    );
    const empty = await runCli(root, ['scan', '--pack', './tools/empty.mjs']);
    expect(empty).toMatchObject({ code: 2 });
    expect(empty.stderr).toBe(
      'pledge: `./tools/empty.mjs` has no Pledge rules: its default export must be `{ meta, rules, configs }` with rules made by `defineRule`.\n',
    );
  });

  it('refuses a pack written for another authoring API, in one sentence', async () => {
    const root = tempProject({
      'tools/future.mjs': `export default {
  meta: { name: 'future-pack' },
  rules: {},
  configs: {},
  pledge: { kind: 'pledge-pack', name: 'future-pack', version: '9.0.0', namespace: 'future', coreApi: '^99.0.0', rules: [], catalogs: {} },
};
`,
    });
    await expect(loadPack('./tools/future.mjs', root)).rejects.toThrow(
      new PackLoadError(
        `\`./tools/future.mjs\` (future-pack@9.0.0) needs the Pledge rule API ^99.0.0, but the scanner's @pledge/core provides ${RULE_API_VERSION}. Install a version of the pack made for this @pledge/core, or a scanner whose @pledge/core matches.`,
        'invalid-pack',
      ),
    );
  });
});
