import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { resolveWorkspaceImport, workspacePackages } from '../src/workspaces.js';
import { tempProject } from './scan-helpers.js';

// A monorepo scanned before `install`: its packages import each other by name, and no
// `node_modules` link says where they are. The scanner reads the workspace's package list and
// follows such an import into the package's source.

const MONOREPO = {
  'package.json': JSON.stringify({ name: 'acme', private: true }),
  'pnpm-workspace.yaml':
    'packages:\n  - \'apps/*\'\n  - "packages/*" # shared code\nonlyBuiltDependencies: [esbuild]\n',
  'packages/lib/package.json': JSON.stringify({ name: '@acme/lib', main: 'dist/index.js' }),
  'packages/lib/src/index.ts': "export { track } from './analytics';\n",
  'packages/lib/src/analytics.ts': `import { PostHog } from 'posthog-node';
export const posthog = new PostHog('key');
export function track(event: string, properties: Record<string, unknown>) {
  posthog.capture({ distinctId: 'server', event, properties });
}
`,
  'apps/web/package.json': JSON.stringify({ name: '@acme/web' }),
  'apps/web/tsconfig.json': JSON.stringify({ compilerOptions: { strict: true }, include: ['src'] }),
  'apps/web/src/signup.ts': `import { track } from '@acme/lib';
import { posthog } from '@acme/lib/analytics';
export function onSignup(user: { email: string; plan: string }) {
  track('signed_up', { email: user.email });
  posthog.capture({ distinctId: user.email, event: 'signed_up' });
  track('plan', { plan: user.plan });
}
`,
};

describe('workspace packages', () => {
  it('lists the packages pnpm-workspace.yaml names, and resolves their imports to source', () => {
    const root = tempProject(MONOREPO);
    const packages = workspacePackages(root);
    expect(packages.map((p) => p.name).sort()).toEqual(['@acme/lib', '@acme/web']);
    expect(resolveWorkspaceImport('@acme/lib', packages)).toBe(
      join(root, 'packages/lib/src/index.ts'),
    );
    expect(resolveWorkspaceImport('@acme/lib/analytics', packages)).toBe(
      join(root, 'packages/lib/src/analytics.ts'),
    );
    expect(resolveWorkspaceImport('@acme/lib/missing', packages)).toBeUndefined();
    expect(resolveWorkspaceImport('posthog-node', packages)).toBeUndefined();
  });

  it('reads `workspaces` from package.json too', () => {
    const root = tempProject({
      'package.json': JSON.stringify({ name: 'acme', workspaces: { packages: ['libs/*'] } }),
      'libs/utils/package.json': JSON.stringify({ name: 'acme-utils' }),
    });
    expect(workspacePackages(root).map((p) => p.name)).toEqual(['acme-utils']);
  });

  it('follows a sibling package into its source when nothing is installed', async () => {
    const root = tempProject(MONOREPO);
    const result = await scan({ root, paths: ['apps/web'] });
    expect(result.findings.map((f) => `${f.ruleId} ${f.file}:${String(f.line)}`)).toEqual([
      'no-pii-to-undeclared-third-party apps/web/src/signup.ts:4',
      'no-pii-to-undeclared-third-party apps/web/src/signup.ts:5',
    ]);
    expect(
      result.findings[0]?.flow.some((step) => step.file === 'packages/lib/src/analytics.ts'),
    ).toBe(true);
  });
});
