import type { CookieDeclarationEntry, Policy, ThirdPartyEntry } from './schema.js';
import { isWithinCategory } from './taxonomy.js';

// The questions rules ask of a policy. All are pure and cheap; none throws.

/**
 * Matches `text` against a glob where `*` is any run of characters and `?` one character.
 * Linear in practice (the classic two-pointer wildcard match, no regular expression), so no
 * policy pattern can be catastrophic.
 */
export function matchGlob(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    const c = glob[g];
    if (c === '?' || (c !== undefined && c !== '*' && c === text[t])) {
      g += 1;
      t += 1;
    } else if (c === '*') {
      star = g;
      mark = t;
      g += 1;
    } else if (star !== -1) {
      g = star + 1;
      mark += 1;
      t = mark;
    } else {
      return false;
    }
  }
  while (glob[g] === '*') g += 1;
  return g === glob.length;
}

/** Lower-cases a host and strips a port, a trailing dot and IPv6 brackets. */
export function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    return end === -1 ? h : h.slice(1, end);
  }
  const colon = h.lastIndexOf(':');
  if (colon !== -1 && h.indexOf(':') === colon) h = h.slice(0, colon);
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

/**
 * Whether a host is this machine: `localhost` and `*.localhost`, `127.0.0.0/8`, `::1` and
 * `0.0.0.0` (a client that connects to it reaches this machine). Never a third party. The one
 * check the engine, the data map and the run-time guard share.
 */
export function isLoopbackHost(host: string): boolean {
  const h = normalizeHost(host);
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(h) ||
    h === '0.0.0.0' ||
    h === '::1' ||
    h === '0:0:0:0:0:0:0:1'
  );
}

/** Whether `host` matches a host pattern: exact, or `*.domain` for any subdomain of it. */
export function matchHost(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = normalizeHost(host);
  if (p.startsWith('*.')) return h.endsWith(p.slice(1));
  return h === p;
}

/** The declaration that covers a cookie name: an exact name wins over a glob. */
export function cookieDeclaration(
  policy: Policy,
  name: string,
): CookieDeclarationEntry | undefined {
  const declared = policy.cookies?.declared ?? [];
  return (
    declared.find((cookie) => cookie.name === name) ??
    declared.find((cookie) => matchGlob(cookie.name, name))
  );
}

/** Whether a host is the organization's own. */
export function isFirstPartyHost(policy: Policy, host: string): boolean {
  return policy.firstParty.hosts.some((pattern) => matchHost(pattern, host));
}

/** The declared recipient that owns `host`, if any. */
export function recipientForHost(policy: Policy, host: string): ThirdPartyEntry | undefined {
  return policy.thirdParties.find((party) =>
    party.hosts.some((pattern) => matchHost(pattern, host)),
  );
}

/**
 * The declared recipient whose SDK `packageName` is. A deep import (`stripe/lib/x`,
 * `@sentry/node/esm`) belongs to its package.
 */
export function recipientForPackage(
  policy: Policy,
  packageName: string,
): ThirdPartyEntry | undefined {
  const name = packageRoot(packageName);
  return policy.thirdParties.find((party) =>
    party.packages.some((pattern) => matchGlob(pattern, name)),
  );
}

/** Whether a package is one of the organization's own. */
export function isFirstPartyPackage(policy: Policy, packageName: string): boolean {
  const name = packageRoot(packageName);
  return policy.firstParty.packages.some((pattern) => matchGlob(pattern, name));
}

/**
 * Who a base URL held in an environment variable belongs to: `first-party`, a declared
 * recipient, or undefined when the policy does not name the variable.
 */
export function recipientForEnv(
  policy: Policy,
  name: string,
): ThirdPartyEntry | 'first-party' | undefined {
  if (policy.firstParty.env.includes(name)) return 'first-party';
  return policy.thirdParties.find((party) => party.env.includes(name));
}

/** The recipient with this id. */
export function recipientById(policy: Policy, id: string): ThirdPartyEntry | undefined {
  return policy.thirdParties.find((party) => party.id === id);
}

/**
 * Whether the recipient may receive data of `category`. A declared parent covers its
 * children; a payment processor implicitly receives card data (`user.financial.card`).
 */
export function mayReceive(policy: Policy, recipientId: string, category: string): boolean {
  const party = recipientById(policy, recipientId);
  if (!party) return false;
  if (party.receives.some((declared) => isWithinCategory(category, declared))) return true;
  return (
    (policy.payments?.processors.includes(recipientId) ?? false) &&
    isWithinCategory(category, 'user.financial.card')
  );
}

/** A clause as a finding cites it: its section, summary and a link into the human policy. */
export interface ClauseCitation {
  id: string;
  section: string;
  summary: string | undefined;
  url: string;
}

/** The citation for a clause id, or undefined when the policy has no such clause. */
export function citeClause(
  policy: Policy,
  clauseId: string | undefined,
): ClauseCitation | undefined {
  if (clauseId === undefined) return undefined;
  const clause = policy.clauses[clauseId];
  // A policy with clauses has a document (a semantic check): without one, nothing to cite.
  if (!clause || !policy.document) return undefined;
  const anchor = clause.anchor ?? slugify(clause.section);
  const base = policy.document.url.split('#')[0] ?? policy.document.url;
  return {
    id: clauseId,
    section: clause.section,
    summary: clause.summary,
    url: `${base}#${anchor}`,
  };
}

/** GitHub-style heading anchor: `Purchase Information` → `purchase-information`. */
export function slugify(heading: string): string {
  return heading
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** The package a module specifier belongs to: `@scope/pkg/deep` → `@scope/pkg`, `stripe/lib/x` → `stripe`. */
export function packageRoot(specifier: string): string {
  let name = packageCache.get(specifier);
  if (name === undefined) {
    const parts = specifier.split('/');
    name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
    packageCache.set(specifier, name);
  }
  return name;
}

const packageCache = new Map<string, string>();
