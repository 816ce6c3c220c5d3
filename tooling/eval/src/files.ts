import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import {
  DEFAULT_MAX_FILE_SIZE,
  generatedMarker,
  minifiedReason,
  type SkipReason,
} from '@pledge/scanner';
import ignore, { type Ignore } from 'ignore';
import { isSourcePath } from './data.js';

// The files ESLint is given: the files the scanner analyses. The scanner's walker is not part
// of its public API, so its rules are followed here (the run compares the two file lists and
// reports any difference, so a drift shows up in the output rather than in the scores):
// node_modules and VCS folders are never walked; build output (dist, build, .next, …) is pruned
// at the top of a package or at the root; .gitignore and .pledgeignore apply; declaration,
// minified, generated, binary and over-large files are left out.

const NEVER_WALKED = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'bower_components',
  'jspm_packages',
]);

const BUILD_OUTPUT = new Set([
  'dist',
  'build',
  'out',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.turbo',
  '.vercel',
  '.cache',
  'coverage',
]);

/** A file left out, and why (the scanner's skip reasons). */
export interface LeftOut {
  /** Relative to the root, `/`-separated. */
  file: string;
  reason: SkipReason;
}

/** The source files under `paths` (relative to `root`), as absolute real paths, sorted. */
export function discoverFiles(
  root: string,
  paths: readonly string[] | undefined,
): { files: string[]; leftOut: LeftOut[] } {
  const top = realpathSync(resolve(root));
  const base = gitTop(top) ?? top;
  const files = new Set<string>();
  const leftOut: LeftOut[] = [];
  const seen = new Set<string>();
  const rulesByDir = new Map<string, Ignore | null>();

  const rulesOf = (dir: string): Ignore | null => {
    let rules = rulesByDir.get(dir);
    if (rules === undefined) {
      rules = null;
      for (const name of ['.gitignore', '.pledgeignore']) {
        let text: string;
        try {
          text = readFileSync(join(dir, name), 'utf8');
        } catch {
          continue;
        }
        rules ??= ignore();
        rules.add(text);
      }
      rulesByDir.set(dir, rules);
    }
    return rules;
  };
  // The deepest ignore file with an opinion decides, as in git; `from` is where they stop.
  const ignored = (path: string, isDirectory: boolean, from: string): boolean => {
    let dir = dirname(path);
    for (;;) {
      if (!within(from, dir)) return false;
      const rules = rulesOf(dir);
      if (rules) {
        const result = rules.test(
          relative(dir, path).split(sep).join('/') + (isDirectory ? '/' : ''),
        );
        if (result.ignored) return true;
        if (result.unignored) return false;
      }
      if (dir === from) return false;
      const parent = dirname(dir);
      if (parent === dir) return false;
      dir = parent;
    }
  };
  const pruned = (path: string): boolean => {
    const name = basename(path);
    if (NEVER_WALKED.has(name)) return true;
    if (!BUILD_OUTPUT.has(name)) return false;
    const parent = dirname(path);
    return (
      parent === top ||
      existsSync(join(parent, 'package.json')) ||
      existsSync(join(parent, 'tsconfig.json'))
    );
  };
  const addFile = (path: string): void => {
    const real = realpathSync(path);
    const rel = toPosix(relative(top, real));
    let size: number;
    try {
      size = statSync(real).size;
    } catch {
      leftOut.push({ file: rel, reason: 'unreadable' });
      return;
    }
    if (size > DEFAULT_MAX_FILE_SIZE) {
      leftOut.push({ file: rel, reason: 'too-large' });
      return;
    }
    const bytes = readFileSync(real);
    if (bytes.includes(0)) {
      leftOut.push({ file: rel, reason: 'binary' });
      return;
    }
    const text = bytes.toString('utf8');
    if (minifiedReason(real, text) !== undefined) leftOut.push({ file: rel, reason: 'minified' });
    else if (generatedMarker(text) !== undefined) leftOut.push({ file: rel, reason: 'generated' });
    else files.add(real);
  };
  const visit = (dir: string, from: string): void => {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue;
        }
      }
      if (isDirectory) {
        if (!pruned(path) && !ignored(path, true, from)) visit(path, from);
      } else if (isFile && isSourcePath(entry.name) && !ignored(path, false, from)) {
        addFile(path);
      }
    }
  };

  for (const path of paths && paths.length > 0 ? paths : ['.']) {
    const full = resolve(top, path);
    const stat = statSync(full);
    if (stat.isDirectory()) {
      // A directory asked for by name is walked even if an ignore file lists it; only the
      // ignore files inside it apply then (the scanner does the same).
      visit(full, full !== base && ignored(full, true, base) ? full : base);
    } else if (isSourcePath(full)) {
      addFile(full);
    }
  }
  return { files: [...files].sort(), leftOut };
}

function gitTop(dir: string): string | undefined {
  let current = dir;
  for (;;) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function within(dir: string, path: string): boolean {
  if (path === dir) return true;
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
}

/** `/`-separated. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
