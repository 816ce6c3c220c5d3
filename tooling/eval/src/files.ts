import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { discoverSourceFiles, type SkipReason } from '@pledge/scanner';

// The files ESLint is given: exactly the files the scanner analyses, found by the scanner's own
// discovery (ignore files, pruned dependency and build folders, and the skip reasons).

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
  const { files, skipped } = discoverSourceFiles(top, paths ?? ['.']);
  return {
    files,
    leftOut: skipped.map((skip) => ({
      file: toPosix(relative(top, skip.path)),
      reason: skip.reason,
    })),
  };
}

/** `/`-separated. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
