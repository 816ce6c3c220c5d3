import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';

// `--changed-since REF`: which lines a change added or modified. The whole program is still
// analysed (a flow may start in an unchanged file); only the findings reported are filtered.
//
// The diff is taken against the merge base of REF and HEAD when there is one, as a pull
// request shows it (`git diff origin/main...`), and against the working tree, so uncommitted
// edits count. Untracked files (not ignored) count as changed in full.

/** Changed lines by absolute file path: a set of 1-based lines, or `all` for a new file. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number> | 'all'>;

/** An error running git: a bad ref, not a repository. */
export class GitError extends Error {
  override readonly name = 'GitError';
}

function git(cwd: string, args: readonly string[]): string {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr =
      error instanceof Error && 'stderr' in error && typeof error.stderr === 'string'
        ? error.stderr.trim()
        : '';
    throw new GitError(`git ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`);
  }
}

/** The lines added or changed since `ref`, for the repository that holds `cwd`. */
export function changedLines(cwd: string, ref: string): ChangedLines {
  if (ref.startsWith('-')) throw new GitError(`\`${ref}\` is not a git revision.`);
  const top = realpathSync(git(cwd, ['rev-parse', '--show-toplevel']).trim());
  try {
    git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new GitError(
      `\`${ref}\` is not a commit of this repository (fetch it first, e.g. \`git fetch origin ${ref}\`).`,
    );
  }
  let base = ref;
  try {
    base = git(cwd, ['merge-base', ref, 'HEAD']).trim() || ref;
  } catch {
    // No common ancestor (or a shallow clone): compare with the ref itself.
  }
  const diff = git(top, [
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--find-renames',
    base,
    '--',
  ]);
  const changed = parseUnifiedDiff(diff, top);
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '-z']);
  for (const path of untracked.split('\0')) {
    if (path !== '') changed.set(resolve(top, path), 'all');
  }
  return changed;
}

/**
 * Parses `git diff --unified=0` output: for each file on the `+++` side, the lines of every
 * hunk's new range (`@@ -a,b +c,d @@` adds lines c..c+d-1; d = 0 is a pure deletion).
 * Renamed files are keyed by their new path; deleted files do not appear.
 */
export function parseUnifiedDiff(diff: string, top: string): Map<string, Set<number> | 'all'> {
  const changed = new Map<string, Set<number> | 'all'>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
    } else if (line.startsWith('+++ ')) {
      const path = diffPath(line.slice(4));
      if (path === undefined) {
        current = undefined;
      } else {
        current = new Set<number>();
        changed.set(join(top, path), current);
      }
    } else if (line.startsWith('@@') && current) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!match) continue;
      const start = Number(match[1]);
      const count = match[2] === undefined ? 1 : Number(match[2]);
      for (let i = 0; i < count; i++) current.add(start + i);
    }
  }
  return changed;
}

/** `b/src/a.ts` → `src/a.ts`; `/dev/null` → undefined; C-quoted paths unquoted. */
function diffPath(raw: string): string | undefined {
  let text = raw.replace(/\t$/, '');
  if (text === '/dev/null') return undefined;
  if (text.startsWith('"') && text.endsWith('"')) text = unquote(text.slice(1, -1));
  return text.startsWith('b/') ? text.slice(2) : text;
}

function unquote(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = text[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(text.slice(i, i + 3), 8));
      i += 2;
    } else {
      const escapes: Record<string, string> = {
        n: '\n',
        t: '\t',
        '"': '"',
        '\\': '\\',
        a: '\x07',
        b: '\b',
        f: '\f',
        r: '\r',
        v: '\v',
      };
      bytes.push(...Buffer.from(escapes[next] ?? next, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Whether a line of a file is among the changed lines. */
export function isChanged(changed: ChangedLines, file: string, line: number): boolean {
  const lines = changed.get(file);
  return lines === 'all' || (lines?.has(line) ?? false);
}
