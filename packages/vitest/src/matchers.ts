import type { Policy } from '@pledge/policy';
import { expect, type MatcherState } from 'vitest';
import { checkSetCookies, parseSetCookie, setCookieHeaders } from './cookies.js';
import { getPledgePolicyOrThrow } from './policy.js';
import { describeFinding, scanValue, type Finding } from './scan.js';

// The matchers never print the received value (it may be personal data): only masked
// findings, paths, cookie names and attributes.

/** Options of `toSetOnlyDeclaredCookies`. */
export interface CookieMatcherOptions {
  /** The policy to check against; default: the guard's (or `setPledgePolicy`'s). */
  policy?: Policy;
}

/** The matchers `@pledge/vitest` adds to `expect`. */
export interface PledgeMatchers<R = unknown> {
  /**
   * Every cookie set by this fetch `Response`, `Headers`, node response, supertest result or
   * raw `Set-Cookie` string(s) is declared in the policy, a session cookie carries no
   * `Expires`/`Max-Age`, and declared lifetimes and attributes hold.
   */
  toSetOnlyDeclaredCookies(options?: CookieMatcherOptions): R;
  /** The value (string, object, rows, a mocked logger) contains a full card number. */
  toContainFullCardNumber(): R;
  /** The value contains personal data (of these categories and their descendants). */
  toContainPersonalData(categories?: string | readonly string[]): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any -- vitest's documented augmentation shape
  interface Matchers<T = any> extends PledgeMatchers<T> {}
}

interface Result {
  pass: boolean;
  message: () => string;
}

function listFindings(findings: readonly Finding[]): string {
  const shown = findings.slice(0, 20).map((f) => `  - ${describeFinding(f)}`);
  if (findings.length > shown.length)
    shown.push(`  … and ${String(findings.length - shown.length)} more`);
  return shown.join('\n');
}

function toSetOnlyDeclaredCookies(
  this: MatcherState,
  received: unknown,
  options: CookieMatcherOptions = {},
): Result {
  const headers = setCookieHeaders(received);
  if (headers === undefined) {
    throw new TypeError(
      'toSetOnlyDeclaredCookies() expects a fetch Response, Headers, a node or supertest response, or Set-Cookie header string(s).',
    );
  }
  const policy = options.policy ?? getPledgePolicyOrThrow();
  const problems = checkSetCookies(policy, headers);
  const names = headers.flatMap((h) => parseSetCookie(h)?.name ?? []);
  const pass = problems.length === 0;
  return {
    pass,
    message: () => {
      if (pass) {
        const set =
          names.length === 0
            ? 'it sets no cookies'
            : `every cookie it sets (${names.map((n) => `\`${n}\``).join(', ')}) keeps it`;
        return `expected the response to set a cookie the policy does not allow, but ${set}.`;
      }
      const lines = [
        'expected the response to set only the cookies the policy declares, with their declared attributes:',
      ];
      for (const problem of problems) lines.push(`  - ${problem.message}`);
      const clauses = new Map(
        problems.flatMap((p) => (p.clause ? [[p.clause.id, p.clause] as const] : [])),
      );
      for (const clause of clauses.values())
        lines.push(`  Policy: ${clause.section} (${clause.url})`);
      lines.push('  Fix: declare the cookie in `cookies.declared`, or set it as declared.');
      return lines.join('\n');
    },
  };
}

function toContainFullCardNumber(this: MatcherState, received: unknown): Result {
  const findings = scanValue(received, { categories: ['user.financial.card.number'] });
  const pass = findings.length > 0;
  return {
    pass,
    message: () =>
      pass
        ? `expected the value not to contain a full card number, but it does:\n${listFindings(findings)}\n  Store only the last four digits or the processor's token.`
        : 'expected the value to contain a full card number, but it contains none.',
  };
}

function toContainPersonalData(
  this: MatcherState,
  received: unknown,
  categories?: string | readonly string[],
): Result {
  const wanted = typeof categories === 'string' ? [categories] : categories;
  const findings = scanValue(received, wanted ? { categories: wanted } : {});
  const pass = findings.length > 0;
  const what = wanted ? `personal data (${wanted.join(', ')})` : 'personal data';
  return {
    pass,
    message: () =>
      pass
        ? `expected the value not to contain ${what}, but it does:\n${listFindings(findings)}`
        : `expected the value to contain ${what}, but it contains none that Pledge recognises.`,
  };
}

/** The matchers, for `expect.extend(pledgeMatchers)`. */
export const pledgeMatchers = {
  toSetOnlyDeclaredCookies,
  toContainFullCardNumber,
  toContainPersonalData,
};

/** Adds the Pledge matchers to vitest's `expect` (the guard does it for you). */
export function installPledgeMatchers(): void {
  expect.extend(pledgeMatchers);
}
