import { resolve } from 'node:path';
import {
  formatDiagnostic,
  loadPolicy,
  parsePolicy,
  type LoadResult,
  type Policy,
} from '@pledge/policy';
import type { TempDir } from './temp.js';

// A tester's policy is a file path or the policy's YAML text: text has a line break, a path
// does not. The engine needs the parsed policy; ESLint and the scanner need a file, so text is
// written once into the run's temporary folder.

/** A policy, parsed, with a file that holds it. */
export interface ResolvedPolicy {
  readonly policy: Policy;
  /** An absolute path: the given file, or the temporary copy of the given text. */
  readonly path: string;
}

/** Whether a policy argument is YAML text (it has a line break) rather than a file path. */
export function isPolicyText(policy: string): boolean {
  return policy.includes('\n');
}

/** Resolves policy arguments once each, writing the texts into one temporary folder. */
export class PolicyResolver {
  readonly #resolved = new Map<string, ResolvedPolicy>();

  constructor(private readonly temp: TempDir) {}

  /** The parsed policy and its file; throws with every diagnostic when it is invalid. */
  resolve(input: string): ResolvedPolicy {
    const known = this.#resolved.get(input);
    if (known) return known;
    let resolved: ResolvedPolicy;
    if (isPolicyText(input)) {
      const path = this.temp.write(
        `policies/policy-${String(this.#resolved.size + 1)}.pledge.policy.yaml`,
        input,
      );
      resolved = { policy: orThrow(parsePolicy(input, path), 'the policy text'), path };
    } else {
      const path = resolve(input);
      resolved = { policy: orThrow(loadPolicy(path), path), path };
    }
    this.#resolved.set(input, resolved);
    return resolved;
  }
}

function orThrow(result: LoadResult, what: string): Policy {
  if (result.policy) return result.policy;
  throw new Error(
    `@pledge/rule-tester: ${what} is not a valid Pledge policy:\n${result.errors
      .map((error) => `  ${formatDiagnostic(error)}`)
      .join('\n')}`,
  );
}
