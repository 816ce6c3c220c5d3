import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { POLICY_YAML } from './helpers.js';

// The package as a user gets it: build and pack @pledge/policy and @pledge/vitest, install the
// tarballs with npm in a temporary project, add the `pledge()` plugin to its vitest config and
// run its tests. Needs the npm registry (for vitest and the runtime dependencies).

const run = promisify(execFile);
const here = import.meta.dirname;
const packages = { policy: join(here, '../../policy'), vitest: join(here, '..') };
const tsc = join(createRequire(import.meta.url).resolve('typescript/package.json'), '../bin/tsc');
const vitestVersion = (createRequire(import.meta.url)('vitest/package.json') as { version: string })
  .version;

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let project: string;
let report: {
  testResults: {
    assertionResults: { title: string; status: string; failureMessages: string[] }[];
  }[];
};

beforeAll(async () => {
  const temp = mkdtempSync(join(tmpdir(), 'pledge-package-'));
  project = join(temp, 'app');
  const tarballs = join(temp, 'tarballs');
  mkdirSync(project);
  mkdirSync(tarballs);
  for (const dir of [packages.policy, packages.vitest]) {
    // `tsc -b` is a no-op when turbo's `build` already ran (so parallel package tests never race on dist/).
    await run(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: dir });
    // pnpm may fetch its own platform binary first; one retry absorbs a flaky registry GET.
    const pack = () =>
      run(npx, ['--yes', 'pnpm@12.21.0', 'pack', '--pack-destination', tarballs], { cwd: dir });
    await pack().catch(pack);
  }
  const [policyTgz, vitestTgz] = ['pledge-policy-', 'pledge-vitest-'].map((prefix) => {
    const file = readdirSync(tarballs).find((name) => name.startsWith(prefix));
    if (file === undefined) throw new Error(`no ${prefix}*.tgz in ${tarballs}`);
    return join(tarballs, file);
  });
  const write = (file: string, text: string): void => {
    writeFileSync(join(project, file), text);
  };
  write(
    'package.json',
    JSON.stringify({
      name: 'pledge-package-check',
      private: true,
      type: 'module',
      devDependencies: {
        '@pledge/policy': `file:${policyTgz ?? ''}`,
        '@pledge/vitest': `file:${vitestTgz ?? ''}`,
        vitest: vitestVersion,
      },
    }),
  );
  write('pledge.policy.yaml', POLICY_YAML);
  write(
    'vitest.config.js',
    "import { defineConfig } from 'vitest/config';\nimport { pledge } from '@pledge/vitest';\n\nexport default defineConfig({ plugins: [pledge()] });\n",
  );
  write(
    'app.test.js',
    `import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { canary } from '@pledge/vitest';

const person = canary({ id: 'pkg1' });

it('sends a hashed e-mail to the ad network', async () => {
  const em = createHash('sha256').update(person.email).digest('hex');
  await fetch('https://px.ads.example/pixel.gif?em=' + em).catch(() => undefined);
});

it('stores only the last four digits', () => {
  expect({ last4: person.card.last4 }).not.toContainFullCardNumber();
  expect('session_id=abc; HttpOnly; Secure; SameSite=Lax').toSetOnlyDeclaredCookies();
});
`,
  );
  await run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: project,
  });
  const outputFile = join(project, 'results.json');
  await run(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--reporter=json', `--outputFile=${outputFile}`],
    {
      cwd: project,
      env: { ...process.env, CI: '1' },
    },
  ).catch(() => undefined);
  report = JSON.parse(readFileSync(outputFile, 'utf8')) as typeof report;
  // Packing, an npm install and a vitest run: minutes on two cores under turbo's parallel load
  // (150 s once ran out in CI). Not a time budget, a hang guard.
}, 600_000);

afterAll(() => {
  rmSync(join(project, '..'), { recursive: true, force: true });
});

it('works from a project that installs it and adds the plugin to its vitest config', () => {
  const results = report.testResults.flatMap((file) => file.assertionResults);
  expect(results.map((r) => [r.title, r.status])).toEqual([
    ['sends a hashed e-mail to the ad network', 'failed'],
    ['stores only the last four digits', 'passed'],
  ]);
  const [message] = results[0]?.failureMessages ?? [];
  expect(message).toContain(
    [
      'PledgeViolationError: Pledge: GET https://px.ads.example/pixel.gif?… (fetch) sends `ad-network` (px.ads.example) personal data the policy does not allow it to receive:',
      '    - user.contact.email `p***@e***.com` (canary pkg1, as its SHA-256 hash) in query parameter `em`',
      '  `ad-network` may receive non-personal data only.',
    ].join('\n'),
  );
  expect(message).not.toContain('pledge.canary.pkg1@example.com');
});
