import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vitest/config';
import type { GuardMode } from './guard.js';
import { resolvePolicy } from './policy.js';
import { findPolicy } from '@pledge/policy';

/** Options of the {@link pledge} vitest plugin (serialisable: they travel to the test workers). */
export interface PledgePluginOptions {
  /** Path of the policy file, relative to the vitest root; default: the nearest one above the root. */
  policy?: string;
  /** Default `enforce`. */
  mode?: GuardMode;
  /** Host (or `*.domain`) → base URL of a local server that answers for it. */
  forward?: Record<string, string>;
  /** The clause to cite for a request to an undeclared host. */
  undeclaredHostClause?: string;
}

/** What the plugin hands to its setup file, through vitest's `provide`/`inject`. */
export interface PledgeProvidedOptions extends PledgePluginOptions {
  /** Absolute path of the policy file. */
  policy: string;
}

/** The key the plugin provides its options under. */
export const PROVIDE_KEY = 'pledge';

declare module 'vitest' {
  export interface ProvidedContext {
    [PROVIDE_KEY]: PledgeProvidedOptions;
  }
}

const setupFile = fileURLToPath(
  new URL(import.meta.url.endsWith('.ts') ? './setup.ts' : './setup.js', import.meta.url),
);

/**
 * The Pledge vitest plugin: `plugins: [pledge()]` installs the guard and the matchers in every
 * test file, with the policy found above the vitest root (validated before any test runs).
 */
export function pledge(options: PledgePluginOptions = {}): Plugin {
  return {
    name: 'pledge',
    config(config) {
      const root = resolve(config.root ?? process.cwd());
      const policy =
        options.policy === undefined ? findPolicy(root) : resolve(root, options.policy);
      if (policy === undefined) {
        throw new Error(
          `Pledge: no policy file (pledge.policy.yaml, .yml or .json) in ${root} or above it. Pass \`pledge({ policy: 'path/to/pledge.policy.yaml' })\`.`,
        );
      }
      // Fail the run before any test with file:line:column diagnostics, not once per worker.
      resolvePolicy(policy);
      const provided: PledgeProvidedOptions = { ...options, policy };
      return { test: { setupFiles: [setupFile], provide: { [PROVIDE_KEY]: provided } } };
    },
  };
}
