import { citeClause, cookieDeclaration, type ClauseCitation, type Policy } from '@pledge/policy';

// `Set-Cookie` headers checked against the cookies a policy declares. Cookie *values* may be
// personal data, so nothing here ever returns or prints one: only names and attributes.

/** One `Set-Cookie` header, parsed: the cookie's name and its attributes (lower-case keys). */
export interface SetCookie {
  name: string;
  attributes: ReadonlyMap<string, string | true>;
}

/** One way a `Set-Cookie` header breaks the policy. */
export interface CookieProblem {
  name: string;
  kind: 'undeclared' | 'session-with-expiry' | 'lifetime-too-long' | 'attribute';
  /** A sentence about what is wrong, naming the cookie (never its value). */
  message: string;
  clause: ClauseCitation | undefined;
}

interface HeadersLike {
  getSetCookie(): string[];
}

interface NodeResponseLike {
  getHeader(name: string): unknown;
}

function isHeadersLike(value: unknown): value is HeadersLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<HeadersLike>).getSetCookie === 'function'
  );
}

function isNodeResponseLike(value: unknown): value is NodeResponseLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<NodeResponseLike>).getHeader === 'function'
  );
}

/**
 * Splits a `Set-Cookie` value that several cookies were folded into (`a=1, b=2; Expires=Wed, 21
 * Oct 2015 07:28:00 GMT`): a comma starts a new cookie only when `name=` follows it.
 */
export function splitSetCookie(header: string): string[] {
  return header
    .split(/,(?=\s*[^;,=\s]+=)/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function headerValues(value: unknown): string[] | undefined {
  if (typeof value === 'string') return splitSetCookie(value);
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown) => (typeof item === 'string' ? splitSetCookie(item) : []));
  }
  if (value === undefined || value === null) return [];
  return undefined;
}

/**
 * The `Set-Cookie` headers of a fetch `Response`, a `Headers`, a node `IncomingMessage` or
 * `ServerResponse`, a supertest result, or raw header strings; `undefined` for anything else.
 */
export function setCookieHeaders(received: unknown): string[] | undefined {
  if (typeof received === 'string' || Array.isArray(received)) return headerValues(received);
  if (isHeadersLike(received)) return received.getSetCookie();
  if (typeof received !== 'object' || received === null) return undefined;
  const { headers } = received as { headers?: unknown };
  if (isHeadersLike(headers)) return headers.getSetCookie();
  if (typeof headers === 'object' && headers !== null) {
    const record = headers as Record<string, unknown>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === 'set-cookie');
    return headerValues(key === undefined ? undefined : record[key]) ?? [];
  }
  if (isNodeResponseLike(received)) return headerValues(received.getHeader('set-cookie')) ?? [];
  return undefined;
}

/** Parses one `Set-Cookie` header; `undefined` when it has no `name=`. */
export function parseSetCookie(header: string): SetCookie | undefined {
  const [pair = '', ...rest] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const attributes = new Map<string, string | true>();
  for (const part of rest) {
    const at = part.indexOf('=');
    const key = (at < 0 ? part : part.slice(0, at)).trim().toLowerCase();
    if (key !== '') attributes.set(key, at < 0 ? true : part.slice(at + 1).trim());
  }
  return { name: pair.slice(0, eq).trim(), attributes };
}

const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800,
  y: 31_536_000,
};

/** A policy duration (`30d`, `12h`, or seconds) in seconds. */
export function durationSeconds(duration: number | string): number {
  if (typeof duration === 'number') return duration;
  const match = /^(\d+)([smhdwy])$/.exec(duration);
  return match ? Number(match[1]) * (UNIT_SECONDS[match[2] ?? 's'] ?? 1) : Number.NaN;
}

/** The cookie's lifetime in seconds from now; `undefined` for a session cookie. */
function lifetime(cookie: SetCookie, now: number): number | undefined {
  const maxAge = cookie.attributes.get('max-age');
  if (typeof maxAge === 'string' && /^-?\d+$/.test(maxAge)) return Number(maxAge);
  const expires = cookie.attributes.get('expires');
  if (typeof expires === 'string') {
    const at = Date.parse(expires);
    if (!Number.isNaN(at)) return Math.round((at - now) / 1000);
  }
  return undefined;
}

function expiryText(cookie: SetCookie): string {
  const maxAge = cookie.attributes.get('max-age');
  if (typeof maxAge === 'string') return `\`Max-Age=${maxAge}\``;
  const expires = cookie.attributes.get('expires');
  return typeof expires === 'string' ? `\`Expires=${expires}\`` : 'an expiry';
}

/**
 * What is wrong with the cookies a response sets: names the policy does not declare, session
 * cookies with an expiry, lifetimes beyond the declared `maxAge`, and declared `HttpOnly`,
 * `Secure` and `SameSite` attributes that do not hold. Deleting a cookie is always allowed.
 */
export function checkSetCookies(
  policy: Policy,
  headers: readonly string[],
  now: number = Date.now(),
): CookieProblem[] {
  const problems: CookieProblem[] = [];
  const defaultClause = policy.cookies?.clause;
  for (const header of headers) {
    const cookie = parseSetCookie(header);
    if (!cookie) continue;
    const life = lifetime(cookie, now);
    if (life !== undefined && life <= 0) continue;
    const { name } = cookie;
    const declared = cookieDeclaration(policy, name);
    const clause = citeClause(policy, declared?.clause ?? defaultClause);
    const problem = (kind: CookieProblem['kind'], message: string): void => {
      problems.push({ name, kind, message, clause });
    };
    if (!declared) {
      problem('undeclared', `\`${name}\` is not declared in the policy (\`cookies.declared\`).`);
      continue;
    }
    if (declared.duration === 'session' && life !== undefined) {
      problem(
        'session-with-expiry',
        `\`${name}\` is declared as a session cookie but is set with ${expiryText(cookie)}; a session cookie carries no \`Expires\` or \`Max-Age\`.`,
      );
    }
    if (declared.maxAge !== undefined && life !== undefined) {
      const allowed = durationSeconds(declared.maxAge);
      // Expires is a date: allow a minute of clock skew between the server and the test.
      const slack = cookie.attributes.has('max-age') ? 0 : 60;
      if (life > allowed + slack) {
        problem(
          'lifetime-too-long',
          `\`${name}\` lives ${String(life)} s (${expiryText(cookie)}); the policy allows at most ${String(declared.maxAge)}.`,
        );
      }
    }
    const flag = (
      attribute: 'httponly' | 'secure',
      label: string,
      required: boolean | undefined,
    ): void => {
      if (required === undefined) return;
      const has = cookie.attributes.has(attribute);
      if (required && !has)
        problem('attribute', `\`${name}\` must be set with \`${label}\` but is not.`);
      if (!required && has)
        problem('attribute', `\`${name}\` is declared without \`${label}\` but is set with it.`);
    };
    flag('httponly', 'HttpOnly', declared.httpOnly);
    flag('secure', 'Secure', declared.secure);
    if (declared.sameSite !== undefined) {
      const sameSite = cookie.attributes.get('samesite');
      const actual = typeof sameSite === 'string' ? sameSite.toLowerCase() : undefined;
      if (actual !== declared.sameSite) {
        problem(
          'attribute',
          `\`${name}\` must be set with \`SameSite=${declared.sameSite}\` but is set with ${actual === undefined ? 'no `SameSite`' : `\`SameSite=${actual}\``}.`,
        );
      }
    }
  }
  return problems;
}
