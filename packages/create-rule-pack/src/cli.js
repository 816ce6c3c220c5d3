// @ts-check
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { generatePack, generateRule, GeneratorError, packageName } from './generate.js';

const USAGE = `Usage:
  create-rule-pack pack <package-name> [--dir DIR] [--rule RULE-ID] [--description TEXT]
  create-rule-pack rule <rule-id> [--pack DIR]

  pack   writes a whole rule pack (code, README, fixtures, tests, test policy) into DIR
         (default: ./<name without scope>), with a first rule
  rule   adds a rule (code, README, fixtures, tests) to the pack in DIR (default: .)

In Pledge's monorepo, \`pnpm gen pack|rule …\` runs this with workspace versions and writes a
changeset too.`;

/**
 * The monorepo's root when the generator runs inside it (`pnpm gen`): packs go under `rules/`,
 * depend on the workspace's packages and get a changeset.
 * @param {string} cwd
 */
function monorepoRoot(cwd) {
  for (let dir = resolve(cwd); ;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(join(dir, 'pnpm-workspace.yaml')) && existsSync(pkg)) {
      return packageName(pkg) === 'pledge-monorepo' ? dir : undefined;
    }
    const parent = resolve(dir, '..');
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The workspace specifiers a pack inside the monorepo depends on. */
const WORKSPACE_VERSIONS = {
  '@pledge/core:peer': '>=0.0.0',
  '@pledge/core': 'workspace:*',
  '@pledge/rule-tester': 'workspace:*',
  '@types/node': 'catalog:',
  eslint: 'catalog:',
  typescript: 'catalog:',
  'typescript-eslint': 'catalog:',
  vitest: 'catalog:',
};

/**
 * Runs the generator; returns the exit code.
 * @param {readonly string[]} args @param {string} cwd
 * @param {{ stdout: (text: string) => void; stderr: (text: string) => void }} [io]
 */
export async function main(
  args,
  cwd,
  io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
) {
  await Promise.resolve();
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        dir: { type: 'string' },
        rule: { type: 'string' },
        pack: { type: 'string' },
        description: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, target] = positionals;
  if (values.help || command === undefined) {
    io.stdout(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const root = monorepoRoot(cwd);
  try {
    let written;
    if (command === 'pack' && target !== undefined) {
      const short = basename(target.replace(/^@[^/]+\//, '')).replace(/^pledge-rules-|^rules-/, '');
      const dir = values.dir ?? (root ? join(root, 'rules', short) : join(cwd, short));
      written = generatePack({
        dir: resolve(cwd, dir),
        name: target,
        ...(values.rule === undefined ? {} : { rule: values.rule }),
        ...(values.description === undefined ? {} : { description: values.description }),
        ...(root
          ? {
              dependencies: WORKSPACE_VERSIONS,
              docsBase: `https://github.com/pledge-dev/pledge/blob/main/rules/${short}`,
              changesetDir: join(root, '.changeset'),
            }
          : {}),
      });
    } else if (command === 'rule' && target !== undefined) {
      written = generateRule({
        packDir: resolve(cwd, values.pack ?? '.'),
        rule: target,
        changesetDir: root ? join(root, '.changeset') : undefined,
      });
    } else {
      io.stderr(`${USAGE}\n`);
      return 2;
    }
    io.stdout(`${written.map((path) => `  wrote ${path}`).join('\n')}\n`);
    io.stdout(
      root
        ? "Next: npx --yes pnpm@12.21.0 install, then run the pack's tests with turbo or `pnpm --filter <name> test`.\n"
        : 'Next: npm install, then npm test.\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof GeneratorError) {
      io.stderr(`create-rule-pack: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
