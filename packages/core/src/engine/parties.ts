import {
  isFirstPartyHost,
  isLoopbackHost,
  matchHost,
  recipientForPackage,
  type Policy,
  type Taxonomy,
  type ThirdPartyEntry,
} from '@pledge/policy';
import type { SdkRecipe } from '../catalog/types.js';
import type { Taint } from '../types.js';

// Who a host or an SDK belongs to under a policy: the organization (its own hosts, and this
// machine) or a declared recipient. Sends, imports, SDK globals and URL literals ask the same
// questions here, so rules and the data map get the same answers.

/** A host to match policy patterns with: `*.freshdesk.com` stands for `x.freshdesk.com`. */
export function probeHost(host: string): string {
  return host.startsWith('*.') ? `x${host.slice(1)}` : host;
}

/** Whether a host is the organization's own: this machine, or one of the policy's first-party hosts. */
export function isOwnHost(policy: Policy, host: string): boolean {
  const probe = probeHost(host);
  return isLoopbackHost(probe) || isFirstPartyHost(policy, probe);
}

/**
 * The policy's recipient for an SDK: the one declared for the package it was imported from
 * (`module`), else for any of the recipe's packages, else for any of its hosts.
 */
export function recipientOfRecipe(
  policy: Policy,
  recipe: SdkRecipe,
  module?: string,
): ThirdPartyEntry | undefined {
  return (
    (module !== undefined ? recipientForPackage(policy, module) : undefined) ??
    recipe.packages.map((p) => recipientForPackage(policy, p)).find((r) => r !== undefined) ??
    policy.thirdParties.find((party) =>
      party.hosts.some((pattern) =>
        recipe.hosts.some((h) => pattern === h || matchHost(pattern, h.replace(/^\*\./, 'x.'))),
      ),
    )
  );
}

/**
 * Whether data sent to a third party discloses personal data: a personal category, not masked.
 * A token, API key or secret sent to a service is the organization's credential for that
 * service (or the user's grant to it), not data disclosed to it. The third-party rule and the
 * data map both ask this.
 */
export function disclosesPersonalData(taxonomy: Taxonomy, taint: Taint): boolean {
  return (
    taxonomy.isPersonal(taint.category) &&
    !taint.transforms.includes('masked') &&
    taint.category !== 'user.authorization.credentials'
  );
}
