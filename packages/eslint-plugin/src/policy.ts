import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { findPolicy, formatDiagnostic, loadPolicy, type LoadResult } from '@pledge/policy';

// The policy is loaded once per file path and re-read only when the file changes (an editor
// keeps ESLint running while the privacy team edits the policy).

interface Cached {
  mtimeMs: number;
  result: LoadResult;
}

const cache = new Map<string, Cached>();
const reported = new Set<string>();

/** The policy a linted file is checked against: `settings.pledge.policy`, or the nearest one above it. */
export function policyPathFor(
  filename: string,
  settingsPolicy: unknown,
  cwd: string,
): string | undefined {
  if (typeof settingsPolicy === 'string' && settingsPolicy !== '')
    return resolve(cwd, settingsPolicy);
  return findPolicy(dirname(resolve(cwd, filename)));
}

export function loadCachedPolicy(path: string): LoadResult {
  let mtimeMs = -1;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    // loadPolicy reports the missing file with a position.
  }
  const cached = cache.get(path);
  if (cached?.mtimeMs === mtimeMs) return cached.result;
  const result = loadPolicy(path);
  cache.set(path, { mtimeMs, result });
  return result;
}

/** True the first time a problem key is seen in this process: policy problems are reported once. */
export function firstReport(key: string): boolean {
  if (reported.has(key)) return false;
  reported.add(key);
  return true;
}

/** The errors of an invalid policy, one per line, as `file:line:column: error: …`. */
export function describeErrors(result: LoadResult): string {
  return result.errors.map((error) => formatDiagnostic(error)).join('\n');
}
