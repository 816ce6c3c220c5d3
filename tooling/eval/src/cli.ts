import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FRONTS, type FrontName } from './fronts.js';
import { formatReport, toJson } from './report.js';
import { runEval, UnknownRepoError, UnknownRuleError } from './run.js';

/** The package's own `repos/` folder: the committed evaluation data. */
export const DATA_DIR = join(import.meta.dirname, '..', 'repos');

const USAGE = `Usage: pnpm eval [--repos DIR] [--repo NAME]... [--rule LIST] [--front LIST] [--json FILE]

Runs Pledge's front ends (with the first-party rule packs loaded) on pinned open-source
repositories and scores their findings against the labels in
tooling/eval/repos/<name>/labels.yaml and labels.<rule-id>.yaml.

  --repos DIR    where the checkouts are: DIR/<name>/ is a checkout of repos/<name>/repo.json's
                 commit (default: $PLEDGE_EVAL_REPOS). Get them with
                 tooling/eval/scripts/checkout.sh DIR
  --repo NAME    only this repository (repeatable; default: every one in repos/)
  --rule LIST    only these rules, comma-separated or repeated (default: every core and
                 pack rule)
  --front LIST   front ends, comma-separated: ${FRONTS.join(', ')} (default: all).
                 eslint-typed builds TypeScript programs and is the slow one
  --json FILE    also write the full result as JSON
  --data DIR     the evaluation data (default: tooling/eval/repos)
  -h, --help     this help

Relative paths are resolved from the repository root (where \`pnpm eval\` runs turbo).

Exit status: 0 when every repository that has a checkout ran; 1 when some repository's data
is invalid; 2 on a usage error or when no repository ran.`;

/** Where the CLI writes and what it reads from its environment. */
export interface CliIo {
  /** Relative paths in arguments are resolved from here. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Exit statuses. */
export const EXIT = { ok: 0, invalidData: 1, usage: 2 } as const;

/** `pnpm eval`: returns the exit status. */
export async function main(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const env = io.env ?? process.env;
  const full: CliIo = {
    // The script runs in the package folder. Through `pnpm eval` (turbo, started at the
    // repository root) relative paths are the root's; through `pnpm --filter @repo/eval eval`,
    // INIT_CWD is where pnpm was started.
    cwd: io.cwd ?? env.TURBO_INVOCATION_DIR ?? env.INIT_CWD ?? process.cwd(),
    env,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
  };
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        repos: { type: 'string' },
        repo: { type: 'string', multiple: true },
        front: { type: 'string', multiple: true },
        rule: { type: 'string', multiple: true },
        json: { type: 'string' },
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    return usage(full, error instanceof Error ? error.message : String(error));
  }
  if (args.help) {
    full.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const checkouts = args.repos ?? env.PLEDGE_EVAL_REPOS;
  if (checkouts === undefined || checkouts === '') {
    return usage(
      full,
      'say where the checkouts are: --repos DIR or PLEDGE_EVAL_REPOS=DIR (get them with tooling/eval/scripts/checkout.sh DIR).',
    );
  }
  const fronts = parseFronts(args.front);
  if (typeof fronts === 'string') return usage(full, fronts);

  let result;
  try {
    result = await runEval({
      dataDir: resolve(full.cwd, args.data ?? DATA_DIR),
      checkouts: resolve(full.cwd, checkouts),
      repos: args.repo ?? [],
      rules: (args.rule ?? []).flatMap((v) => v.split(',').map((id) => id.trim())).filter(Boolean),
      fronts,
      onProgress: (line) => full.stderr.write(`${line}\n`),
    });
  } catch (error) {
    if (error instanceof UnknownRepoError || error instanceof UnknownRuleError)
      return usage(full, error.message);
    throw error;
  }
  full.stdout.write(formatReport(result));
  if (args.json !== undefined) {
    const file = resolve(full.cwd, args.json);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, toJson(result));
    full.stderr.write(`wrote ${file}\n`);
  }
  if (result.repos.length === 0) {
    full.stderr.write('no repositories in the evaluation data yet.\n');
    return EXIT.usage;
  }
  if (!result.repos.some((r) => r.status === 'ran')) {
    full.stderr.write('no repository ran (see "not run" above).\n');
    return EXIT.usage;
  }
  return result.repos.some((r) => r.status === 'invalid') ? EXIT.invalidData : EXIT.ok;
}

/** The front ends of `--front a,b --front c`, in their canonical order, or what is wrong. */
export function parseFronts(values: readonly string[] | undefined): FrontName[] | string {
  if (!values || values.length === 0) return [...FRONTS];
  const asked = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const unknown = asked.filter((v) => !(FRONTS as readonly string[]).includes(v));
  if (unknown.length > 0) {
    return `unknown front end ${unknown.map((u) => `"${u}"`).join(', ')}; choose from ${FRONTS.join(', ')}.`;
  }
  if (asked.length === 0) return `--front needs one of ${FRONTS.join(', ')}.`;
  return FRONTS.filter((f) => asked.includes(f));
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`pledge-eval: ${message}\n\n${USAGE}\n`);
  return EXIT.usage;
}
