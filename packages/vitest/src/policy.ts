import { resolve } from 'node:path';
import { findPolicy, formatDiagnostic, loadPolicy, type Policy } from '@pledge/policy';

/** A policy, or the path of a policy file (`pledge.policy.yaml`, `.yml` or `.json`). */
export type PolicySource = Policy | string;

let current: Policy | undefined;

/**
 * Loads a policy: a `Policy` is returned as is; a path is loaded and validated; without a
 * source, the nearest policy file above `cwd` is used. Throws with every diagnostic formatted
 * (file, line, column) when the file is missing or invalid.
 */
export function resolvePolicy(
  source: PolicySource | undefined,
  cwd: string = process.cwd(),
): Policy {
  if (source !== undefined && typeof source !== 'string') return source;
  const path = source === undefined ? findPolicy(cwd) : resolve(cwd, source);
  if (path === undefined) {
    throw new Error(
      `Pledge: no policy file (pledge.policy.yaml, .yml or .json) in ${cwd} or above it. Pass \`policy\` explicitly.`,
    );
  }
  const { policy, errors } = loadPolicy(path);
  if (!policy) {
    throw new Error(
      `Pledge: the policy ${path} is not valid:\n${errors.map(formatDiagnostic).join('\n')}`,
    );
  }
  return policy;
}

/** Sets the policy the matchers use when none is passed to them (the guard sets it too). */
export function setPledgePolicy(source: PolicySource | undefined): void {
  current = source === undefined ? undefined : resolvePolicy(source);
}

/** The policy the matchers use by default, if one was set. */
export function getPledgePolicy(): Policy | undefined {
  return current;
}

/** The policy the matchers use by default; throws with a how-to when none was set. */
export function getPledgePolicyOrThrow(): Policy {
  if (current) return current;
  throw new Error(
    'Pledge: no policy. Install the guard (`installPledgeGuard({ policy })` or the `pledge()` vitest plugin), call `setPledgePolicy(policy)`, or pass `{ policy }` to the matcher.',
  );
}
