import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { quietEnv, tarballs } from './helpers.js';

// docs/getting-started.md, followed step by step in an empty folder, as a new user would:
// every block after `<!-- file: PATH -->` is written to PATH, and every ```sh block after
// `<!-- run -->` runs, in order. `<!-- run: exit N, reports RULE -->` says what the command
// must exit with and report. `npm install` installs Pledge's packed tarballs (CI has no
// published Pledge) and everything else from the registry; `npx` runs the installed binaries.

const GUIDE = fileURLToPath(new URL('../../../docs/getting-started.md', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'pledge-getting-started-'));
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

type Step =
  | { kind: 'file'; path: string; text: string }
  | { kind: 'run'; command: string; exit: number; reports: string[] };

/** The guide's steps, in order. */
function steps(markdown: string): Step[] {
  const found: Step[] = [];
  const marker = /<!-- (file: (\S+)|run(?::\s*([^>]*?))?) -->\s*```[a-z]*\n([\s\S]*?)```/g;
  for (const match of markdown.matchAll(marker)) {
    const [, , path, runSpec, body = ''] = match;
    if (path !== undefined) {
      found.push({ kind: 'file', path, text: body });
      continue;
    }
    const exit = Number(/exit (\d+)/.exec(runSpec ?? '')?.[1] ?? 0);
    const reports = [...(runSpec ?? '').matchAll(/reports ([\w-]+)/g)].map((m) => m[1] ?? '');
    for (const command of body.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim())) {
      if (command !== '') found.push({ kind: 'run', command, exit, reports });
    }
  }
  return found;
}

/** Runs a command of the guide; returns its exit status and output. */
function follow(command: string): { status: number; output: string } {
  const [tool, ...args] = command.split(/\s+/);
  let argv: string[];
  if (tool === 'npm' && args[0] === 'install') {
    // Pledge's packages (and the ones they depend on) from the tarballs.
    const packs = tarballs(inject('packs'));
    const named = args.filter((a) => a.startsWith('@pledge/'));
    const wanted = new Set([...named, '@pledge/core', '@pledge/policy']);
    argv = [
      'npm',
      'install',
      ...args.slice(1).map((a) => (a.startsWith('@pledge/') ? (packs[a] ?? a) : a)),
      ...[...wanted].filter((n) => !named.includes(n)).map((n) => packs[n] ?? n),
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ];
  } else if (tool === 'npx') {
    argv = ['npx', '--no-install', ...args];
  } else {
    throw new Error(`the guide runs \`${command}\`, which this test does not know how to follow`);
  }
  try {
    const output = execFileSync(argv[0] ?? '', argv.slice(1), {
      cwd: project,
      encoding: 'utf8',
      env: { ...quietEnv(), CI: 'true' },
      stdio: 'pipe',
    });
    return { status: 0, output };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { status: e.status ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('docs/getting-started.md', () => {
  const guide = steps(readFileSync(GUIDE, 'utf8'));
  writeFileSync(
    join(project, 'package.json'),
    '{ "name": "shop", "private": true, "type": "module" }\n',
  );

  it('has the steps a new user needs: install, policy, ESLint, the scanner, tests', () => {
    const commands = guide.flatMap((s) => (s.kind === 'run' ? [s.command] : []));
    expect(commands[0]).toMatch(/^npm install .*@pledge\/eslint-plugin/);
    expect(commands).toEqual(
      expect.arrayContaining(['npx eslint src', 'npx pledge scan', 'npx vitest run']),
    );
    const files = guide.flatMap((s) => (s.kind === 'file' ? [s.path] : []));
    expect(files).toEqual(
      expect.arrayContaining(['pledge.policy.yaml', 'eslint.config.js', 'test/setup.js']),
    );
  });

  guide.forEach((step, i) => {
    const title =
      step.kind === 'file'
        ? `${String(i + 1)}. write ${step.path}`
        : `${String(i + 1)}. $ ${step.command}`;
    it(title, () => {
      if (step.kind === 'file') {
        const path = join(project, step.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, step.text);
        return;
      }
      const { status, output } = follow(step.command);
      expect(status, output).toBe(step.exit);
      for (const rule of step.reports) expect(output).toContain(rule);
      // The guide's tests run, and pass: none skipped.
      if (step.command.startsWith('npx vitest')) {
        expect(output).toMatch(/Tests\s+\d+ passed/);
        expect(output).not.toMatch(/\b(failed|skipped)\b/);
      }
      // Whatever it prints, Pledge masks: the guide's code holds no value to leak, and no
      // command may crash with a stack trace.
      expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    });
  });
});
