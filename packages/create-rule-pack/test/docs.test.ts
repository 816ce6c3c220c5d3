import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { PACK_DEV_DEPENDENCIES } from '../src/templates.js';

// docs/writing-rules.md, followed step by step: every ```sh block after a `<!-- steps -->`
// line runs, in order, from an empty folder. The generator runs as `npx` would run it;
// `npm install` links the workspace's packages instead of downloading them (CI has no
// published Pledge to download); the pack's own scripts run as npm would run them. So the
// templates cannot rot, and neither can the guide.

const require = createRequire(import.meta.url);
const GUIDE = fileURLToPath(new URL('../../../docs/writing-rules.md', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'pledge-guide-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

/** The commands of the guide's steps, in order. */
function steps(markdown: string): string[] {
  return [...markdown.matchAll(/<!-- steps -->\s*```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    (m[1] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

/** The folder of an installed package, through its package.json. */
function packageDir(name: string): string {
  return realpathSync(dirname(require.resolve(`${name}/package.json`)));
}

function node(cwd: string, script: string, args: readonly string[]): string {
  try {
    return execFileSync(process.execPath, [script, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: 'pipe',
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(
      `\`${script} ${args.join(' ')}\` failed in ${cwd}:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`,
      { cause: error },
    );
  }
}

/** What `npm run <script>` runs in a generated pack, without npm. */
function runScript(cwd: string, script: string): string {
  const tsc = join(packageDir('typescript'), 'bin/tsc');
  switch (script) {
    case 'typecheck':
      return node(cwd, tsc, ['-p', 'tsconfig.json', '--noEmit']);
    case 'build':
      return node(cwd, tsc, ['-p', 'tsconfig.build.json']);
    case 'lint':
      return node(cwd, join(packageDir('eslint'), 'bin/eslint.js'), ['.', '--max-warnings=0']);
    case 'test':
      return node(cwd, join(packageDir('vitest'), 'vitest.mjs'), ['run']);
    default:
      throw new Error(`the guide runs \`npm run ${script}\`, which this test does not know`);
  }
}

describe('docs/writing-rules.md', () => {
  const commands = steps(readFileSync(GUIDE, 'utf8'));
  let cwd = out;

  it('has steps to follow', () => {
    expect(commands[0]).toMatch(/^npx @pledge\/create-rule-pack pack /);
    expect(commands).toContain('npm test');
  });

  for (const command of commands) {
    it(`$ ${command}`, async () => {
      const [tool, ...args] = command.split(/\s+/);
      if (tool === 'cd') {
        cwd = resolve(cwd, args[0] ?? '.');
        return;
      }
      if (tool === 'npx' && args[0] === '@pledge/create-rule-pack') {
        const printed: string[] = [];
        const code = await main(args.slice(1), cwd, {
          stdout: (text) => printed.push(text),
          stderr: (text) => printed.push(text),
        });
        expect(code, printed.join('')).toBe(0);
        return;
      }
      if (tool === 'npm' && args[0] === 'install') {
        for (const name of PACK_DEV_DEPENDENCIES) {
          const target = join(cwd, 'node_modules', name);
          mkdirSync(dirname(target), { recursive: true });
          symlinkSync(packageDir(name), target, 'dir');
        }
        return;
      }
      if (tool === 'npm' && args[0] === 'test') {
        const output = runScript(cwd, 'test');
        expect(output).toMatch(/Test Files\s+\d+ passed/);
        expect(output).not.toMatch(/\bskipped\b|\btodo\b|\bfailed\b/);
        return;
      }
      if (tool === 'npm' && args[0] === 'run' && args[1] !== undefined) {
        runScript(cwd, args[1]);
        return;
      }
      if (tool === 'npm' && args[0] === 'pack') {
        const listing = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
          cwd,
          encoding: 'utf8',
          env: { ...process.env, npm_config_offline: 'true' },
        });
        const [packed] = JSON.parse(listing) as [{ files: { path: string }[] }];
        const files = packed.files.map((f) => f.path);
        expect(files).toContain('dist/index.js');
        expect(files).toContain('dist/index.d.ts');
        expect(files).toContain('src/rules/no-pii-in-analytics-events/README.md');
        expect(files.some((f) => f.includes('fixtures') || f.endsWith('.test.js'))).toBe(false);
        return;
      }
      throw new Error(`the guide runs \`${command}\`, which this test does not know how to follow`);
    });
  }
});
