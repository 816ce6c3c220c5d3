import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `file:` specifiers of the tarballs in `packs`, by package name (`pledge-core-0.0.0.tgz` → `@pledge/core`). */
export function tarballs(packs: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(packs)
      .filter((file) => file.endsWith('.tgz'))
      .map((file) => {
        const name = file.replace(/-\d+\.\d+\.\d+.*\.tgz$/, '').replace(/^pledge-/, '@pledge/');
        return [name, `file:${join(packs, file)}`];
      }),
  );
}

/** What a command prints, without colour; a gate that found something (exit 1) returns its report. */
export function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', env: quietEnv(), stdio: 'pipe' });
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    // A gate that found something exits 1 with its report on stdout.
    if (e.status === 1 && e.stdout) return e.stdout;
    throw new Error(`${command} ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`, {
      cause: error,
    });
  }
}

/** The environment commands run in: no colours, no npm funding or audit chatter. */
export function quietEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}
